// Our voice client (exotel/client.ts) held to what Exotel really sends, not only what it documents:
// a RestException under HTTP 200, XML errors, proxy pages, Call Details full of placeholders, and
// Call Sids in Exotel's real alphabet, which must round-trip through the client and our webhook schema.
import { describe, expect, it } from 'vitest';
import { statusOfEvent } from '../../domain/call-state.js';
import type { ConnectRequest } from '../../exotel/client.js';
import type { ExotelError } from '../../exotel/errors.js';
import { eventFromCallDetails, eventFromCallback, statusCallbackSchema } from '../../exotel/status-events.js';
import type { RawAnswer } from '../../exotel-sim/index.js';
import { rejection, useClients } from './clients.js';
import { useSimulator } from './fixture.js';

const ctx = useSimulator({ variants: { delayedFieldsMs: 0 } });
const clients = useClients(ctx);
const client = () => clients.voice();

function call(overrides: Partial<ConnectRequest> = {}): ConnectRequest {
  return {
    from: '+919800000001',
    to: '+919800000002',
    callerId: '+918047112345',
    statusCallbackUrl: `${ctx.receiver.url}/voice`,
    customField: 'call-1',
    record: false,
    timeLimitSec: 60,
    ringTimeoutSec: 30,
    ...overrides,
  };
}

const rest = (Status: number | undefined, Message = 'Something went wrong') => ({
  RestException: { ...(Status === undefined ? {} : { Status }), Message },
});
const xml = (status: number, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<TwilioResponse><RestException><Status>${status}</Status><Message>${message}</Message></RestException></TwilioResponse>`;
const nginx502 = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';

describe('connect: what each raw answer proves', () => {
  it.each<[string, RawAnswer, { kind: ExotelError['kind']; httpStatus?: number; message?: RegExp }]>([
    [
      'a 200 carrying a 4xx RestException',
      { status: 200, body: rest(400, 'Invalid To') },
      { kind: 'rejected', httpStatus: 400, message: /Invalid To/ },
    ],
    ['a 200 carrying a 5xx RestException', { status: 200, body: rest(503) }, { kind: 'refused', httpStatus: 503 }],
    [
      'a 200 carrying a RestException without Status',
      { status: 200, body: rest(undefined, 'No balance') },
      { kind: 'rejected', httpStatus: 400, message: /No balance/ },
    ],
    [
      'a 200 carrying a RestException with Status 200',
      { status: 200, body: rest(200) },
      { kind: 'rejected', httpStatus: 400 },
    ],
    ['a 200 carrying a 429 RestException', { status: 200, body: rest(429) }, { kind: 'refused', httpStatus: 429 }],
    [
      'an XML 503 RestException',
      { status: 503, body: xml(503, 'Service Unavailable') },
      { kind: 'refused', httpStatus: 503, message: /Service Unavailable/ },
    ],
    [
      'an XML 400 RestException',
      { status: 400, body: xml(400, 'From &amp; To are the same') },
      { kind: 'rejected', httpStatus: 400, message: /From & To/ },
    ],
    [
      'an XML RestException under 200',
      { status: 200, body: xml(401, 'Authentication failed') },
      { kind: 'rejected', httpStatus: 401 },
    ],
    [
      'a proxy page',
      { status: 502, body: nginx502, headers: { 'content-type': 'text/html' } },
      { kind: 'ambiguous', httpStatus: 502 },
    ],
    [
      'an XML 500 that is not a RestException',
      { status: 500, body: '<TwilioResponse/>' },
      { kind: 'ambiguous', httpStatus: 500 },
    ],
  ])('%s, with nothing created', async (_name, raw, expected) => {
    ctx.sim.script({ script: { connectFaults: [{ raw }] } });
    const error = await rejection(client().connect(call()));
    expect(error).toMatchObject({
      kind: expected.kind,
      ...(expected.httpStatus ? { httpStatus: expected.httpStatus } : {}),
    });
    if (expected.message) expect(error.message).toMatch(expected.message);
    expect(ctx.sim.calls()).toHaveLength(0);
  });

  it.each<[string, RawAnswer]>([
    ['an empty 200', { status: 200 }],
    ['a cut-off 200', { status: 200, body: '{"Call":{"Sid":"ab' }],
    [
      'an XML Call under 200 (the .json was ignored)',
      { status: 200, body: '<TwilioResponse><Call><Sid>ab</Sid></Call></TwilioResponse>' },
    ],
    ['a 200 Call without Status', { status: 200, body: { Call: { Sid: 'b6cfaf5b1d0e4b3f6f7a63f1c3f4a2e1' } } }],
  ])('%s is ambiguous: the call may exist (createThenFault made it)', async (_name, raw) => {
    ctx.sim.script({ script: { createThenFault: { raw } }, times: 1 });
    expect((await rejection(client().connect(call()))).kind).toBe('ambiguous');
    expect(ctx.sim.calls()).toHaveLength(1);
  });

  it('keeps a Sid in the real alphabet from a 200 answer given verbatim', async () => {
    const sid = 'b6cfaf5b1d0e4b3f6f7a63f1c3f4a2e119bc';
    ctx.sim.script({
      script: { connectFaults: [{ raw: { status: 200, body: { Call: { Sid: sid, Status: 'in-progress' } } } }] },
    });
    expect((await client().connect(call())).Sid).toBe(sid);
  });
});

/** The next Call Details request is answered 200 with exactly this Call object. */
const detailsAre = (Call: { [field: string]: Exclude<RawAnswer['body'], undefined> }) =>
  ctx.sim.queueAnswers([{ endpoint: 'call-details', answer: { status: 200, body: { Call } } }]);

describe('Call Details and the call list, as given', () => {
  it('reads placeholders as absent, a missing Details block as no legs, and "null" as no status', async () => {
    detailsAre({
      Sid: 'b6cfaf5b1d0e4b3f6f7a63f1c3f4a2e119bc',
      Status: 'null',
      DateCreated: 'null',
      StartTime: '0000-00-00 00:00:00',
      EndTime: '1970-01-01 05:30:00',
      Duration: '',
      Price: '',
      RecordingUrl: null,
    });
    const details = await client().getCallDetails('b6cfaf5b1d0e4b3f6f7a63f1c3f4a2e119bc');
    expect(details).toMatchObject({
      DateCreated: null,
      StartTime: null,
      EndTime: null,
      Duration: null,
      Price: null,
      RecordingUrl: null,
    });
    expect(details.Details).toBeUndefined();
    const event = eventFromCallDetails(details, new Date().toISOString());
    expect(event).toMatchObject({
      startTime: null,
      endTime: null,
      conversationDurationSec: null,
      legs: [
        { status: null, onCallDurationSec: null },
        { status: null, onCallDurationSec: null },
      ],
    });
    // "null" is no status: the call is not moved to an outcome by it.
    expect(statusOfEvent(event)).toBe('dialing');
  });

  it('reads placeholders inside Details, and string durations', async () => {
    detailsAre({
      Sid: 'b6cfaf5b1d0e4b3f6f7a63f1c3f4a2e1',
      Status: 'completed',
      StartTime: '2026-11-25 10:00:00',
      EndTime: '1970-01-01 05:30:00',
      Duration: '',
      Details: {
        ConversationDuration: '',
        Leg1Status: 'completed',
        Leg2Status: '',
        Legs: [{ Leg: { Id: '1', OnCallDuration: '21' } }, { Leg: { Id: 2, OnCallDuration: '' } }],
      },
    });
    const event = eventFromCallDetails(await client().getCallDetails('b6cfaf5b1d0e4b3f6f7a63f1c3f4a2e1'), 'now');
    expect(event).toMatchObject({
      status: 'completed',
      startTime: '2026-11-25T04:30:00.000Z',
      endTime: null,
      conversationDurationSec: null,
      legs: [
        { status: 'completed', onCallDurationSec: 21 },
        { status: null, onCallDurationSec: null },
      ],
    });
  });

  it('classifies error bodies of reads as it does for connect', async () => {
    ctx.sim.queueAnswers([
      { endpoint: 'call-details', answer: { status: 200, body: rest(404, 'Call not found') } },
      { endpoint: 'call-details', answer: { status: 500, body: xml(500, 'Internal error') } },
      { endpoint: 'call-list', answer: { status: 200, body: rest(429, 'Too many requests') } },
      { endpoint: 'call-list', answer: { status: 200, body: { Calls: 'none' } } },
    ]);
    expect(await rejection(client().getCallDetails('x1234567'))).toMatchObject({ kind: 'rejected', httpStatus: 404 });
    expect(await rejection(client().getCallDetails('x1234567'))).toMatchObject({ kind: 'refused', httpStatus: 500 });
    const filter = { from: '+919800000001', to: '+919800000002', createdAfter: new Date() };
    expect(await rejection(client().findCalls(filter))).toMatchObject({ kind: 'refused', httpStatus: 429 });
    expect((await rejection(client().findCalls(filter))).kind).toBe('ambiguous');
  });

  it('reads a call list given verbatim, Sids of either length', async () => {
    const sids = ['b6cfaf5b1d0e4b3f6f7a63f1c3f4a2e1', 'c0ffee5b1d0e4b3f6f7a63f1c3f4a2e119bc'];
    ctx.sim.queueAnswers([
      {
        endpoint: 'call-list',
        answer: {
          status: 200,
          body: {
            Metadata: { Total: '2', PageSize: 100, NextPageUri: '' },
            Calls: sids.map((Sid) => ({ Sid, Status: 'completed', DateCreated: '2026-11-25 10:00:00', Duration: '' })),
          },
        },
      },
    ]);
    const found = await client().findCalls({ from: '+919800000001', to: '+919800000002', createdAfter: new Date() });
    expect(found.map((one) => [one.Sid, one.DateCreated, one.Duration])).toEqual(
      sids.map((sid) => [sid, '2026-11-25T04:30:00.000Z', null]),
    );
  });
});

describe('Call Sids in the real alphabet round-trip', () => {
  it('through connect, Call Details, the list, recordings and the status callback', async () => {
    ctx.sim.setVariants({ callSidAlphabet: 'exotel' });
    ctx.sim.script({
      script: { agentRingMs: 10, customerRingMs: 10, talkMs: 20, record: true, recordingAvailableAfterMs: 0 },
    });
    const voice = client();
    const first = await voice.connect(call());
    const second = await voice.connect(call({ to: '+919800000003' }));
    expect([first.Sid.length, second.Sid.length]).toEqual([32, 36]);
    for (const placed of [first, second]) {
      await expect.poll(async () => (await voice.getCallDetails(placed.Sid)).Status).toBe('completed');
      const details = await voice.getCallDetails(placed.Sid);
      expect(eventFromCallDetails(details, 'now').callSid).toBe(placed.Sid);
      expect((await voice.getRecordingSource(placed.Sid)).recordingUrl).toContain(`/${placed.Sid}.mp3`);
    }
    const listed = await voice.findCalls({
      from: '+919800000001',
      to: '+919800000003',
      createdAfter: new Date(Date.now() - 60_000),
    });
    expect(listed.map((one) => one.Sid)).toEqual([second.Sid]);

    // Every callback (answered and terminal) parses with our webhook schema and names its call.
    const terminal = () =>
      ctx.receiver.received
        .map((callback) => eventFromCallback(statusCallbackSchema.parse(callback.json), 'now'))
        .filter((event) => event.kind === 'terminal');
    await expect.poll(() => terminal().length).toBe(2);
    expect(
      terminal()
        .map((event) => event.callSid)
        .sort(),
    ).toEqual([first.Sid, second.Sid].sort());
  });
});
