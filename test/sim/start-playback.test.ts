// Pre-call playback on connect (StartPlaybackToNew / StartPlaybackValueNew): what exoflow sends
// as the recording disclosure is validated and kept on the call, as docs/exotel.md §2 documents it;
// and exoflow's client sends it for recorded calls, unless RECORDING_DISCLOSURE=off.
import { describe, expect, it } from 'vitest';
import { type ExotelClient, exotelClientFromEnv } from '../../exotel/client.js';
import { auth, useSimulator } from './fixture.js';

const ctx = useSimulator({ variants: { delayedFieldsMs: 0 } });

function connect(fields: Record<string, string>) {
  return fetch(`${ctx.sim.accountUrl}/Calls/connect.json`, {
    method: 'POST',
    headers: auth,
    body: new URLSearchParams({
      From: '+919800000001',
      To: '+919800000002',
      CallerId: '+918047112345',
      Record: 'true',
      ...fields,
    }),
  });
}

async function sidOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { Call: { Sid: string } }).Call.Sid;
}

describe('pre-call playback', () => {
  it('keeps the audio URL and plays it to the callee by default', async () => {
    const sid = await sidOf(await connect({ StartPlaybackValueNew: 'https://audio.example.com/disclosure.mp3' }));
    expect(ctx.sim.call(sid)?.request).toMatchObject({
      startPlaybackToNew: 'Callee',
      startPlaybackValueNew: 'https://audio.example.com/disclosure.mp3',
    });
  });

  it('accepts Both as the target', async () => {
    const sid = await sidOf(
      await connect({ StartPlaybackToNew: 'Both', StartPlaybackValueNew: 'https://audio.example.com/d.wav' }),
    );
    expect(ctx.sim.call(sid)?.request.startPlaybackToNew).toBe('Both');
  });

  it('records no playback when none is asked for', async () => {
    const sid = await sidOf(await connect({}));
    expect(ctx.sim.call(sid)?.request).toMatchObject({
      startPlaybackToNew: undefined,
      startPlaybackValueNew: undefined,
    });
  });

  it.each([
    [{ StartPlaybackValueNew: 'not a url' }, /StartPlaybackValueNew must be a URL/],
    [
      { StartPlaybackToNew: 'Caller', StartPlaybackValueNew: 'https://audio.example.com/d.mp3' },
      /StartPlaybackToNew must be Callee or Both/,
    ],
    [{ StartPlaybackToNew: 'Callee' }, /StartPlaybackValueNew is required/],
  ])('refuses %o with 400 and creates no call', async (fields, message) => {
    const response = await connect(fields);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { RestException: { Message: string } }).RestException.Message).toMatch(message);
    expect(ctx.sim.calls()).toHaveLength(0);
  });
});

describe("exoflow's client and the disclosure", () => {
  const account = () => ({
    EXOTEL_BASE_URL: ctx.sim.url,
    EXOTEL_SUBDOMAIN: 'api.exotel.com',
    EXOTEL_SID: ctx.sim.accountSid,
    EXOTEL_API_KEY: 'k',
    EXOTEL_API_TOKEN: 't',
    EXOTEL_TIMEOUT_MS: 2_000,
  });
  const DISCLOSURE = 'https://audio.example.com/this-call-is-recorded.mp3';

  async function placed(client: ExotelClient, record: boolean) {
    const call = await client.connect({
      from: '+919800000001',
      to: '+919800000002',
      callerId: '+918047112345',
      statusCallbackUrl: `${ctx.receiver.url}/cb`,
      customField: 'call-x',
      record,
      timeLimitSec: 60,
      ringTimeoutSec: 30,
    });
    return ctx.sim.call(call.Sid)!.request;
  }

  it('asks Exotel to play it to the customer on recorded calls only', async () => {
    const client = exotelClientFromEnv({
      ...account(),
      RECORDING_DISCLOSURE: 'on',
      RECORDING_DISCLOSURE_URL: DISCLOSURE,
    });
    try {
      expect(await placed(client, true)).toMatchObject({
        record: true,
        startPlaybackToNew: 'Callee',
        startPlaybackValueNew: DISCLOSURE,
      });
      expect(await placed(client, false)).toMatchObject({
        record: false,
        startPlaybackToNew: undefined,
        startPlaybackValueNew: undefined,
      });
    } finally {
      await client.close();
    }
  });

  it('records without a disclosure only when it is turned off, and refuses to start without its audio otherwise', async () => {
    const off = exotelClientFromEnv({
      ...account(),
      RECORDING_DISCLOSURE: 'off',
      RECORDING_DISCLOSURE_URL: DISCLOSURE,
    });
    try {
      expect(await placed(off, true)).toMatchObject({ record: true, startPlaybackValueNew: undefined });
    } finally {
      await off.close();
    }
    expect(() =>
      exotelClientFromEnv({ ...account(), RECORDING_DISCLOSURE: 'on', RECORDING_DISCLOSURE_URL: undefined }),
    ).toThrow(/RECORDING_DISCLOSURE_URL/);
  });
});
