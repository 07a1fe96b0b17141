import { describe, expect, it } from 'vitest';
import { isErrorSpike, meetsCondition, requestSizeForRate } from '../../domain/campaign-rules.js';
import { advanceStatus, applyReports } from '../../domain/message-status.js';
import { isInWindow, nextWindowOpening, windowClosing } from '../../domain/send-window.js';

const sent = { accepted: true, delivered: false, read: false, replied: false };

describe('step conditions', () => {
  it('sends "not read" follow-ups only to recipients who got the message and did not read it', () => {
    expect(meetsCondition('not_read', sent)).toBe(true);
    expect(meetsCondition('not_read', { ...sent, delivered: true })).toBe(true);
    expect(meetsCondition('not_read', { ...sent, delivered: true, read: true })).toBe(false);
  });

  it('judges delivery and replies', () => {
    expect(meetsCondition('not_delivered', sent)).toBe(true);
    expect(meetsCondition('not_delivered', { ...sent, read: true })).toBe(false);
    expect(meetsCondition('not_replied', { ...sent, read: true })).toBe(true);
    expect(meetsCondition('not_replied', { ...sent, replied: true })).toBe(false);
  });

  it('sends conditional steps only to recipients the previous step reached', () => {
    expect(meetsCondition('not_read', null)).toBe(false);
    expect(meetsCondition('not_read', { ...sent, accepted: false })).toBe(false);
    expect(meetsCondition('always', null)).toBe(true);
  });
});

describe('delivery status', () => {
  it('only moves forward', () => {
    expect(advanceStatus('read', 'delivered')).toBe('read');
    expect(advanceStatus('delivered', 'sent')).toBe('delivered');
    expect(advanceStatus('sent', 'read')).toBe('read');
    expect(advanceStatus(null, 'delivered')).toBe('delivered');
  });

  it('keeps a failure, but a failure cannot undo a read', () => {
    expect(advanceStatus('delivered', 'failed')).toBe('failed');
    expect(advanceStatus('failed', 'read')).toBe('failed');
    expect(advanceStatus('read', 'failed')).toBe('read');
  });

  it('folds reordered and duplicate reports, keeping first times and the failure code', () => {
    const none = { status: null, deliveredAt: null, readAt: null, failedAt: null, errorCode: null, errorDetail: null };
    const facts = applyReports(none, [
      { status: 'read', at: 't3', code: 30003, detail: null },
      { status: 'sent', at: 't1', code: 30001, detail: null },
      { status: 'read', at: 't4', code: 30003, detail: null },
    ]);
    expect(facts).toMatchObject({ status: 'read', deliveredAt: 't3', readAt: 't3' });
    const failed = applyReports(none, [{ status: 'failed', at: 't2', code: 30014, detail: 'EX_RECIPIENT_BLOCKED' }]);
    expect(failed).toMatchObject({
      status: 'failed',
      failedAt: 't2',
      errorCode: 30014,
      errorDetail: 'EX_RECIPIENT_BLOCKED',
    });
  });
});

describe('error spikes', () => {
  const rule = { maxFailureRate: 0.2, window: 100 };
  it('pauses when failures exceed the rate over a full window', () => {
    expect(isErrorSpike({ failed: 21, total: 100 }, rule)).toBe(true);
    expect(isErrorSpike({ failed: 20, total: 100 }, rule)).toBe(false);
    expect(isErrorSpike({ failed: 10, total: 10 }, rule)).toBe(false);
  });
});

describe('request size for a rate', () => {
  it('keeps each request to a twentieth of a second of sending, 1 to 100 messages', () => {
    expect(requestSizeForRate(1000)).toBe(50);
    expect(requestSizeForRate(80)).toBe(4);
    expect(requestSizeForRate(5)).toBe(1);
    expect(requestSizeForRate(5000)).toBe(100);
  });
});

describe('send window', () => {
  const window = { start: '09:00', end: '21:00', timezone: 'Asia/Kolkata' };
  it('knows Indian business hours', () => {
    expect(isInWindow(new Date('2026-11-25T03:30:00Z'), window)).toBe(true); // 09:00 IST
    expect(isInWindow(new Date('2026-11-25T15:29:59Z'), window)).toBe(true); // 20:59:59 IST
    expect(isInWindow(new Date('2026-11-25T15:30:00Z'), window)).toBe(false); // 21:00 IST
  });

  it('defers to the next opening, the same morning or the next', () => {
    expect(nextWindowOpening(new Date('2026-11-25T01:00:00Z'), window).toISOString()).toBe('2026-11-25T03:30:00.000Z');
    expect(nextWindowOpening(new Date('2026-11-25T16:00:00Z'), window).toISOString()).toBe('2026-11-26T03:30:00.000Z');
    const inside = new Date('2026-11-25T05:00:00Z');
    expect(nextWindowOpening(inside, window)).toBe(inside);
  });

  it('knows when the current window closes', () => {
    expect(windowClosing(new Date('2026-11-25T05:00:00Z'), window).toISOString()).toBe('2026-11-25T15:30:00.000Z');
  });

  it('handles windows across midnight', () => {
    const night = { start: '22:00', end: '06:00', timezone: 'Asia/Kolkata' };
    expect(isInWindow(new Date('2026-11-25T18:00:00Z'), night)).toBe(true); // 23:30 IST
    expect(isInWindow(new Date('2026-11-25T06:00:00Z'), night)).toBe(false); // 11:30 IST
  });
});
