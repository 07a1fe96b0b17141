// Activities of the single-message workflow and of a call's follow-up: thin adapters over
// messages/ and calls/follow-up.ts. Each is safe to run twice.
import { Context } from '@temporalio/activity';
import type { SingleMessageInput } from '../contracts/messages.js';
import { type FollowUpDeps, requestCallFollowUp } from '../calls/follow-up.js';
import {
  planMessage,
  type SendSingleMessageDeps,
  sendSingleMessage,
  settleSingleMessage,
} from '../messages/send-single-message.js';

export type MessageActivityDeps = Omit<SendSingleMessageDeps, 'sleep'> & { followUps: FollowUpDeps };

export function createMessageActivities(deps: MessageActivityDeps) {
  return {
    async planMessage(input: SingleMessageInput) {
      return planMessage(deps, input.messageId);
    },

    /** Heartbeats while it waits for the number's pace, so a dead worker is noticed. */
    async sendSingleMessage(input: SingleMessageInput) {
      const context = Context.current();
      const sleep = async (ms: number) => {
        for (let left = ms; left > 0; left -= 10_000) {
          context.heartbeat();
          await context.sleep(Math.min(left, 10_000));
        }
      };
      return sendSingleMessage({ ...deps, sleep }, input.messageId);
    },

    async settleSingleMessage(input: SingleMessageInput) {
      return settleSingleMessage(deps, input.messageId);
    },

    /** After a call ended: queues its follow-up message when its outcome asks for one (once). */
    async requestCallFollowUp(input: { callId: string; status: string }) {
      return requestCallFollowUp(deps.followUps, input);
    },
  };
}

export type MessageActivities = ReturnType<typeof createMessageActivities>;
