// Events of each kind of resource, with the resource as the REST API shows it as payload, read
// inside the transaction that changed it (so the payload is what that transaction committed).
import { type CallResource, loadCallResources } from '../calls/call-resource.js';
import { contactsWithConsent } from '../contacts/consent-states.js';
import { toContactResource } from '../contacts/contact-resource.js';
import type { EventType } from '../domain/events.js';
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
>;

/** The message_sends columns a message event needs. */
export const MESSAGE_COLUMNS = `id, campaign_id, step, contact_id, state, status, error_code, error_detail, provider_sid,
  created_at, sent_at, delivered_at, read_at, failed_at, replied_at`;

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

/** A campaign message: which campaign, step and contact, and how far it got (no phone number). */
export function toMessageResource(row: MessageSendRow) {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    step: row.step,
    contactId: row.contact_id,
    state: row.state,
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
