// The events the CRM hears about (the event log, webhooks and streams), and the pure rules of
// delivering them: which endpoint wants which event, how long to wait before a retry, when to
// give up or disable an endpoint, and which deliveries may go now without overtaking an earlier
// event of the same resource.

export const resourceTypes = [
  'call',
  'message',
  'contact',
  'campaign',
  'credit_alert',
  'webhook_endpoint',
  'callback',
] as const;
export type ResourceType = (typeof resourceTypes)[number];

export const eventTypes = [
  'call.queued',
  'call.ringing',
  'call.answered',
  'call.ended',
  'call.charged',
  'call.updated',
  'call.recording.archived',
  'call.recording.none',
  'call.recording.failed',
  'call.recording.deleted',
  'message.sent',
  'message.delivered',
  'message.read',
  'message.failed',
  'message.replied',
  'contact.opted_in',
  'contact.opted_out',
  'contact.erased',
  'campaign.scheduled',
  'campaign.started',
  'campaign.paused',
  'campaign.resumed',
  'campaign.completed',
  'campaign.cancelled',
  'credits.threshold_crossed',
  'webhook_endpoint.disabled',
  'callback.requested',
  'callback.placed',
  'callback.failed',
] as const;
export type EventType = (typeof eventTypes)[number];

/** A filter names an event type, or every type of a resource with `<resource>.*`. */
export const eventTypeFilters: readonly string[] = [
  ...eventTypes,
  ...new Set(eventTypes.map((type) => `${type.split('.')[0]}.*`)),
];

/** Whether an event of `type` passes `filters` (none: every event passes). */
export function matchesEventType(type: string, filters: readonly string[]): boolean {
  if (filters.length === 0) return true;
  return filters.some((filter) => (filter.endsWith('.*') ? type.startsWith(filter.slice(0, -1)) : filter === type));
}

/** The event a call's status change means, or null when the status did not change kind. */
export function callStatusEvent(previous: string | null, next: string): EventType | null {
  if (previous === next) return null;
  const kind = (status: string) =>
    status === 'queued'
      ? 'call.queued'
      : status === 'dialing'
        ? 'call.ringing'
        : status === 'agent-answered' || status === 'in-progress'
          ? 'call.answered'
          : 'call.ended';
  const to = kind(next);
  return previous !== null && kind(previous) === to && to !== 'call.answered' ? null : to;
}

/** The event a message's delivery status means. */
export function messageStatusEvent(status: string): EventType | null {
  switch (status) {
    case 'sent':
      return 'message.sent';
    case 'delivered':
      return 'message.delivered';
    case 'read':
      return 'message.read';
    case 'failed':
      return 'message.failed';
    default:
      return null;
  }
}

/** The event of a campaign status change; `previous` tells a resume from a first start. */
export function campaignStatusEvent(previous: string | null, next: string): EventType | null {
  if (previous === next) return null;
  switch (next) {
    case 'scheduled':
      return 'campaign.scheduled';
    case 'running':
      return previous === 'paused' ? 'campaign.resumed' : 'campaign.started';
    case 'paused':
      return 'campaign.paused';
    case 'completed':
      return 'campaign.completed';
    case 'cancelled':
      return 'campaign.cancelled';
    default:
      return null;
  }
}

export interface RetryPolicy {
  /** The first retry's wait; each next one doubles, up to `maxMs`. */
  baseMs: number;
  maxMs: number;
  /** A delivery still failing this long after its event is given up. */
  giveUpAfterMs: number;
  /** An endpoint failing without a success for this long is disabled. */
  disableAfterMs: number;
}

/** Production: 5 s, 10 s, 20 s, ... capped at an hour, for 3 days; an endpoint failing for a day is disabled. */
export const defaultRetryPolicy: RetryPolicy = {
  baseMs: 5_000,
  maxMs: 60 * 60_000,
  giveUpAfterMs: 3 * 24 * 60 * 60_000,
  disableAfterMs: 24 * 60 * 60_000,
};

/** Milliseconds to wait after failed attempt number `attempt` (1-based). */
export function retryDelayMs(attempt: number, policy: Pick<RetryPolicy, 'baseMs' | 'maxMs'>): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 40);
  return Math.min(policy.baseMs * 2 ** exponent, policy.maxMs);
}

/** The waits of a delivery that keeps failing, until it is given up: the whole schedule. */
export function retrySchedule(policy: RetryPolicy): number[] {
  const waits: number[] = [];
  let elapsed = 0;
  for (let attempt = 1; ; attempt++) {
    const wait = retryDelayMs(attempt, policy);
    if (elapsed + wait > policy.giveUpAfterMs) return waits;
    waits.push(wait);
    elapsed += wait;
  }
}

/** What a failed attempt leads to: another try at `retryInMs`, or giving up. */
export function afterFailure(
  attempt: number,
  eventAgeMs: number,
  policy: RetryPolicy,
): { giveUp: true } | { giveUp: false; retryInMs: number } {
  const retryInMs = retryDelayMs(attempt, policy);
  return eventAgeMs + retryInMs > policy.giveUpAfterMs ? { giveUp: true } : { giveUp: false, retryInMs };
}

/**
 * Per-resource order: of the deliveries ready to go, only the oldest event of each resource (per
 * endpoint) may be sent, and only when no older one of that resource is still pending.
 */
export function sendableInOrder<
  D extends { endpointId: string; resourceType: string; resourceId: string; eventId: bigint },
>(ready: readonly D[], olderPending: (delivery: D) => boolean): D[] {
  const heads = new Map<string, D>();
  for (const delivery of ready) {
    const key = `${delivery.endpointId}|${delivery.resourceType}|${delivery.resourceId}`;
    const current = heads.get(key);
    if (!current || delivery.eventId < current.eventId) heads.set(key, delivery);
  }
  return [...heads.values()].filter((delivery) => !olderPending(delivery));
}

interface MessageFacts {
  status: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  failedAt: string | null;
}

/**
 * The events of one message's step forward, oldest first: sent when it first has a status, then
 * each milestone newly reached (a read that implies a delivery gives both), or its failure.
 */
export function messageEventTypes(before: MessageFacts, after: MessageFacts): EventType[] {
  const types: EventType[] = [];
  if (before.status === null && after.status !== null && after.status !== 'failed') types.push('message.sent');
  if (!before.deliveredAt && after.deliveredAt) types.push('message.delivered');
  if (!before.readAt && after.readAt) types.push('message.read');
  if (!before.failedAt && after.failedAt && after.status === 'failed') types.push('message.failed');
  return types;
}
