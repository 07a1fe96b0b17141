// WhatsApp delivery reports and inbound messages land here, and only here: at ~3 reports per
// message and 1,000 messages a second, a signal per report would swamp Temporal. Webhooks are
// committed in batches (lib/batcher.ts), deduplicated by Exotel's sid and code:
//   - a delivery report is only stored: the webhook's 200 means it is committed, and the worker
//     applies stored reports to their messages in bulk a moment later (messages/report-applier.ts,
//     woken after this commit). The webhook path is then one INSERT per batch;
//   - STOP, START and their variants record consent in the same transaction as the webhook, so no
//     message can go out after an acknowledged STOP; any other inbound message (a typed reply or a
//     quick-reply click) marks the contact's latest campaign message as replied.
// A campaign step's condition reads the result from message_sends when the step comes due.
import type pg from 'pg';
import { consentEventType, recordInboundConsent } from '../contacts/consents.js';
import type { SuppressionList } from '../contacts/suppressions.js';
import { appendEvents, type NewEvent } from '../events/emit.js';
import { contactEvents, messageEvent, MESSAGE_COLUMNS, type MessageSendRow } from '../events/resources.js';
import { inTransaction, type Queryable, type Row } from '../lib/db.js';
import { classifyInbound } from '../domain/inbound-keywords.js';
import { normalizePhone } from '../domain/phone.js';
import type { WhatsAppEvent, WhatsAppInboundEvent } from '../exotel/whatsapp-events.js';
import { Batcher } from '../lib/batcher.js';
import { PostCommitNotifier } from '../lib/post-commit-notify.js';
import { sendIdOf } from './delivery-reports.js';
import { REPORTS_CHANNEL } from './report-applier.js';
import { type CallbackSettings, recordCallbackRequest } from './callbacks.js';
import { asksForCallback } from '../domain/single-message.js';

interface StoredEvent {
  dedupeKey: string;
  event: WhatsAppEvent;
  receivedAt: string;
}

/**
 * Exotel writes numbers with or without the +; contacts are stored in E.164, and a STOP matched
 * against the other form would be lost. Kept as sent when it is not a phone number.
 */
function e164(number: string): string;
function e164(number: string | null): string | null;
function e164(number: string | null): string | null {
  if (number === null) return null;
  const parsed = normalizePhone(number);
  return parsed.ok ? parsed.e164 : number;
}

function dedupeKey(event: WhatsAppEvent): string {
  return event.kind === 'status' ? `dlr:${event.sid}:${event.code}` : `in:${event.sid}`;
}

export class WhatsappInbox {
  private readonly batcher: Batcher<StoredEvent[], Error | null>;
  private readonly applier: PostCommitNotifier;

  /**
   * `suppressions`: numbers that may not be opted back in (contacts/suppressions.ts); `callbacks`: which
   * quick replies ask for a call back, and how it is placed (messages/callbacks.ts).
   */
  constructor(
    private readonly pool: pg.Pool,
    private readonly suppressions: SuppressionList,
    private readonly options: { callbacks?: CallbackSettings } = {},
  ) {
    this.applier = new PostCommitNotifier(pool, REPORTS_CHANNEL);
    this.batcher = new Batcher<StoredEvent[], Error | null>(async (webhooks) => {
      try {
        await this.commit(webhooks.flat());
        return webhooks.map(() => null);
      } catch (error) {
        if (webhooks.length === 1) return [error as Error];
        // One bad webhook must not fail the others: commit them one by one to find it.
        return Promise.all(
          webhooks.map((events) =>
            this.commit(events).then(
              () => null,
              (rowError: Error) => rowError,
            ),
          ),
        );
      }
    });
  }

  /** Resolves once the webhook's events are committed (inbound messages applied; reports are applied by the worker). */
  async accept(events: WhatsAppEvent[]): Promise<void> {
    const receivedAt = new Date().toISOString();
    const error = await this.batcher.submit(
      events.map((event) => ({ dedupeKey: dedupeKey(event), event, receivedAt })),
    );
    if (error) throw error;
  }

  private async commit(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    // Reports alone (the usual webhook): one statement, its own transaction.
    const fresh = events.some((stored) => stored.event.kind === 'inbound')
      ? await inTransaction(this.pool, async (client) => {
          const stored = await insertNew(client, events);
          const changes: NewEvent[] = [];
          for (const { event, receivedAt } of stored)
            if (event.kind === 'inbound')
              changes.push(
                ...(await applyInbound(client, event, receivedAt, this.suppressions, this.options.callbacks)),
              );
          await appendEvents(client, changes);
          return stored;
        })
      : await insertNew(this.pool, events);
    if (fresh.some((stored) => stored.event.kind === 'status')) this.applier.poke();
  }
}

/**
 * Stores the events; returns only those not seen before. Reports wait for the applier; inbound
 * messages are applied by the caller, in the same transaction.
 */
async function insertNew(client: Queryable, events: StoredEvent[]): Promise<StoredEvent[]> {
  const unique = [...new Map(events.map((stored) => [stored.dedupeKey, stored])).values()];
  const { rows } = await client.query<Row<'whatsapp_events', 'dedupe_key'>>(
    `INSERT INTO whatsapp_events (dedupe_key, kind, sid, send_id, status, code, phone, payload, received_at, applied)
     SELECT *, kind = 'inbound' FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::jsonb[], $9::timestamptz[])
       AS t(dedupe_key, kind, sid, send_id, status, code, phone, payload, received_at)
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING dedupe_key`,
    [
      unique.map((s) => s.dedupeKey),
      unique.map((s) => s.event.kind),
      unique.map((s) => s.event.sid),
      unique.map((s) => (s.event.kind === 'status' ? sendIdOf(s.event.customData) : null)),
      unique.map((s) => (s.event.kind === 'status' ? s.event.status : null)),
      unique.map((s) => (s.event.kind === 'status' ? s.event.code : null)),
      unique.map((s) => e164(s.event.kind === 'status' ? s.event.to : s.event.from)),
      unique.map((s) => JSON.stringify(s.event)),
      unique.map((s) => s.receivedAt),
    ],
  );
  const inserted = new Set(rows.map((row) => row.dedupe_key));
  return unique.filter((stored) => inserted.has(stored.dedupeKey));
}

/** STOP/START change consent; anything else the person sends is a reply to their latest campaign message. */
async function applyInbound(
  client: pg.PoolClient,
  event: WhatsAppInboundEvent,
  receivedAt: string,
  suppressions: SuppressionList,
  callbacks: CallbackSettings | undefined,
): Promise<NewEvent[]> {
  const words = event.text ?? '';
  // A typed STOP, or a quick reply whose title or payload is one ("Stop promotions").
  const keyword = classifyInbound(words) ?? (event.buttonPayload ? classifyInbound(event.buttonPayload) : null);
  if (keyword) {
    const contact = await recordInboundConsent(
      client,
      { phone: e164(event.from), action: keyword, evidence: words },
      suppressions,
    );
    return contact ? contactEvents(client, [{ type: consentEventType(keyword), resourceId: contact.contactId }]) : [];
  }
  // A "call me" button is a reply too, and also asks for a call back (once per inbound message).
  const callback =
    callbacks && asksForCallback(event.buttonPayload, callbacks.payloads)
      ? await recordCallbackRequest(client, callbacks, {
          inboundSid: event.sid,
          phone: e164(event.from),
          at: new Date(receivedAt),
        })
      : [];
  // The first reply to a message is its event; later ones change nothing.
  const { rows } = await client.query<MessageSendRow>(
    `UPDATE message_sends SET replied_at = $2 WHERE replied_at IS NULL AND id = (
       SELECT m.id FROM message_sends m JOIN contacts c ON c.id = m.contact_id
       WHERE c.phone = $1 AND m.state = 'accepted' ORDER BY m.created_at DESC LIMIT 1)
     RETURNING ${MESSAGE_COLUMNS}`,
    [e164(event.from), event.at ?? receivedAt],
  );
  return [...rows.map((row) => messageEvent('message.replied', row)), ...callback];
}
