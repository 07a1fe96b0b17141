// The simulator's calls: each carries its planned playout; its state is read off the clock.
import type { ConnectRequest } from './connect-params.js';
import { reportedSeconds, type Playout, type TerminalStatus } from './playout.js';
import type { CallScript } from './scripts.js';

export interface SimRecording {
  availableAt: number;
  /** Stands in for the S3 signature of PreSignedRecordingUrl. */
  presignToken: string;
}

export interface SimCall {
  sid: string;
  accountSid: string;
  request: ConnectRequest;
  createdAt: number;
  playout: Playout;
  script: CallScript;
  ruleId: string | undefined;
  recording: SimRecording | undefined;
  answeredBy: 'Human' | 'Machine' | 'NotSure';
  /** How the connect request that created it was answered. */
  connectResponse: 'success' | 'fault';
}

export type LiveStatus = 'queued' | 'in-progress' | TerminalStatus;
/** undefined: the leg has not been answered or attempted yet (rendered as "" or null). */
export type LegStatus = 'in-progress' | TerminalStatus | undefined;

export function callStatusAt(call: SimCall, now: number, initialStatus: 'queued' | 'in-progress'): LiveStatus {
  const { playout } = call;
  if (now >= playout.endedAt) return playout.finalStatus;
  if (playout.leg1AnsweredAt !== undefined && now >= playout.leg1AnsweredAt) return 'in-progress';
  return initialStatus;
}

export function legStatusesAt(call: SimCall, now: number): [LegStatus, LegStatus] {
  const { playout } = call;
  if (now >= playout.endedAt) return [playout.leg1FinalStatus, playout.leg2FinalStatus];
  const leg1 = playout.leg1AnsweredAt !== undefined && now >= playout.leg1AnsweredAt ? 'in-progress' : undefined;
  const leg2 = playout.leg2AnsweredAt !== undefined && now >= playout.leg2AnsweredAt ? 'in-progress' : undefined;
  return [leg1, leg2];
}

export interface Durations {
  conversationSec: number;
  leg1OnCallSec: number;
  leg2OnCallSec: number;
}

/** Final durations once ended; running totals while the call is live. */
export function durationsAt(call: SimCall, now: number): Durations {
  const { playout } = call;
  if (now >= playout.endedAt) return playout;
  const since = (at: number | undefined) =>
    at !== undefined && now >= at ? reportedSeconds(now - at, playout.durationScale) : 0;
  const conversationSec = since(playout.leg2AnsweredAt);
  return { conversationSec, leg1OnCallSec: since(playout.leg1AnsweredAt), leg2OnCallSec: conversationSec };
}

/** The time of the latest state change at or before `now`. */
export function lastChangeAt(call: SimCall, now: number): number {
  const { playout } = call;
  const changes = [call.createdAt, playout.leg1AnsweredAt, playout.leg2AnsweredAt, playout.endedAt];
  return Math.max(...changes.filter((at): at is number => at !== undefined && at <= now));
}

export class CallStore {
  private bySid = new Map<string, SimCall>();
  private issued = 0;

  /** 0, 1, 2, ... per Sid issued since the last clear (the `exotel` Sid alphabet takes turns by it). */
  nextSequence(): number {
    return this.issued++;
  }

  add(call: SimCall): void {
    this.bySid.set(call.sid, call);
  }

  get(sid: string): SimCall | undefined {
    return this.bySid.get(sid);
  }

  /** In creation order. */
  all(): SimCall[] {
    return [...this.bySid.values()];
  }

  clear(): void {
    this.bySid.clear();
    this.issued = 0;
  }
}
