// The call log row for API routes: found, or a 404 naming the call. Its JSON shape is
// calls/call-resource.ts's, shared with the event log.
import type { Db } from '../lib/db.js';
import { ApiError } from './errors.js';
import type { Call } from '../generated/prisma/client.js';

/** The call log row, or a 404 naming the call. */
export async function findCallOr404(db: Db, id: string): Promise<Call> {
  const row = await db.call.findUnique({ where: { id } });
  if (!row) throw new ApiError(404, 'not_found', `No call ${id}`);
  return row;
}
