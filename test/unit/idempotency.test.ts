// A repeated request gets the earlier result only when it asks for the same thing; otherwise the
// 409 names exactly the fields that differ.
import { describe, expect, it } from 'vitest';
import { differingFields, idempotencyConflictMessage } from '../../domain/idempotency.js';
import { webhookRetryPolicy } from '../../events/webhook-dispatcher.js';
import { retrySchedule } from '../../domain/events.js';

const call = { agentNumber: '+919800000001', customerNumber: '+919800000002', record: false };
const fields = ['agentNumber', 'customerNumber', 'record'] as const;

describe('differingFields', () => {
  it('finds nothing for the same request', () => {
    expect(differingFields(call, { ...call }, fields)).toEqual([]);
  });

  it('names each field that differs, in the order given', () => {
    expect(differingFields(call, { ...call, record: true, agentNumber: '+919800000009' }, fields)).toEqual([
      'agentNumber',
      'record',
    ]);
  });

  it('compares nested values by content, and counts absent and null alike', () => {
    const earlier = { params: { body: [{ field: 'name' }] }, note: null };
    expect(differingFields(earlier, { params: { body: [{ field: 'name' }] } }, ['params', 'note'])).toEqual([]);
    expect(differingFields(earlier, { params: { body: [{ value: 'x' }] }, note: 'hi' }, ['params', 'note'])).toEqual([
      'params',
      'note',
    ]);
    expect(differingFields({ tags: ['a', 'b'] }, { tags: ['a'] }, ['tags'])).toEqual(['tags']);
  });

  it('says what differs and what to do', () => {
    expect(idempotencyConflictMessage('This trackingId', ['customerNumber', 'record'])).toBe(
      'This trackingId was used before with a different customerNumber, record: the earlier request stands. ' +
        'Repeat it exactly to get its result, or use a new key for a new request.',
    );
  });
});

describe('WEBHOOK_TIME_SCALE', () => {
  const env = {
    WEBHOOK_RETRY_BASE_MS: 5_000,
    WEBHOOK_RETRY_MAX_MS: 3_600_000,
    WEBHOOK_GIVE_UP_AFTER_SEC: 259_200,
    WEBHOOK_DISABLE_AFTER_SEC: 86_400,
  };

  it('leaves the production schedule alone at 1 and compresses all of it in tests', () => {
    expect(webhookRetryPolicy({ ...env, WEBHOOK_TIME_SCALE: 1 })).toEqual({
      baseMs: 5_000,
      maxMs: 3_600_000,
      giveUpAfterMs: 259_200_000,
      disableAfterMs: 86_400_000,
    });
    const scaled = webhookRetryPolicy({ ...env, WEBHOOK_TIME_SCALE: 0.01 });
    expect(scaled).toEqual({ baseMs: 50, maxMs: 36_000, giveUpAfterMs: 2_592_000, disableAfterMs: 864_000 });
    // The same number of attempts, each wait a hundredth as long.
    const production = retrySchedule(webhookRetryPolicy({ ...env, WEBHOOK_TIME_SCALE: 1 }));
    expect(retrySchedule(scaled)).toEqual(production.map((wait) => wait / 100));
  });
});
