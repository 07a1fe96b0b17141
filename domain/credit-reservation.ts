// Whether a reservation fits: the account's available credits, and the budget's when it has one.
// A reservation asks for an amount and names the least it can work with (a call must cover one
// minute on both legs; a batch of messages at least one message); it gets as much as fits.
import type { Millicredits } from './credits.js';

export type RefusalReason = 'insufficient_balance' | 'budget_exhausted';

export interface ReservationRequest {
  requested: Millicredits;
  minimum: Millicredits;
}

export interface Headroom {
  /** Account: granted - used - reserved. */
  accountAvailable: Millicredits;
  /** The budget's limit - used - reserved; undefined when the reservation has no budget. */
  budgetAvailable?: Millicredits;
}

export type ReservationDecision =
  | { ok: true; amount: Millicredits }
  | { ok: false; reason: RefusalReason; available: Millicredits; minimum: Millicredits };

export function decideReservation({ requested, minimum }: ReservationRequest, headroom: Headroom): ReservationDecision {
  if (headroom.accountAvailable < minimum) {
    return { ok: false, reason: 'insufficient_balance', available: Math.max(0, headroom.accountAvailable), minimum };
  }
  if (headroom.budgetAvailable !== undefined && headroom.budgetAvailable < minimum) {
    return { ok: false, reason: 'budget_exhausted', available: Math.max(0, headroom.budgetAvailable), minimum };
  }
  const room = Math.min(headroom.accountAvailable, headroom.budgetAvailable ?? Number.MAX_SAFE_INTEGER);
  return { ok: true, amount: Math.min(requested, room) };
}
