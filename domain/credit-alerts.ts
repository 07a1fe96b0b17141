// Threshold alerts: "80% used" fires once when usage crosses it, and again only after a top-up has
// brought usage back below it and it is crossed anew. A scope (the account or a budget) remembers
// the highest threshold it has alerted; this computes the next one from its usage.
import type { Millicredits } from './credits.js';

/** The highest threshold (percent) that `used` has reached of `limit`; 0 when none. */
export function reachedThreshold(used: Millicredits, limit: Millicredits, thresholds: readonly number[]): number {
  // Nothing granted (a budget set to 0, say) is no spending to warn about: no threshold is reached.
  if (limit <= 0) return 0;
  // Integer comparison: used / limit >= t / 100.
  return thresholds
    .filter((percent) => used * 100 >= percent * limit)
    .reduce((max, percent) => Math.max(max, percent), 0);
}

export interface AlertStep {
  /** Thresholds crossed since the last alert, lowest first: one alert each. */
  fire: number[];
  /** What the scope remembers from now on (lower than before after a top-up: re-armed). */
  alertedPercent: number;
}

export function nextAlerts(
  alertedPercent: number,
  used: Millicredits,
  limit: Millicredits,
  thresholds: readonly number[],
): AlertStep {
  const reached = reachedThreshold(used, limit, thresholds);
  const fire = [...thresholds]
    .sort((a, b) => a - b)
    .filter((percent) => percent > alertedPercent && percent <= reached);
  return { fire, alertedPercent: reached };
}
