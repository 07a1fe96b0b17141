// Credit maths for calls, from the integration guide: a bridged call has two legs and each leg
// is charged per started minute, so a 2-minute call costs 4 credits. Rates are configuration.

/** Started minutes of a leg: 1-60 s is one minute, 61 s two; an unconnected leg is free. */
export function billableMinutes(onCallDurationSec: number | null | undefined): number {
  if (!onCallDurationSec || onCallDurationSec <= 0) return 0;
  return Math.ceil(onCallDurationSec / 60);
}

/** Credits a finished call used, from each leg's on-call duration. */
export function callCredits(legDurationsSec: readonly (number | null | undefined)[], creditsPerLegMinute: number): number {
  return legDurationsSec.reduce<number>((sum, seconds) => sum + billableMinutes(seconds) * creditsPerLegMinute, 0);
}

/** What a call of `minutes` minutes costs when both legs are on the line for all of it. */
export function estimateCallCredits(minutes: number, creditsPerLegMinute: number, legs = 2): number {
  return Math.ceil(minutes) * legs * creditsPerLegMinute;
}
