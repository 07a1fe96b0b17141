import { describe, expect, it } from 'vitest';
import { nextAlerts, reachedThreshold } from '../../domain/credit-alerts.js';

describe('threshold alerts', () => {
  it('fires 80% once when usage crosses it', () => {
    const first = nextAlerts(0, 400_000, 500_000, [80]);
    expect(first).toEqual({ fire: [80], alertedPercent: 80 });
    expect(nextAlerts(first.alertedPercent, 450_000, 500_000, [80])).toEqual({ fire: [], alertedPercent: 80 });
  });

  it('does not fire below the threshold', () => {
    expect(nextAlerts(0, 399_999, 500_000, [80])).toEqual({ fire: [], alertedPercent: 0 });
  });

  it('fires every threshold a single jump crosses, lowest first', () => {
    expect(nextAlerts(0, 450_000, 500_000, [95, 50, 80])).toEqual({ fire: [50, 80], alertedPercent: 80 });
  });

  it('re-arms after a top-up brings usage below the threshold, and fires again on the next crossing', () => {
    const afterTopUp = nextAlerts(80, 400_000, 1_000_000, [80]);
    expect(afterTopUp).toEqual({ fire: [], alertedPercent: 0 });
    expect(nextAlerts(afterTopUp.alertedPercent, 800_000, 1_000_000, [80]).fire).toEqual([80]);
  });

  it('raises no alert for a scope with nothing granted (a budget set to 0)', () => {
    expect(reachedThreshold(0, 0, [80, 100])).toBe(0);
    expect(nextAlerts(0, 0, 0, [80, 100])).toEqual({ fire: [], alertedPercent: 0 });
  });
});
