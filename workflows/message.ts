// One workflow per single WhatsApp message (POST /v1/messages, a call's follow-up): wait for the
// allowed hours when its template needs them, send it once, and settle its credits. The row in
// message_sends is claimed before the provider is called, so a retried activity (a worker that
// died mid-send) never sends it twice; Temporal retries it until the database answers.
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { MessageActivities } from '../activities/messages.js';
import type { SingleMessageInput, SingleMessageResult } from '../contracts/messages.js';

const { planMessage, sendSingleMessage, settleSingleMessage } = proxyActivities<MessageActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function singleMessage(input: SingleMessageInput): Promise<SingleMessageResult> {
  const plan = await planMessage(input);
  if (plan.notBefore) {
    const waitMs = Date.parse(plan.notBefore) - Date.now();
    if (waitMs > 0) await sleep(waitMs);
  }
  const sent = await sendSingleMessage(input);
  if (sent.state !== 'pending') return sent;
  // The answer was lost: a delivery report may still name it; after the grace it counts as unknown.
  await sleep(plan.pendingGraceSec * 1000);
  return settleSingleMessage(input);
}
