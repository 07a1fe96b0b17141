// What the campaign activities send with, from the configuration: the WhatsApp client, where
// delivery reports come back, the number's pace and the grace for lost answers.
import type { Env } from '../config/env.js';
import { whatsappClientFromEnv } from '../exotel/whatsapp-client.js';
import { whatsappWebhookUrl } from '../lib/webhook-token.js';

export function campaignSendingFromEnv(env: Env) {
  return {
    whatsapp: whatsappClientFromEnv(env),
    statusCallbackUrl: whatsappWebhookUrl(env.CALLBACK_BASE_URL, env.WEBHOOK_SIGNING_SECRET),
    numberMessagesPerSecond: env.WHATSAPP_MESSAGES_PER_SECOND,
    pendingGraceSec: env.WHATSAPP_PENDING_GRACE_SEC,
  };
}
