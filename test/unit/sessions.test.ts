// Console session cookies (api/sessions.ts): signed, short-lived, bound to a configured key.
import { describe, expect, it } from 'vitest';
import { SESSION_TTL_SEC, SessionCodec } from '../../api/sessions.js';

const keys = (entries: [string, string[]][]) => new Map(entries.map(([key, roles]) => [key, new Set(roles)]));
const settings = {
  keys: keys([
    ['crm-key-0123456789abcdef', ['agent']],
    ['admin-key-0123456789abcdef', ['admin']],
  ]),
  WEBHOOK_SIGNING_SECRET: 'webhook-secret-0123456789abcdef0123456789',
};

describe('session cookies', () => {
  it('stand for the key they were opened with, without carrying it', () => {
    const codec = new SessionCodec(settings);
    const opened = codec.open('crm-key-0123456789abcdef')!;
    expect(opened.cookie).not.toContain('crm-key');
    expect(Buffer.from(opened.cookie.split('.')[1]!, 'base64url').toString()).not.toContain('crm-key');
    expect(codec.read(opened.cookie)).toMatchObject({ apiKey: 'crm-key-0123456789abcdef', admin: false });
    expect(codec.read(codec.open('admin-key-0123456789abcdef')!.cookie)).toMatchObject({ admin: true });
  });

  it('are refused for an unknown key, a forged or altered cookie, or another secret', () => {
    const codec = new SessionCodec(settings);
    expect(codec.open('someone-elses-key-0123456789')).toBeNull();
    const { cookie } = codec.open('crm-key-0123456789abcdef')!;
    const [version, payload, signature] = cookie.split('.');
    const altered = Buffer.from(
      Buffer.from(payload!, 'base64url')
        .toString()
        .replace(/"exp":\d+/, `"exp":${Date.now() + 1e12}`),
    ).toString('base64url');
    expect(codec.read(`${version}.${altered}.${signature}`)).toBeNull();
    expect(codec.read(`${version}.${payload}.${'A'.repeat(signature!.length)}`)).toBeNull();
    expect(codec.read('v1.e30.')).toBeNull();
    expect(codec.read('garbage')).toBeNull();
    expect(
      new SessionCodec({ ...settings, WEBHOOK_SIGNING_SECRET: 'another-secret-0123456789abcdef0123' }).read(cookie),
    ).toBeNull();
  });

  it(`expire after ${SESSION_TTL_SEC / 3600} hours, on sign-out, and when the key is removed`, () => {
    let now = Date.parse('2026-11-28T09:00:00Z');
    const codec = new SessionCodec(settings, () => now);
    const { cookie, session } = codec.open('crm-key-0123456789abcdef')!;
    expect(session.expiresAt.toISOString()).toBe('2026-11-28T21:00:00.000Z');
    now += SESSION_TTL_SEC * 1000 - 1;
    expect(codec.read(cookie)).not.toBeNull();
    now += 1;
    expect(codec.read(cookie)).toBeNull();

    const second = codec.open('crm-key-0123456789abcdef')!;
    codec.revoke(second.session);
    expect(codec.read(second.cookie)).toBeNull();

    const third = codec.open('crm-key-0123456789abcdef')!;
    expect(
      new SessionCodec({ ...settings, keys: keys([['rotated-key-0123456789abcdef', ['agent']]]) }, () => now).read(
        third.cookie,
      ),
    ).toBeNull();
  });
});
