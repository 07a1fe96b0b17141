// A tracking ID is searchable in Temporal in clear: it must not quote the call's numbers.
import { describe, expect, it } from 'vitest';
import { createCallBody } from '../../api/schemas.js';
import { trackingIdQuotesNumber } from '../../domain/tracking-id.js';

describe('tracking IDs and phone numbers', () => {
  const numbers = ['+919800000001', '+14155550123'];

  it('finds a party number however it is written into the ID', () => {
    for (const id of ['9800000001', 'lead-9800000001', '+91-98000-00001', 'x919800000001y', 'us:415-555-0123'])
      expect(trackingIdQuotesNumber(id, numbers), id).toBe(true);
  });

  it('lets CRM IDs through, long numeric ones included', () => {
    for (const id of ['lead-42', '4150868000000224005', 'ticket:2026-11-28', '98000000'])
      expect(trackingIdQuotesNumber(id, numbers), id).toBe(false);
  });

  it('refuses such a call request, naming the field', () => {
    const parsed = createCallBody.safeParse({
      agentNumber: '9800000001',
      customerNumber: '9800000002',
      trackingId: 'lead-9800000002',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['trackingId']);
  });
});
