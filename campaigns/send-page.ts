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
import { renderCheckedTemplate, type TemplateRecord as Template, validateParamMapping } from '../domain/templates.js';
import { consentStates } from '../contacts/consent-states.js';
import { templateById } from '../contacts/templates.js';
import { ExotelError, ExotelRateLimitError } from '../exotel/errors.js';
import type { WhatsAppClient, OutboundWhatsApp } from '../exotel/whatsapp-client.js';
import { applyUnmatchedReports } from '../messages/whatsapp-inbox.js';
import type { Logger } from '../lib/logger.js';
import { bookSendSlot, type RateLimit } from './pacing.js';
import * as store from './store.js';
import type { PageCounts, PauseReason, SendPageInput, SendPageResult } from '../contracts/campaigns.js';

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
  if (!template || template.status !== 'approved')
    return result({ outcome: 'pause' as const, reason: 'template_not_approved' as const });
  const chosen: Template = template;
  // Checked when the campaign was created; checked again here (once a page) in case the template
  // registered under this ID no longer takes these parameters.
  if (validateParamMapping(chosen, step.params).length > 0)
    return result({ outcome: 'pause' as const, reason: 'template_mismatch' as const });

  const limits: RateLimit[] = [{ key: `number:${campaign.sendingNumber}`, perSecond: deps.numberMessagesPerSecond }];
  const campaignCap = definition.limits.messagesPerSecond;
  if (campaignCap) limits.push({ key: `campaign:${campaign.id}`, perSecond: campaignCap });
  const rate = Math.min(deps.numberMessagesPerSecond, campaignCap ?? Infinity);
  const unitCost = messageRate(deps.rates, template.category as MessageCategory);

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
  let affordable = unitCost > 0 ? Math.floor(hold.amount / unitCost) : Number.MAX_SAFE_INTEGER;

  // Two requests in flight at most: the next one books its slot and waits while the previous
  // one is answered. Slots are spaced by the pace, so overlap never exceeds the cap.
  const inFlight: { seq: number; sending: Promise<Awaited<ReturnType<typeof dispatch>>> }[] = [];
  let stop: PauseReason | null = null;
  const settleOldest = async () => {
    const { seq, sending } = inFlight.shift()!;
    const sent = await sending;
    counts.sent += sent.sent;
    counts.failed += sent.failed;
    if (sent.stop) stop ??= sent.stop;
    if (!stop) {
      nextSeq = seq;
      deps.progress(nextSeq);
    }
    if (!stop && sent.failed > 0) {
      const latest = await store.latestAnswers(pool, campaign.id, definition.limits.errorSpike.window);
      if (isErrorSpike(latest, definition.limits.errorSpike)) stop = 'error_spike';
    }
  };
  const drain = async () => {
    while (inFlight.length) await settleOldest();
  };

  try {
    // Each chunk's recipients are judged while the chunk before it is being sent.
    // Handled where it is awaited; marked handled now so an early return cannot crash the process.
    const prepare = (chunk: store.Recipient[]) => {
      const preparing = prepareChunk(chunk);
      preparing.catch(() => undefined);
      return preparing;
    };
    let next = prepare(chunks[0]!);
    for (let i = 0; i < chunks.length && !stop; i++) {
      const chunk = chunks[i]!;
      const prepared = await next;
      const status = await store.campaignStatus(pool, campaign.id);
      if (status === 'paused' || status === 'cancelled') {
        await drain();
        return result({ outcome: 'stopped' as const });
      }
      if (input.windowClosesAt && Date.now() >= Date.parse(input.windowClosesAt)) {
        await drain();
        return result({ outcome: 'window_closed' as const });
      }
      if (i + 1 < chunks.length) next = prepare(chunks[i + 1]!);

      await store.recordSkips(pool, campaign.id, input.step, prepared.skips);
      counts.skipped += prepared.skips.length;
      const batch = prepared.sendable.slice(0, affordable);
      affordable -= batch.length;
      const sending = dispatch(batch);
      sending.catch(() => undefined);
      inFlight.push({ seq: chunk.at(-1)!.seq, sending });
      // A chunk cut short is taken again on resume: its decided recipients are skipped then.
      if (batch.length < prepared.sendable.length) stop = 'budget_exhausted';
      while (inFlight.length >= (stop ? 1 : 2)) await settleOldest();
    }
    await drain();
    if (stop) return result({ outcome: 'pause' as const, reason: stop });
    return result({ outcome: 'progress' as const, done: recipients.length < pageSizeForRate(rate) });
  } finally {
    await Promise.allSettled(inFlight.map((entry) => entry.sending));
    const used = await store.billableSends(pool, holdId);
    await deps.ledger.settle({ reservationId: holdId, used: used * unitCost, quantity: used, owner });
  }

  // ---- one chunk: who gets it, then the send ----------------------------------------------

  /** Decides, at send time, who in the chunk is sent the step and who is skipped (and why). */
  async function prepareChunk(chunk: store.Recipient[]) {
    const contactIds = chunk.map((recipient) => recipient.contactId);
    const decided = await store.decidedContacts(pool, campaign.id, input.step, contactIds);
    const undecided = chunk.filter((recipient) => !decided.has(recipient.contactId));
    const previous = input.step > 0 ? await store.previousSends(pool, campaign.id, input.step - 1, contactIds) : null;
    const consents = await consentStates(
      pool,
      undecided.map((recipient) => recipient.contactId),
    );
    const purpose = requiredPurpose(chosen.category);

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
      const rendered = renderCheckedTemplate(chosen, step.params, contact);
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
        content: { type: 'template', name: chosen.name, language: chosen.language, components: rendered.components },
      });
    }
    return { skips, sendable };
  }

  /** Paces, records and sends one request's messages; returns what the provider answered. */
  async function dispatch(
    batch: (OutboundWhatsApp & { id: string; contactId: string })[],
  ): Promise<{ sent: number; failed: number; stop?: 'provider_rejected' }> {
    if (batch.length === 0) return { sent: 0, failed: 0 };
    for (let attempt = 1; ; attempt++) {
      const startAt = await bookSendSlot(pool, limits, batch.length);
      const waitMs = startAt.getTime() - Date.now();
      if (waitMs > 0) await deps.sleep(waitMs);
      // Everything but the request itself is done before the sends are recorded.
      const prepared = deps.whatsapp.prepare({ messages: batch, statusCallback: deps.statusCallbackUrl });
      const recorded = await store.recordPending(pool, campaign.id, input.step, holdId, batch);
      const toSend = batch.filter((message) => recorded.has(message.id));
      if (toSend.length === 0) return { sent: 0, failed: 0 };
      try {
        const answers = await deps.whatsapp.sendPrepared(
          toSend.length === batch.length
            ? prepared
            : deps.whatsapp.prepare({ messages: toSend, statusCallback: deps.statusCallbackUrl }),
        );
        const outcomes = answers.map((answer, i): store.SendOutcome =>
          answer.ok
            ? { id: toSend[i]!.id, ok: true, sid: answer.sid }
            : { id: toSend[i]!.id, ok: false, code: Number(answer.errorCode) || answer.code, detail: answer.message },
        );
        await store.recordOutcomes(pool, outcomes);
        await applyUnmatchedReports(
          pool,
          outcomes.flatMap((outcome) => (outcome.ok ? [outcome.sid] : [])),
        );
        const sent = outcomes.filter((outcome) => outcome.ok).length;
        return { sent, failed: outcomes.length - sent };
      } catch (error) {
        if (!(error instanceof ExotelError) || error.kind === 'ambiguous') {
          // The request may have reached Exotel: the rows stay pending for the reports to settle.
          deps.logger.warn('WhatsApp send outcome unknown; awaiting delivery reports', {
            campaignId: campaign.id,
            messages: toSend.length,
            error,
          });
          return { sent: 0, failed: 0 };
        }
        // Nothing was sent: forget the rows, so the recipients are sent later.
        await store.forgetPending(
          pool,
          toSend.map((message) => message.id),
        );
        if (error.kind === 'rejected') {
          deps.logger.error('Exotel rejected a WhatsApp send; pausing the campaign', {
            campaignId: campaign.id,
            error,
          });
          return { sent: 0, failed: 0, stop: 'provider_rejected' };
        }
        const retryAfterMs =
          error instanceof ExotelRateLimitError && error.retryAfterMs
            ? error.retryAfterMs
            : Math.min(30_000, 500 * 2 ** attempt);
        deps.logger.warn('WhatsApp send refused; retrying', {
          campaignId: campaign.id,
          retryAfterMs,
          error: error.message,
        });
        await deps.sleep(retryAfterMs);
      }
    }
  }
}

/** The credit budget of a campaign that has one. */
export const campaignBudgetId = (campaignId: string) => `campaign-${campaignId}`;
