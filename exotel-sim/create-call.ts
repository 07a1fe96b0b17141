// Creating a call: plan its playout from the winning script, store it, schedule its callbacks.
import type { SimCall } from './calls.js';
import type { ConnectRequest } from './connect-params.js';
import { newCallSid, newToken } from './ids.js';
import { planPlayout } from './playout.js';
import { playoutDefaults, type StoredRule } from './scripts.js';
import type { SimState } from './state.js';

export function createCall(
  state: SimState,
  request: ConnectRequest,
  rule: StoredRule | undefined,
  connectResponse: SimCall['connectResponse'],
): SimCall {
  const variants = state.variants;
  const script = rule?.rule.script ?? {};
  const createdAt = Date.now();
  const playout = planPlayout(request, script, createdAt, variants);
  // A recording exists only when asked for and a conversation actually happened.
  const recorded =
    (script.record ?? request.record) && script.recording !== 'omit' && playout.leg2AnsweredAt !== undefined;
  const call: SimCall = {
    sid: newCallSid(variants.callSidSuffix, variants.callSidAlphabet, state.calls.nextSequence()),
    accountSid: state.identity.accountSid,
    request,
    createdAt,
    playout,
    script,
    ruleId: rule?.id,
    recording: recorded
      ? {
          availableAt:
            playout.endedAt + (script.recordingAvailableAfterMs ?? playoutDefaults.recordingAvailableAfterMs),
          presignToken: newToken(),
        }
      : undefined,
    answeredBy: script.answeredBy ?? 'Human',
    connectResponse,
  };
  if (rule) state.scripts.useForCall(rule);
  state.calls.add(call);
  state.callbacks.schedule(call);
  return call;
}
