// Sends one page of a campaign step: the next recipients by seq, in chunks small enough to pace
// smoothly. For each chunk, at send time: the campaign is still running, the hour is allowed,
// each recipient meets the step's condition, has consent and every template parameter, and is
// under the frequency cap (domain/send-decision.ts decides, from facts read here); credits are held; the number's and
// the campaign's pace are booked, the sends recorded before the provider is called and the
// answers recorded (page-request.ts); what was sent is charged. The page's bookkeeping is the
// reducer in domain/page-state.ts.
//
// Exactly once: a recipient with a row for this step is never sent this step again, so a retried
// page (a worker killed mid-chunk, a lost activity result) only picks up where it stopped.
import { randomUUID } from 'node:crypto';
import type { CreditLedger } from '../credits/ledger.js';
import { isErrorSpike, requestSizeForRate } from '../domain/campaign-rules.js';
import { type CreditRates, messageRate } from '../domain/credits.js';
import { effectiveCap } from '../domain/frequency-cap.js';
import { initialPageState, maxInFlight, needsSpikeCheck, type PageEvent, pageReducer } from '../domain/page-state.js';
import { type ChunkFacts, decideChunk, templateBlocker } from '../domain/send-decision.js';
import { consentStates } from '../contacts/consent-states.js';
import { templateById } from '../contacts/templates.js';
import type { RateLimit } from './pacing.js';
import { type PageRequestDeps, type PageRequestTarget, type RequestAnswer, sendRequest } from './page-request.js';
import * as store from './store.js';
import type { SendPageInput, SendPageResult } from '../contracts/campaigns.js';

export interface SendPageDeps extends PageRequestDeps {
  ledger: CreditLedger;
  rates: CreditRates;
  /** The sending number's cap, shared by every campaign and worker. */
  numberMessagesPerSecond: number;
  /** The deployment's frequency cap per contact (0: none); a campaign may override it. */
  frequencyCap: { perDay: number; perWeek: number };
  /** Called after each chunk: the activity heartbeats with the seq reached. */
  progress: (seq: number) => void;
}

/**
 * Recipients per page: about five seconds of sending, 100 to 5,000. Each page is an activity, and
 * between two pages nothing is sent (the workflow's task, the next activity's start, its first
 * reads): 100-600 ms. At 1,000 msg/s with pages of 1,000 that was a gap every second, 10 % of the
 * cap lost (12 s without a send in a 118-s run); five seconds per page makes it a fifth of that.
 */
export function pageSizeForRate(messagesPerSecond: number): number {
  return Math.max(100, Math.min(5000, messagesPerSecond * 5));
}

export async function sendPage(deps: SendPageDeps, input: SendPageInput): Promise<SendPageResult> {
  const { pool } = deps;
  const campaign = await store.loadCampaign(pool, input.campaignId);
  const definition = campaign.definition;
  const step = definition.steps[input.step]!;
  let state = initialPageState(input.afterSeq, 0);
  const apply = (event: PageEvent) => (state = pageReducer(state, event));
  const result = <T extends object>(extra: T) => ({ nextSeq: state.nextSeq, counts: state.counts, ...extra });

  const template = await templateById(pool, step.templateId);
  const blocker = templateBlocker(template, step.params);
  if (blocker || !template) return result({ outcome: 'pause' as const, reason: blocker ?? 'template_not_approved' });

  const limits: RateLimit[] = [{ key: `number:${campaign.sendingNumber}`, perSecond: deps.numberMessagesPerSecond }];
  const campaignCap = definition.limits.messagesPerSecond;
  if (campaignCap) limits.push({ key: `campaign:${campaign.id}`, perSecond: campaignCap });
  const rate = Math.min(deps.numberMessagesPerSecond, campaignCap ?? Infinity);
  const unitCost = messageRate(deps.rates, template.category);
  const frequencyCap = effectiveCap(deps.frequencyCap, definition.limits.frequencyCap);

  const recipients = await store.recipientsAfter(pool, campaign.id, input.afterSeq, pageSizeForRate(rate));
  if (recipients.length === 0) return result({ outcome: 'progress' as const, done: true });
  const chunks: store.Recipient[][] = [];
  for (let start = 0; start < recipients.length; start += requestSizeForRate(rate))
    chunks.push(recipients.slice(start, start + requestSizeForRate(rate)));

  // Credits for the page: held up front for every recipient (what is not sent is released at
  // the end), charged for the rows sent under the hold. A hold closed by an earlier attempt of
  // this page is not reused: its charge is final.
  const owner = { ownerType: 'campaign_batch' as const, ownerId: campaign.id, channel: 'whatsapp' as const };
  let hold;
  let holdId = '';
  for (let n = 0; !hold || (hold.ok && !hold.open); n++) {
    holdId = `campaign:${campaign.id}:step:${input.step}:after:${input.afterSeq}${n ? `:${n}` : ''}`;
    hold = await deps.ledger.reserve({
      id: holdId,
      ...owner,
      requested: recipients.length * unitCost,
      minimum: unitCost,
      budgetId: definition.budget ? campaignBudgetId(campaign.id) : undefined,
      quantity: recipients.length,
      expiresAt: new Date(Date.now() + 30 * 60_000),
    });
  }
  if (!hold.ok) return result({ outcome: 'pause' as const, reason: 'budget_exhausted' as const });
  state = initialPageState(input.afterSeq, unitCost > 0 ? Math.floor(hold.amount / unitCost) : Number.MAX_SAFE_INTEGER);
  const target: PageRequestTarget = { campaignId: campaign.id, step: input.step, holdId, limits };

  // A few requests in flight at most (maxInFlight): the next ones book their slots and wait while
  // the earlier ones are answered. Slots are spaced by the pace, so overlap never exceeds the cap.
  const inFlight: { seq: number; sending: Promise<RequestAnswer> }[] = [];
  const settleOldest = async () => {
    const { seq, sending } = inFlight.shift()!;
    const answer = await sending;
    apply({ type: 'answered', seq, ...answer });
    if (!state.stop) deps.progress(state.nextSeq);
    if (needsSpikeCheck(state, answer)) {
      const latest = await store.latestAnswers(pool, campaign.id, definition.limits.errorSpike.window);
      if (isErrorSpike(latest, definition.limits.errorSpike)) apply({ type: 'error_spike' });
    }
  };
  const drain = async () => {
    while (inFlight.length) await settleOldest();
  };
  /** Reads what the decision needs; handled where it is awaited, marked handled now so an early return cannot crash the process. */
  const readFacts = (chunk: store.Recipient[]) => {
    const reading = chunkFacts(pool, campaign.id, input.step, chunk);
    reading.catch(() => undefined);
    return reading;
  };

  try {
    // Each chunk's facts are read while the chunk before it is being sent.
    let next = readFacts(chunks[0]!);
    for (let i = 0; i < chunks.length && !state.stop; i++) {
      const chunk = chunks[i]!;
      const facts = await next;
      const status = await store.campaignStatus(pool, campaign.id);
      if (status === 'paused' || status === 'cancelled') {
        await drain();
        return result({ outcome: 'stopped' as const });
      }
      if (input.windowClosesAt && Date.now() >= Date.parse(input.windowClosesAt)) {
        await drain();
        return result({ outcome: 'window_closed' as const });
      }
      if (i + 1 < chunks.length) next = readFacts(chunks[i + 1]!);

      const decision = decideChunk({
        ...facts,
        template,
        step,
        sendingNumber: campaign.sendingNumber,
        frequencyCap,
        affordable: state.affordable,
        newId: randomUUID,
      });
      await store.recordSkips(pool, campaign.id, input.step, decision.skip);
      apply({ type: 'skipped', count: decision.skip.length });
      const sending = sendRequest({ ...deps, heartbeat: () => deps.progress(state.nextSeq) }, target, decision.send);
      sending.catch(() => undefined);
      inFlight.push({ seq: chunk.at(-1)!.seq, sending });
      apply({ type: 'dispatched', sending: decision.send.length, heldBack: decision.heldBack.length });
      while (inFlight.length >= maxInFlight(state)) await settleOldest();
    }
    await drain();
    if (state.stop) return result({ outcome: 'pause' as const, reason: state.stop });
    return result({ outcome: 'progress' as const, done: recipients.length < pageSizeForRate(rate) });
  } finally {
    await Promise.allSettled(inFlight.map((entry) => entry.sending));
    const used = await store.billableSends(pool, holdId);
    await deps.ledger.settle({ reservationId: holdId, used: used * unitCost, quantity: used, owner });
  }
}

/** What deciding a chunk takes from the database: its decided rows, the previous step's outcomes, consent, recent sends. */
export async function chunkFacts(
  pool: SendPageDeps['pool'],
  campaignId: string | null,
  step: number,
  chunk: readonly { contactId: string }[],
): Promise<ChunkFacts> {
  const contactIds = chunk.map((recipient) => recipient.contactId);
  const decided = campaignId ? await store.decidedContacts(pool, campaignId, step, contactIds) : new Set<string>();
  const previous = campaignId && step > 0 ? await store.previousSends(pool, campaignId, step - 1, contactIds) : null;
  const undecided = contactIds.filter((contactId) => !decided.has(contactId));
  const [consents, recentSends] = await Promise.all([
    consentStates(pool, undecided),
    store.recentSends(pool, undecided),
  ]);
  return { recipients: chunk, decided, previous, consents, recentSends };
}

/** The credit budget of a campaign that has one. */
export const campaignBudgetId = (campaignId: string) => `campaign-${campaignId}`;
