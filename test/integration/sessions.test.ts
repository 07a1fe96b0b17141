// Console sign-in over HTTP: a session cookie is accepted instead of the bearer key with the same
// permissions, and state-changing cookie requests must come from the console's own origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_API_KEY, API_KEY, type AppStack, startAppStack } from '../support/app-stack.js';

let stack: AppStack;

beforeAll(async () => {
  stack = await startAppStack({}, { worker: false });
});
afterAll(async () => {
  await stack?.stop();
});

const sameOrigin = { 'sec-fetch-site': 'same-origin' };

async function signIn(apiKey: string, headers: Record<string, string> = sameOrigin) {
  const response = await fetch(`${stack.apiUrl}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ apiKey }),
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return {
    response,
    body: (await response.json()) as Record<string, any>,
    setCookie,
    cookie: setCookie.split(';')[0]!,
  };
}

const withCookie = (cookie: string, path: string, init: RequestInit = {}) =>
  fetch(`${stack.apiUrl}${path}`, {
    ...init,
    headers: { cookie, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });

describe('console sessions', () => {
  it('trade a key for an httpOnly, SameSite=Strict cookie that works like the key', async () => {
    const { response, body, setCookie, cookie } = await signIn(API_KEY);
    expect(response.status).toBe(201);
    expect(body).toMatchObject({
      authenticatedBy: 'session',
      admin: false,
      keyFingerprint: expect.stringMatching(/^key:[0-9a-f]{12}$/),
    });
    expect(setCookie).toMatch(/^exoflow_session=v1\.[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(setCookie).not.toContain(API_KEY);

    expect((await withCookie(cookie, '/v1/credits')).status).toBe(200);
    const current = (await (await withCookie(cookie, '/v1/sessions/current')).json()) as Record<string, any>;
    expect(current).toMatchObject({ authenticatedBy: 'session', admin: false, keyFingerprint: body.keyFingerprint });
    expect((await stack.api('/v1/sessions/current')).status).toBe(200);
    expect((await fetch(`${stack.apiUrl}/v1/sessions/current`)).status).toBe(401);
  });

  it('refuse a wrong key, naming the field, and set no cookie', async () => {
    const wrong = await signIn('not-a-real-key-0123456789');
    expect(wrong.response.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'unauthorized', fields: [{ field: 'apiKey' }] });
    expect(wrong.setCookie).toBe('');
    const short = await signIn('short');
    expect(short.response.status).toBe(400);
    expect(short.body.error.fields).toEqual([{ field: 'apiKey', message: expect.stringContaining('16') }]);
  });

  it('refuse cross-site writes made with the cookie, and cross-site sign-ins', async () => {
    const { cookie } = await signIn(API_KEY);
    const call = JSON.stringify({ agentNumber: '9800000001', customerNumber: '9800000002' });
    const refused: Record<string, string>[] = [
      {},
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
    ];
    for (const headers of refused) {
      const response = await withCookie(cookie, '/v1/calls', { method: 'POST', body: call, headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(((await response.json()) as Record<string, any>).error.code).toBe('cross_site_request');
    }
    // Reads are safe; the browser console's own requests pass.
    expect((await withCookie(cookie, '/v1/calls', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
    const ok = await withCookie(cookie, '/v1/credits/estimate', {
      method: 'POST',
      body: JSON.stringify({ messages: 1 }),
      headers: { origin: stack.apiUrl },
    });
    expect(ok.status).toBe(200);
    expect((await signIn(API_KEY, { origin: 'https://evil.example' })).response.status).toBe(403);
    // A bearer key is never checked for origin: browsers do not attach it by themselves.
    expect(
      (await stack.api('/v1/credits/estimate', { method: 'POST', body: JSON.stringify({ messages: 1 }) })).status,
    ).toBe(200);
  });

  it('keep admin routes for admin keys', async () => {
    const topUp = (cookie: string) =>
      withCookie(cookie, '/v1/credits/top-ups', {
        method: 'POST',
        body: JSON.stringify({ credits: 1 }),
        headers: sameOrigin,
      });
    expect((await topUp((await signIn(API_KEY)).cookie)).status).toBe(403);
    const admin = await signIn(ADMIN_API_KEY);
    expect(admin.body.admin).toBe(true);
    expect((await topUp(admin.cookie)).status).toBe(201);
  });

  it('end on sign-out and ignore tampered cookies', async () => {
    const { cookie } = await signIn(API_KEY);
    const out = await withCookie(cookie, '/v1/sessions', { method: 'DELETE', headers: sameOrigin });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^exoflow_session=; .*Max-Age=0/);
    expect((await withCookie(cookie, '/v1/credits')).status).toBe(401);
    expect((await withCookie(`${cookie}x`, '/v1/credits')).status).toBe(401);
  });
});
