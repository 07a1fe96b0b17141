import { describe, expect, it } from 'vitest';
import { classifyHttpError, classifyTransportError } from '../../exotel/errors.js';

describe('what a failed Exotel request proves', () => {
  it('a refused connection or a 429 proves nothing was placed: safe to retry', () => {
    expect(
      classifyTransportError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))
        .provablyNotProcessed,
    ).toBe(true);
    expect(classifyHttpError(429, undefined).provablyNotProcessed).toBe(true);
    expect(classifyHttpError(503, 'Service unavailable').kind).toBe('refused');
  });

  it('a 4xx RestException is a final rejection', () => {
    const error = classifyHttpError(400, 'Invalid To number');
    expect(error.kind).toBe('rejected');
    expect(error.message).toContain('Invalid To number');
  });

  it('a timeout, a reset or a bare 5xx is ambiguous', () => {
    expect(
      classifyTransportError(Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }))
        .kind,
    ).toBe('ambiguous');
    expect(
      classifyTransportError(
        Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET', cause: { code: 'ECONNRESET' } }),
      ).kind,
    ).toBe('ambiguous');
    expect(classifyHttpError(502, undefined).kind).toBe('ambiguous');
  });

  it('finds the code on a wrapped cause', () => {
    const wrapped = Object.assign(new Error('fetch failed'), {
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
    expect(classifyTransportError(wrapped).kind).toBe('unreachable');
  });
});
