// @exoflow/client: the typed REST client, live call streams, and webhook verification. The React
// CallButton is in '@exoflow/client/react'.
export * from './client.js';
export { followCall, type FollowCallOptions } from './call-stream.js';
export { verifyWebhook, type VerifiedWebhook, type WebhookHeaders } from './webhooks.js';
