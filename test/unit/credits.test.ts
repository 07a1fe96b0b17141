import { describe, expect, it } from 'vitest';
import { billableMinutes, callCredits, estimateCallCredits } from '../../domain/credits.js';

describe('call credits: each leg is charged per started minute', () => {
  it.each([
    [null, 0],
    [0, 0],
    [1, 1],
    [60, 1],
    [61, 2],
    [120, 2],
    [121, 3],
  ])('%s seconds on the line is %i billable minutes', (seconds, minutes) => {
    expect(billableMinutes(seconds)).toBe(minutes);
  });

  it('sums both legs of a bridged call', () => {
    // The agent is on the line while the customer rings: 41 s and 32 s are one minute each.
    expect(callCredits([41, 32], 1)).toBe(2);
    expect(callCredits([135, 120], 1)).toBe(5);
    // A customer who never answered: only the agent's leg is charged.
    expect(callCredits([25, null], 1)).toBe(1);
  });

  it("reproduces the integration guide's voice rows", () => {
    expect([1, 2, 5, 10].map((minutes) => estimateCallCredits(minutes, 1))).toEqual([2, 4, 10, 20]);
    expect(100 * estimateCallCredits(2, 1)).toBe(400);
  });

  it('applies the configured rate', () => {
    expect(callCredits([120, 120], 3)).toBe(12);
  });
});
