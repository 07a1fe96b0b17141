// "Call me" quick replies. A contact who taps a button whose payload asks for a call back
// (CALLBACK_BUTTON_PAYLOADS, default CALL_ME) gets one click-to-call between their agent (the
// agent of their last call, else CALLBACK_DEFAULT_AGENT_NUMBER) and themselves, inside the calling
// hours (CALLING_HOURS): outside them it waits for the next opening.
//
// The request is a row written in the webhook's own transaction (one per inbound message: a
// redelivered webhook is deduplicated before it gets here, and the row's inbound_sid is unique),
// with a callback.requested event. The worker's dispatcher (calls/callback-dispatcher.ts) places
// due requests with calls/start-call.ts under the tracking ID `callback-<request id>`, so however often a pass is
// repeated (two workers, a crash before the row was marked) there is one call.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { nextWindowOpening, type SendWindow } from '../domain/send-window.js';
import type { NewEvent } from '../events/emit.js';
import { CALLBACK_COLUMNS, callbackEvent, type CallbackRow } from '../events/resources.js';

/** Woken when a request is recorded. */
export const CALLBACK_CHANNEL = 'callback_requests';

export interface CallbackSettings {
  /** Quick-reply payloads that ask for a call back. */
  payloads: readonly string[];
  defaultAgentNumber: string | null;
  hours: SendWindow;
}

export function callbackSettings(env: {
  CALLBACK_BUTTON_PAYLOADS: string[];
  CALLBACK_DEFAULT_AGENT_NUMBER?: string | undefined;
  CALLING_HOURS: string;
  CALLING_HOURS_TIMEZONE: string;
}): CallbackSettings {
  const [start, end] = env.CALLING_HOURS.split('-') as [string, string];
  return {
    payloads: env.CALLBACK_BUTTON_PAYLOADS,
    defaultAgentNumber: env.CALLBACK_DEFAULT_AGENT_NUMBER ?? null,
    hours: { start, end, timezone: env.CALLING_HOURS_TIMEZONE },
  };
}

/**
 * Records a call back asked for by an inbound message, in the caller's transaction; returns its
 * event (none for an unknown or erased contact, or a request already recorded).
 */
export async function recordCallbackRequest(
  client: pg.PoolClient,
  settings: CallbackSettings,
  request: { inboundSid: string; phone: string; at: Date },
): Promise<NewEvent[]> {
  const { rows: contacts } = await client.query<{ id: string }>(
    `SELECT id FROM contacts WHERE phone = $1 AND erased_at IS NULL`,
    [request.phone],
  );
  const contact = contacts[0];
  if (!contact) return [];
  const { rows: lastCall } = await client.query<{ agent_number: string }>(
    `SELECT agent_number FROM calls WHERE customer_number = $1 ORDER BY created_at DESC LIMIT 1`,
    [request.phone],
  );
  const agent = lastCall[0]?.agent_number ?? settings.defaultAgentNumber;
  const { rows: latest } = await client.query<{ id: string }>(
    `SELECT id FROM message_sends WHERE contact_id = $1 AND state = 'accepted' ORDER BY created_at DESC LIMIT 1`,
    [contact.id],
  );
  const { rows } = await client.query<CallbackRow>(
    `INSERT INTO callback_requests (id, inbound_sid, contact_id, message_id, agent_number, customer_number, due_at, status, failure_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (inbound_sid) DO NOTHING
     RETURNING ${CALLBACK_COLUMNS}`,
    [
      randomUUID(),
      request.inboundSid,
      contact.id,
      latest[0]?.id ?? null,
      agent,
      request.phone,
      nextWindowOpening(request.at, settings.hours),
      agent ? 'scheduled' : 'failed',
      agent ? null : 'no_agent',
    ],
  );
  if (!rows[0]) return [];
  if (agent) await client.query(`SELECT pg_notify('${CALLBACK_CHANNEL}', $1)`, [rows[0].id]);
  return [callbackEvent(agent ? 'callback.requested' : 'callback.failed', rows[0])];
}
