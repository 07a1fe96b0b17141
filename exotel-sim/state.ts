// Everything one simulator instance knows, shared by its route files.
import { CallbackDispatcher } from './callbacks.js';
import { CallStore } from './calls.js';
import { RateLimiter } from './rate-limit.js';
import { RawAnswerQueue } from './raw-answer.js';
import { RequestLog } from './request-log.js';
import { ScriptBook } from './scripts.js';
import { Timers } from './timers.js';
import { mergeVariants, type Variants } from './variants.js';
import { WhatsAppState, type WhatsAppAccountUrls } from './whatsapp-state.js';

export interface SimIdentity {
  accountSid: string;
  apiKey: string;
  apiToken: string;
}

export class SimState {
  readonly timers = new Timers();
  readonly scripts = new ScriptBook();
  readonly calls = new CallStore();
  readonly requests = new RequestLog();
  readonly rateLimiter = new RateLimiter();
  /** Raw answers queued for Call Details and the call list. */
  readonly rawAnswers = new RawAnswerQueue();
  readonly callbacks: CallbackDispatcher;
  readonly whatsapp: WhatsAppState;
  variants: Variants;
  /** Set once the server listens, unless fixed by the caller. */
  publicUrl = '';

  constructor(
    readonly identity: SimIdentity,
    private readonly initialVariants: Variants,
    whatsappUrls: WhatsAppAccountUrls = { inboundUrl: null, defaultStatusCallback: null },
  ) {
    this.variants = initialVariants;
    this.callbacks = new CallbackDispatcher({
      timers: this.timers,
      variants: () => this.variants,
      publicUrl: () => this.publicUrl,
    });
    this.whatsapp = new WhatsAppState({ timers: this.timers, variants: () => this.variants }, whatsappUrls);
  }

  setVariants(patch: unknown): Variants {
    this.variants = mergeVariants(this.variants, patch);
    return this.variants;
  }

  /** Forgets rules, calls and records, cancels pending callbacks, restores start-up variants. */
  reset(): void {
    this.timers.cancelAll();
    this.scripts.clear();
    this.calls.clear();
    this.requests.clear();
    this.callbacks.clear();
    this.rateLimiter.clear();
    this.rawAnswers.clear();
    this.whatsapp.reset();
    this.variants = this.initialVariants;
  }
}
