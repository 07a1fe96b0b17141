// The simulator's own view of a call (GET /_sim/calls, sim.calls()): the script's plan and
// what Call details would show right now.
import type { SimCall } from './calls.js';
import { callObject, recordingUrl, type CallObject } from './call-view.js';
import type { ConnectRequest } from './connect-params.js';
import type { SimState } from './state.js';

export interface CallSnapshot {
  sid: string;
  request: ConnectRequest;
  ruleId: string | null;
  connectResponse: SimCall['connectResponse'];
  createdAt: string;
  /** When each step happens (or happened); null for steps the call never reaches. */
  timeline: { leg1AnsweredAt: string | null; leg2AnsweredAt: string | null; endedAt: string };
  finalStatus: string;
  ended: boolean;
  durations: { conversationSec: number; leg1OnCallSec: number; leg2OnCallSec: number; durationSec: number };
  price: string;
  recording: { url: string; availableAt: string } | null;
  /** What `GET Calls/<sid>.json?details=true` answers now. */
  view: CallObject;
}

const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());

export function snapshotCall(call: SimCall, state: SimState, now = Date.now()): CallSnapshot {
  const { playout } = call;
  return {
    sid: call.sid,
    request: call.request,
    ruleId: call.ruleId ?? null,
    connectResponse: call.connectResponse,
    createdAt: new Date(call.createdAt).toISOString(),
    timeline: {
      leg1AnsweredAt: iso(playout.leg1AnsweredAt),
      leg2AnsweredAt: iso(playout.leg2AnsweredAt),
      endedAt: new Date(playout.endedAt).toISOString(),
    },
    finalStatus: playout.finalStatus,
    ended: now >= playout.endedAt,
    durations: {
      conversationSec: playout.conversationSec,
      leg1OnCallSec: playout.leg1OnCallSec,
      leg2OnCallSec: playout.leg2OnCallSec,
      durationSec: playout.durationSec,
    },
    price: playout.price,
    recording: call.recording
      ? { url: recordingUrl(call, state.publicUrl), availableAt: new Date(call.recording.availableAt).toISOString() }
      : null,
    view: callObject(call, { variants: state.variants, publicUrl: state.publicUrl, now }, true),
  };
}
