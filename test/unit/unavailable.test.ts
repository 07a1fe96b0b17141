// Which errors mean "PostgreSQL (or Temporal) is not there right now" (the API answers 503 with
// Retry-After) rather than a fault in the query or the request.
import { ServiceError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../lib/db.js';
import { isTemporalUnavailable } from '../../lib/temporal.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises a server that refuses connections, is stopping, starting or full', () => {
    expect(isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('sorry, too many clients already', '53300'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('connection failure', '08006'))).toBe(true);
  });

  it('recognises a connection lost mid-query, and Prisma saying it cannot reach the server', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(withCode("Can't reach database server at 127.0.0.1:5432", 'P1001'))).toBe(true);
    // Prisma's adapter puts the driver's error in `cause`.
    expect(isDatabaseUnavailable(new Error('query failed', { cause: withCode('refused', 'ECONNREFUSED') }))).toBe(true);
  });

  it('leaves errors of the query or the data alone: those are not retried', () => {
    expect(isDatabaseUnavailable(withCode('syntax error at or near "SELEC"', '42601'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Invalid request body'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});

/** What @grpc/grpc-js rejects a call with. */
const grpcError = (code: number, details: string) =>
  Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });

describe('isTemporalUnavailable', () => {
  it('recognises a server that is down or did not answer in time, however wrapped', () => {
    expect(isTemporalUnavailable(grpcError(14, 'No connection established'))).toBe(true);
    expect(
      isTemporalUnavailable(new ServiceError('Failed to query Workflow', { cause: grpcError(14, 'refused') })),
    ).toBe(true);
    expect(isTemporalUnavailable(grpcError(4, 'Deadline exceeded'))).toBe(true);
  });

  it('leaves the answers of a server that is up alone', () => {
    expect(isTemporalUnavailable(grpcError(5, 'workflow not found'))).toBe(false);
    expect(isTemporalUnavailable(grpcError(3, 'invalid argument'))).toBe(false);
    expect(isTemporalUnavailable(withCode('connect ECONNREFUSED', 'ECONNREFUSED'))).toBe(false);
    expect(isTemporalUnavailable(undefined)).toBe(false);
  });
});
