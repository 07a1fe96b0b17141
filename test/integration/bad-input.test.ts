// Every bad input is a 4xx in the standard error shape that names the problem, never a 5xx,
// and writes nothing: body parse failures of every kind, NUL and invalid Unicode anywhere,
// oversized cursors, wrong methods, unknown paths, webhook URLs without their token.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookToken } from '../../lib/webhook-token.js';
import { API_KEY, type AppStack, startAppStack } from '../support/app-stack.js';

let stack: AppStack;
beforeAll(async () => {
  stack = await startAppStack({}, { worker: false });
});
afterAll(async () => {
  await stack?.stop();
});

const auth = { authorization: `Bearer ${API_KEY}` };
const contact = { phone: '9811100001', name: 'Asha' };

async function refused(response: Response, status: number, code?: string) {
  const body = (await response.json()) as { error: { code: string; message: string; fields: { field: string }[] } };
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body.error.message).toBeTruthy();
  if (code) expect(body.error.code).toBe(code);
  return body.error;
}

const post = (path: string, body: NonNullable<RequestInit['body']>, headers: Record<string, string>) =>
  fetch(`${stack.apiUrl}${path}`, { method: 'POST', headers: { ...auth, ...headers }, body });

describe('request bodies', () => {
  it('refuses each kind of unreadable body with its own 4xx, writing nothing', async () => {
    const before = await stack.db.contact.count();
    const json = JSON.stringify(contact);
    await refused(
      await post('/v1/contacts', '{"phone":', { 'content-type': 'application/json' }),
      400,
      'malformed_body',
    );
    const latin1 = await refused(
      await post('/v1/contacts', Buffer.from(json, 'latin1'), { 'content-type': 'application/json; charset=latin1' }),
      415,
      'unsupported_charset',
    );
    expect(latin1.message).toContain('latin1');
    await refused(
      await post('/v1/contacts', Buffer.from(json, 'utf16le'), { 'content-type': 'application/json; charset=utf-16' }),
      415,
      'unsupported_charset',
    );
    await refused(
      await post('/v1/contacts', json, { 'content-type': 'application/json', 'content-encoding': 'compress' }),
      415,
      'unsupported_content_encoding',
    );
    await refused(
      await post('/v1/contacts', Buffer.from('not gzip'), {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      }),
      400,
    );
    await refused(await post('/v1/contacts', json, { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    await refused(
      await post('/v1/contacts', JSON.stringify({ ...contact, name: 'x'.repeat(70_000) }), {
        'content-type': 'application/json',
      }),
      413,
      'payload_too_large',
    );
    // Invalid UTF-8 bytes: refused, not stored as replacement characters.
    const invalidUtf8 = Buffer.concat([
      Buffer.from('{"phone":"9811100001","name":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    await refused(
      await post('/v1/contacts', invalidUtf8, { 'content-type': 'application/json' }),
      400,
      'malformed_body',
    );
    expect(await stack.db.contact.count()).toBe(before);

    // A gzipped body is read like any other.
    const gzipped = await post('/v1/contacts', gzipSync(JSON.stringify({ phone: '981110000' })), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect((await refused(gzipped, 400, 'validation_failed')).fields.map((f) => f.field)).toEqual(['phone']);
  });

  it('refuses NUL and lone surrogates in any body field or query parameter, naming it', async () => {
    const before = await stack.db.contact.count();
    for (const [body, field] of [
      [{ ...contact, name: 'As\u0000ha' }, 'name'],
      [{ ...contact, attributes: { city: 'Pu\u0000ne' } }, 'attributes.city'],
      [{ ...contact, attributes: { 'ci\u0000ty': 'Pune' } }, 'attributes.ci\u0000ty'],
      [{ ...contact, tags: ['ok', '\ud800'] }, 'tags.1'],
    ] as const) {
      const error = await refused(
        await post('/v1/contacts', JSON.stringify(body), { 'content-type': 'application/json' }),
        400,
        'validation_failed',
      );
      expect(error.fields.map((f) => f.field)).toEqual([field]);
    }
    expect(await stack.db.contact.count()).toBe(before);
    for (const query of ['tag=%00', 'tag=a%00b', 'phone=98%00', 'tag=%FF', 'tag=%ED%A0%80']) {
      const error = await refused(await stack.api(`/v1/contacts?${query}`), 400, 'validation_failed');
      expect(error.fields.map((f) => f.field)).toEqual([query.split('=')[0]]);
    }
  });

  it('refuses a ledger cursor past 64 bits, naming it', async () => {
    for (const cursor of ['99999999999999999999', '9223372036854775808', '1'.repeat(400)]) {
      const error = await refused(await stack.api(`/v1/credits/ledger?cursor=${cursor}`), 400, 'validation_failed');
      expect(error.fields.map((f) => f.field)).toEqual(['cursor']);
    }
    expect((await stack.api('/v1/credits/ledger?cursor=999999999999999999')).status).toBe(200);
  });
});

describe('paths and methods', () => {
  it('answers a wrong method on a known path with 405 and Allow', async () => {
    const wrong = await stack.api('/v1/calls', { method: 'DELETE' });
    expect(wrong.headers.get('allow')).toBe('POST, GET, HEAD');
    expect((await refused(wrong, 405, 'method_not_allowed')).message).toContain('POST, GET, HEAD');
    const webhook = await fetch(`${stack.apiUrl}/v1/webhooks/exotel/voice`, { method: 'GET' });
    expect(webhook.headers.get('allow')).toBe('POST');
    await refused(webhook, 405);
    const options = await fetch(`${stack.apiUrl}/v1/contacts/${randomUUID()}`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, DELETE, HEAD, OPTIONS');
  });

  it('answers unknown paths and bad escapes in the standard shape', async () => {
    await refused(await stack.api('/v1/nothing-here'), 404, 'not_found');
    await refused(await fetch(`${stack.apiUrl}/nothing`), 404, 'not_found');
    await refused(await stack.api('/v1/calls/%E0%A4%A'), 400);
    await refused(await stack.api('/v1/calls/%00'), 400, 'validation_failed');
  });
});

describe('webhook URLs', () => {
  const voice = (query: string, body: NonNullable<RequestInit['body']>, contentType = 'application/json') =>
    fetch(`${stack.apiUrl}/v1/webhooks/exotel/voice?${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });

  it('answers 401 naming the token when it is missing, before reading the body', async () => {
    const callId = randomUUID();
    const missing = await refused(await voice(`call=${callId}`, '{}'), 401, 'unauthorized');
    expect(missing.fields.map((f) => f.field)).toEqual(['token']);
    // Not 413: the body of a request without a valid token is never read.
    await refused(await voice(`call=${callId}&token=forged`, 'x'.repeat(200_000)), 401, 'unauthorized');
    await refused(
      await fetch(`${stack.apiUrl}/v1/webhooks/exotel/whatsapp`, { method: 'POST', body: '{}' }),
      401,
      'unauthorized',
    );
  });

  it('refuses a valid-token callback whose body is not UTF-8, storing nothing', async () => {
    const callId = randomUUID();
    const token = encodeURIComponent(webhookToken(stack.env.WEBHOOK_SIGNING_SECRET, callId));
    const body = Buffer.concat([Buffer.from('CallSid=a1b2&Status=completed&x='), Buffer.from([0xff, 0xfe])]);
    await refused(
      await voice(`call=${callId}&token=${token}`, body, 'application/x-www-form-urlencoded'),
      400,
      'malformed_body',
    );
    expect(await stack.db.callEvent.count({ where: { callId } })).toBe(0);
  });
});
