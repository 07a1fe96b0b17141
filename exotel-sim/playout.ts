// Turns a script and the connect parameters into a fixed timeline, decided at creation, so
// a call's state at any moment is a pure function of the clock.
import type { ConnectRequest } from './connect-params.js';
import { playoutDefaults, type CallScript } from './scripts.js';

export type TerminalStatus = 'completed' | 'busy' | 'no-answer' | 'failed';

export interface Playout {
  startedAt: number;
  /** When leg 1 (From, the agent) answered; undefined if it never did. */
  leg1AnsweredAt: number | undefined;
  /** When leg 2 (To, the customer) answered; undefined if it never did. */
  leg2AnsweredAt: number | undefined;
  endedAt: number;
  finalStatus: TerminalStatus;
  leg1FinalStatus: TerminalStatus;
  /** undefined when leg 2 was never dialled. */
  leg2FinalStatus: TerminalStatus | undefined;
  conversationSec: number;
  leg1OnCallSec: number;
  leg2OnCallSec: number;
  durationSec: number;
  price: string;
  durationScale: number;
}

const PULSE_SEC = 60;

/** Whole seconds, rounded up, ignoring floating-point dust. */
export function reportedSeconds(simulatedMs: number, scale: number): number {
  return Math.ceil(Math.round(simulatedMs * scale) / 1000);
}

function ring(ringMs: number, timeOutSec: number | undefined, scale: number): { ms: number; timedOut: boolean } {
  if (timeOutSec !== undefined && ringMs * scale > timeOutSec * 1000) {
    return { ms: (timeOutSec * 1000) / scale, timedOut: true };
  }
  return { ms: ringMs, timedOut: false };
}

function priceFor(legSeconds: number[], pricePerLegPulse: number): string {
  const pulses = legSeconds.reduce((sum, seconds) => sum + Math.ceil(seconds / PULSE_SEC), 0);
  return (pulses * pricePerLegPulse).toFixed(3);
}

interface PlayoutSettings {
  durationScale: number;
  pricePerLegPulse: number;
}

export function planPlayout(
  request: ConnectRequest,
  script: CallScript,
  startedAt: number,
  settings: PlayoutSettings,
): Playout {
  const scale = script.durationScale ?? settings.durationScale;
  const outcome = script.outcome ?? playoutDefaults.outcome;
  const base = { startedAt, durationScale: scale };
  const seconds = (ms: number) => reportedSeconds(ms, scale);

  const agentRing = ring(script.agentRingMs ?? playoutDefaults.agentRingMs, request.timeOutSec, scale);
  if (outcome.startsWith('agent-') || agentRing.timedOut) {
    const leg1Status =
      agentRing.timedOut && !outcome.startsWith('agent-')
        ? 'no-answer'
        : (outcome.slice('agent-'.length) as TerminalStatus);
    const endedAt = startedAt + agentRing.ms;
    return {
      ...base,
      leg1AnsweredAt: undefined,
      leg2AnsweredAt: undefined,
      endedAt,
      finalStatus: leg1Status,
      leg1FinalStatus: leg1Status,
      leg2FinalStatus: undefined,
      conversationSec: 0,
      leg1OnCallSec: 0,
      leg2OnCallSec: 0,
      durationSec: seconds(endedAt - startedAt),
      price: priceFor([], 0),
    };
  }

  const leg1AnsweredAt = startedAt + agentRing.ms;
  const customerRing = ring(script.customerRingMs ?? playoutDefaults.customerRingMs, request.timeOutSec, scale);
  if (outcome !== 'completed' || customerRing.timedOut) {
    const leg2Status: TerminalStatus = outcome === 'completed' ? 'no-answer' : (outcome as TerminalStatus);
    const endedAt = leg1AnsweredAt + customerRing.ms;
    const leg1OnCallSec = seconds(endedAt - leg1AnsweredAt);
    return {
      ...base,
      leg1AnsweredAt,
      leg2AnsweredAt: undefined,
      endedAt,
      finalStatus: leg2Status,
      leg1FinalStatus: 'completed',
      leg2FinalStatus: leg2Status,
      conversationSec: 0,
      leg1OnCallSec,
      leg2OnCallSec: 0,
      durationSec: seconds(endedAt - startedAt),
      price: priceFor([leg1OnCallSec], settings.pricePerLegPulse),
    };
  }

  const leg2AnsweredAt = leg1AnsweredAt + customerRing.ms;
  let talkMs = script.talkMs ?? playoutDefaults.talkMs;
  if (request.timeLimitSec !== undefined && talkMs * scale > request.timeLimitSec * 1000) {
    talkMs = (request.timeLimitSec * 1000) / scale;
  }
  const endedAt = leg2AnsweredAt + talkMs;
  // A completed call always reports at least one second of conversation, as a real one would.
  const conversationSec = Math.max(1, seconds(talkMs));
  const leg1OnCallSec = Math.max(conversationSec, seconds(endedAt - leg1AnsweredAt));
  return {
    ...base,
    leg1AnsweredAt,
    leg2AnsweredAt,
    endedAt,
    finalStatus: 'completed',
    leg1FinalStatus: 'completed',
    leg2FinalStatus: 'completed',
    conversationSec,
    leg1OnCallSec,
    leg2OnCallSec: conversationSec,
    durationSec: Math.max(leg1OnCallSec, seconds(endedAt - startedAt)),
    price: priceFor([leg1OnCallSec, conversationSec], settings.pricePerLegPulse),
  };
}
