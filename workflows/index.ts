// Every workflow the worker runs. The worker bundles this file (and what it imports) for
// Temporal's deterministic sandbox.
export { clickToCall } from './call.js';
export { whatsappCampaign } from './campaign.js';
export { recordingRetention } from './recording-retention.js';
export { singleMessage } from './message.js';
