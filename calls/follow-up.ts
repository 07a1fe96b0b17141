// A call's follow-up message: once the call has ended, its workflow asks for the follow-up the
// CRM named (POST /v1/calls `followUp`). Sent when the outcome is one of `on`, through the same
// path as POST /v1/messages (consent, credits, pace), keyed by the call so it goes at most once;
// the call row records what became of it (queued with its message ID, skipped with the reason,
// or not needed), with a call.updated event showing it.
import type { FollowUpRequest } from '../contracts/messages.js';
import { followUpDue } from '../domain/single-message.js';
import { appendEvents } from '../events/emit.js';
import { callEvents } from '../events/resources.js';
import { inTransaction, type Narrow, type Row } from '../lib/db.js';
import {
  acceptMessage,
  type AcceptMessageDeps,
  followUpMessage,
  MessageCreditsError,
  MessageRefusedError,
} from '../messages/accept-message.js';

export type FollowUpDeps = AcceptMessageDeps;

export interface FollowUpOutcome {
  status: 'queued' | 'skipped' | 'not_needed' | 'none';
  messageId: string | null;
  reason: string | null;
}

type CallFollowUpRow = Narrow<
  Row<'calls', 'customer_number' | 'follow_up' | 'follow_up_status' | 'follow_up_message_id' | 'follow_up_reason'>,
  { follow_up: FollowUpRequest | null }
>;

export async function requestCallFollowUp(
  deps: FollowUpDeps,
  input: { callId: string; status: string },
): Promise<FollowUpOutcome> {
  const { rows } = await deps.pool.query<CallFollowUpRow>(
    `SELECT customer_number, follow_up, follow_up_status, follow_up_message_id, follow_up_reason FROM calls WHERE id = $1`,
    [input.callId],
  );
  const call = rows[0];
  if (!call?.follow_up) return { status: 'none', messageId: null, reason: null };
  if (call.follow_up_status)
    return {
      status: call.follow_up_status as FollowUpOutcome['status'],
      messageId: call.follow_up_message_id,
      reason: call.follow_up_reason,
    };
  const outcome = await decide(deps, input, call.customer_number, call.follow_up);
  await inTransaction(deps.pool, async (client) => {
    const { rowCount } = await client.query(
      `UPDATE calls SET follow_up_status = $2, follow_up_message_id = $3, follow_up_reason = $4, updated_at = now() AT TIME ZONE 'UTC'
       WHERE id = $1 AND follow_up_status IS NULL`,
      [input.callId, outcome.status, outcome.messageId, outcome.reason],
    );
    if (rowCount)
      await appendEvents(client, await callEvents(client, [{ type: 'call.updated', resourceId: input.callId }]));
  });
  return outcome;
}

async function decide(
  deps: FollowUpDeps,
  input: { callId: string; status: string },
  customerNumber: string,
  followUp: FollowUpRequest,
): Promise<FollowUpOutcome> {
  if (!followUpDue(input.status, followUp.on)) return { status: 'not_needed', messageId: null, reason: null };
  const { rows } = await deps.pool.query<{ id: string }>(
    `SELECT id FROM contacts WHERE phone = $1 AND erased_at IS NULL`,
    [customerNumber],
  );
  if (!rows[0]) return { status: 'skipped', messageId: null, reason: 'no_contact' };
  const { request, options } = followUpMessage(input.callId, rows[0].id, followUp);
  try {
    const { message } = await acceptMessage(deps, request, options);
    return { status: 'queued', messageId: message.id, reason: null };
  } catch (error) {
    if (error instanceof MessageRefusedError) return { status: 'skipped', messageId: null, reason: error.reason };
    if (error instanceof MessageCreditsError)
      return { status: 'skipped', messageId: null, reason: 'insufficient_credits' };
    throw error;
  }
}
