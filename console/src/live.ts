// Live updates, all in one place: one EventSource on the account-wide event stream
// (GET /v1/events/stream), shared by every page. Watchers say which events concern them; when one
// arrives the page re-reads its REST resource, so the stream's payloads never need their own
// types. EventSource reconnects by itself and resumes with Last-Event-ID, so nothing is missed
// across a dropped connection; nothing polls.

export type Unsubscribe = () => void;
export type LiveStatus = 'live' | 'connecting' | 'offline';

/** What the console needs of an event: its type and the resource it is about. */
export interface LiveEvent {
  id: string;
  type: string;
  resource: { type: string; id: string };
  /** The resource as the REST API shows it; read only to tell whom an event concerns. */
  data?: { contactId?: unknown; customerNumber?: unknown } | null;
}

// SSE messages are named by event type (`event: call.ringing`); EventSource delivers a named
// message only to listeners of that name, so every type the API documents (GET /openapi.json,
// docs/api.md#events) is listened to. The console reads the API only, so the list is its own.
const EVENT_TYPES = Object.entries({
  call: ['queued', 'ringing', 'answered', 'ended', 'charged', 'updated'],
  'call.recording': ['archived', 'none', 'failed', 'deleted'],
  message: ['sent', 'delivered', 'read', 'failed', 'replied'],
  contact: ['opted_in', 'opted_out', 'erased'],
  campaign: ['scheduled', 'started', 'paused', 'resumed', 'completed', 'cancelled'],
  credits: ['threshold_crossed'],
}).flatMap(([resource, verbs]) => verbs.map((verb) => `${resource}.${verb}`));

interface Watcher {
  wants: (event: LiveEvent) => boolean;
  /** Coalesced: a burst of events makes one call. */
  notify: () => void;
  onStatus?: ((status: LiveStatus) => void) | undefined;
}

const COALESCE_MS = 150;

const watchers = new Set<Watcher>();
let source: EventSource | null = null;
let status: LiveStatus = 'connecting';

function setStatus(value: LiveStatus) {
  status = value;
  for (const watcher of watchers) watcher.onStatus?.(value);
}

function deliver(message: MessageEvent<string>) {
  let event: LiveEvent;
  try {
    event = JSON.parse(message.data) as LiveEvent;
  } catch {
    return;
  }
  for (const watcher of watchers) if (watcher.wants(event)) watcher.notify();
}

function open() {
  source = new EventSource('/v1/events/stream');
  setStatus('connecting');
  // Whatever happened before the stream was open is read back now: a first connection starts
  // "from now", and pages may have loaded just before it.
  source.addEventListener('open', () => {
    setStatus('live');
    for (const watcher of watchers) watcher.notify();
  });
  // EventSource retries on its own; it gives up (CLOSED) only on an answer such as 403.
  source.addEventListener('error', () =>
    setStatus(source?.readyState === EventSource.CLOSED ? 'offline' : 'connecting'),
  );
  for (const type of EVENT_TYPES) source.addEventListener(type, deliver);
}

/** Calls `onEvent` when events `wants` accepts arrive (and on every (re)connection), until unsubscribed. */
export function watchEvents(
  wants: (event: LiveEvent) => boolean,
  onEvent: () => void,
  onStatus?: (status: LiveStatus) => void,
  coalesceMs = COALESCE_MS,
): Unsubscribe {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher: Watcher = {
    wants,
    notify: () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        onEvent();
      }, coalesceMs);
    },
    onStatus,
  };
  watchers.add(watcher);
  // One connection for the whole session, kept open between pages so none misses an event.
  if (!source || source.readyState === EventSource.CLOSED) open();
  else onStatus?.(status);
  return () => {
    watchers.delete(watcher);
    clearTimeout(timer);
  };
}

/** Closes the stream (on sign-out); the next watcher opens it again. */
export function closeLive(): void {
  source?.close();
  source = null;
}

/** One call: every event about it. */
export const watchCall = (callId: string, onChange: () => void, onStatus?: (status: LiveStatus) => void) =>
  watchEvents((event) => event.resource.type === 'call' && event.resource.id === callId, onChange, onStatus);

/** Calls: a new call or any change to one. */
export const watchCalls = (onChange: () => void, onStatus?: (status: LiveStatus) => void) =>
  watchEvents((event) => event.resource.type === 'call', onChange, onStatus);

/**
 * The balance, usage and alerts: whatever holds or charges credits (a call accepted or charged,
 * a message sent) and threshold alerts.
 */
export const watchCredits = (onChange: () => void) =>
  watchEvents(
    (event) =>
      ['call.queued', 'call.charged', 'call.ended', 'message.sent', 'message.failed'].includes(event.type) ||
      event.resource.type === 'credit_alert',
    onChange,
  );

/** A busy campaign brings hundreds of message events a second: its pages re-read at most this often. */
const CAMPAIGN_REFRESH_MS = 1_000;

/** Campaigns: any change of state, and their sends' progress (message events). */
export const watchCampaigns = (onChange: () => void, onStatus?: (status: LiveStatus) => void) =>
  watchEvents(
    (event) => event.resource.type === 'campaign' || event.resource.type === 'message',
    onChange,
    onStatus,
    CAMPAIGN_REFRESH_MS,
  );

/** One contact: their consent changes and erasure, messages to them, and calls to their number. */
export const watchContact = (contactId: string, phone: string | undefined, onChange: () => void) =>
  watchEvents(
    (event) =>
      (event.resource.type === 'contact' && event.resource.id === contactId) ||
      (event.resource.type === 'message' && event.data?.contactId === contactId) ||
      (event.resource.type === 'call' && phone !== undefined && event.data?.customerNumber === phone),
    onChange,
  );
