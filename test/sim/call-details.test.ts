// Call details and outcomes as a poller sees them: status over time, delayed fields, legs.
import { describe, expect, it } from 'vitest';
import type { CallObject } from '../../exotel-sim/index.js';
import { auth, useSimulator } from './fixture.js';

const ctx = useSimulator({ variants: { delayedFieldsMs: 150 } });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function connect(to: string, extra: Record<string, string> = {}): Promise<CallObject> {
  const response = await fetch(`${ctx.sim.accountUrl}/Calls/connect.json`, {
    method: 'POST',
    headers: auth,
    body: new URLSearchParams({ From: '09800000001', To: to, CallerId: '08047112345', ...extra }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { Call: CallObject }).Call;
}

async function details(sid: string): Promise<Required<CallObject>> {
  const response = await fetch(`${ctx.sim.accountUrl}/Calls/${sid}.json?details=true`, { headers: auth });
  expect(response.status).toBe(200);
  return ((await response.json()) as { Call: Required<CallObject> }).Call;
}

/** Polls Call Details until `ready` holds (every 50 ms, up to 10 s). */
async function detailsWhen(sid: string, ready: (call: Required<CallObject>) => boolean): Promise<Required<CallObject>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const call = await details(sid);
    if (ready(call) || Date.now() > deadline) return call;
    await sleep(50);
  }
}

describe('call details', () => {
  it('answers connect with a realistic Call object', async () => {
    const call = await connect('+919800000002');
    expect(call.Sid).toMatch(/^[0-9a-f]{32}$/);
    expect(call).toMatchObject({
      Status: 'in-progress',
      To: '09800000002',
      From: '09800000001',
      PhoneNumberSid: '08047112345',
      Direction: 'outbound-api',
      Duration: null,
      Price: null,
      EndTime: null,
      RecordingUrl: null,
      AccountSid: 'acme',
      Uri: `/v1/Accounts/acme/Calls.json/${call.Sid}`,
    });
    expect(call.DateCreated).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    // IST: 5h30 ahead of UTC.
    const utc = new Date(`${call.DateCreated.replace(' ', 'T')}+05:30`).getTime();
    expect(Math.abs(utc - Date.now())).toBeLessThan(5_000);
  });

  it('shows queued first when the variant says so, and honours the Sid suffix variant', async () => {
    ctx.sim.setVariants({ initialStatus: 'queued', callSidSuffix: '19bc' });
    const call = await connect('+919800000002');
    expect(call.Status).toBe('queued');
    expect(call.Sid).toMatch(/^[0-9a-f]{28}19bc$/);
  });

  it('follows the playout, then fills Duration, Price and EndTime as strings after the delay', async () => {
    // Each phase lasts a second or more and is awaited by polling, so a loaded machine cannot skip one.
    ctx.sim.setVariants({ delayedFieldsMs: 1_500 });
    ctx.sim.script({
      match: { to: '9800000002' },
      script: { agentRingMs: 1_000, customerRingMs: 1_500, talkMs: 1_000 },
    });
    const { Sid } = await connect('+919800000002');
    const ringing = await details(Sid);
    expect(ringing.Details).toMatchObject({ Leg1Status: '', Leg2Status: '' });

    const agentAnswered = await detailsWhen(Sid, (call) => call.Details.Leg1Status !== '');
    expect(agentAnswered.Status).toBe('in-progress');
    expect(agentAnswered.Details).toMatchObject({ Leg1Status: 'in-progress', Leg2Status: '' });

    const ended = await detailsWhen(Sid, (call) => call.Status !== 'in-progress');
    expect(ended).toMatchObject({ Status: 'completed', Duration: null, Price: null, EndTime: null });
    expect(ended.Details).toMatchObject({ ConversationDuration: 1, Leg1Status: 'completed', Leg2Status: 'completed' });

    const settled = await detailsWhen(Sid, (call) => call.Duration !== null);
    expect(settled.Duration).toMatch(/^\d+$/);
    expect(settled.Price).toMatch(/^\d+\.\d{3}$/);
    expect(settled.EndTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const [leg1, leg2] = settled.Details.Legs;
    expect(leg1?.Leg.Id).toBe(1);
    expect(leg1?.Leg.OnCallDuration).toBeGreaterThanOrEqual(leg2?.Leg.OnCallDuration ?? Infinity);
  });

  it('reports scaled durations, so a short playout can stand for minutes of talk', async () => {
    ctx.sim.script({ script: { agentRingMs: 10, customerRingMs: 10, talkMs: 100, durationScale: 1200 } });
    const { Sid } = await connect('+919800000002');
    const call = await detailsWhen(Sid, (polled) => polled.Price !== null);
    expect(call.Details.ConversationDuration).toBe(120);
    expect(call.Details.Legs[1]?.Leg.OnCallDuration).toBe(120);
    expect(call.Details.Legs[0]?.Leg.OnCallDuration).toBe(132);
    // 3 pulses for leg 1 (132 s) + 2 for leg 2 (120 s), at the default 0.75 per pulse.
    expect(call.Price).toBe('3.750');
  });

  it('cuts the conversation at TimeLimit', async () => {
    ctx.sim.script({ script: { agentRingMs: 10, customerRingMs: 10, talkMs: 100, durationScale: 1200 } });
    const { Sid } = await connect('+919800000002', { TimeLimit: '60' });
    const call = await detailsWhen(Sid, (polled) => polled.Status !== 'in-progress');
    expect(call.Details.ConversationDuration).toBe(60);
  });

  it.each([
    ['busy', 'busy', 'completed', 'busy'],
    ['no-answer', 'no-answer', 'completed', 'no-answer'],
    ['failed', 'failed', 'completed', 'failed'],
    ['agent-no-answer', 'no-answer', 'no-answer', ''],
    ['agent-busy', 'busy', 'busy', ''],
  ] as const)('plays out outcome %s', async (outcome, status, leg1Status, leg2Status) => {
    ctx.sim.script({
      match: { to: '+919800000003' },
      script: { outcome, agentRingMs: 20, customerRingMs: 20 },
      times: 1,
    });
    const { Sid } = await connect('09800000003', {
      StatusCallback: `${ctx.receiver.url}/cb`,
      'StatusCallbackEvents[0]': 'terminal',
      StatusCallbackContentType: 'application/json',
    });
    const [terminal] = await ctx.receiver.waitFor(1);
    expect(terminal?.json).toMatchObject({
      Status: status,
      ConversationDuration: 0,
      Legs: [{ Status: leg1Status }, { Status: leg2Status, OnCallDuration: 0 }],
    });
    const call = await details(Sid);
    expect(call.Status).toBe(status);
    expect(call.Details).toMatchObject({ ConversationDuration: 0, Leg1Status: leg1Status, Leg2Status: leg2Status });
    // The rule was for one call only: the next call to that number completes.
    expect(ctx.sim.calls().at(-1)?.finalStatus).toBe(status);
    await connect('09800000003');
    expect(ctx.sim.calls().at(-1)?.finalStatus).toBe('completed');
  });

  it('answers 404 with a RestException for an unknown call', async () => {
    const response = await fetch(`${ctx.sim.accountUrl}/Calls/${'0'.repeat(32)}.json`, { headers: auth });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ RestException: { Status: 404 } });
  });

  it('answers XML without .json', async () => {
    const { Sid } = await connect('+919800000002');
    const response = await fetch(`${ctx.sim.accountUrl}/Calls/${Sid}`, { headers: auth });
    expect(response.headers.get('content-type')).toMatch(/xml/);
    const text = await response.text();
    expect(text).toContain('<TwilioResponse><Call>');
    expect(text).toContain(`<Sid>${Sid}</Sid>`);
  });
});
