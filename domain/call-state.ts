// The call's state and how status events change it. Exotel delivers callbacks late, twice or
// out of order, and polls can overlap them, so every change goes through one reducer in which
// a status only moves forward and a duplicate changes nothing. Pure: runs inside workflows.
import { clampReportedTime } from './reported-time.js';

export const TERMINAL_STATUSES = ['completed', 'busy', 'no-answer', 'failed', 'canceled'] as const;
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

/**
 * Our statuses, in the order a call goes through them:
 * queued (accepted by us) → dialing (Exotel accepted; ringing the agent) → agent-answered
 * (ringing the customer) → in-progress (both connected) → one terminal status.
 */
export type CallStatus = 'queued' | 'dialing' | 'agent-answered' | 'in-progress' | TerminalStatus;

/** A status event from Exotel, normalised from a webhook or a Call Details poll. */
export interface CallEvent {
  source: 'webhook' | 'poll';
  /** `answered`/`terminal` from webhooks; `snapshot` for a poll or an untyped callback. */
  kind: 'answered' | 'terminal' | 'snapshot';
  callSid: string;
  /** Exotel's overall status, as sent. */
  status: string;
  legs: LegReport[];
  conversationDurationSec: number | null;
  startTime: string | null;
  endTime: string | null;
  recordingUrl: string | null;
  /** When we received it (ISO 8601). */
  receivedAt: string;
}

export interface LegReport {
  status: string | null;
  onCallDurationSec: number | null;
}

export interface CallState {
  status: CallStatus;
  callSid: string | null;
  legs: [LegReport, LegReport];
  conversationDurationSec: number | null;
  startedAt: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  recordingUrl: string | null;
  failureReason: string | null;
  /** Increases with every change; lets readers tell whether anything happened. */
  version: number;
}

const RANK: Record<CallStatus, number> = {
  queued: 0,
  dialing: 1,
  'agent-answered': 2,
  'in-progress': 3,
  completed: 4,
  busy: 4,
  'no-answer': 4,
  failed: 4,
  canceled: 4,
};

const LEG_RANK: Record<string, number> = { '': 0, ringing: 1, 'in-progress': 2 };
const legRank = (status: string | null) => LEG_RANK[status ?? ''] ?? 3;

export function isTerminal(status: CallStatus): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export function initialCallState(): CallState {
  const leg = { status: null, onCallDurationSec: null };
  return {
    status: 'queued',
    callSid: null,
    legs: [{ ...leg }, { ...leg }],
    conversationDurationSec: null,
    startedAt: null,
    answeredAt: null,
    endedAt: null,
    recordingUrl: null,
    failureReason: null,
    version: 0,
  };
}

/** What an event says the call's status is, in our terms. */
export function statusOfEvent(event: CallEvent): CallStatus {
  const reported = event.status.toLowerCase();
  if ((TERMINAL_STATUSES as readonly string[]).includes(reported)) return reported as TerminalStatus;
  const [agent, customer] = event.legs;
  if (customer?.status === 'in-progress') return 'in-progress';
  if (agent?.status === 'in-progress') return 'agent-answered';
  return 'dialing';
}

/** Exotel accepted the connect request and gave the call its Sid. */
export function markDialing(state: CallState, callSid: string, at: string): CallState {
  if (state.callSid === callSid && RANK[state.status] >= RANK.dialing) return state;
  return bump({
    ...state,
    callSid,
    status: RANK[state.status] < RANK.dialing ? 'dialing' : state.status,
    startedAt: state.startedAt ?? at,
  });
}

/** The call ended on our side without Exotel telling us a status (e.g. connect rejected). */
export function markFailed(state: CallState, reason: string, at: string): CallState {
  if (isTerminal(state.status)) return state;
  return bump({ ...state, status: 'failed', failureReason: reason, endedAt: state.endedAt ?? at });
}

/**
 * Applies an event. The status advances only to a higher rank; once terminal it never changes,
 * but later events may still fill in what was missing (a recording URL, durations).
 */
export function applyEvent(state: CallState, event: CallEvent): CallState {
  if (state.callSid !== null && event.callSid !== state.callSid) return state;
  const reported = statusOfEvent(event);
  const advances = RANK[reported] > RANK[state.status];
  const status = advances ? reported : state.status;
  const terminalNow = isTerminal(status);
  const startedAt = state.startedAt ?? clampReportedTime(event.startTime, null, event.receivedAt) ?? event.receivedAt;

  const next: CallState = {
    ...state,
    status,
    callSid: state.callSid ?? event.callSid,
    legs: [mergeLeg(state.legs[0], event.legs[0]), mergeLeg(state.legs[1], event.legs[1])],
    conversationDurationSec: terminalNow
      ? (state.conversationDurationSec ?? event.conversationDurationSec)
      : state.conversationDurationSec,
    startedAt,
    answeredAt: state.answeredAt ?? (advances && reported === 'in-progress' ? event.receivedAt : null),
    // Exotel's EndTime, but never before the call started nor after the report reached us.
    endedAt: terminalNow
      ? (state.endedAt ?? clampReportedTime(event.endTime, startedAt, event.receivedAt) ?? event.receivedAt)
      : state.endedAt,
    recordingUrl: state.recordingUrl ?? (event.recordingUrl || null),
  };
  return sameCall(state, next) ? state : bump(next);
}

/** The more advanced report of a leg wins; durations reported while it was live are not final. */
function mergeLeg(current: LegReport, reported: LegReport | undefined): LegReport {
  if (!reported) return current;
  const ahead = legRank(reported.status) - legRank(current.status);
  if (ahead > 0)
    return { status: reported.status, onCallDurationSec: reported.onCallDurationSec ?? current.onCallDurationSec };
  if (ahead === 0 && current.onCallDurationSec === null && reported.onCallDurationSec !== null) {
    return { ...current, onCallDurationSec: reported.onCallDurationSec };
  }
  return current;
}

function bump(state: CallState): CallState {
  return { ...state, version: state.version + 1 };
}

function sameCall(a: CallState, b: CallState): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}
