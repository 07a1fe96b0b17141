// Sending one single message (the single-message workflow's activities). Checked again at send
// time (a STOP between the request and the send wins), paced on the sending number's clock that
// campaigns share (campaigns/pacing.ts), claimed (queued -> pending) before the provider is
// called, answered like a campaign send (campaigns/store.ts recordOutcomes), and charged to its
// hold. Exactly once: only the attempt that claims the row sends; a retried activity finds it
// claimed. A request that provably sent nothing gives the row back to the queue and is retried.
import type pg from 'pg';
import { consentStates } from '../contacts/consent-states.js';
import { templateById } from '../contacts/templates.js';
import { defaultSendWindow } from '../campaigns/definition.js';
import { bookSendSlot } from '../campaigns/pacing.js';
import { recordOutcomes } from '../campaigns/store.js';
import type { MessagePlan, SingleMessageResult } from '../contracts/messages.js';
import type { CreditLedger } from '../credits/ledger.js';
import { type CreditRates, messageRate } from '../domain/credits.js';
import { nextWindowOpening } from '../domain/send-window.js';
import { decideSingleMessage } from '../domain/single-message.js';
import { paramMappingSchema } from '../domain/templates.js';
import { appendEvents } from '../events/emit.js';
import { MESSAGE_COLUMNS, messageEvent, type MessageSendRow } from '../events/resources.js';
import { ExotelError } from '../exotel/errors.js';
import type { WhatsAppClient } from '../exotel/whatsapp-client.js';
import { inTransaction, type Narrow, type Row } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { applyUnmatchedReports } from './delivery-reports.js';
import { messageHoldId } from './accept-message.js';

export interface SendSingleMessageDeps {
  pool: pg.Pool;
  whatsapp: WhatsAppClient;
  ledger: CreditLedger;
  rates: CreditRates;
  logger: Logger;
  statusCallbackUrl: string;
  /** The sending number's cap, shared with every campaign (WHATSAPP_MESSAGES_PER_SECOND). */
  numberMessagesPerSecond: number;
  /** WHATSAPP_PENDING_GRACE_SEC */
  pendingGraceSec: number;
  sleep: (ms: number) => Promise<void>;
}

/** Provably not sent (refused, 429, unreachable): the activity fails and Temporal retries it. */
export class MessageNotSentError extends Error {}

type SingleRow = Narrow<
  Row<
    'message_sends',
    'id' | 'contact_id' | 'state' | 'template_id' | 'params' | 'sending_number' | 'skip_reason' | 'campaign_id'
  >,
  { params: unknown }
>;

async function loadSingle(pool: pg.Pool, messageId: string): Promise<SingleRow> {
  const { rows } = await pool.query<SingleRow>(
    `SELECT id, contact_id, state, template_id, params, sending_number, skip_reason, campaign_id
     FROM message_sends WHERE id = $1`,
    [messageId],
  );
  if (!rows[0] || rows[0].campaign_id !== null) throw new Error(`No single message ${messageId}`);
  return rows[0];
}

/** Marketing templates wait for the allowed hours (the campaigns' default window); others go now. */
export async function planMessage(
  deps: Pick<SendSingleMessageDeps, 'pool' | 'pendingGraceSec'>,
  messageId: string,
): Promise<MessagePlan> {
  const row = await loadSingle(deps.pool, messageId);
  const template = row.template_id ? await templateById(deps.pool, row.template_id) : null;
  const plan = { notBefore: null, pendingGraceSec: deps.pendingGraceSec };
  if (row.state !== 'queued' || template?.category !== 'marketing') return plan;
  const now = new Date();
  const opens = nextWindowOpening(now, defaultSendWindow);
  return { ...plan, notBefore: opens.getTime() > now.getTime() ? opens.toISOString() : null };
}

export async function sendSingleMessage(deps: SendSingleMessageDeps, messageId: string): Promise<SingleMessageResult> {
  const { pool } = deps;
  const row = await loadSingle(pool, messageId);
  if (row.state !== 'queued') return { state: settledState(row.state), reason: row.skip_reason };

  const template = row.template_id ? await templateById(pool, row.template_id) : null;
  const contact = (await consentStates(pool, [row.contact_id])).get(row.contact_id);
  const params = paramMappingSchema.parse(row.params ?? {});
  const decision = decideSingleMessage({
    id: row.id,
    contactId: row.contact_id,
    template,
    params,
    contact,
    sendingNumber: row.sending_number!,
  });
  const owner = { ownerType: 'message' as const, ownerId: row.id, channel: 'whatsapp' as const };
  if (!decision.ok) {
    await finish(pool, row.id, `state = 'skipped', skip_reason = $2`, [decision.reason]);
    await deps.ledger.release(messageHoldId(row.id), owner);
    return { state: 'skipped', reason: decision.reason };
  }

  const perSecond = deps.numberMessagesPerSecond;
  const startAt = await bookSendSlot(pool, [{ key: `number:${row.sending_number}`, perSecond }], 1);
  const waitMs = startAt.getTime() - Date.now();
  if (waitMs > 0) await deps.sleep(waitMs);

  const prepared = deps.whatsapp.prepare({ messages: [decision.send], statusCallback: deps.statusCallbackUrl });
  const claimed = await pool.query(`UPDATE message_sends SET state = 'pending' WHERE id = $1 AND state = 'queued'`, [
    row.id,
  ]);
  if (claimed.rowCount === 0) return { state: settledState((await loadSingle(pool, row.id)).state) };
  const cost = messageRate(deps.rates, template!.category);
  try {
    const [answer] = await deps.whatsapp.sendPrepared(prepared);
    if (answer!.ok) {
      await recordOutcomes(pool, [{ id: row.id, ok: true, sid: answer!.sid }]);
      await applyUnmatchedReports(pool, [answer!.sid]);
      await deps.ledger.settle({ reservationId: messageHoldId(row.id), used: cost, quantity: 1, owner });
      return { state: 'accepted' };
    }
    const code = Number(answer!.errorCode) || answer!.code;
    await recordOutcomes(pool, [{ id: row.id, ok: false, code, detail: answer!.message }]);
    await emitFailed(pool, row.id);
    await deps.ledger.release(messageHoldId(row.id), owner);
    return { state: 'failed', reason: String(code) };
  } catch (error) {
    if (!(error instanceof ExotelError) || error.kind === 'ambiguous') {
      // It may have reached Exotel: pending until a delivery report names it, never resent.
      deps.logger.warn('single WhatsApp message outcome unknown; awaiting delivery reports', { messageId, error });
      return { state: 'pending' };
    }
    if (error.kind === 'rejected') {
      await recordOutcomes(pool, [{ id: row.id, ok: false, code: error.httpStatus ?? 400, detail: error.message }]);
      await emitFailed(pool, row.id);
      await deps.ledger.release(messageHoldId(row.id), owner);
      return { state: 'failed', reason: error.message };
    }
    // Nothing was sent: back to the queue, for the activity's retry.
    await pool.query(`UPDATE message_sends SET state = 'queued' WHERE id = $1 AND state = 'pending'`, [row.id]);
    throw new MessageNotSentError(`WhatsApp send refused, retrying: ${error.message}`);
  }
}

/**
 * After the grace period: a message whose answer was lost and that no report explained is
 * unknown (never resent) and charged, as campaign sends are.
 */
export async function settleSingleMessage(
  deps: Pick<SendSingleMessageDeps, 'pool' | 'ledger' | 'rates'>,
  messageId: string,
): Promise<SingleMessageResult> {
  const { pool } = deps;
  await pool.query(`UPDATE message_sends SET state = 'unknown' WHERE id = $1 AND state = 'pending'`, [messageId]);
  const row = await loadSingle(pool, messageId);
  const template = row.template_id ? await templateById(pool, row.template_id) : null;
  const owner = { ownerType: 'message' as const, ownerId: row.id, channel: 'whatsapp' as const };
  const charged = row.state === 'accepted' || row.state === 'unknown';
  await deps.ledger.settle({
    reservationId: messageHoldId(row.id),
    used: charged ? messageRate(deps.rates, template?.category) : 0,
    quantity: charged ? 1 : 0,
    owner,
  });
  return { state: settledState(row.state), reason: row.skip_reason };
}

const settledState = (state: string): SingleMessageResult['state'] =>
  state === 'queued' ? 'pending' : (state as SingleMessageResult['state']);

async function finish(pool: pg.Pool, id: string, set: string, values: unknown[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query<MessageSendRow>(
      `UPDATE message_sends SET ${set} WHERE id = $1 AND state = 'queued' RETURNING ${MESSAGE_COLUMNS}`,
      [id, ...values],
    );
    await appendEvents(
      client,
      rows.map((changed) => messageEvent('message.failed', changed)),
    );
  });
}

/** The provider refused the message: the CRM hears message.failed with its code. */
async function emitFailed(pool: pg.Pool, id: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query<MessageSendRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM message_sends WHERE id = $1 AND state = 'failed'`,
      [id],
    );
    await appendEvents(
      client,
      rows.map((changed) => messageEvent('message.failed', changed)),
    );
  });
}
