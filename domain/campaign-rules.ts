// Per-recipient rules a campaign applies at send time. Pure.

/** When a follow-up step goes to a recipient, judged by what they did with the previous step. */
export const stepConditions = ['always', 'not_delivered', 'not_read', 'not_replied'] as const;
export type StepCondition = (typeof stepConditions)[number];

export interface PreviousSend {
  /** Whether the previous step's message was accepted by the provider at all. */
  accepted: boolean;
  delivered: boolean;
  read: boolean;
  replied: boolean;
}

/**
 * Whether the step goes to this recipient. Recipients the previous step never reached (skipped,
 * failed) only get `always` steps: "not read" means "sent, and not read".
 */
export function meetsCondition(condition: StepCondition, previous: PreviousSend | null): boolean {
  if (condition === 'always') return true;
  if (!previous || !previous.accepted) return false;
  if (condition === 'not_delivered') return !previous.delivered && !previous.read;
  if (condition === 'not_read') return !previous.read;
  return !previous.replied;
}

/** Why a recipient was not sent a step: every targeted recipient ends sent, failed or one of these. */
export const skipReasons = [
  'no_consent',
  'opted_out',
  'erased',
  'condition_not_met',
  'missing_parameter',
  'invalid_parameter',
  'frequency_cap',
] as const;
export type SkipReason = (typeof skipReasons)[number];

export interface ErrorSpikeRule {
  /** Failure rate (0-1) over the window that pauses the campaign. */
  maxFailureRate: number;
  /** How many of the latest provider answers the rate is judged on. */
  window: number;
}

/** Whether the latest answers (failed or not) show a spike; needs a full window to judge. */
export function isErrorSpike(latest: { failed: number; total: number }, rule: ErrorSpikeRule): boolean {
  return latest.total >= rule.window && latest.failed / latest.total > rule.maxFailureRate;
}

/**
 * Messages per provider request for a rate: small enough that any 10-second window holds the
 * cap to within half a percent (a request is 1/20 s of sending), at most the API's 100.
 */
export function requestSizeForRate(messagesPerSecond: number): number {
  return Math.max(1, Math.min(100, Math.floor(messagesPerSecond / 20)));
}
