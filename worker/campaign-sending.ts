// What the campaign activities send with, from the configuration: the WhatsApp client, where
// delivery reports come back, the number's pace, the grace for lost answers and the default frequency cap.
import type { Env } from '../config/env.js';
import { whatsappClientFromEnv } from '../exotel/whatsapp-client.js';
import { whatsappWebhookUrl } from '../lib/webhook-token.js';

export function campaignSendingFromEnv(env: Env) {
  return {
    whatsapp: whatsappClientFromEnv(env),
    statusCallbackUrl: whatsappWebhookUrl(env.CALLBACK_BASE_URL, env.WEBHOOK_SIGNING_SECRET),
    numberMessagesPerSecond: env.WHATSAPP_MESSAGES_PER_SECOND,
    pendingGraceSec: env.WHATSAPP_PENDING_GRACE_SEC,
    frequencyCap: { perDay: env.WHATSAPP_FREQUENCY_CAP_PER_DAY, perWeek: env.WHATSAPP_FREQUENCY_CAP_PER_WEEK },
  };
}
