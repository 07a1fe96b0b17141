import { describe, expect, it } from 'vitest';
import {
  usedPercent,
  billableMinutes,
  callCost,
  type CreditRates,
  estimate,
  estimateCallCost,
  forecast,
  fromCredits,
  messageRate,
  parseCredits,
  toCredits,
} from '../../domain/credits.js';

/** The rates of docs/exotel.md §10: 1 credit per leg-minute, 1 per message. */
const guide: CreditRates = { voicePerLegMinute: 1000, whatsappPerMessage: 1000, whatsappByCategory: {} };

describe('billable minutes', () => {
  it.each([
    [null, 0],
    [0, 0],
    [1, 1],
    [60, 1],
    [61, 2],
    [120, 2],
    [121, 3],
  ])('%s seconds on a leg are %s started minutes', (seconds, minutes) => {
    expect(billableMinutes(seconds)).toBe(minutes);
  });
});

describe('what a finished call costs', () => {
  it('charges each leg for its own started minutes', () => {
    expect(toCredits(callCost([41, 32], guide))).toBe(2);
    expect(toCredits(callCost([135, 120], guide))).toBe(5);
  });

  it('charges nothing for a leg that never answered', () => {
    expect(toCredits(callCost([25, null], guide))).toBe(1);
    expect(callCost([null, null], guide)).toBe(0);
  });

  it('uses the configured rate, fractional ones exactly', () => {
    expect(toCredits(callCost([120, 120], { voicePerLegMinute: 3000 }))).toBe(12);
    expect(callCost([61, 30], { voicePerLegMinute: 333 })).toBe(999);
  });
});

describe('the credit calculator (docs/exotel.md §10)', () => {
  it('prices calls per minute per leg', () => {
    expect([1, 2, 5, 10].map((minutes) => toCredits(estimateCallCost(minutes, guide)))).toEqual([2, 4, 10, 20]);
  });

  it('adds calls and messages: 50 two-minute calls and 300 messages are 500 credits', () => {
    const result = estimate({ calls: [{ count: 50, minutes: 2 }], messages: 300 }, guide);
    expect(toCredits(result.total)).toBe(500);
    expect(toCredits(result.voice.total)).toBe(200);
    expect(toCredits(result.whatsapp.total)).toBe(300);
  });

  it('prices messages by category when that category has a rate', () => {
    const rates: CreditRates = { ...guide, whatsappByCategory: { utility: 500 } };
    expect(messageRate(rates, 'utility')).toBe(500);
    expect(messageRate(rates, 'marketing')).toBe(1000);
    expect(toCredits(estimate({ messages: 3, messageCategory: 'utility' }, rates).total)).toBe(1.5);
  });

  it('forecasts how far a balance stretches in two-minute calls and messages', () => {
    expect(forecast(500_000, guide)).toEqual({ twoMinuteCalls: 125, messages: 500 });
    expect(forecast(3_999, guide)).toEqual({ twoMinuteCalls: 0, messages: 3 });
    expect(forecast(-2_000, guide)).toEqual({ twoMinuteCalls: 0, messages: 0 });
  });
});

describe('credit amounts', () => {
  it('parses configured credits exactly, never through floats', () => {
    expect(parseCredits('500')).toBe(500_000);
    expect(parseCredits('0.5')).toBe(500);
    expect(parseCredits('0.125')).toBe(125);
    expect(parseCredits('1.2345')).toBeNull();
    expect(parseCredits('-1')).toBeNull();
    expect(parseCredits('abc')).toBeNull();
  });

  it('accepts JSON numbers with at most three decimals', () => {
    expect(fromCredits(0.1)).toBe(100);
    expect(fromCredits(12.345)).toBe(12_345);
    expect(fromCredits(0.0001)).toBeNull();
  });
});

describe('the share of credits used', () => {
  it('has one decimal, so spending shows at once', () => {
    expect(usedPercent(2_000, 500_000)).toBe(0.4);
    expect(usedPercent(399_000, 500_000)).toBe(79.8);
    expect(usedPercent(400_000, 500_000)).toBe(80);
  });

  it('never reads 0 % after spending nor 100 % with credits left', () => {
    expect(usedPercent(1, 500_000)).toBe(0.1);
    expect(usedPercent(499_999, 500_000)).toBe(99.9);
    expect(usedPercent(500_000, 500_000)).toBe(100);
  });

  it('is 0 % of nothing granted when nothing was used', () => {
    expect(usedPercent(0, 0)).toBe(0);
    expect(usedPercent(0, 500_000)).toBe(0);
  });
});
