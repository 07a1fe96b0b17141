import { describe, expect, it } from 'vitest';
import { classifyInbound } from '../../domain/inbound-keywords.js';

describe('classifyInbound', () => {
  it.each([
    'STOP',
    'stop',
    'Stop.',
    '  stop!!  ',
    'STOP 🛑',
    '🛑🛑 stop',
    '✋🏽STOP✋🏽',
    'UNSUBSCRIBE',
    'Unsub',
    'STOP ALL',
    'stopall',
    'Opt Out',
    'opt-out',
    'OPTOUT',
    'cancel',
    'END',
    'quit',
    'STOP please',
    'please stop',
    'pls unsubscribe',
    'stop stop',
    'Ｓｔｏｐ', // full-width letters, as some keyboards send them
    'band karo',
    'Bandh Karo!',
    'band kar do',
    'बंद',
    'बंद करो',
    'बंद करो जी',
    'मत भेजो',
    'mat bhejo',
  ])('%j is an opt-out', (text) => {
    expect(classifyInbound(text)).toBe('opt_out');
  });

  it.each(['START', 'start.', 'Subscribe', 'opt in', 'OPT-IN', 'unstop', 'YES START', 'yes, start', 'शुरू करो'])(
    '%j is an opt-in',
    (text) => {
      expect(classifyInbound(text)).toBe('opt_in');
    },
  );

  it.each([
    "don't stop",
    'dont stop',
    'stop sending me shoe offers and send me shirts',
    'when does the sale end?',
    'I want to cancel my order 1042',
    'Is this offer still on?',
    'yes',
    'ok',
    'thanks',
    '',
    '   ',
    '🛑',
    'start the engine',
    'stopp',
    'stop '.repeat(60),
  ])('%j is not a keyword', (text) => {
    expect(classifyInbound(text)).toBeNull();
  });
});
