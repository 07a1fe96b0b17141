import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CallEvent,
  initialCallState,
  markDialing,
  markFailed,
  statusOfEvent,
} from '../../domain/call-state.js';

const SID = 'c5797dcbaaeed7678c4062a4a3ed2f8a';
const base: CallEvent = {
  source: 'webhook',
  kind: 'answered',
  callSid: SID,
  status: 'in-progress',
  legs: [],
  conversationDurationSec: null,
  startTime: null,
  endTime: null,
  recordingUrl: null,
  receivedAt: '2026-11-25T10:00:05.000Z',
};
const agentAnswered = {
  ...base,
  legs: [
    { status: 'in-progress', onCallDurationSec: null },
    { status: null, onCallDurationSec: null },
  ],
};
const customerAnswered = {
  ...base,
  legs: [
    { status: 'in-progress', onCallDurationSec: null },
    { status: 'in-progress', onCallDurationSec: null },
  ],
  receivedAt: '2026-11-25T10:00:09.000Z',
};
const terminal: CallEvent = {
  ...base,
  kind: 'terminal',
  status: 'completed',
  legs: [
    { status: 'completed', onCallDurationSec: 41 },
    { status: 'completed', onCallDurationSec: 32 },
  ],
  conversationDurationSec: 32,
  endTime: '2026-11-25T10:00:50.000Z',
  recordingUrl: 'https://recordings.example/x.mp3',
  receivedAt: '2026-11-25T10:00:51.000Z',
};
const dialing = () => markDialing(initialCallState(), SID, '2026-11-25T10:00:00.000Z');

describe('call state', () => {
  it('reads our status from Exotel events', () => {
    expect(statusOfEvent({ ...base, legs: [] })).toBe('dialing');
    expect(statusOfEvent(agentAnswered)).toBe('agent-answered');
    expect(statusOfEvent(customerAnswered)).toBe('in-progress');
    expect(statusOfEvent({ ...terminal, status: 'no-answer' })).toBe('no-answer');
  });

  it('moves forward through answered events to a terminal status', () => {
    let state = dialing();
    state = applyEvent(state, agentAnswered);
    expect(state.status).toBe('agent-answered');
    state = applyEvent(state, customerAnswered);
    expect(state).toMatchObject({ status: 'in-progress', answeredAt: '2026-11-25T10:00:09.000Z' });
    state = applyEvent(state, terminal);
    expect(state).toMatchObject({
      status: 'completed',
      conversationDurationSec: 32,
      endedAt: '2026-11-25T10:00:50.000Z',
      recordingUrl: 'https://recordings.example/x.mp3',
      legs: [
        { status: 'completed', onCallDurationSec: 41 },
        { status: 'completed', onCallDurationSec: 32 },
      ],
    });
  });

  it('changes nothing on a duplicate', () => {
    const once = applyEvent(dialing(), terminal);
    expect(applyEvent(once, terminal)).toBe(once);
  });

  it('never moves back: answered after terminal, or a second terminal status, change nothing', () => {
    const done = applyEvent(dialing(), terminal);
    expect(applyEvent(done, customerAnswered)).toBe(done);
    expect(applyEvent(done, { ...terminal, status: 'failed' })).toBe(done);
  });

  it('fills in what a terminal event lacked from a later one', () => {
    const bare = applyEvent(dialing(), { ...terminal, recordingUrl: null, legs: [] });
    const filled = applyEvent(bare, { ...terminal, source: 'poll', kind: 'snapshot' });
    expect(filled.status).toBe('completed');
    expect(filled.recordingUrl).toBe('https://recordings.example/x.mp3');
    expect(filled.legs[0].onCallDurationSec).toBe(41);
    expect(filled.version).toBeGreaterThan(bare.version);
  });

  it('ignores events about another call', () => {
    const state = dialing();
    expect(applyEvent(state, { ...terminal, callSid: 'ffffffffffffffffffffffffffffffff' })).toBe(state);
  });

  it('adopts the Sid from an event that arrives before the connect answer', () => {
    const early = applyEvent(initialCallState(), agentAnswered);
    expect(early).toMatchObject({ callSid: SID, status: 'agent-answered' });
    expect(markDialing(early, SID, '2026-11-25T10:00:00.000Z').status).toBe('agent-answered');
  });

  it('fails a call once, with a reason', () => {
    const failed = markFailed(dialing(), 'connect_rejected', '2026-11-25T10:00:01.000Z');
    expect(failed).toMatchObject({ status: 'failed', failureReason: 'connect_rejected' });
    expect(markFailed(failed, 'other', '2026-11-25T10:00:02.000Z')).toBe(failed);
  });
});

describe('times reported by Exotel', () => {
  const dialled = markDialing(initialCallState(), 'sid-1', '2026-11-25T10:00:00.000Z');
  const terminal = (endTime: string | null, receivedAt: string): CallEvent => ({
    source: 'webhook',
    kind: 'terminal',
    callSid: 'sid-1',
    status: 'completed',
    legs: [],
    conversationDurationSec: 30,
    recordingUrl: null,
    startTime: null,
    endTime,
    receivedAt,
  });

  it('keeps an end time that lies between the start and the report', () => {
    const state = applyEvent(dialled, terminal('2026-11-25T10:01:00.000Z', '2026-11-25T10:01:05.000Z'));
    expect(state.endedAt).toBe('2026-11-25T10:01:00.000Z');
  });

  it('never ends a call before it started', () => {
    const state = applyEvent(dialled, terminal('2019-04-08T03:18:36.000Z', '2026-11-25T10:01:05.000Z'));
    expect(state.endedAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('never ends a call after the report reached us', () => {
    const state = applyEvent(dialled, terminal('2030-01-01T00:00:00.000Z', '2026-11-25T10:01:05.000Z'));
    expect(state.endedAt).toBe('2026-11-25T10:01:05.000Z');
  });
});
