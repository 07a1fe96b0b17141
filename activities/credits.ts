// Activities that charge credits: thin adapters over the ledger, idempotent by reservation ID.
import type { CreditLedger } from '../credits/ledger.js';
import { callReservationId } from '../credits/ledger.js';
import { billableMinutes, callCost, type CreditRates, toCredits } from '../domain/credits.js';

export interface CreditActivityDeps {
  ledger: CreditLedger;
  rates: CreditRates;
}

export function createCreditActivities({ ledger, rates }: CreditActivityDeps) {
  return {
    /**
     * Charges a finished call on its legs' actual durations (started minutes per leg) and drops
     * the hold made when it was accepted; a call nobody answered is a release. Returns the
     * credits charged. A retry or replay finds the reservation settled and returns the same.
     */
    async settleCallCredits(input: { callId: string; legDurationsSec: (number | null)[] }): Promise<number> {
      const { used } = await ledger.settle({
        reservationId: callReservationId(input.callId),
        used: callCost(input.legDurationsSec, rates),
        quantity: input.legDurationsSec.reduce<number>((sum, seconds) => sum + billableMinutes(seconds), 0),
        owner: { ownerType: 'call', ownerId: input.callId, channel: 'voice' },
      });
      return toCredits(used);
    },
  };
}

export type CreditActivities = ReturnType<typeof createCreditActivities>;
