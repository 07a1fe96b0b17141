// The WhatsApp part of the library API (`sim.whatsapp`), for in-process tests.
import type { SimState } from './state.js';
import type { CallbackKind, WhatsAppCallbackRecord } from './whatsapp-callbacks.js';
import { accountUrlsPatchSchema, postInbound, type InboundRequestInput } from './whatsapp-control-routes.js';
import { messageView, type MessageFilter, type WhatsAppMessageRecord } from './whatsapp-ledger.js';
import type { SendFault } from './whatsapp-faults.js';
import type { WhatsAppRule } from './whatsapp-scripts.js';
import type { WhatsAppAccountUrls, WhatsAppStats } from './whatsapp-state.js';

export interface InboundResult {
  sid: string;
  /** Whether the first POST was answered 2xx (retries, if any, continue in the background). */
  delivered: boolean;
  responseStatus: number | null;
  error: string | null;
}

export interface WhatsAppSimulator {
  /** `${url}/v2/accounts/${accountSid}/messages` */
  messagesUrl: string;
  /** Adds a recipient rule; returns its id. Newest matching rule wins. */
  script(rule: WhatsAppRule): string;
  removeScript(ruleId: string): boolean;
  /** Queues request-level faults, used one per send request; returns the queue. */
  queueFaults(faults: SendFault[]): SendFault[];
  /** Every message received (accepted and refused), oldest first. */
  messages(filter?: MessageFilter): WhatsAppMessageRecord[];
  message(sid: string): WhatsAppMessageRecord | undefined;
  stats(): WhatsAppStats;
  /** Callback POST attempts (the latest 20 000). */
  callbacks(filter?: { sid?: string; kind?: CallbackKind }): WhatsAppCallbackRecord[];
  urls(): WhatsAppAccountUrls;
  setUrls(patch: Partial<WhatsAppAccountUrls>): WhatsAppAccountUrls;
  /** Posts an incoming message from a customer; rejects when no inbound URL is known. */
  sendInbound(input: InboundRequestInput): Promise<InboundResult>;
}

export function whatsappLibrary(state: SimState, messagesUrl: string): WhatsAppSimulator {
  const { whatsapp } = state;
  return {
    messagesUrl,
    script: (rule) => whatsapp.scripts.add(rule).id,
    removeScript: (ruleId) => whatsapp.scripts.remove(ruleId),
    queueFaults: (faults) => whatsapp.faults.push(faults),
    messages: (filter) => whatsapp.ledger.list(filter).map(messageView),
    message: (sid) => {
      const message = whatsapp.ledger.get(sid);
      return message ? messageView(message) : undefined;
    },
    stats: () => whatsapp.stats(),
    callbacks: (filter) => whatsapp.sender.list(filter),
    urls: () => ({ ...whatsapp.urls }),
    setUrls: (patch) => ({ ...Object.assign(whatsapp.urls, accountUrlsPatchSchema.parse(patch)) }),
    sendInbound: (input) => postInbound(state, input),
  };
}
