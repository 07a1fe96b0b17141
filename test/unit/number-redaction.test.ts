// Finding an erased number in stored text: every spelling Exotel and CRMs use, nothing longer.
import { describe, expect, it } from 'vitest';
import { numberPattern, numberSpellings, REDACTED } from '../../domain/number-redaction.js';

/** The PostgreSQL pattern uses only syntax JavaScript reads the same way. */
const redact = (e164: string, text: string) => text.replace(new RegExp(numberPattern(e164), 'g'), REDACTED);

describe('number redaction', () => {
  it('finds an Indian number as E.164, with %2B, as 91 + 10 digits, 0 + 10 digits and 10 digits', () => {
    const text =
      'From=%2B919876543210&To=+919876543210 {"to":"919876543210","national":"09876543210","short":"9876543210"}';
    expect(redact('+919876543210', text)).toBe(
      `From=${REDACTED}&To=${REDACTED} {"to":"${REDACTED}","national":"${REDACTED}","short":"${REDACTED}"}`,
    );
  });

  it('leaves longer digit runs, other numbers and the agent alone', () => {
    const text = 'sid 19876543210 ref 98765432101 agent +919812345678';
    expect(redact('+919876543210', text)).toBe(text);
  });

  it('spells other countries as E.164 with or without the +', () => {
    expect(numberSpellings('+14155550100')).toEqual(['14155550100']);
    expect(redact('+14155550100', 'to +14155550100 or 14155550100')).toBe(`to ${REDACTED} or ${REDACTED}`);
  });

  it('refuses anything but E.164 (nothing else can reach the pattern)', () => {
    expect(() => numberPattern('erased:1')).toThrow(/not an E.164/);
    expect(() => numberPattern('+91.*')).toThrow(/not an E.164/);
  });
});
