// The suppression list's rule: who may opt a number back in after it opted out or was erased.
import { describe, expect, it } from 'vitest';
import { judgeOptIn, purposesSuppressedBy, type Suppression } from '../../domain/suppression.js';

const since = new Date('2026-11-20T10:00:00Z');
const now = new Date('2026-11-28T10:00:00Z');
const erased: Suppression = { purpose: 'marketing', reason: 'erased', since };
const optedOut: Suppression = { purpose: 'marketing', reason: 'opted_out', since };

describe('suppression list', () => {
  it('lets anything through for a number that is not listed, and opt-outs always', () => {
    expect(judgeOptIn(null, { action: 'opt_in', source: 'import', now })).toEqual({ allowed: true, lifts: false });
    expect(judgeOptIn(erased, { action: 'opt_out', source: 'import', now })).toEqual({ allowed: true, lifts: false });
  });

  it('never lets an import opt a suppressed number in, saying why and what would', () => {
    const verdict = judgeOptIn(erased, { action: 'opt_in', source: 'import', evidenceAt: now, now });
    expect(verdict).toMatchObject({ allowed: false, code: 'number_suppressed', field: 'source' });
    expect(verdict.allowed || verdict.message).toMatch(/was erased on 2026-11-20.*an import cannot opt it in.*START/);
    const stop = judgeOptIn(optedOut, { action: 'opt_in', source: 'import', now });
    expect(stop.allowed || stop.message).toMatch(/opted out of marketing messages on 2026-11-20/);
  });

  it("lifts it on the person's own START", () => {
    expect(judgeOptIn(erased, { action: 'opt_in', source: 'inbound_keyword', now })).toEqual({
      allowed: true,
      lifts: true,
    });
  });

  it('takes a form or API opt-in only with evidence dated after the suppression and not in the future', () => {
    const at = (iso: string) =>
      judgeOptIn(optedOut, { action: 'opt_in', source: 'web_form', evidenceAt: new Date(iso), now });
    expect(judgeOptIn(optedOut, { action: 'opt_in', source: 'api', now })).toMatchObject({
      allowed: false,
      field: 'evidenceAt',
    });
    expect(at('2026-11-19T10:00:00Z')).toMatchObject({ allowed: false, field: 'evidenceAt' });
    expect(at('2026-11-20T10:00:00Z')).toMatchObject({ allowed: false, field: 'evidenceAt' });
    expect(at('2026-11-21T10:00:00Z')).toEqual({ allowed: true, lifts: true });
    expect(at('2026-11-28T10:04:00Z')).toEqual({ allowed: true, lifts: true });
    expect(at('2026-11-28T11:00:00Z')).toMatchObject({ allowed: false, message: expect.stringContaining('future') });
  });

  it('suppresses both purposes on erasure, the withdrawn ones on an opt-out', () => {
    expect(purposesSuppressedBy({ kind: 'erasure' })).toEqual(['marketing', 'transactional']);
    expect(purposesSuppressedBy({ kind: 'opt_out', purposes: ['transactional'] })).toEqual(['transactional']);
  });
});
