import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone } from '../../domain/phone.js';

describe('normalizePhone', () => {
  it.each([
    ['9876543210', '+919876543210'],
    ['09876543210', '+919876543210'],
    ['919876543210', '+919876543210'],
    ['+91 98765-43210', '+919876543210'],
    ['(080) 4711 2345', '+918047112345'],
    ['+14155550123', '+14155550123'],
  ])('accepts %s as %s', (input, e164) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['', 'is empty'],
    ['98765', 'is not an Indian number'],
    ['+91987654321', 'an Indian number has 10 digits after +91'],
    ['+0123456789', 'is not a valid E.164 number'],
    ['98765abc10', 'may contain only digits'],
    ['00987654321', 'cannot start with 0'],
  ])('rejects %j with a reason', (input, reason) => {
    const result = normalizePhone(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});

describe('maskPhone', () => {
  it('keeps the country code and the last four digits only', () => {
    expect(maskPhone('+919876543210')).toBe('+91******3210');
    expect(maskPhone('09876543210')).toBe('*******3210');
  });
});
