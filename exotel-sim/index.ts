// Library API: start an in-process Exotel simulator and script it.
import type { AddressInfo } from 'node:net';
import type { CallbackRecord } from './callbacks.js';
import type { QueuedRawAnswer } from './raw-answer.js';
import type { RequestRecord } from './request-log.js';
import type { ScriptRule } from './scripts.js';
import { createSimServer } from './server.js';
import { snapshotCall, type CallSnapshot } from './snapshots.js';
import { SimState } from './state.js';
import { defaultVariants, mergeVariants, type Variants, type VariantsPatch } from './variants.js';
import { whatsappLibrary, type WhatsAppSimulator } from './whatsapp-library.js';

export interface ExotelSimulatorOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  host?: string;
  accountSid?: string;
  apiKey?: string;
  apiToken?: string;
  /** What recording URLs start with; default the simulator's own URL. */
  publicUrl?: string;
  variants?: VariantsPatch;
  /** WhatsApp: where incoming messages are posted (an account-level setting at Exotel). */
  whatsappInboundUrl?: string;
  /** WhatsApp: where DLRs go for messages that name no status_callback. */
  whatsappStatusCallback?: string;
}

export interface ExotelSimulator {
  /** e.g. http://127.0.0.1:40123 — use as the Exotel base URL. */
  url: string;
  port: number;
  accountSid: string;
  apiKey: string;
  apiToken: string;
  /** `${url}/v1/Accounts/${accountSid}` */
  accountUrl: string;
  /** Adds a rule; returns its id. Newest matching rule wins. */
  script(rule: ScriptRule): string;
  removeScript(ruleId: string): boolean;
  setVariants(patch: VariantsPatch): Variants;
  variants(): Variants;
  requests(filter?: { path?: string; method?: string }): RequestRecord[];
  calls(): CallSnapshot[];
  call(sid: string): CallSnapshot | undefined;
  callbacks(filter?: { callSid?: string }): CallbackRecord[];
  /**
   * Queues raw answers (any status, headers and exact body) for Call Details (optionally for one
   * Sid) and the call list, used oldest first by matching requests; returns the queue. Connect
   * and the WhatsApp send take theirs as `{raw}` faults.
   */
  queueAnswers(answers: QueuedRawAnswer[]): QueuedRawAnswer[];
  /** WhatsApp v2: scripts, the message ledger and stats, incoming messages. */
  whatsapp: WhatsAppSimulator;
  /** Clears rules, calls, messages, records and pending callbacks; restores the start-up variants and URLs. */
  reset(): void;
  close(): Promise<void>;
}

export async function startExotelSimulator(options: ExotelSimulatorOptions = {}): Promise<ExotelSimulator> {
  const identity = {
    accountSid: options.accountSid ?? 'sandbox',
    apiKey: options.apiKey ?? 'sandbox-key',
    apiToken: options.apiToken ?? 'sandbox-token',
  };
  const state = new SimState(identity, mergeVariants(defaultVariants, options.variants ?? {}), {
    inboundUrl: options.whatsappInboundUrl ?? null,
    defaultStatusCallback: options.whatsappStatusCallback ?? null,
  });
  const server = createSimServer(state);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  state.publicUrl = (options.publicUrl ?? url).replace(/\/+$/, '');

  return {
    url,
    port,
    ...identity,
    accountUrl: `${url}/v1/Accounts/${encodeURIComponent(identity.accountSid)}`,
    script: (rule) => state.scripts.add(rule).id,
    removeScript: (ruleId) => state.scripts.remove(ruleId),
    setVariants: (patch) => state.setVariants(patch),
    variants: () => state.variants,
    requests: (filter) => state.requests.list(filter),
    calls: () => state.calls.all().map((call) => snapshotCall(call, state)),
    call: (sid) => {
      const call = state.calls.get(sid);
      return call ? snapshotCall(call, state) : undefined;
    },
    queueAnswers: (answers) => state.rawAnswers.push(answers),
    callbacks: (filter = {}) =>
      state.callbacks.list().filter((record) => filter.callSid === undefined || record.callSid === filter.callSid),
    whatsapp: whatsappLibrary(state, `${url}/v2/accounts/${encodeURIComponent(identity.accountSid)}/messages`),
    reset: () => state.reset(),
    close: async () => {
      state.timers.cancelAll();
      await state.whatsapp.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export { startCallbackReceiver, type CallbackReceiver, type ReceivedCallback } from './callback-receiver.js';
export type { CallbackRecord } from './callbacks.js';
export type { CallbackPayload } from './callback-payloads.js';
export type { CallObject } from './call-view.js';
export type { RequestRecord } from './request-log.js';
export type { QueuedRawAnswer, RawAnswer, RawEndpoint } from './raw-answer.js';
export type { CallScript, ConnectFault, CallbackBehaviour, Outcome, ScriptRule } from './scripts.js';
export type { CallSnapshot } from './snapshots.js';
export { defaultVariants, type Variants, type VariantsPatch } from './variants.js';
export type { WhatsAppSimulator, InboundResult } from './whatsapp-library.js';
export type { WhatsAppMessageRecord, MessageFilter, DuplicatePair } from './whatsapp-ledger.js';
export type { WhatsAppCallbackRecord, CallbackKind } from './whatsapp-callbacks.js';
export type { WhatsAppRule, WhatsAppScript, Rejection, DlrStep } from './whatsapp-scripts.js';
export type { WhatsAppStats, WhatsAppAccountUrls } from './whatsapp-state.js';
export type { InboundRequestInput } from './whatsapp-control-routes.js';
export type { SendFault } from './whatsapp-faults.js';
