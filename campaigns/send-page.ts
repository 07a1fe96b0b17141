// Sends one page of a campaign step: the next recipients by seq, in chunks small enough to pace
// smoothly. For each chunk, at send time: the campaign is still running, the hour is allowed,
// each recipient meets the step's condition, has consent and every template parameter; credits
// are held; the number's and the campaign's pace are booked; the sends are recorded before the
// provider is called; the answers are recorded; what was sent is charged.
//
// Exactly once: a recipient with a row for this step is never sent this step again, so a retried
// page (a worker killed mid-chunk, a lost activity result) only picks up where it stopped. A
// request that provably sent nothing (refused, 429) forgets its rows and is retried after a
// pause; an ambiguous one leaves them pending, to be settled by delivery reports (their
// custom_data is the row's ID) or marked unknown: never resent.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CreditLedger } from '../credits/ledger.js';
import { requiredPurpose } from '../domain/consent.js';
import { isErrorSpike, meetsCondition, requestSizeForRate, type SkipReason } from '../domain/campaign-rules.js';
import { type CreditRates, messageRate, type MessageCategory } from '../domain/credits.js';
import { renderTemplate, type TemplateRecord as Template } from '../domain/templates.js';
import { consentStates } from '../contacts/consent-states.js';
import { templateById } from '../contacts/templates.js';
import { ExotelError, ExotelRateLimitError } from '../exotel/errors.js';
import type { WhatsAppClient, OutboundWhatsApp } from '../exotel/whatsapp-client.js';
import { applyUnmatchedReports } from '../inbox/whatsapp-events.js';
import type { Logger } from '../lib/logger.js';
import { bookSendSlot, type RateLimit } from './pacing.js';
import * as store from './store.js';

/** Why a campaign paused itself (an operator's pause has reason `paused_by_operator`). */
export type PauseReason = 'budget_exhausted' | 'error_spike' | 'template_not_approved' | 'provider_rejected';

export interface SendPageInput {
  campaignId: string;
  step: number;
  /** Recipients after this seq; 0 for the first page. */
  afterSeq: number;
  /** End of the allowed hours the workflow started this page in (ISO); none when any hour is allowed. */
  windowClosesAt: string | null;
}

export interface PageCounts {
  sent: number;
  failed: number;
  skipped: number;
}

export type SendPageResult = { nextSeq: number; counts: PageCounts } & (
  | { outcome: 'progress'; done: boolean }
  /** The allowed hours ended: the workflow waits for the next window. */
  | { outcome: 'window_closed' }
  /** The campaign must pause, for this reason. */
  | { outcome: 'pause'; reason: PauseReason }
  /** An operator paused or cancelled it (the campaigns row says so). */
  | { outcome: 'stopped' }
);

export interface SendPageDeps {
  pool: pg.Pool;
  ledger: CreditLedger;
  rates: CreditRates;
  whatsapp: WhatsAppClient;
  logger: Logger;
  /** Where delivery reports are posted (with its token). */
  statusCallbackUrl: string;
  /** The sending number's cap, shared by every campaign and worker. */
  numberMessagesPerSecond: number;
  /** Called after each chunk: the activity heartbeats with the seq reached. */
  progress: (seq: number) => void;
  sleep: (ms: number) => Promise<void>;
}

/** Recipients per page: about five seconds of sending, 100 to 1,000. */
export function pageSizeForRate(messagesPerSecond: number): number {
  return Math.max(100, Math.min(1000, messagesPerSecond * 5));
}

export async function sendPage(deps: SendPageDeps, input: SendPageInput): Promise<SendPageResult> {
  const { pool } = deps;
  const campaign = await store.loadCampaign(pool, input.campaignId);
  const definition = campaign.definition;
  const step = definition.steps[input.step]!;
  const counts: PageCounts = { sent: 0, failed: 0, skipped: 0 };
  let nextSeq = input.afterSeq;
  const result = <T extends object>(extra: T) => ({ nextSeq, counts, ...extra });

  const template = await templateById(pool, step.templateId);
  if (!template || template.status !== 'approved') return result({ outcome: 'pause' as const, reason: 'template_not_approved' as const });

  const limits: RateLimit[] = [{ key: `number:${campaign.sendingNumber}`, perSecond: deps.numberMessagesPerSecond }];
  const campaignCap = definition.limits.messagesPerSecond;
  if (campaignCap) limits.push({ key: `campaign:${campaign.id}`, perSecond: campaignCap });
  const rate = Math.min(deps.numberMessagesPerSecond, campaignCap ?? Infinity);
  const unitCost = messageRate(deps.rates, template.category as MessageCategory);

  const recipients = await store.recipientsAfter(pool, campaign.id, input.afterSeq, pageSizeForRate(rate));
  const chunkSize = requestSizeForRate(rate);
  for (let start = 0; start < recipients.length; start += chunkSize) {
    const chunk = recipients.slice(start, start + chunkSize);
    const status = (await store.loadCampaign(pool, campaign.id)).status;
    if (status === 'paused' || status === 'cancelled') return result({ outcome: 'stopped' as const });
    if (input.windowClosesAt && Date.now() >= Date.parse(input.windowClosesAt)) return result({ outcome: 'window_closed' as const });

    const chunkResult = await sendChunk(deps, { campaignId: campaign.id, step: input.step, template, unitCost, limits, chunk });
    counts.sent += chunkResult.counts.sent;
    counts.failed += chunkResult.counts.failed;
    counts.skipped += chunkResult.counts.skipped;
    // A chunk cut short is taken again on resume: its decided recipients are skipped then.
    if (chunkResult.stop) return result({ outcome: 'pause' as const, reason: chunkResult.stop });
    nextSeq = chunk.at(-1)!.seq;
    deps.progress(nextSeq);

    if (chunkResult.counts.failed > 0 && isErrorSpike(await store.latestAnswers(pool, campaign.id, definition.limits.errorSpike.window), definition.limits.errorSpike)) {
      return result({ outcome: 'pause' as const, reason: 'error_spike' as const });
    }
  }
  return result({ outcome: 'progress' as const, done: recipients.length < pageSizeForRate(rate) });

  // ---- one chunk ---------------------------------------------------------------------------

  async function sendChunk(
    deps: SendPageDeps,
    job: { campaignId: string; step: number; template: Template; unitCost: number; limits: RateLimit[]; chunk: store.Recipient[] },
  ): Promise<{ counts: PageCounts; stop?: 'budget_exhausted' | 'provider_rejected' }> {
    const contactIds = job.chunk.map((recipient) => recipient.contactId);
    const decided = await store.decidedContacts(pool, job.campaignId, job.step, contactIds);
    const undecided = job.chunk.filter((recipient) => !decided.has(recipient.contactId));
    const previous = job.step > 0 ? await store.previousSends(pool, job.campaignId, job.step - 1, contactIds) : null;
    const consents = await consentStates(pool, undecided.map((recipient) => recipient.contactId));
    const purpose = requiredPurpose(job.template.category);

    const skips: { id: string; contactId: string; reason: SkipReason }[] = [];
    const sendable: (OutboundWhatsApp & { id: string; contactId: string })[] = [];
    for (const { contactId } of undecided) {
      const skip = (reason: SkipReason) => skips.push({ id: randomUUID(), contactId, reason });
      const contact = consents.get(contactId);
      if (!contact || contact.erased) {
        skip('erased');
        continue;
      }
      // Consent first: it is the reason that matters most to whoever reads the funnel.
      if (!contact[purpose]) {
        skip(contact.optedOut ? 'opted_out' : 'no_consent');
        continue;
      }
      if (previous && !meetsCondition(step.condition, previous.get(contactId) ?? null)) {
        skip('condition_not_met');
        continue;
      }
      const rendered = renderTemplate(job.template, step.params, contact);
      if (!rendered.ok) {
        skip(rendered.reason === 'missing_parameter' ? 'missing_parameter' : 'invalid_parameter');
        continue;
      }
      const id = randomUUID();
      sendable.push({
        id,
        contactId,
        from: campaign.sendingNumber,
        to: contact.phone,
        customData: id,
        content: { type: 'template', name: job.template.name, language: job.template.language, components: rendered.components },
      });
    }
    await store.recordSkips(pool, job.campaignId, job.step, skips);
    const counts: PageCounts = { sent: 0, failed: 0, skipped: skips.length };
    if (sendable.length === 0) return { counts };

    // Credits for the chunk: held now, charged for the rows sent under the hold. A hold closed by
    // an earlier attempt is not reused: its charge is final.
    const owner = { ownerType: 'campaign_batch' as const, ownerId: job.campaignId, channel: 'whatsapp' as const };
    let hold;
    let holdId = '';
    for (let n = 0; !hold || (hold.ok && !hold.open); n++) {
      holdId = `campaign:${job.campaignId}:step:${job.step}:seq:${job.chunk[0]!.seq}${n ? `:${n}` : ''}`;
      hold = await deps.ledger.reserve({
        id: holdId,
        ...owner,
        requested: sendable.length * job.unitCost,
        minimum: job.unitCost,
        budgetId: definition.budget ? campaignBudgetId(job.campaignId) : undefined,
        quantity: sendable.length,
        expiresAt: new Date(Date.now() + 15 * 60_000),
      });
    }
    if (!hold.ok) return { counts, stop: 'budget_exhausted' };
    const affordable = job.unitCost > 0 ? Math.floor(hold.amount / job.unitCost) : sendable.length;
    const batch = sendable.slice(0, affordable);
    let stop: 'budget_exhausted' | 'provider_rejected' | undefined = affordable < sendable.length ? 'budget_exhausted' : undefined;
    try {
      for (let attempt = 1; ; attempt++) {
        const startAt = await bookSendSlot(pool, job.limits, batch.length);
        const waitMs = startAt.getTime() - Date.now();
        if (waitMs > 0) await deps.sleep(waitMs);
        const recorded = await store.recordPending(pool, job.campaignId, job.step, holdId, batch);
        const toSend = batch.filter((message) => recorded.has(message.id));
        if (toSend.length === 0) break;
        try {
          const answers = await deps.whatsapp.sendMessages({ messages: toSend, statusCallback: deps.statusCallbackUrl });
          const outcomes = answers.map((answer, i): store.SendOutcome =>
            answer.ok
              ? { id: toSend[i]!.id, ok: true, sid: answer.sid }
              : { id: toSend[i]!.id, ok: false, code: Number(answer.errorCode) || answer.code, detail: answer.message },
          );
          await store.recordOutcomes(pool, outcomes);
          await applyUnmatchedReports(pool, outcomes.flatMap((outcome) => (outcome.ok ? [outcome.sid] : [])));
          counts.sent += outcomes.filter((outcome) => outcome.ok).length;
          counts.failed += outcomes.filter((outcome) => !outcome.ok).length;
          break;
        } catch (error) {
          if (!(error instanceof ExotelError) || error.kind === 'ambiguous') {
            // The request may have reached Exotel: the rows stay pending for the reports to settle.
            deps.logger.warn('WhatsApp send outcome unknown; awaiting delivery reports', { campaignId: job.campaignId, messages: toSend.length, error });
            break;
          }
          // Nothing was sent: forget the rows, so the recipients are sent later.
          await store.forgetPending(pool, toSend.map((message) => message.id));
          if (error.kind === 'rejected') {
            deps.logger.error('Exotel rejected a WhatsApp send; pausing the campaign', { campaignId: job.campaignId, error });
            stop = 'provider_rejected';
            break;
          }
          const retryAfterMs = error instanceof ExotelRateLimitError && error.retryAfterMs ? error.retryAfterMs : Math.min(30_000, 500 * 2 ** attempt);
          deps.logger.warn('WhatsApp send refused; retrying', { campaignId: job.campaignId, retryAfterMs, error: error.message });
          await deps.sleep(retryAfterMs);
        }
      }
    } finally {
      const used = await store.billableSends(pool, holdId);
      await deps.ledger.settle({ reservationId: holdId, used: used * job.unitCost, quantity: used, owner });
    }
    return { counts, stop };
  }
}

/** The credit budget of a campaign that has one. */
export const campaignBudgetId = (campaignId: string) => `campaign-${campaignId}`;
