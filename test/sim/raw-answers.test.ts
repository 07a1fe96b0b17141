// The simulator answers byte for byte when told to (connect, Call Details, the call list, the
// WhatsApp send), says whether a connect created its call behind the answer, and issues Sids in
// Exotel's real alphabets.
import { describe, expect, it } from 'vitest';
import type { CallObject } from '../../exotel-sim/index.js';
import { auth, useSimulator } from './fixture.js';
import { fastWhatsApp, postSend, sendBody, templateMessage } from './whatsapp-fixture.js';

const ctx = useSimulator({ variants: { ...fastWhatsApp, delayedFieldsMs: 0 } });
const fastCall = { agentRingMs: 10, customerRingMs: 10, talkMs: 20 };

function connect(to = '+919800000002'): Promise<Response> {
  return fetch(`${ctx.sim.accountUrl}/Calls/connect.json`, {
    method: 'POST',
    headers: auth,
    body: new URLSearchParams({ From: '+919800000001', To: to, CallerId: '+918047112345' }),
  });
}

async function sidOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { Call: CallObject }).Call.Sid;
}

const restExceptionUnder200 = { RestException: { Status: 400, Message: 'Invalid To number', Code: 13223 } };
const xmlError =
  '<?xml version="1.0" encoding="UTF-8"?>\n<TwilioResponse><RestException><Status>503</Status>' +
  '<Message>Service &amp; gateway unavailable</Message></RestException></TwilioResponse>\n';

describe('raw connect answers', () => {
  it('connectFaults {raw}: answers exactly that (a 200 carrying a RestException) and creates nothing', async () => {
    ctx.sim.script({
      script: {
        connectFaults: [{ raw: { status: 200, headers: { 'x-exotel-trace': 't-1' }, body: restExceptionUnder200 } }],
      },
    });
    const response = await connect();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-exotel-trace')).toBe('t-1');
    expect(await response.text()).toBe(JSON.stringify(restExceptionUnder200));
    expect(ctx.sim.calls()).toHaveLength(0);
    expect(ctx.sim.requests({ path: '/Calls/connect' })[0]?.fault).toMatch(/^connectFault \{"raw"/);
    // The next connect is served normally.
    await sidOf(await connect());
    expect(ctx.sim.calls()).toHaveLength(1);
  });

  it('sends a string body byte for byte, guessing XML, unless a content-type header is given', async () => {
    ctx.sim.script({
      script: {
        connectFaults: [
          { raw: { status: 503, body: xmlError } },
          { raw: { status: 200, headers: { 'Content-Type': 'text/html' }, body: '{"Call":' } },
          { raw: { status: 204 } },
        ],
      },
    });
    const xml = await connect();
    expect([xml.status, xml.headers.get('content-type'), await xml.text()]).toEqual([
      503,
      'application/xml; charset=utf-8',
      xmlError,
    ]);
    const cut = await connect();
    expect([cut.headers.get('content-type'), await cut.text()]).toEqual(['text/html', '{"Call":']);
    const empty = await connect();
    expect([empty.status, await empty.text()]).toEqual([204, '']);
    expect(ctx.sim.calls()).toHaveLength(0);
  });

  it('createThenFault {raw}: the call is created and plays out behind the given answer', async () => {
    ctx.sim.script({
      script: { ...fastCall, createThenFault: { raw: { status: 200, body: restExceptionUnder200, delayMs: 20 } } },
      times: 1,
    });
    const response = await connect();
    expect(await response.json()).toEqual(restExceptionUnder200);
    expect(ctx.sim.calls()).toHaveLength(1);
    expect(ctx.sim.calls()[0]?.connectResponse).toBe('fault');
  });

  it('refuses a malformed raw answer through the control API', async () => {
    const response = await fetch(`${ctx.sim.url}/_sim/scripts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ script: { connectFaults: [{ raw: { status: 99, body: 'x' } }] } }),
    });
    expect(response.status).toBe(400);
  });
});

describe('raw Call Details and call list answers', () => {
  const placeholders = {
    Call: {
      Sid: 'b6cfaf5b1d0e4b3f6f7a63f1c3f4a2e119bc',
      Status: 'null',
      DateCreated: '2026-11-25 10:00:00',
      StartTime: '0000-00-00 00:00:00',
      EndTime: '1970-01-01 05:30:00',
      Duration: '',
      Price: null,
      RecordingUrl: '',
    },
  };

  it('answers Call Details for one Sid exactly as queued, then the real view again', async () => {
    const sid = await sidOf(await connect());
    const other = await sidOf(await connect('+919800000003'));
    ctx.sim.queueAnswers([{ endpoint: 'call-details', callSid: sid, answer: { status: 200, body: placeholders } }]);
    const read = (callSid: string) =>
      fetch(`${ctx.sim.accountUrl}/Calls/${callSid}.json?details=true`, { headers: auth });
    // Another Sid is not affected.
    expect(((await (await read(other)).json()) as { Call: CallObject }).Call.Sid).toBe(other);
    expect(await (await read(sid)).json()).toEqual(placeholders);
    expect(((await (await read(sid)).json()) as { Call: CallObject }).Call.Sid).toBe(sid);
  });

  it('answers the call list and any Sid, `times` times, over the control API', async () => {
    const queued = await fetch(`${ctx.sim.url}/_sim/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { endpoint: 'call-list', answer: { status: 200, body: { Metadata: { Total: 0 }, Calls: [] } }, times: 2 },
        { endpoint: 'call-details', answer: { status: 500, body: xmlError } },
      ]),
    });
    expect(((await queued.json()) as { answers: unknown[] }).answers).toHaveLength(2);
    for (let attempt = 0; attempt < 2; attempt++) {
      const list = await fetch(`${ctx.sim.accountUrl}/Calls.json?To=9800000002`, { headers: auth });
      expect(await list.text()).toBe('{"Metadata":{"Total":0},"Calls":[]}');
    }
    const unknownSid = await fetch(`${ctx.sim.accountUrl}/Calls/nosuchcall.json`, { headers: auth });
    expect([unknownSid.status, await unknownSid.text()]).toEqual([500, xmlError]);
    expect(ctx.sim.requests({ path: '/Calls' }).map((record) => record.fault)).toEqual([
      'rawAnswer call-list 200',
      'rawAnswer call-list 200',
      'rawAnswer call-details 500',
    ]);
    const left = await fetch(`${ctx.sim.url}/_sim/answers`);
    expect(await left.json()).toEqual({ answers: [] });
  });

  it('refuses an unknown endpoint with 400, and reset forgets the queue', async () => {
    const bad = await fetch(`${ctx.sim.url}/_sim/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ endpoint: 'recordings', answer: { status: 200 } }]),
    });
    expect(bad.status).toBe(400);
    ctx.sim.queueAnswers([{ endpoint: 'call-list', answer: { status: 418 } }]);
    ctx.sim.reset();
    const list = await fetch(`${ctx.sim.accountUrl}/Calls.json`, { headers: auth });
    expect(list.status).toBe(200);
  });
});

describe('raw WhatsApp send answers', () => {
  const failureUnder200 = {
    response: {
      whatsapp: {
        messages: [
          { code: 400, status: 'failure', error_data: { code: 1002, message: 'Invalid template', description: 'x' } },
        ],
      },
    },
  };

  it('answers a send fault {raw} exactly, with or without accepting the messages', async () => {
    ctx.sim.whatsapp.queueFaults([
      { fault: { raw: { status: 200, body: failureUnder200 } } },
      { fault: { raw: { status: 200, body: failureUnder200 } }, accepted: true },
    ]);
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await postSend(ctx.sim.whatsapp.messagesUrl, sendBody([templateMessage('+919800000001')]));
      expect([answer.status, answer.json]).toEqual([200, failureUnder200]);
    }
    // Only the second was accepted behind its answer.
    expect(ctx.sim.whatsapp.messages()).toHaveLength(1);
  });
});

describe('Sid alphabets', () => {
  it('call Sids: 32 lowercase hex by default; `exotel` adds a cluster suffix to every other call', async () => {
    expect(await sidOf(await connect())).toMatch(/^[0-9a-f]{32}$/);
    ctx.sim.reset();
    ctx.sim.setVariants({ callSidAlphabet: 'exotel' });
    const sids = [await sidOf(await connect()), await sidOf(await connect()), await sidOf(await connect())];
    expect(sids.map((sid) => sid.length)).toEqual([32, 36, 32]);
    expect(sids[1]).toMatch(/^[0-9a-f]{32}19bc$/);
    ctx.sim.setVariants({ callSidSuffix: 'a1' });
    expect(await sidOf(await connect())).toMatch(/^[0-9a-f]{32}a1$/);
  });

  it('WhatsApp sids: not hex by default (three shapes in turn); `hex` on request', async () => {
    const answer = await postSend(
      ctx.sim.whatsapp.messagesUrl,
      sendBody(['+919800000001', '+919800000002', '+919800000003'].map((to) => templateMessage(to))),
    );
    const sids = ctx.sim.whatsapp.messages().map((record) => record.sid);
    expect(answer.status).toBe(202);
    expect(sids[0]).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(sids[1]).toMatch(/^[A-Za-z0-9]{8}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{12}$/);
    expect(sids[2]).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(sids.join('')).toMatch(/[A-Z]/);
    ctx.sim.setVariants({ whatsappSidFormat: 'hex' });
    await postSend(ctx.sim.whatsapp.messagesUrl, sendBody([templateMessage('+919800000004')]));
    expect(ctx.sim.whatsapp.messages()[3]?.sid).toMatch(/^[0-9a-f]{32}$/);
  });
});
