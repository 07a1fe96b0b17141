import { describe, expect, it } from 'vitest';
import { clampReportedTime } from '../../domain/reported-time.js';

describe('a time reported by Exotel', () => {
  const sent = '2026-11-25T10:00:00.000Z';
  const received = '2026-11-25T10:00:30.000Z';

  it('is kept when it lies between what we recorded and when the report arrived', () => {
    expect(clampReportedTime('2026-11-25T10:00:05.000Z', sent, received)).toBe('2026-11-25T10:00:05.000Z');
  });

  it('never moves a message before we sent it', () => {
    expect(clampReportedTime('2019-04-08T03:18:36.000Z', sent, received)).toBe(sent);
  });

  it('never moves it into the future', () => {
    expect(clampReportedTime('2031-01-01T00:00:00.000Z', sent, received)).toBe(received);
  });

  it('is absent when absent or not a time, and unbounded where no bound is known', () => {
    expect(clampReportedTime(null, sent, received)).toBeNull();
    expect(clampReportedTime('soon', sent, received)).toBeNull();
    expect(clampReportedTime('2019-04-08T03:18:36.000Z', null, received)).toBe('2019-04-08T03:18:36.000Z');
  });
});
