import { describe, expect, it } from 'vitest';
import {
  canMessage,
  type ConsentEntry,
  consentEntryProblem,
  currentConsent,
  requiredPurpose,
} from '../../domain/consent.js';

let seq = 0;
const at = new Date('2026-11-20T10:00:00Z');
function entry(
  purpose: ConsentEntry['purpose'],
  action: ConsentEntry['action'],
  source: ConsentEntry['source'] = 'api',
): ConsentEntry {
  seq += 1;
  return { id: String(seq), purpose, action, source, recordedAt: new Date(at.getTime() + seq * 1000) };
}

describe('requiredPurpose', () => {
  it('marketing templates need marketing consent; utility and authentication need transactional', () => {
    expect(requiredPurpose('marketing')).toBe('marketing');
    expect(requiredPurpose('utility')).toBe('transactional');
    expect(requiredPurpose('authentication')).toBe('transactional');
  });
});

describe('currentConsent and canMessage', () => {
  it('without any entry nobody may be messaged', () => {
    const state = currentConsent([]);
    expect(state.marketing.status).toBe('none');
    expect(canMessage(state, 'marketing')).toBe(false);
    expect(canMessage(state, 'transactional')).toBe(false);
  });

  it('the newest entry per purpose decides, whatever order the history comes in', () => {
    const optIn = entry('marketing', 'opt_in', 'web_form');
    const optOut = entry('marketing', 'opt_out', 'inbound_keyword');
    const state = currentConsent([optOut, optIn]);
    expect(state.marketing).toEqual({
      status: 'opted_out',
      entryId: optOut.id,
      source: 'inbound_keyword',
      recordedAt: optOut.recordedAt,
    });
    expect(canMessage(state, 'marketing')).toBe(false);
    const again = entry('marketing', 'opt_in', 'web_form');
    expect(canMessage(currentConsent([optIn, again, optOut].reverse()), 'marketing')).toBe(true);
  });

  it('compares ids as numbers, not text (10 is newer than 9)', () => {
    const nine: ConsentEntry = { id: '9', purpose: 'marketing', action: 'opt_out', source: 'api', recordedAt: at };
    const ten: ConsentEntry = { id: '10', purpose: 'marketing', action: 'opt_in', source: 'api', recordedAt: at };
    expect(currentConsent([ten, nine]).marketing.status).toBe('opted_in');
  });

  it('a marketing opt-in also allows transactional messages, but transactional consent alone allows no marketing', () => {
    expect(canMessage(currentConsent([entry('marketing', 'opt_in')]), 'transactional')).toBe(true);
    const transactionalOnly = currentConsent([entry('transactional', 'opt_in')]);
    expect(canMessage(transactionalOnly, 'transactional')).toBe(true);
    expect(canMessage(transactionalOnly, 'marketing')).toBe(false);
  });

  it('a transactional opt-out newer than the marketing opt-in blocks transactional messages; an older one does not', () => {
    const newerOptOut = currentConsent([entry('marketing', 'opt_in'), entry('transactional', 'opt_out')]);
    expect(canMessage(newerOptOut, 'transactional')).toBe(false);
    expect(canMessage(newerOptOut, 'marketing')).toBe(true);
    const olderOptOut = currentConsent([entry('transactional', 'opt_out'), entry('marketing', 'opt_in')]);
    expect(canMessage(olderOptOut, 'transactional')).toBe(true);
  });

  it('STOP (both purposes out) then START (marketing in) allows both again', () => {
    const history = [
      entry('marketing', 'opt_in', 'web_form'),
      entry('marketing', 'opt_out', 'inbound_keyword'),
      entry('transactional', 'opt_out', 'inbound_keyword'),
    ];
    expect(canMessage(currentConsent(history), 'transactional')).toBe(false);
    history.push(entry('marketing', 'opt_in', 'inbound_keyword'));
    const state = currentConsent(history);
    expect(canMessage(state, 'marketing')).toBe(true);
    expect(canMessage(state, 'transactional')).toBe(true);
  });

  it('an erased contact can never be messaged', () => {
    const state = currentConsent([entry('marketing', 'opt_in'), entry('transactional', 'opt_in')], true);
    expect(canMessage(state, 'marketing')).toBe(false);
    expect(canMessage(state, 'transactional')).toBe(false);
  });
});

describe('consentEntryProblem', () => {
  it('an opt-in without evidence is refused, naming evidence', () => {
    expect(consentEntryProblem({ action: 'opt_in' })).toMatchObject({ field: 'evidence' });
    expect(consentEntryProblem({ action: 'opt_in', evidence: '   ' })).toMatchObject({ field: 'evidence' });
    expect(consentEntryProblem({ action: 'opt_in', evidence: 'Checkbox on /offers, 2026-11-20' })).toBeNull();
  });

  it('an opt-out needs no evidence', () => {
    expect(consentEntryProblem({ action: 'opt_out' })).toBeNull();
    expect(consentEntryProblem({ action: 'opt_out', evidence: null })).toBeNull();
  });

  it('evidence is bounded', () => {
    expect(consentEntryProblem({ action: 'opt_in', evidence: 'x'.repeat(2001) })).toMatchObject({ field: 'evidence' });
  });
});
