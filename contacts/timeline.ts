// A contact's timeline: their calls (by the customer number), the WhatsApp messages sent to them
// (campaign steps and single messages alike: every row of message_sends), and their consent
// changes, newest first, a page at a time. The cursor is the last item's (time, kind, id), so
// pages neither repeat nor skip items when new ones arrive meanwhile.
import { type CallResource, loadCallResources } from '../calls/call-resource.js';
import { MESSAGE_COLUMNS, type MessageSendRow, toMessageResource } from '../events/resources.js';
import type { Queryable } from '../lib/db.js';

export type TimelineKind = 'call' | 'message' | 'consent';

export interface TimelineCursor {
  at: Date;
  kind: TimelineKind;
  id: string;
}

export type TimelineItem =
  | { kind: 'call'; at: string; call: CallResource }
  | { kind: 'message'; at: string; message: ReturnType<typeof toMessageResource> & { campaignName: string | null } }
  | {
      kind: 'consent';
      at: string;
      consent: {
        id: string;
        purpose: string;
        action: string;
        source: string;
        evidence: string | null;
        evidenceAt: string | null;
        recordedBy: string;
      };
    };

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_(call|message|consent)_([0-9a-f-]{1,36})$/;

export const encodeTimelineCursor = (item: { at: string; kind: TimelineKind; id: string }) =>
  `${item.at}_${item.kind}_${item.id}`;

export function decodeTimelineCursor(text: string): TimelineCursor | undefined {
  const match = CURSOR.exec(text);
  if (!match) return undefined;
  const at = new Date(match[1]!);
  return Number.isNaN(at.getTime()) ? undefined : { at, kind: match[2] as TimelineKind, id: match[3]! };
}

/** One page of the contact's timeline, newest first; `nextCursor` fetches older items. */
export async function contactTimeline(
  client: Queryable,
  contactId: string,
  page: { limit: number; before?: TimelineCursor | undefined },
): Promise<{ items: TimelineItem[]; nextCursor: string | null }> {
  // Calls store UTC in timestamps without zone (as Prisma writes them).
  const { rows } = await client.query<{ kind: TimelineKind; id: string; at: Date }>(
    `WITH person AS (SELECT phone FROM contacts WHERE id = $1)
     SELECT kind, id, at FROM (
       SELECT 'call' AS kind, c.id::text AS id, c.created_at AT TIME ZONE 'UTC' AS at
       FROM calls c WHERE c.customer_number = (SELECT phone FROM person)
       UNION ALL
       SELECT 'message', m.id::text, m.created_at FROM message_sends m WHERE m.contact_id = $1
       UNION ALL
       SELECT 'consent', k.id::text, k.recorded_at FROM contact_consents k WHERE k.contact_id = $1
     ) AS items
     WHERE $2::timestamptz IS NULL OR (at, kind, id) < ($2::timestamptz, $3::text, $4::text)
     ORDER BY at DESC, kind DESC, id DESC
     LIMIT $5`,
    [contactId, page.before?.at ?? null, page.before?.kind ?? null, page.before?.id ?? null, page.limit + 1],
  );
  const listed = rows.slice(0, page.limit);
  const ids = (kind: TimelineKind) => listed.filter((row) => row.kind === kind).map((row) => row.id);

  const [calls, messages, consents] = await Promise.all([
    loadCallResources(client, ids('call')),
    client.query<MessageSendRow & { campaign_name: string | null }>(
      `SELECT ${MESSAGE_COLUMNS}, (SELECT name FROM campaigns WHERE campaigns.id = message_sends.campaign_id) AS campaign_name
       FROM message_sends WHERE id = ANY($1::uuid[])`,
      [ids('message')],
    ),
    client.query<{
      id: string;
      purpose: string;
      action: string;
      source: string;
      evidence: string | null;
      evidence_at: Date | null;
      recorded_by: string;
    }>(
      `SELECT id, purpose, action, source, evidence, evidence_at, recorded_by FROM contact_consents
       WHERE id = ANY($1::bigint[])`,
      [ids('consent')],
    ),
  ]);
  const callById = new Map(calls.map((call) => [call.id, call]));
  const messageById = new Map(messages.rows.map((row) => [row.id, row]));
  const consentById = new Map(consents.rows.map((row) => [row.id, row]));

  const items = listed.flatMap((row): TimelineItem[] => {
    const at = row.at.toISOString();
    if (row.kind === 'call') {
      const call = callById.get(row.id);
      return call ? [{ kind: 'call', at, call }] : [];
    }
    if (row.kind === 'message') {
      const message = messageById.get(row.id);
      return message
        ? [{ kind: 'message', at, message: { ...toMessageResource(message), campaignName: message.campaign_name } }]
        : [];
    }
    const consent = consentById.get(row.id);
    return consent
      ? [
          {
            kind: 'consent',
            at,
            consent: {
              id: consent.id,
              purpose: consent.purpose,
              action: consent.action,
              source: consent.source,
              evidence: consent.evidence,
              evidenceAt: consent.evidence_at?.toISOString() ?? null,
              recordedBy: consent.recorded_by,
            },
          },
        ]
      : [];
  });
  const last = listed.at(-1);
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeTimelineCursor({ ...last, at: last.at.toISOString() }) : null,
  };
}
