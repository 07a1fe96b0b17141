// The configured credit rates, in the shape the credit maths takes.
import type { Env } from '../config/env.js';
import type { CreditRates } from '../domain/credits.js';

export type CreditSettings = Pick<
  Env,
  | 'CREDITS_INITIAL_GRANT'
  | 'VOICE_CREDITS_PER_LEG_MINUTE'
  | 'WHATSAPP_CREDITS_PER_MESSAGE'
  | 'WHATSAPP_CREDITS_BY_CATEGORY'
  | 'CREDIT_ALERT_THRESHOLDS'
  | 'CALL_RESERVE_MINUTES'
  | 'CREDITS_TIMEZONE'
>;

export function creditRates(
  env: Pick<
    CreditSettings,
    'VOICE_CREDITS_PER_LEG_MINUTE' | 'WHATSAPP_CREDITS_PER_MESSAGE' | 'WHATSAPP_CREDITS_BY_CATEGORY'
  >,
): CreditRates {
  return {
    voicePerLegMinute: env.VOICE_CREDITS_PER_LEG_MINUTE,
    whatsappPerMessage: env.WHATSAPP_CREDITS_PER_MESSAGE,
    whatsappByCategory: env.WHATSAPP_CREDITS_BY_CATEGORY,
  };
}
