// Posts WhatsApp callbacks (DLRs, incoming messages) as `{"whatsapp":{"messages":[…]}}` over a
// keep-alive undici pool, so thousands a second cost little. DLRs go one per POST, or, by variant,
// collected per URL for a short window and posted together. A failed POST is retried as a whole.
import { Agent, request } from 'undici';
import type { Timers } from './timers.js';
import type { Variants } from './variants.js';

export type CallbackKind = 'dlr' | 'incoming_message';

/** One item of the `messages` array, with what the record needs to know about it. */
export interface OutgoingItem {
  sid: string;
  /** `sent`, `delivered`, … for DLRs; the content type for incoming messages. */
  label: string;
  body: Record<string, unknown>;
}

export interface WhatsAppCallbackRecord {
  id: number;
  kind: CallbackKind;
  url: string;
  /** Message sids and labels of the items, in order (one each unless batched). */
  sids: string[];
  labels: string[];
  /** 0 for the first try, 1.. for retries. */
  attempt: number;
  outcome: 'pending' | 'delivered' | 'failed';
  responseStatus: number | null;
  error: string | null;
  sentAt: string;
  finishedAt: string | null;
}

export interface CallbackCounts {
  /** Items handed over for posting (copies included, drops excluded). */
  queued: number;
  /** Items in a POST the receiver answered 2xx. */
  delivered: number;
  /** Items whose last retry failed too. */
  failed: number;
  posts: number;
  retries: number;
}

interface SenderDeps {
  timers: Timers;
  variants: () => Variants;
}

/** Attempt records beyond this are forgotten oldest first; the counts are never forgotten. */
const MAX_RECORDS = 20_000;

const newAgent = (connections = 64) => ({
  connections,
  agent: new Agent({ connections, pipelining: 1, keepAliveTimeout: 10_000 }),
});
const zeroCounts = (): Record<CallbackKind, CallbackCounts> => ({
  dlr: { queued: 0, delivered: 0, failed: 0, posts: 0, retries: 0 },
  incoming_message: { queued: 0, delivered: 0, failed: 0, posts: 0, retries: 0 },
});

export class WhatsAppCallbackSender {
  private pool = newAgent();
  /** Bumped by reset(): work started before it stops at its next step. */
  private generation = 0;
  private batches = new Map<string, OutgoingItem[]>();
  private records: WhatsAppCallbackRecord[] = [];
  private nextId = 1;
  counts = zeroCounts();

  constructor(private readonly deps: SenderDeps) {}

  /** Queues DLRs for `url`: posted now one by one, or batched per the whatsappDlrBatch* variants. */
  queueDlrs(url: string, items: OutgoingItem[]): void {
    this.counts.dlr.queued += items.length;
    const { whatsappDlrBatchSize: size, whatsappDlrBatchWindowMs: windowMs } = this.deps.variants();
    if (size === 1) {
      for (const item of items) void this.deliver('dlr', url, [item]);
      return;
    }
    let pending = this.batches.get(url);
    if (!pending) {
      pending = [];
      this.batches.set(url, pending);
      this.deps.timers.after(windowMs, () => this.flush(url, size, true));
    }
    pending.push(...items);
    if (pending.length >= size) this.flush(url, size, false);
  }

  /** Posts full batches, and at the end of the window whatever is left. */
  private flush(url: string, size: number, windowEnded: boolean): void {
    const pending = this.batches.get(url);
    if (!pending) return;
    while (pending.length >= size || (windowEnded && pending.length > 0))
      void this.deliver('dlr', url, pending.splice(0, size));
    if (windowEnded) this.batches.delete(url);
  }

  /** Posts one webhook now; resolves with its first attempt (retries go on in the background). */
  post(kind: CallbackKind, url: string, items: OutgoingItem[]): Promise<WhatsAppCallbackRecord> {
    this.counts[kind].queued += items.length;
    return new Promise((resolve) => void this.deliver(kind, url, items, resolve));
  }

  private async deliver(
    kind: CallbackKind,
    url: string,
    items: OutgoingItem[],
    onFirstAttempt?: (record: WhatsAppCallbackRecord) => void,
  ): Promise<void> {
    const generation = this.generation;
    const {
      whatsappCallbackRetryDelaysMs: retryDelays,
      callbackTimeoutMs,
      whatsappCallbackEnvelope,
    } = this.deps.variants();
    const bodies = items.map((item) => item.body);
    const body = JSON.stringify(
      whatsappCallbackEnvelope === 'bare'
        ? bodies.length === 1
          ? bodies[0]
          : bodies
        : { whatsapp: { messages: bodies } },
    );
    for (let attempt = 0; attempt <= retryDelays.length; attempt++) {
      if (attempt > 0) {
        if (!(await this.deps.timers.sleep(retryDelays[attempt - 1] ?? 0)) || generation !== this.generation) return;
        this.counts[kind].retries++;
      }
      const record = this.record(kind, url, items, attempt);
      this.counts[kind].posts++;
      await this.attempt(record, body, callbackTimeoutMs);
      onFirstAttempt?.(record);
      onFirstAttempt = undefined;
      if (generation !== this.generation) return;
      if (record.outcome === 'delivered') {
        this.counts[kind].delivered += items.length;
        return;
      }
    }
    this.counts[kind].failed += items.length;
  }

  private record(kind: CallbackKind, url: string, items: OutgoingItem[], attempt: number): WhatsAppCallbackRecord {
    const record: WhatsAppCallbackRecord = {
      id: this.nextId++,
      kind,
      url,
      sids: items.map((item) => item.sid),
      labels: items.map((item) => item.label),
      attempt,
      outcome: 'pending',
      responseStatus: null,
      error: null,
      sentAt: new Date().toISOString(),
      finishedAt: null,
    };
    if (this.records.length >= MAX_RECORDS) this.records = this.records.slice(MAX_RECORDS / 2);
    this.records.push(record);
    return record;
  }

  private async attempt(record: WhatsAppCallbackRecord, body: string, timeoutMs: number): Promise<void> {
    try {
      const response = await request(record.url, {
        method: 'POST',
        dispatcher: this.agent(),
        headers: { 'content-type': 'application/json', 'user-agent': 'exotel-simulator' },
        body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      await response.body.dump();
      record.responseStatus = response.statusCode;
      record.outcome = response.statusCode >= 200 && response.statusCode < 300 ? 'delivered' : 'failed';
    } catch (error) {
      record.outcome = 'failed';
      record.error =
        error instanceof Error
          ? error.name === 'HeadersTimeoutError' || error.name === 'BodyTimeoutError'
            ? 'timeout'
            : error.message
          : String(error);
    }
    record.finishedAt = new Date().toISOString();
  }

  /** The connection pool, rebuilt when whatsappCallbackConnections changes (POSTs in flight finish on the old one). */
  private agent(): Agent {
    const connections = this.deps.variants().whatsappCallbackConnections;
    if (connections !== this.pool.connections) {
      const old = this.pool.agent;
      this.pool = newAgent(connections);
      void old.close().catch(() => undefined);
    }
    return this.pool.agent;
  }

  list(filter: { sid?: string; kind?: CallbackKind } = {}): WhatsAppCallbackRecord[] {
    return this.records.filter(
      (record) =>
        (filter.kind === undefined || record.kind === filter.kind) &&
        (filter.sid === undefined || record.sids.includes(filter.sid)),
    );
  }

  /** Forgets records, counts and unsent batches; aborts POSTs in flight (their retries stop). */
  reset(): void {
    this.generation++;
    const old = this.pool.agent;
    this.pool = newAgent(this.deps.variants().whatsappCallbackConnections);
    void old.destroy().catch(() => undefined);
    this.batches.clear();
    this.records = [];
    this.counts = zeroCounts();
  }

  async close(): Promise<void> {
    this.generation++;
    await this.pool.agent.destroy().catch(() => undefined);
  }
}
