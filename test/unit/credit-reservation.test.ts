import { describe, expect, it } from 'vitest';
import { decideReservation } from '../../domain/credit-reservation.js';

describe('whether a reservation fits', () => {
  it('holds what was asked for when the balance covers it', () => {
    expect(decideReservation({ requested: 4000, minimum: 2000 }, { accountAvailable: 10_000 })).toEqual({
      ok: true,
      amount: 4000,
    });
  });

  it('holds what is left when that still covers the minimum', () => {
    expect(decideReservation({ requested: 4000, minimum: 2000 }, { accountAvailable: 3000 })).toEqual({
      ok: true,
      amount: 3000,
    });
  });

  it('refuses below the minimum, saying what is available', () => {
    expect(decideReservation({ requested: 4000, minimum: 2000 }, { accountAvailable: 1999 })).toEqual({
      ok: false,
      reason: 'insufficient_balance',
      available: 1999,
      minimum: 2000,
    });
  });

  it('reports an overdrawn account as nothing available', () => {
    expect(decideReservation({ requested: 1000, minimum: 1000 }, { accountAvailable: -500 })).toMatchObject({
      ok: false,
      available: 0,
    });
  });

  it('refuses with budget_exhausted when the budget, not the account, is short', () => {
    expect(
      decideReservation({ requested: 100_000, minimum: 1000 }, { accountAvailable: 500_000, budgetAvailable: 500 }),
    ).toMatchObject({ ok: false, reason: 'budget_exhausted', available: 500 });
  });

  it('holds no more than the smaller of account and budget', () => {
    expect(
      decideReservation({ requested: 100_000, minimum: 1000 }, { accountAvailable: 50_000, budgetAvailable: 7000 }),
    ).toEqual({
      ok: true,
      amount: 7000,
    });
  });
});
