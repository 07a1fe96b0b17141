// Delivers a call's status callbacks at the moments its playout reaches them, applying the
// script's per-event behaviour (drop, delay, duplicates, encoding) and the retry variant.
import {
  buildCallbackPayload,
  encodeCallback,
  flattenForForm,
  type CallbackContentType,
  type CallbackMoment,
  type CallbackPayload,
} from './callback-payloads.js';
import type { SimCall } from './calls.js';
import type { CallbackBehaviour } from './scripts.js';
import type { Timers } from './timers.js';
import type { Variants } from './variants.js';

export interface CallbackRecord {
  id: number;
  callSid: string;
  eventType: 'answered' | 'terminal';
  moment: CallbackMoment;
  /** 0 for the original, 1.. for scripted duplicates. */
  copy: number;
  /** 0 for the first try, 1.. for retries. */
  attempt: number;
  url: string;
  contentType: CallbackContentType;
  /** What was sent: the JSON object, or the flat form fields. */
  body: CallbackPayload | Record<string, string>;
  outcome: 'pending' | 'delivered' | 'failed' | 'dropped';
  responseStatus: number | null;
  error: string | null;
  sentAt: string | null;
  finishedAt: string | null;
}

interface DispatcherDeps {
  timers: Timers;
  variants: () => Variants;
  publicUrl: () => string;
}

interface ScheduledMoment {
  moment: CallbackMoment;
  at: number;
  behaviour: CallbackBehaviour;
}

function momentsFor(call: SimCall, variants: Variants): ScheduledMoment[] {
  const { request, playout, script } = call;
  const events = request.statusCallbackEvents;
  const answered = script.callbacks?.answered ?? {};
  const terminal = script.callbacks?.terminal ?? {};
  if (events.length === 0) return [{ moment: 'terminal-default', at: playout.endedAt, behaviour: terminal }];
  const moments: ScheduledMoment[] = [];
  if (events.includes('answered')) {
    if (playout.leg1AnsweredAt !== undefined && variants.answeredCallbacks !== 'leg2-only') {
      moments.push({ moment: 'answered-leg1', at: playout.leg1AnsweredAt, behaviour: answered });
    }
    if (playout.leg2AnsweredAt !== undefined && variants.answeredCallbacks !== 'leg1-only') {
      moments.push({ moment: 'answered-leg2', at: playout.leg2AnsweredAt, behaviour: answered });
    }
  }
  if (events.includes('terminal')) moments.push({ moment: 'terminal', at: playout.endedAt, behaviour: terminal });
  return moments;
}

export class CallbackDispatcher {
  private records: CallbackRecord[] = [];
  private nextId = 1;

  constructor(private readonly deps: DispatcherDeps) {}

  list(): CallbackRecord[] {
    return [...this.records];
  }

  clear(): void {
    this.records = [];
  }

  schedule(call: SimCall): void {
    const url = call.request.statusCallback;
    if (!url) return;
    for (const scheduled of momentsFor(call, this.deps.variants())) {
      const delay = scheduled.at - Date.now() + (scheduled.behaviour.delayMs ?? 0);
      this.deps.timers.after(delay, () => void this.deliver(call, url, scheduled));
    }
  }

  private contentTypeFor(call: SimCall, behaviour: CallbackBehaviour): CallbackContentType {
    return (
      behaviour.contentType ?? call.request.statusCallbackContentType ?? this.deps.variants().defaultCallbackContentType
    );
  }

  private async deliver(call: SimCall, url: string, scheduled: ScheduledMoment): Promise<void> {
    const variants = this.deps.variants();
    const payload = buildCallbackPayload(call, scheduled.moment, {
      variants,
      publicUrl: this.deps.publicUrl(),
      sentAt: Date.now(),
    });
    const contentType = this.contentTypeFor(call, scheduled.behaviour);
    const base = {
      callSid: call.sid,
      moment: scheduled.moment,
      url,
      contentType,
      body: contentType === 'application/json' ? payload : flattenForForm(payload),
    };
    if (scheduled.behaviour.drop) {
      this.records.push({ ...this.blankRecord(base), outcome: 'dropped' });
      return;
    }
    // Captured now: reset() swaps in a fresh signal, and this delivery must stay cancelled.
    const signal = this.deps.timers.signal;
    const copies = 1 + (scheduled.behaviour.duplicates ?? 0);
    for (let copy = 0; copy < copies; copy++) {
      const delivered = await this.sendWithRetries(base, payload, copy, variants, signal);
      if (delivered === 'cancelled') return;
    }
  }

  private blankRecord(
    base: Pick<CallbackRecord, 'callSid' | 'moment' | 'url' | 'contentType' | 'body'>,
  ): CallbackRecord {
    return {
      id: this.nextId++,
      ...base,
      eventType: base.moment.startsWith('answered') ? 'answered' : 'terminal',
      copy: 0,
      attempt: 0,
      outcome: 'pending',
      responseStatus: null,
      error: null,
      sentAt: null,
      finishedAt: null,
    };
  }

  private async sendWithRetries(
    base: Pick<CallbackRecord, 'callSid' | 'moment' | 'url' | 'contentType' | 'body'>,
    payload: CallbackPayload,
    copy: number,
    variants: Variants,
    signal: AbortSignal,
  ): Promise<'delivered' | 'failed' | 'cancelled'> {
    const retryDelays = variants.callbackRetryDelaysMs;
    for (let attempt = 0; attempt <= retryDelays.length; attempt++) {
      if (attempt > 0 && !(await this.deps.timers.sleep(retryDelays[attempt - 1] ?? 0))) return 'cancelled';
      const record: CallbackRecord = { ...this.blankRecord(base), copy, attempt, sentAt: new Date().toISOString() };
      this.records.push(record);
      await this.post(record, payload, variants.callbackTimeoutMs, signal);
      if (signal.aborted) return 'cancelled';
      if (record.outcome === 'delivered') return 'delivered';
    }
    return 'failed';
  }

  private async post(
    record: CallbackRecord,
    payload: CallbackPayload,
    timeoutMs: number,
    cancel: AbortSignal,
  ): Promise<void> {
    const { body, headers } = encodeCallback(payload, record.contentType);
    try {
      const response = await fetch(record.url, {
        method: 'POST',
        headers: { ...headers, 'user-agent': 'exotel-simulator' },
        body,
        signal: AbortSignal.any([cancel, AbortSignal.timeout(timeoutMs)]),
      });
      await response.arrayBuffer();
      record.responseStatus = response.status;
      record.outcome = response.ok ? 'delivered' : 'failed';
    } catch (error) {
      record.outcome = 'failed';
      record.error =
        error instanceof Error ? (error.name === 'TimeoutError' ? 'timeout' : error.message) : String(error);
    }
    record.finishedAt = new Date().toISOString();
  }
}
