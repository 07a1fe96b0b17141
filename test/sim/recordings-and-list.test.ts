// Recordings served by the simulator, and the bulk Calls list used for reconciliation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startExotelSimulator, type CallObject, type ExotelSimulator } from '../../exotel-sim/index.js';

let sim: ExotelSimulator;
const auth = { authorization: `Basic ${Buffer.from('k:t').toString('base64')}` };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  sim = await startExotelSimulator({
    accountSid: 'acme',
    apiKey: 'k',
    apiToken: 't',
    variants: { delayedFieldsMs: 0 },
  });
});
afterAll(() => sim.close());
afterEach(() => sim.reset());

async function connect(fields: Record<string, string>): Promise<CallObject> {
  const response = await fetch(`${sim.accountUrl}/Calls/connect.json`, {
    method: 'POST',
    headers: auth,
    body: new URLSearchParams({ From: '+919800000001', To: '+919800000002', CallerId: '+918047112345', ...fields }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { Call: CallObject }).Call;
}

async function details(sid: string): Promise<CallObject> {
  const response = await fetch(`${sim.accountUrl}/Calls/${sid}.json`, { headers: auth });
  return ((await response.json()) as { Call: CallObject }).Call;
}

describe('recordings', () => {
  it('answers 404 until the recording is available, then real MP3 bytes', async () => {
    sim.script({ script: { agentRingMs: 10, customerRingMs: 10, talkMs: 30, recordingAvailableAfterMs: 250 } });
    const { Sid } = await connect({ Record: 'true' });
    const url = `${sim.url}/exotelrecordings/acme/${Sid}.mp3`;
    await sleep(100);
    expect((await details(Sid)).RecordingUrl).toBeNull();
    expect((await fetch(url, { headers: auth })).status).toBe(404);

    await sleep(250);
    const call = await details(Sid);
    expect(call.RecordingUrl).toBe(url);
    const response = await fetch(url, { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // MPEG audio frame sync: 11 set bits.
    expect(bytes[0]).toBe(0xff);
    expect((bytes[1] ?? 0) & 0xe0).toBe(0xe0);
    expect(bytes.length).toBeGreaterThan(1000);

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(call.PreSignedRecordingUrl ?? '')).status).toBe(200);
    sim.setVariants({ recordingRequiresAuth: false });
    expect((await fetch(url)).status).toBe(200);
  });

  it('has no recording without Record=true, without a conversation, or when scripted to omit it', async () => {
    sim.script({ script: { agentRingMs: 5, customerRingMs: 5, talkMs: 10, recordingAvailableAfterMs: 0 } });
    const unrecorded = await connect({});
    sim.script({ script: { outcome: 'busy', agentRingMs: 5, customerRingMs: 5, recordingAvailableAfterMs: 0 } });
    const busy = await connect({ Record: 'true' });
    sim.script({ script: { agentRingMs: 5, customerRingMs: 5, talkMs: 10, recording: 'omit' } });
    const omitted = await connect({ Record: 'true' });
    await sleep(100);
    for (const { Sid } of [unrecorded, busy, omitted]) {
      expect((await details(Sid)).RecordingUrl).toBeNull();
      expect((await fetch(`${sim.url}/exotelrecordings/acme/${Sid}.mp3`, { headers: auth })).status).toBe(404);
    }
  });
});

describe('bulk call list', () => {
  async function list(
    query: string,
  ): Promise<{ status: number; body: { Metadata: Record<string, unknown>; Calls: CallObject[] } }> {
    const response = await fetch(`${sim.accountUrl}/Calls.json?${query}`, { headers: auth });
    return {
      status: response.status,
      body: (await response.json()) as { Metadata: Record<string, unknown>; Calls: CallObject[] },
    };
  }

  it('filters by numbers in any format, Sid, Status and DateCreated; sorts and pages', async () => {
    sim.script({ match: { to: '09800000003' }, script: { outcome: 'busy', agentRingMs: 5, customerRingMs: 5 } });
    const first = await connect({ To: '09800000002' });
    await sleep(5);
    const second = await connect({ To: '+919800000003' });
    await sleep(5);
    const third = await connect({ To: '9800000004' });

    expect((await list('')).body.Calls.map((call) => call.Sid)).toEqual([third.Sid, second.Sid, first.Sid]);
    expect((await list('SortBy=DateCreated:asc')).body.Calls.map((call) => call.Sid)).toEqual([
      first.Sid,
      second.Sid,
      third.Sid,
    ]);
    expect((await list('To=%2B919800000002,9800000004')).body.Calls.map((call) => call.Sid)).toEqual([
      third.Sid,
      first.Sid,
    ]);
    expect((await list('From=09800000001')).body.Metadata.Total).toBe(3);
    expect((await list('From=09800000009')).body.Metadata.Total).toBe(0);
    expect((await list(`Sid=${first.Sid},${second.Sid}`)).body.Metadata.Total).toBe(2);

    await sleep(50);
    expect((await list('Status=busy')).body.Calls.map((call) => call.Sid)).toEqual([second.Sid]);

    const window = encodeURIComponent(`gte:${first.DateCreated};lte:${third.DateCreated}`);
    expect((await list(`DateCreated=${window}`)).body.Metadata.Total).toBe(3);
    const future = encodeURIComponent('gte:2099-01-01 00:00:00');
    expect((await list(`DateCreated=${future}`)).body.Metadata.Total).toBe(0);

    const page1 = await list('PageSize=2');
    expect(page1.body.Calls).toHaveLength(2);
    expect(page1.body.Metadata).toMatchObject({ Total: 3, PageSize: 2, PrevPageUri: null });
    const next = String(page1.body.Metadata.NextPageUri);
    const page2 = await fetch(`${sim.url}${next}`, { headers: auth }).then(
      (response) => response.json() as Promise<{ Calls: CallObject[] }>,
    );
    expect(page2.Calls.map((call) => call.Sid)).toEqual([first.Sid]);
  });

  it('rejects PageSize over 100', async () => {
    const { status, body } = await list('PageSize=101');
    expect(status).toBe(400);
    expect(body).toMatchObject({ RestException: { Status: 400 } });
  });
});
