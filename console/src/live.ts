// Live updates, all in one place. Each watcher calls `onChange` when something the page shows may
// have changed; pages then re-read the REST resource, so the stream's payloads never need their
// own types.
//
// Today: a call's page follows that call's server-sent events (GET /v1/calls/:id/events), with a
// short poll after the stream ends until the recording is archived; lists and the balance poll;
// campaign pages follow the account-wide stream (watchCampaigns).
// When the account-wide stream (GET /v1/events/stream, with `id:` lines and Last-Event-ID resume)
// lands, one EventSource here replaces the polls and the per-call streams: pages do not change.

export type Unsubscribe = () => void;
export type LiveStatus = 'live' | 'connecting' | 'polling' | 'idle';

export interface CallWatch {
  /** Called when the call may have changed; answer whether it has settled (nothing more will change). */
  onChange: () => Promise<boolean>;
  onStatus?: (status: LiveStatus) => void;
}

const AFTER_STREAM_POLL_MS = 2_000;
const AFTER_STREAM_POLL_LIMIT = 150; // about five minutes: recordings are archived after the call

/** Follows one call: its event stream while it runs, then a bounded poll until it has settled. */
export function watchCall(callId: string, watch: CallWatch): Unsubscribe {
  let stopped = false;
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const status = (value: LiveStatus) => {
    if (!stopped) watch.onStatus?.(value);
  };

  const refresh = async (): Promise<boolean> => {
    try {
      return await watch.onChange();
    } catch {
      return false;
    }
  };

  const poll = (remaining: number) => {
    if (stopped) return;
    status(remaining > 0 ? 'polling' : 'idle');
    if (remaining <= 0) return;
    timer = setTimeout(() => {
      void refresh().then((settled) => (settled ? status('idle') : poll(remaining - 1)));
    }, AFTER_STREAM_POLL_MS);
  };

  const closeStream = () => {
    source?.close();
    source = null;
  };

  void refresh().then((settled) => {
    if (stopped) return;
    if (settled) return status('idle');
    status('connecting');
    source = new EventSource(`/v1/calls/${encodeURIComponent(callId)}/events`);
    source.addEventListener('open', () => status('live'));
    source.addEventListener('state', () => void refresh());
    // The server ends the stream once the call is charged; EventSource would reconnect and
    // replay it, so close it and poll until the recording has settled too.
    source.addEventListener('error', () => {
      closeStream();
      poll(AFTER_STREAM_POLL_LIMIT);
    });
  });

  return () => {
    stopped = true;
    closeStream();
    clearTimeout(timer);
  };
}

/** Polls while the tab is visible (replaced by the account-wide stream when it lands). */
function visiblePoll(intervalMs: number, onChange: () => void): Unsubscribe {
  const tick = () => {
    if (document.visibilityState === 'visible') onChange();
  };
  const timer = setInterval(tick, intervalMs);
  document.addEventListener('visibilitychange', tick);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', tick);
  };
}

/** Recent calls: new calls and status changes. */
export const watchCalls = (onChange: () => void): Unsubscribe => visiblePoll(3_000, onChange);

/** The balance, usage and alerts. */
export const watchCredits = (onChange: () => void): Unsubscribe => visiblePoll(15_000, onChange);

/** Campaign events (status changes) and message events (sends' delivery reports) from the account-wide stream. */
const CAMPAIGN_STREAM = `/v1/events/stream?type=${encodeURIComponent('campaign.*,message.*')}`;
/** A busy campaign brings hundreds of events a second: pages re-read at most this often. */
const CAMPAIGN_REFRESH_MS = 1_000;

/**
 * Campaign progress, live from the event stream (GET /v1/events/stream): `onChange` runs after
 * any campaign or message event, at most once a second. EventSource reconnects by itself and
 * resumes with Last-Event-ID, so nothing is missed; no polling.
 */
export function watchCampaigns(onChange: () => void, onStatus?: (status: LiveStatus) => void): Unsubscribe {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const changed = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastRun + CAMPAIGN_REFRESH_MS - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      lastRun = Date.now();
      onChange();
    }, wait);
  };
  onStatus?.('connecting');
  const source = new EventSource(CAMPAIGN_STREAM);
  source.addEventListener('open', () => {
    onStatus?.('live');
    changed(); // what happened while (re)connecting
  });
  source.addEventListener('error', () => onStatus?.('connecting'));
  // Events are named by type (`event: message.sent`); onmessage would only see unnamed ones.
  const types = [
    ...['scheduled', 'started', 'paused', 'resumed', 'completed', 'cancelled'].map((what) => `campaign.${what}`),
    ...['sent', 'delivered', 'read', 'failed', 'replied'].map((what) => `message.${what}`),
  ];
  for (const type of types) source.addEventListener(type, changed);
  return () => {
    source.close();
    clearTimeout(timer);
  };
}
