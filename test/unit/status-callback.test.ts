import { describe, expect, it } from 'vitest';
import { eventFromCallback, eventFromCallDetails, statusCallbackSchema } from '../../exotel/status-events.js';
import { callDetailsResponseSchema, exotelTimeToIso } from '../../exotel/wire.js';
import { unflattenBracketKeys } from '../../lib/form.js';

const SID = '492205107c5fb48f4ac25d1f77759339';

describe('status callback parsing', () => {
  it('parses the JSON terminal payload of docs/exotel.md §3', () => {
    const payload = {
      CallSid: SID,
      EventType: 'terminal',
      DateCreated: '2019-04-08 03:17:59',
      DateUpdated: '2019-04-08 03:18:35',
      Status: 'completed',
      To: '+91886799XXXX',
      From: '+91941374XXXX',
      StartTime: '2019-04-08 03:17:59',
      EndTime: '2019-04-08 03:18:36',
      Direction: 'outbound-api',
      RecordingUrl: 'https://s3-ap-southeast-1.amazonaws.com/exotelrecordings/x.mp3',
      ConversationDuration: 32,
      CustomField: 'call-abc',
      Legs: [
        { OnCallDuration: 41, Status: 'completed' },
        { OnCallDuration: 32, Status: 'completed' },
      ],
    };
    const event = eventFromCallback(statusCallbackSchema.parse(payload), '2019-04-07T21:48:37.000Z');
    expect(event).toMatchObject({
      kind: 'terminal',
      callSid: SID,
      status: 'completed',
      conversationDurationSec: 32,
      startTime: '2019-04-07T21:47:59.000Z',
      legs: [
        { status: 'completed', onCallDurationSec: 41 },
        { status: 'completed', onCallDurationSec: 32 },
      ],
    });
  });

  it('reads a RecordingUrl of "null", "undefined", "" or blanks as no recording URL, never a URL to fetch', () => {
    for (const RecordingUrl of ['null', 'NULL', 'undefined', 'None', '', '  ', null]) {
      const callback = statusCallbackSchema.parse({ CallSid: SID, Status: 'completed', RecordingUrl });
      expect(eventFromCallback(callback, '2026-11-25T10:00:00.000Z').recordingUrl, String(RecordingUrl)).toBeNull();
      const details = callDetailsResponseSchema.parse({ Call: { Sid: SID, Status: 'completed', RecordingUrl } });
      expect(eventFromCallDetails(details.Call, '2026-11-25T10:00:00.000Z').recordingUrl).toBeNull();
    }
  });

  it('parses a form-encoded answered event with flattened Legs keys and string values', () => {
    const form = new URLSearchParams({
      CallSid: SID,
      EventType: 'answered',
      Status: 'in-progress',
      'Legs[0][Status]': 'in-progress',
      'Legs[0][OnCallDuration]': '0',
      'Legs[1][Status]': '',
      RecordingUrl: '',
    });
    const event = eventFromCallback(statusCallbackSchema.parse(unflattenBracketKeys(form)), '2026-11-25T10:00:00.000Z');
    expect(event).toMatchObject({
      kind: 'answered',
      recordingUrl: null,
      legs: [
        { status: 'in-progress', onCallDurationSec: 0 },
        { status: null, onCallDurationSec: null },
      ],
    });
  });

  it('accepts a terminal callback with only the default fields (no events subscribed)', () => {
    const parsed = statusCallbackSchema.parse({
      CallSid: SID,
      Status: 'busy',
      DateUpdated: '2026-11-25 10:00:00',
      RecordingUrl: null,
    });
    expect(eventFromCallback(parsed, '2026-11-25T04:30:00.000Z')).toMatchObject({
      kind: 'snapshot',
      status: 'busy',
      legs: [],
    });
  });

  it('names the failing field', () => {
    const result = statusCallbackSchema.safeParse({ Status: 'completed', ConversationDuration: 'abc' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['CallSid', 'ConversationDuration']),
    );
  });
});

describe('call details parsing', () => {
  it('reads string durations and per-leg details', () => {
    const call = callDetailsResponseSchema.parse({
      Call: {
        Sid: SID,
        Status: 'completed',
        StartTime: '2026-11-25 10:00:00',
        EndTime: '2026-11-25 10:02:10',
        Duration: '130',
        Price: '1.500',
        RecordingUrl: null,
        Details: {
          ConversationDuration: 110,
          Leg1Status: 'completed',
          Leg2Status: 'completed',
          Legs: [{ Leg: { Id: 1, OnCallDuration: 130 } }, { Leg: { Id: 2, OnCallDuration: '110' } }],
        },
      },
    }).Call;
    expect(call.Duration).toBe(130);
    expect(eventFromCallDetails(call, '2026-11-25T04:32:11.000Z')).toMatchObject({
      source: 'poll',
      status: 'completed',
      conversationDurationSec: 110,
      legs: [
        { status: 'completed', onCallDurationSec: 130 },
        { status: 'completed', onCallDurationSec: 110 },
      ],
    });
  });

  it('treats Exotel timestamps as IST', () => {
    expect(exotelTimeToIso('2026-11-25 10:00:00')).toBe('2026-11-25T04:30:00.000Z');
    expect(exotelTimeToIso('')).toBeNull();
  });

  it.each([
    ['1970-01-01 05:30:00'],
    ['1970-01-01 00:00:00'],
    ['0000-00-00 00:00:00'],
    ['0000-00-00'],
    ['null'],
    ['NULL'],
    ['undefined'],
    ['   '],
    ['not a time'],
    ['1999-12-31 23:59:59'],
  ])('reads Exotel\'s "not set" placeholder %j as no time at all', (value) => {
    expect(exotelTimeToIso(value)).toBeNull();
  });
});

describe('unflattenBracketKeys', () => {
  it('ignores keys that would reach Object.prototype', () => {
    const parsed = unflattenBracketKeys([
      ['__proto__[polluted]', 'yes'],
      ['a[constructor][prototype][x]', '1'],
      ['CallSid', 'abc'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(['CallSid']);
  });

  it('builds arrays and objects from PHP-style keys', () => {
    expect(
      unflattenBracketKeys([
        ['a[0][b]', '1'],
        ['a[1][b]', '2'],
        ['c[]', 'x'],
        ['c[]', 'y'],
        ['d', 'z'],
      ]),
    ).toEqual({
      a: [{ b: '1' }, { b: '2' }],
      c: ['x', 'y'],
      d: 'z',
    });
  });
});
