// The bookkeeping of one page of a campaign step, as a reducer: what was sent, failed and skipped,
// the seq every recipient up to which has a decision (the cursor the workflow resumes from), why
// the page must stop, what the credit hold still affords, and how many requests may be in flight.
// Pure; campaigns/send-page.ts feeds it what happened and does what it says.

/** Why a page stops early; the campaign pauses with this reason. */
export type PageStop = 'budget_exhausted' | 'error_spike' | 'provider_rejected';

export interface PageState {
  counts: { sent: number; failed: number; skipped: number };
  /** Every recipient up to this seq has a decision for the step. */
  nextSeq: number;
  stop: PageStop | null;
  /** Messages the credit hold still affords. */
  affordable: number;
}

export type PageEvent =
  /** Skips of a chunk were recorded. */
  | { type: 'skipped'; count: number }
  /** A chunk's request went out with `sending` messages; `heldBack` more were not affordable. */
  | { type: 'dispatched'; sending: number; heldBack: number }
  /** The oldest request in flight was answered; `seq` is the last recipient of its chunk. */
  | { type: 'answered'; seq: number; sent: number; failed: number; stop?: PageStop }
  /** The campaign's latest answers show an error spike. */
  | { type: 'error_spike' };

export function initialPageState(afterSeq: number, affordable: number): PageState {
  return { counts: { sent: 0, failed: 0, skipped: 0 }, nextSeq: afterSeq, stop: null, affordable };
}

export function pageReducer(state: PageState, event: PageEvent): PageState {
  const { counts } = state;
  switch (event.type) {
    case 'skipped':
      return { ...state, counts: { ...counts, skipped: counts.skipped + event.count } };
    case 'dispatched':
      // A chunk cut short is taken again on resume: its decided recipients are skipped then.
      return {
        ...state,
        affordable: state.affordable - event.sending,
        stop: event.heldBack > 0 ? (state.stop ?? 'budget_exhausted') : state.stop,
      };
    case 'answered': {
      const stop = state.stop ?? event.stop ?? null;
      return {
        counts: { ...counts, sent: counts.sent + event.sent, failed: counts.failed + event.failed },
        // Once stopping, the cursor stays where it was: the chunks after it are taken again.
        nextSeq: stop ? state.nextSeq : event.seq,
        stop,
        affordable: state.affordable,
      };
    }
    case 'error_spike':
      return { ...state, stop: state.stop ?? 'error_spike' };
  }
}

/**
 * Requests in flight the page keeps before it waits for the oldest answer: four, one once it is
 * stopping. Each request's slot is booked before it is sent, so more in flight never exceeds the
 * cap; they hide each request's own round trips (slot, record, send, record the answers), which on
 * a busy machine take longer than the 50 ms a 50-message request has at 1,000 msg/s. With two (and
 * pages of 1,000) a campaign at 1,000 msg/s held 73-90 % of its cap; with four (and pages of five
 * seconds), 90-98 %.
 */
export const maxInFlight = (state: PageState): number => (state.stop ? 1 : 4);

/** Whether an answer calls for the error-spike check: it had failures and the page is not stopping already. */
export const needsSpikeCheck = (state: PageState, answer: { failed: number }): boolean =>
  !state.stop && answer.failed > 0;
