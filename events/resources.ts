// Events of each kind of resource, with the resource as the REST API shows it as payload, read
// inside the transaction that changed it (so the payload is what that transaction committed).
import { type CallResource, loadCallResources } from '../calls/call-resource.js';
import { contactsWithConsent } from '../contacts/consent-states.js';
import { toContactResource } from '../contacts/contact-resource.js';
import type { EventType } from '../domain/events.js';
import { messageTimeline } from '../domain/single-message.js';
import type { Queryable } from '../lib/db.js';
import type { Row } from '../generated/db-rows.js';
import type { NewEvent } from './emit.js';
import { type CreditAlertRow, creditAlertResource } from '../credits/alert-resource.js';

type EventOf<R> = { type: EventType; resourceId: string; resource?: R };

/** Call events; payloads are read now (pass `resource` when the caller has it already). */
export async function callEvents(client: Queryable, changes: readonly EventOf<CallResource>[]): Promise<NewEvent[]> {
  const missing = changes.filter((change) => !change.resource).map((change) => change.resourceId);
  const loaded = new Map((await loadCallResources(client, [...new Set(missing)])).map((call) => [call.id, call]));
  return changes.flatMap((change) => {
    const payload = change.resource ?? loaded.get(change.resourceId);
    return payload
      ? [{ type: change.type, resourceType: 'call' as const, resourceId: change.resourceId, payload }]
      : [];
  });
}

/** Contact events, each with the contact and its current consent. */
export async function contactEvents(client: Queryable, changes: readonly EventOf<never>[]): Promise<NewEvent[]> {
  const contacts = new Map(
    (await contactsWithConsent(client, [...new Set(changes.map((change) => change.resourceId))])).map((contact) => [
      contact.id,
      toContactResource(contact),
    ]),
  );
  return changes.flatMap((change) => {
    const payload = contacts.get(change.resourceId);
    return payload
      ? [{ type: change.type, resourceType: 'contact' as const, resourceId: change.resourceId, payload }]
      : [];
  });
}

export type MessageSendRow = Row<
  'message_sends',
  | 'id'
  | 'campaign_id'
  | 'step'
  | 'contact_id'
  | 'state'
  | 'status'
  | 'error_code'
  | 'error_detail'
  | 'provider_sid'
  | 'created_at'
  | 'sent_at'
  | 'delivered_at'
  | 'read_at'
  | 'failed_at'
  | 'replied_at'
  | 'source'
  | 'skip_reason'
  | 'template_id'
  | 'call_id'
>;

/** The message_sends columns a message event needs. */
export const MESSAGE_COLUMNS = `id, campaign_id, step, contact_id, state, status, error_code, error_detail, provider_sid,
  created_at, sent_at, delivered_at, read_at, failed_at, replied_at, source, skip_reason, template_id, call_id`;

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

/**
 * A message (a campaign's, or a single one: source api or call_follow_up): which campaign and
 * step, or which call it follows up; its contact and how far it got, with its status timeline
 * (no phone number). GET /v1/messages/:id shows exactly this.
 */
export function toMessageResource(row: MessageSendRow) {
  const single = row.campaign_id === null;
  const resource = {
    id: row.id,
    source: row.source as 'campaign' | 'api' | 'call_follow_up',
    campaignId: row.campaign_id,
    step: single ? null : row.step,
    callId: row.call_id,
    templateId: row.template_id,
    contactId: row.contact_id,
    state: row.state,
    skipReason: row.skip_reason,
    status: row.status,
    error:
      row.error_code === null && row.error_detail === null ? null : { code: row.error_code, detail: row.error_detail },
    providerSid: row.provider_sid,
    createdAt: row.created_at.toISOString(),
    sentAt: iso(row.sent_at),
    deliveredAt: iso(row.delivered_at),
    readAt: iso(row.read_at),
    failedAt: iso(row.failed_at),
    repliedAt: iso(row.replied_at),
  };
  return { ...resource, timeline: messageTimeline(resource) };
}

export function messageEvent(type: EventType, row: MessageSendRow): NewEvent {
  return { type, resourceType: 'message', resourceId: row.id, payload: toMessageResource(row) };
}

export type CampaignEventRow = Row<
  'campaigns',
  | 'id'
  | 'name'
  | 'status'
  | 'pause_reason'
  | 'workflow_id'
  | 'sending_number'
  | 'recipient_count'
  | 'created_at'
  | 'started_at'
  | 'finished_at'
>;

/** A campaign's status change: the campaign's own fields of GET /v1/campaigns/:id (the funnel is read there). */
export function campaignEvent(type: EventType, row: CampaignEventRow): NewEvent {
  return {
    type,
    resourceType: 'campaign',
    resourceId: row.id,
    payload: {
      id: row.id,
      name: row.name,
      status: row.status,
      pauseReason: row.pause_reason,
      workflowId: row.workflow_id,
      sendingNumber: row.sending_number,
      recipientCount: row.recipient_count,
      createdAt: row.created_at.toISOString(),
      startedAt: iso(row.started_at),
      finishedAt: iso(row.finished_at),
    },
  };
}

/** A threshold crossing, as GET /v1/credits/alerts lists it. */
export function creditAlertEvent(row: CreditAlertRow): NewEvent {
  return {
    type: 'credits.threshold_crossed',
    resourceType: 'credit_alert',
    resourceId: row.id,
    payload: creditAlertResource(row),
  };
}

export type CallbackRow = Row<
  'callback_requests',
  | 'id'
  | 'contact_id'
  | 'message_id'
  | 'agent_number'
  | 'customer_number'
  | 'due_at'
  | 'status'
  | 'call_id'
  | 'failure_reason'
  | 'created_at'
  | 'updated_at'
>;

export const CALLBACK_COLUMNS = `id, contact_id, message_id, agent_number, customer_number, due_at, status, call_id,
  failure_reason, created_at, updated_at`;

/** A "call me" reply: who asked, which message they answered, when and between whom the call is placed. */
export function callbackEvent(type: EventType, row: CallbackRow): NewEvent {
  return {
    type,
    resourceType: 'callback',
    resourceId: row.id,
    payload: {
      id: row.id,
      contactId: row.contact_id,
      messageId: row.message_id,
      agentNumber: row.agent_number,
      customerNumber: row.customer_number,
      dueAt: row.due_at.toISOString(),
      status: row.status,
      callId: row.call_id,
      failureReason: row.failure_reason,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    },
  };
}
