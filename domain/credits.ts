// Credit maths, from the integration guide: a bridged call has two legs and each leg is charged
// per started minute (a 2-minute call costs 4 credits); one outbound WhatsApp template message
// costs 1 credit. Rates are configuration. Amounts are exact integers of millicredits (1 credit =
// 1000), so fractional rates (0.5 credit per utility message, say) never meet a float.

/** Integer thousandths of a credit: the ledger's unit. */
export type Millicredits = number;
export const MILLI_PER_CREDIT = 1000;

export const messageCategories = ['marketing', 'utility', 'authentication', 'service'] as const;
export type MessageCategory = (typeof messageCategories)[number];

export interface CreditRates {
  /** Per started minute of each leg of a call. */
  voicePerLegMinute: Millicredits;
  /** Per outbound WhatsApp message, unless its category has its own rate. */
  whatsappPerMessage: Millicredits;
  whatsappByCategory: Partial<Record<MessageCategory, Millicredits>>;
}

/** "1", "0.5", "12.125" credits → millicredits, exactly (no float arithmetic); null when malformed. */
export function parseCredits(text: string): Millicredits | null {
  const match = /^(\d{1,12})(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * MILLI_PER_CREDIT + Number((match[2] ?? '').padEnd(3, '0'));
}

/** Millicredits as a JSON number of credits (at most three decimals, exact for any balance we hold). */
export function toCredits(amount: Millicredits): number {
  return amount / MILLI_PER_CREDIT;
}

/** Credits given as a JSON number → millicredits; null when it has more than three decimals. */
export function fromCredits(credits: number): Millicredits | null {
  const milli = Math.round(credits * MILLI_PER_CREDIT);
  return Math.abs(milli - credits * MILLI_PER_CREDIT) < 1e-6 ? milli : null;
}

/** Started minutes of a leg: 1-60 s is one minute, 61 s two; an unconnected leg is free. */
export function billableMinutes(onCallDurationSec: number | null | undefined): number {
  if (!onCallDurationSec || onCallDurationSec <= 0) return 0;
  return Math.ceil(onCallDurationSec / 60);
}

/**
 * The share of `granted` that is `used`, in percent with one decimal, rounded half up; any
 * spending shows as at least 0.1 and anything short of all of it as at most 99.9, so the figure
 * never reads 0 % after spending or 100 % with credits left. Nothing granted is 0 % used.
 */
export function usedPercent(used: Millicredits, granted: Millicredits): number {
  if (granted <= 0) return used > 0 ? 100 : 0;
  if (used <= 0) return 0;
  if (used >= granted) return Math.round((used * 1000) / granted) / 10;
  const tenths = Math.round((used * 1000) / granted);
  return Math.min(Math.max(tenths, 1), 999) / 10;
}

/** What a finished call cost, from each leg's on-call duration (a leg that never answered is free). */
export function callCost(
  legDurationsSec: readonly (number | null | undefined)[],
  rates: Pick<CreditRates, 'voicePerLegMinute'>,
): Millicredits {
  return legDurationsSec.reduce<number>((sum, seconds) => sum + billableMinutes(seconds) * rates.voicePerLegMinute, 0);
}

/**
 * Credits a finished call used at a whole-credit rate: the call workflow's v1 arithmetic, kept
 * for runs that started before the ledger (see workflows/call.ts).
 */
export function callCredits(
  legDurationsSec: readonly (number | null | undefined)[],
  creditsPerLegMinute: number,
): number {
  return legDurationsSec.reduce<number>((sum, seconds) => sum + billableMinutes(seconds) * creditsPerLegMinute, 0);
}

/** What a call of `minutes` minutes costs when both legs are on the line for all of it. */
export function estimateCallCost(
  minutes: number,
  rates: Pick<CreditRates, 'voicePerLegMinute'>,
  legs = 2,
): Millicredits {
  return Math.ceil(minutes) * legs * rates.voicePerLegMinute;
}

/** The rate of one outbound message of a category (the default rate when it has none of its own). */
export function messageRate(rates: CreditRates, category?: MessageCategory): Millicredits {
  return (category && rates.whatsappByCategory[category]) ?? rates.whatsappPerMessage;
}

export interface EstimateRequest {
  calls?: readonly { count: number; minutes: number }[];
  messages?: number;
  messageCategory?: MessageCategory;
}

export interface Estimate {
  total: Millicredits;
  voice: { total: Millicredits; calls: { count: number; minutes: number; each: Millicredits; total: Millicredits }[] };
  whatsapp: { total: Millicredits; messages: number; each: Millicredits };
}

/** The guide's calculator: what a mix of calls and messages costs. */
export function estimate(request: EstimateRequest, rates: CreditRates): Estimate {
  const calls = (request.calls ?? []).map(({ count, minutes }) => {
    const each = estimateCallCost(minutes, rates);
    return { count, minutes, each, total: count * each };
  });
  const messages = request.messages ?? 0;
  const each = messageRate(rates, request.messageCategory);
  const voiceTotal = calls.reduce((sum, line) => sum + line.total, 0);
  return {
    total: voiceTotal + messages * each,
    voice: { total: voiceTotal, calls },
    whatsapp: { total: messages * each, messages, each },
  };
}

/** The guide's "what this means for you": how far a balance still stretches. */
export function forecast(available: Millicredits, rates: CreditRates): { twoMinuteCalls: number; messages: number } {
  const stretch = (unit: Millicredits) => (unit > 0 ? Math.max(0, Math.floor(available / unit)) : null);
  return {
    twoMinuteCalls: stretch(estimateCallCost(2, rates)) ?? Number.MAX_SAFE_INTEGER,
    messages: stretch(messageRate(rates)) ?? Number.MAX_SAFE_INTEGER,
  };
}
