// How often one person may hear from our campaigns: at most so many marketing messages in any
// rolling 24 hours and 7 days, counted across every campaign. A contact at the cap is skipped
// with `frequency_cap` (never queued for later). Pure: the sender counts, this decides.

/** A cap per rolling window; null means no cap for that window. */
export interface FrequencyCap {
  perDay: number | null;
  perWeek: number | null;
}

/** Campaign messages the contact was sent (or possibly sent) in the last 24 hours and 7 days. */
export interface RecentSends {
  lastDay: number;
  lastWeek: number;
}

export const noRecentSends: RecentSends = { lastDay: 0, lastWeek: 0 };

/** Only marketing messages are capped: an order update or a one-time code is not a campaign's nudge. */
export const isCapped = (purpose: 'marketing' | 'transactional'): boolean => purpose === 'marketing';

/** Whether one more message would take the contact over either window's cap. */
export function atFrequencyCap(recent: RecentSends, cap: FrequencyCap): boolean {
  if (cap.perDay !== null && recent.lastDay >= cap.perDay) return true;
  return cap.perWeek !== null && recent.lastWeek >= cap.perWeek;
}

/**
 * The cap a campaign applies: its own override where it sets one (0 lifts that window's cap),
 * else the deployment's default (0 there means no cap too).
 */
export function effectiveCap(
  defaults: { perDay: number; perWeek: number },
  override: { perDay?: number | undefined; perWeek?: number | undefined } | undefined,
): FrequencyCap {
  const pick = (own: number | undefined, fallback: number) => {
    const value = own ?? fallback;
    return value > 0 ? value : null;
  };
  return { perDay: pick(override?.perDay, defaults.perDay), perWeek: pick(override?.perWeek, defaults.perWeek) };
}
