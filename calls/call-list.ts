// Listing calls for the CRM and the console: by status, agent, customer, tracking ID and time
// range, newest first, a page at a time. The cursor is the last call's (createdAt, id), so a page
// never repeats or skips a call when new ones arrive meanwhile.
import type { Call } from '../generated/prisma/client.js';
import type { Db } from '../lib/db.js';

export interface CallListFilter {
  statuses?: readonly string[] | undefined;
  agentNumber?: string | undefined;
  customerNumber?: string | undefined;
  trackingId?: string | undefined;
  /** Placed at or after. */
  from?: Date | undefined;
  /** Placed before. */
  to?: Date | undefined;
  /** The previous page's nextCursor. */
  cursor?: CallCursor | undefined;
  limit: number;
}

export interface CallCursor {
  createdAt: Date;
  id: string;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/;

export const encodeCallCursor = (call: Pick<Call, 'createdAt' | 'id'>) => `${call.createdAt.toISOString()}_${call.id}`;

/** A cursor this API handed out, or undefined. */
export function decodeCallCursor(text: string): CallCursor | undefined {
  const match = CURSOR.exec(text);
  if (!match) return undefined;
  const createdAt = new Date(match[1]!);
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id: match[2]! };
}

export async function listCalls(db: Db, filter: CallListFilter): Promise<{ calls: Call[]; nextCursor: string | null }> {
  const { cursor } = filter;
  const rows = await db.call.findMany({
    where: {
      ...(filter.statuses?.length ? { status: { in: [...filter.statuses] } } : {}),
      ...(filter.agentNumber ? { agentNumber: filter.agentNumber } : {}),
      ...(filter.customerNumber ? { customerNumber: filter.customerNumber } : {}),
      ...(filter.trackingId ? { trackingId: filter.trackingId } : {}),
      createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) },
      ...(cursor
        ? {
            OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
          }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: filter.limit + 1,
  });
  const calls = rows.slice(0, filter.limit);
  return { calls, nextCursor: rows.length > filter.limit ? encodeCallCursor(calls.at(-1)!) : null };
}
