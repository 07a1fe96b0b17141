// Accepting a single WhatsApp message (POST /v1/messages, a call's follow-up): checked now
// (template, consent, parameters: domain/single-message.ts), then its message_sends row and its
// credit hold in one transaction, then its workflow (started idempotently, so a retried request
// or a sweep never sends twice). A refused message writes nothing.
import { randomUUID } from 'node:crypto';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type pg from 'pg';
import { consentStates } from '../contacts/consent-states.js';
import { templateById } from '../contacts/templates.js';
import {
  type FollowUpRequest,
  messageWorkflowId,
  SINGLE_MESSAGE_WORKFLOW,
  type SingleMessageInput,
} from '../contracts/messages.js';
import type { CreditLedger } from '../credits/ledger.js';
import { type CreditRates, messageRate, type Millicredits } from '../domain/credits.js';
import { templateBlocker } from '../domain/send-decision.js';
import { decideSingleMessage, type MessageRefusal, requestDifferences } from '../domain/single-message.js';
import type { ParamMapping } from '../domain/templates.js';
import { MESSAGE_COLUMNS, type MessageSendRow, toMessageResource } from '../events/resources.js';
import { inTransaction, type Queryable } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';

export type MessageSource = 'api' | 'call_follow_up';

export interface MessageRequest {
  contactId: string;
  templateId: string;
  params: ParamMapping;
}

export interface AcceptMessageDeps {
  pool: pg.Pool;
  ledger: CreditLedger;
  rates: CreditRates;
  temporal: Client;
  logger: Logger;
  /** The sending number (WHATSAPP_SENDING_NUMBER) and the task queue the workflow runs on. */
  sendingNumber: string | undefined;
  taskQueue: string;
}

export type MessageResource = ReturnType<typeof toMessageResource>;

/** The template, the contact's consent or the parameters forbid the message: nothing was written. */
export class MessageRefusedError extends Error {
  constructor(readonly reason: MessageRefusal | 'contact_not_found' | 'no_sending_number') {
    super(reason);
  }
}

/** The same Idempotency-Key came with another request: `fields` name what differs. */
export class IdempotencyConflictError extends Error {
  constructor(readonly fields: string[]) {
    super(`this Idempotency-Key was used with another request; it differs in ${fields.join(', ')}`);
  }
}

/** The balance cannot cover the message. */
export class MessageCreditsError extends Error {
  constructor(
    readonly available: Millicredits,
    readonly needed: Millicredits,
  ) {
    super('insufficient credits');
  }
}

export const messageHoldId = (messageId: string) => `message:${messageId}`;

/** Accepts a message; `created` is false when the Idempotency-Key named an earlier, identical request. */
export async function acceptMessage(
  deps: AcceptMessageDeps,
  request: MessageRequest,
  options: { idempotencyKey?: string | undefined; source: MessageSource; callId?: string },
): Promise<{ message: MessageResource; created: boolean }> {
  const { pool } = deps;
  // Keys are per source: a CRM's key can never name a call's follow-up.
  const key = options.idempotencyKey === undefined ? undefined : `${options.source}:${options.idempotencyKey}`;
  const earlier = key ? await repeatOf(pool, key, request) : null;
  if (earlier) {
    if (earlier.state === 'queued') await ensureMessageWorkflow(deps, earlier.id);
    return { message: toMessageResource(earlier), created: false };
  }
  if (!deps.sendingNumber) throw new MessageRefusedError('no_sending_number');
  const template = await templateById(pool, request.templateId);
  const contact = (await consentStates(pool, [request.contactId])).get(request.contactId);
  if (!contact) throw new MessageRefusedError('contact_not_found');
  const id = randomUUID();
  const decision = decideSingleMessage({
    id,
    contactId: request.contactId,
    template,
    params: request.params,
    contact,
    sendingNumber: deps.sendingNumber,
  });
  if (!decision.ok) throw new MessageRefusedError(decision.reason);
  const cost = messageRate(deps.rates, template!.category);

  const row = await inTransaction(pool, async (client) => {
    const { rows } = await client.query<MessageSendRow>(
      `INSERT INTO message_sends (id, campaign_id, step, contact_id, phone, state, hold_id, source, template_id, params,
                                  sending_number, call_id, idempotency_key, request)
       VALUES ($1, NULL, 0, $2, $3, 'queued', $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING ${MESSAGE_COLUMNS}`,
      [
        id,
        request.contactId,
        contact.phone,
        messageHoldId(id),
        options.source,
        request.templateId,
        JSON.stringify(request.params),
        deps.sendingNumber,
        options.callId ?? null,
        key ?? null,
        JSON.stringify(request),
      ],
    );
    if (!rows[0]) return null;
    const [hold] = await deps.ledger.reserveWith(client, [
      {
        id: messageHoldId(id),
        ownerType: 'message',
        ownerId: id,
        channel: 'whatsapp',
        requested: cost,
        minimum: cost,
        quantity: 1,
        // Released by the worker's sweeper if the message's workflow never settles it.
        expiresAt: new Date(Date.now() + 3 * 24 * 3600_000),
      },
    ]);
    if (!hold!.ok) throw new MessageCreditsError(hold!.available, cost);
    return rows[0];
  });
  // Lost a race with an identical request under the same key: that one is the message.
  if (!row) return acceptMessage(deps, request, options);
  await ensureMessageWorkflow(deps, id).catch((error) =>
    deps.logger.error('message workflow start failed; the sweeper will retry', { messageId: id, error }),
  );
  return { message: toMessageResource(row), created: true };
}

/** The message an Idempotency-Key already names, when the request is the same; 409 when it is not. */
async function repeatOf(pool: pg.Pool, key: string, request: MessageRequest): Promise<MessageSendRow | null> {
  const { rows } = await pool.query<MessageSendRow & { request: unknown }>(
    `SELECT ${MESSAGE_COLUMNS}, request FROM message_sends WHERE idempotency_key = $1`,
    [key],
  );
  const found = rows[0];
  if (!found) return null;
  const fields = requestDifferences(found.request, JSON.parse(JSON.stringify(request)));
  if (fields.length > 0) throw new IdempotencyConflictError(fields);
  return found;
}

/** Starts the message's workflow unless it has one (running or done): never a second send. */
export async function ensureMessageWorkflow(
  deps: Pick<AcceptMessageDeps, 'temporal' | 'taskQueue'>,
  messageId: string,
): Promise<void> {
  try {
    await deps.temporal.workflow.start(SINGLE_MESSAGE_WORKFLOW, {
      taskQueue: deps.taskQueue,
      workflowId: messageWorkflowId(messageId),
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      args: [{ messageId } satisfies SingleMessageInput],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/** Starts the workflow of every message accepted more than `olderThanMs` ago that is still queued. Run periodically. */
export async function resumeQueuedMessages(
  deps: Pick<AcceptMessageDeps, 'pool' | 'temporal' | 'taskQueue'>,
  olderThanMs = 15_000,
): Promise<number> {
  const { rows } = await deps.pool.query<{ id: string }>(
    `SELECT id FROM message_sends WHERE state = 'queued' AND created_at < now() - make_interval(secs => $1)
     ORDER BY created_at LIMIT 100`,
    [olderThanMs / 1000],
  );
  for (const row of rows) await ensureMessageWorkflow(deps, row.id);
  return rows.length;
}

/** The message as GET /v1/messages/:id shows it, or null. */
export async function findMessage(client: Queryable, id: string): Promise<MessageResource | null> {
  const { rows } = await client.query<MessageSendRow>(`SELECT ${MESSAGE_COLUMNS} FROM message_sends WHERE id = $1`, [
    id,
  ]);
  return rows[0] ? toMessageResource(rows[0]) : null;
}

/** A call's follow-up as a message request, keyed so the call can only ever send one. */
export function followUpMessage(callId: string, contactId: string, followUp: FollowUpRequest) {
  return {
    request: { contactId, templateId: followUp.templateId, params: followUp.params },
    options: { idempotencyKey: callId, source: 'call_follow_up' as const, callId },
  };
}

/**
 * Why a call request's follow-up could never be sent (its template is not approved or its params
 * do not fit), checked when the call is requested; null when it may be. Consent is judged later,
 * when the call has ended.
 */
export async function followUpProblem(
  pool: pg.Pool,
  followUp: FollowUpRequest,
): Promise<'template_not_approved' | 'template_mismatch' | null> {
  return templateBlocker(await templateById(pool, followUp.templateId), followUp.params);
}
