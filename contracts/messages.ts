// The single-message workflow's contract: its ID, input and output, and the follow-up a call
// request may carry. Import-safe: the API and the activities import this file, never
// workflows/message.ts.
import type { FollowUpOutcome } from '../domain/single-message.js';
import type { ParamMapping } from '../domain/templates.js';

/** The workflow's type name, as clients start it. */
export const SINGLE_MESSAGE_WORKFLOW = 'singleMessage';

export function messageWorkflowId(messageId: string): string {
  return `message-${messageId}`;
}

export interface SingleMessageInput {
  messageId: string;
}

/** What became of the message: sent (the provider took it, or may have), skipped with a reason, or failed. */
export interface SingleMessageResult {
  state: 'accepted' | 'pending' | 'unknown' | 'failed' | 'skipped';
  reason?: string | null;
}

/** When the message may go: now, or when the allowed hours next open (marketing templates). */
export interface MessagePlan {
  notBefore: string | null;
  /** How long a send whose answer was lost waits for a delivery report before it counts as unknown. */
  pendingGraceSec: number;
}

/** A follow-up message a call request may name: sent once after one of the `on` outcomes. */
export interface FollowUpRequest {
  on: FollowUpOutcome[];
  templateId: string;
  params: ParamMapping;
}
