// Status callbacks as the app would receive them: events, encodings, array spellings.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './fixture.js';

const ctx = useSimulator();

const fastCall = { agentRingMs: 30, customerRingMs: 30, talkMs: 60 };

async function connect(
  fields: [string, string][],
): Promise<{ status: number; body: { Call: { Sid: string; Status: string } } }> {
  const response = await fetch(`${ctx.sim.accountUrl}/Calls/connect.json`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('k:t').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, body: (await response.json()) as { Call: { Sid: string; Status: string } } };
}

const baseFields = (path: string): [string, string][] => [
  ['From', '+919800000001'],
  ['To', '+919800000002'],
  ['CallerId', '+918047112345'],
  ['StatusCallback', `${ctx.receiver.url}${path}`],
];

describe('status callbacks', () => {
  it('posts answered twice (agent, then customer) and terminal, as JSON when asked', async () => {
    ctx.sim.script({ script: fastCall });
    const { status, body } = await connect([
      ...baseFields('/cb?key=secret'),
      ['StatusCallbackEvents[0]', 'terminal'],
      ['StatusCallbackEvents[1]', 'answered'],
      ['StatusCallbackContentType', 'application/json'],
      ['CustomField', 'order-42'],
    ]);
    expect(status).toBe(200);
    const callbacks = await ctx.receiver.waitFor(3);
    expect(callbacks.map((callback) => callback.contentType)).toEqual([
      'application/json',
      'application/json',
      'application/json',
    ]);
    expect(callbacks[0]?.query).toEqual({ key: 'secret' });
    const [leg1, leg2, terminal] = callbacks.map((callback) => callback.json as Record<string, unknown>);
    expect(leg1).toMatchObject({
      CallSid: body.Call.Sid,
      EventType: 'answered',
      Status: 'in-progress',
      To: '09800000002',
      From: '09800000001',
      Legs: [{ Status: 'in-progress' }, { Status: '' }],
    });
    expect(leg1).not.toHaveProperty('CustomField');
    expect(leg2).toMatchObject({ EventType: 'answered', Legs: [{ Status: 'in-progress' }, { Status: 'in-progress' }] });
    expect(terminal).toMatchObject({
      CallSid: body.Call.Sid,
      EventType: 'terminal',
      Status: 'completed',
      Direction: 'outbound-api',
      CustomField: 'order-42',
      RecordingUrl: null,
      ConversationDuration: 1,
      Legs: [
        { Status: 'completed', AnsweredBy: 'Human' },
        { Status: 'completed', OnCallDuration: 1, AnsweredBy: 'Human' },
      ],
    });
    const legs = terminal?.Legs as { OnCallDuration: number }[];
    expect(legs[0]?.OnCallDuration).toBeGreaterThanOrEqual(legs[1]?.OnCallDuration ?? Infinity);
    expect(String(terminal?.EndTime)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('sends multipart form fields by default, with PHP-bracket Legs keys and string values', async () => {
    ctx.sim.script({ script: fastCall });
    await connect([...baseFields('/form'), ['StatusCallbackEvents[0]', 'terminal']]);
    const [terminal] = await ctx.receiver.waitFor(1);
    expect(terminal?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(terminal?.fields).toMatchObject({
      EventType: 'terminal',
      Status: 'completed',
      ConversationDuration: '1',
      RecordingUrl: '',
      'Legs[0][Status]': 'completed',
      'Legs[1][Status]': 'completed',
      'Legs[1][OnCallDuration]': '1',
    });
    expect(Number(terminal?.fields['Legs[0][OnCallDuration]'])).toBeGreaterThanOrEqual(1);
  });

  it('sends urlencoded forms when the default-encoding variant says so', async () => {
    ctx.sim.setVariants({ defaultCallbackContentType: 'application/x-www-form-urlencoded' });
    ctx.sim.script({ script: fastCall });
    await connect([...baseFields('/form'), ['StatusCallbackEvents[0]', 'answered']]);
    const [first] = await ctx.receiver.waitFor(2);
    expect(first?.contentType).toBe('application/x-www-form-urlencoded');
    expect(first?.raw).toContain(encodeURIComponent('Legs[0][Status]'));
    expect(first?.fields).toMatchObject({
      EventType: 'answered',
      'Legs[0][Status]': 'in-progress',
      'Legs[1][Status]': '',
    });
  });

  it.each([
    [
      'indexed',
      [
        ['StatusCallbackEvents[0]', 'terminal'],
        ['StatusCallbackEvents[1]', 'answered'],
      ],
    ],
    [
      'empty brackets',
      [
        ['StatusCallbackEvents[]', 'terminal'],
        ['StatusCallbackEvents[]', 'answered'],
      ],
    ],
    [
      'bare',
      [
        ['StatusCallbackEvents', 'terminal'],
        ['StatusCallbackEvents', 'answered'],
      ],
    ],
  ] as [string, [string, string][]][])('accepts the %s spelling of StatusCallbackEvents', async (_name, events) => {
    ctx.sim.script({ script: fastCall });
    await connect([...baseFields('/events'), ...events, ['StatusCallbackContentType', 'application/json']]);
    const callbacks = await ctx.receiver.waitFor(3);
    expect(callbacks.map((callback) => (callback.json as { EventType: string }).EventType)).toEqual([
      'answered',
      'answered',
      'terminal',
    ]);
  });

  it('ignores or rejects the bare spelling when a variant says so', async () => {
    ctx.sim.setVariants({ bareStatusCallbackEvents: 'reject' });
    const rejected = await connect([...baseFields('/events'), ['StatusCallbackEvents', 'terminal']]);
    expect(rejected.status).toBe(400);

    ctx.sim.setVariants({ bareStatusCallbackEvents: 'ignore' });
    ctx.sim.script({ script: fastCall });
    await connect([
      ...baseFields('/events'),
      ['StatusCallbackEvents', 'answered'],
      ['StatusCallbackContentType', 'application/json'],
    ]);
    // Ignored events mean "none subscribed": one terminal POST with the default fields only.
    const [only] = await ctx.receiver.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ctx.receiver.received).toHaveLength(1);
    expect(Object.keys(only?.json as object).sort()).toEqual(['CallSid', 'DateUpdated', 'RecordingUrl', 'Status']);
  });

  it('fires answered once when the variant says leg1-only, and CustomField on every event when asked', async () => {
    ctx.sim.setVariants({ answeredCallbacks: 'leg1-only', customFieldIn: 'all-events', answeredByCasing: 'upper' });
    ctx.sim.script({ script: fastCall });
    await connect([
      ...baseFields('/once'),
      ['StatusCallbackEvents[0]', 'answered'],
      ['StatusCallbackEvents[1]', 'terminal'],
      ['CustomField', 'x'],
      ['StatusCallbackContentType', 'application/json'],
    ]);
    const callbacks = await ctx.receiver.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ctx.receiver.received).toHaveLength(2);
    expect(callbacks.map((callback) => callback.json)).toMatchObject([
      { EventType: 'answered', CustomField: 'x', Legs: [{ AnsweredBy: 'HUMAN' }, { AnsweredBy: 'NA' }] },
      { EventType: 'terminal', CustomField: 'x' },
    ]);
  });

  it('records each attempt with the receiver status', async () => {
    ctx.receiver.respondWith(503);
    ctx.sim.script({ script: fastCall });
    const { body } = await connect([...baseFields('/rec'), ['StatusCallbackEvents[0]', 'terminal']]);
    await ctx.receiver.waitFor(1);
    await expect.poll(() => ctx.sim.callbacks({ callSid: body.Call.Sid })[0]?.outcome).toBe('failed');
    expect(ctx.sim.callbacks({ callSid: body.Call.Sid })).toMatchObject([
      {
        eventType: 'terminal',
        url: `${ctx.receiver.url}/rec`,
        responseStatus: 503,
        attempt: 0,
        body: { Status: 'completed' },
      },
    ]);
    ctx.receiver.respondWith(200);
  });
});
