import { describe, expect, it } from 'vitest';
import {
  initialPageState,
  maxInFlight,
  needsSpikeCheck,
  type PageEvent,
  pageReducer,
  type PageState,
} from '../../domain/page-state.js';

const run = (state: PageState, ...events: PageEvent[]) => events.reduce(pageReducer, state);

describe('page state', () => {
  it('counts skips and answers and moves the cursor to each answered chunk', () => {
    const state = run(
      initialPageState(100, 50),
      { type: 'skipped', count: 3 },
      { type: 'dispatched', sending: 17, heldBack: 0 },
      { type: 'answered', seq: 120, sent: 16, failed: 1 },
    );
    expect(state).toEqual({ counts: { sent: 16, failed: 1, skipped: 3 }, nextSeq: 120, stop: null, affordable: 33 });
    expect(maxInFlight(state)).toBe(4);
  });

  it('stops with budget_exhausted when a chunk is cut short, and keeps one request in flight', () => {
    const state = run(initialPageState(0, 5), { type: 'dispatched', sending: 5, heldBack: 3 });
    expect(state).toMatchObject({ stop: 'budget_exhausted', affordable: 0 });
    expect(maxInFlight(state)).toBe(1);
    // The cut chunk's answer is counted, but the cursor stays: the chunk is taken again on resume.
    expect(run(state, { type: 'answered', seq: 20, sent: 5, failed: 0 })).toMatchObject({
      nextSeq: 0,
      counts: { sent: 5 },
      stop: 'budget_exhausted',
    });
  });

  it('keeps the first stop reason', () => {
    const rejected = run(initialPageState(0, 10), {
      type: 'answered',
      seq: 20,
      sent: 0,
      failed: 0,
      stop: 'provider_rejected',
    });
    expect(rejected).toMatchObject({ stop: 'provider_rejected', nextSeq: 0 });
    expect(run(rejected, { type: 'error_spike' }).stop).toBe('provider_rejected');
    expect(run(rejected, { type: 'dispatched', sending: 0, heldBack: 1 }).stop).toBe('provider_rejected');
  });

  it('checks for an error spike only after failures, and only while not stopping', () => {
    const running = initialPageState(0, 10);
    expect(needsSpikeCheck(running, { failed: 2 })).toBe(true);
    expect(needsSpikeCheck(running, { failed: 0 })).toBe(false);
    const spiked = run(running, { type: 'error_spike' });
    expect(spiked.stop).toBe('error_spike');
    expect(needsSpikeCheck(spiked, { failed: 2 })).toBe(false);
  });
});
