// Puts accepted messages' DLRs and scripted replies on the clock. DLRs due at the same moment
// share one timer (a request of 100 alike messages needs three, not three hundred).
import type { SimState } from './state.js';
import type { OutgoingItem } from './whatsapp-callbacks.js';
import type { StoredMessage } from './whatsapp-ledger.js';
import type { MessagePlan, PlannedDlr } from './whatsapp-playout.js';
import { dlrItem, incomingItem, type InboundMessage } from './whatsapp-webhooks.js';
import type { InboundContent } from './whatsapp-inbound-content.js';
import type { WhatsAppCallbackRecord } from './whatsapp-callbacks.js';

interface DueDlr {
  message: StoredMessage;
  dlr: PlannedDlr;
}

export function scheduleDlrs(
  state: SimState,
  accepted: { message: StoredMessage; plan: MessagePlan }[],
  now: number,
): void {
  const { tallies } = state.whatsapp;
  const byMoment = new Map<number, DueDlr[]>();
  for (const { message, plan } of accepted) {
    for (const dlr of plan.dlrs) {
      tallies.dlrPlanned += dlr.copies;
      if (dlr.dropped) {
        tallies.dlrDropped += dlr.copies;
        continue;
      }
      const due = byMoment.get(dlr.postAt);
      if (due) due.push({ message, dlr });
      else byMoment.set(dlr.postAt, [{ message, dlr }]);
    }
    if (plan.reply) {
      const { reply } = plan.reply;
      state.timers.after(plan.reply.at - now, () => {
        void sendInbound(state, { from: message.to, to: message.from, profileName: reply.profileName, content: reply });
      });
    }
  }
  for (const [postAt, due] of byMoment) state.timers.after(postAt - now, () => postDue(state, due));
}

function postDue(state: SimState, due: DueDlr[]): void {
  const { whatsapp } = state;
  const byUrl = new Map<string, OutgoingItem[]>();
  for (const { message, dlr } of due) {
    // Message > channel > request was resolved at acceptance; the account default is read now.
    const url = message.statusCallback ?? whatsapp.urls.defaultStatusCallback;
    if (url === null) {
      whatsapp.tallies.dlrUnrouted += dlr.copies;
      continue;
    }
    const item = dlrItem(message, dlr, state.variants);
    const items = byUrl.get(url) ?? [];
    for (let copy = 0; copy < dlr.copies; copy++) items.push(item);
    byUrl.set(url, items);
  }
  for (const [url, items] of byUrl) whatsapp.sender.queueDlrs(url, items);
}

export interface InboundRequest {
  from: string;
  to: string;
  profileName?: string;
  content: InboundContent;
  /** Overrides the account's inbound URL for this message. */
  url?: string;
}

/** Posts an incoming message; undefined when no inbound URL is known. */
export async function sendInbound(
  state: SimState,
  request: InboundRequest,
): Promise<{ sid: string; record: WhatsAppCallbackRecord } | undefined> {
  const { whatsapp } = state;
  const url = request.url ?? whatsapp.urls.inboundUrl;
  if (!url) {
    whatsapp.tallies.inboundUnrouted++;
    return undefined;
  }
  const [sid = ''] = whatsapp.newSids(1, state.variants.whatsappSidFormat);
  const message: InboundMessage = {
    sid,
    from: request.from,
    to: request.to,
    profileName: request.profileName ?? 'Simulated Customer',
    at: Date.now(),
    content: request.content,
  };
  const record = await whatsapp.sender.post('incoming_message', url, [incomingItem(message, state.variants)]);
  return { sid, record };
}
