import { describe, expect, it } from 'vitest';
import { atFrequencyCap, effectiveCap, isCapped } from '../../domain/frequency-cap.js';

describe('the frequency cap', () => {
  const cap = { perDay: 2, perWeek: 5 };

  it('lets a message through below both caps and stops it at either', () => {
    expect(atFrequencyCap({ lastDay: 0, lastWeek: 0 }, cap)).toBe(false);
    expect(atFrequencyCap({ lastDay: 1, lastWeek: 4 }, cap)).toBe(false);
    expect(atFrequencyCap({ lastDay: 2, lastWeek: 2 }, cap)).toBe(true);
    expect(atFrequencyCap({ lastDay: 0, lastWeek: 5 }, cap)).toBe(true);
  });

  it('has no limit for a window without a cap', () => {
    expect(atFrequencyCap({ lastDay: 50, lastWeek: 4 }, { perDay: null, perWeek: 5 })).toBe(false);
    expect(atFrequencyCap({ lastDay: 50, lastWeek: 500 }, { perDay: null, perWeek: null })).toBe(false);
  });

  it("takes a campaign's own cap over the deployment's, and 0 as no cap", () => {
    expect(effectiveCap({ perDay: 2, perWeek: 6 }, undefined)).toEqual({ perDay: 2, perWeek: 6 });
    expect(effectiveCap({ perDay: 2, perWeek: 6 }, { perDay: 1 })).toEqual({ perDay: 1, perWeek: 6 });
    expect(effectiveCap({ perDay: 2, perWeek: 6 }, { perDay: 0, perWeek: 10 })).toEqual({ perDay: null, perWeek: 10 });
    expect(effectiveCap({ perDay: 0, perWeek: 0 }, {})).toEqual({ perDay: null, perWeek: null });
  });

  it('caps marketing only', () => {
    expect(isCapped('marketing')).toBe(true);
    expect(isCapped('transactional')).toBe(false);
  });
});
