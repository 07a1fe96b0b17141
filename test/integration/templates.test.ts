// The template registry over the real API and test database: registration validates components,
// Meta's status changes are recorded and audited, and a parameter mapping is checked against the
// template (wrong counts named) and rendered for a real contact.
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateById } from '../../contacts/templates.js';
import { API_KEY, type AppStack, json, startAppStack } from '../support/app-stack.js';

let stack: AppStack;
beforeAll(async () => {
  stack = await startAppStack();
});
afterAll(async () => {
  await stack?.stop();
});

type Body = Record<string, any>;
const send = async (method: string, path: string, body?: unknown) =>
  json(await stack.api(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
const fingerprint = `key:${createHash('sha256').update(API_KEY).digest('hex').slice(0, 12)}`;
const suffix = `${randomInt(100_000, 1_000_000)}`;
const uniqueName = (name: string) => `${name}_${suffix}`;

const orderShipped = (name = uniqueName('order_shipped')) => ({
  name,
  language: 'en',
  category: 'utility',
  status: 'approved',
  components: {
    header: { type: 'image', mediaUrl: 'https://cdn.example.com/shipped.jpg' },
    body: { text: 'Hi {{1}}, order {{2}} is on its way to {{3}}.' },
    footer: { text: 'Acme Stores' },
    buttons: [
      { type: 'url', text: 'Track', url: 'https://acme.example/track/{{1}}' },
      { type: 'quick_reply', text: 'Stop updates', payload: 'STOP' },
    ],
  },
});

describe('template registry', () => {
  it('registers a template and shows what its parameter mapping must fill', async () => {
    const created = await send('POST', '/v1/templates', orderShipped());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      language: 'en',
      category: 'utility',
      status: 'approved',
      sendable: true,
      parameters: { body: 3, headerText: false, headerMedia: 'image', urlButtons: [0] },
    });
    expect(created.body.components.body.text).toBe('Hi {{1}}, order {{2}} is on its way to {{3}}.');
    expect((await send('GET', `/v1/templates/${created.body.id}`)).body).toEqual(created.body);

    // What campaign creation reads.
    const record = await templateById(stack.db.pool, created.body.id);
    expect(record).toMatchObject({
      id: created.body.id,
      category: 'utility',
      status: 'approved',
      components: created.body.components,
    });
    expect(await templateById(stack.db.pool, randomUUID())).toBeNull();
  });

  it('rejects invalid components naming each field, and writes nothing', async () => {
    const name = uniqueName('broken');
    const broken = await send('POST', '/v1/templates', {
      name,
      language: 'english',
      category: 'promotional',
      components: {
        header: { type: 'image', mediaUrl: 'not-a-url' },
        body: { text: 'Hi {{1}}, your code is {{3}}' },
        buttons: [
          { type: 'quick_reply', text: 'A' },
          { type: 'quick_reply', text: 'B' },
          { type: 'quick_reply', text: 'C' },
          { type: 'quick_reply', text: 'D' },
        ],
      },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.fields).toEqual([
      { field: 'language', message: expect.stringContaining('Meta language code') },
      { field: 'category', message: expect.any(String) },
      { field: 'components.header.mediaUrl', message: 'must be an http(s) URL' },
      { field: 'components.body.text', message: expect.stringContaining('{{2}} is missing') },
      { field: 'components.buttons', message: 'at most 3 quick_reply buttons' },
    ]);
    const listed = (await send('GET', '/v1/templates?limit=500')).body.templates;
    expect(listed.map((t: Body) => t.name)).not.toContain(name);
  });

  it('a name and language registered twice is a conflict naming the first', async () => {
    const template = orderShipped(uniqueName('twice'));
    const first = await send('POST', '/v1/templates', template);
    const second = await send('POST', '/v1/templates', { ...template, status: 'pending' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'template_exists',
      fields: [{ field: 'name', message: expect.stringContaining(first.body.id) }],
    });
    // Another language is another template.
    expect((await send('POST', '/v1/templates', { ...template, language: 'hi' })).status).toBe(201);
  });

  it("is pending until Meta's approval is recorded; status changes are listed and audited", async () => {
    const { body: template } = await send('POST', '/v1/templates', {
      ...orderShipped(uniqueName('promo')),
      status: undefined,
      category: 'marketing',
    });
    expect(template).toMatchObject({ status: 'pending', sendable: false });
    expect((await send('GET', '/v1/templates?status=pending')).body.templates.map((t: Body) => t.id)).toContain(
      template.id,
    );

    const approved = await send('PATCH', `/v1/templates/${template.id}`, { status: 'approved' });
    expect(approved.body).toMatchObject({ status: 'approved', sendable: true });
    const paused = await send('PATCH', `/v1/templates/${template.id}`, { status: 'paused' });
    expect(paused.body).toMatchObject({ status: 'paused', sendable: false });
    expect((await send('GET', '/v1/templates?status=paused')).body.templates.map((t: Body) => t.id)).toContain(
      template.id,
    );
    expect((await send('GET', '/v1/templates?status=approved')).body.templates.map((t: Body) => t.id)).not.toContain(
      template.id,
    );

    expect(
      (await send('PATCH', `/v1/templates/${template.id}`, { status: 'live' })).body.error.fields.map(
        (f: Body) => f.field,
      ),
    ).toEqual(['status']);
    expect((await send('PATCH', `/v1/templates/${randomUUID()}`, { status: 'approved' })).status).toBe(404);

    const audit = await stack.db.pool.query(
      `SELECT actor, action, details FROM audit_log WHERE subject_type = 'template' AND subject_id = $1 ORDER BY id`,
      [template.id],
    );
    expect(audit.rows).toEqual([
      { actor: fingerprint, action: 'template.registered', details: expect.objectContaining({ status: 'pending' }) },
      { actor: fingerprint, action: 'template.status_changed', details: { from: 'pending', to: 'approved' } },
      { actor: fingerprint, action: 'template.status_changed', details: { from: 'approved', to: 'paused' } },
    ]);
  });
});

describe('parameter mappings', () => {
  it('are checked against the template (wrong counts named) and rendered for a real contact', async () => {
    const { body: template } = await send('POST', '/v1/templates', orderShipped(uniqueName('render')));
    const { body: contact } = await send('POST', '/v1/contacts', {
      phone: `9${randomInt(100_000_000, 1_000_000_000)}`,
      name: 'Rahul',
      attributes: { orderId: 'A-1042', city: 'Pune' },
    });
    const path = `/v1/templates/${template.id}/render`;
    const params = {
      body: [{ field: 'name' }, { field: 'attributes.orderId' }, { field: 'attributes.city' }],
      buttons: [{ index: 0, suffix: { field: 'attributes.orderId' } }],
    };

    const rendered = await send('POST', path, { contactId: contact.id, params });
    expect(rendered.status).toBe(200);
    expect(rendered.body).toEqual({
      ok: true,
      components: [
        { type: 'header', parameters: [{ type: 'image', image: { link: 'https://cdn.example.com/shipped.jpg' } }] },
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Rahul' },
            { type: 'text', text: 'A-1042' },
            { type: 'text', text: 'Pune' },
          ],
        },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'A-1042' }] },
        { type: 'button', sub_type: 'quick_reply', index: '1', parameters: [{ type: 'payload', payload: 'STOP' }] },
      ],
      text: '[image]\n\nHi Rahul, order A-1042 is on its way to Pune.\n\nAcme Stores\n\n[Track] [Stop updates]',
    });

    const wrongCount = await send('POST', path, {
      contactId: contact.id,
      params: { ...params, body: params.body.slice(0, 2), header: { text: { value: 'x' } } },
    });
    expect(wrongCount.status).toBe(400);
    expect(wrongCount.body.error.fields).toEqual([
      { field: 'params.body', message: "the template's body takes 3 parameters; 2 given" },
      { field: 'params.header.text', message: "the template's header takes no text parameter" },
    ]);
    const badField = await send('POST', path, {
      contactId: contact.id,
      params: { ...params, body: [{ field: 'email' }, ...params.body.slice(1)] },
    });
    expect(badField.body.error.fields.map((f: Body) => f.field)).toEqual(['params.body.0.field']);

    const missing = await send('POST', path, {
      contactId: contact.id,
      params: { ...params, body: [...params.body.slice(0, 2), { field: 'attributes.pincode' }] },
    });
    expect(missing.body).toEqual({
      ok: false,
      reason: 'missing_parameter',
      detail: 'body {{3}} (attributes.pincode) is missing',
    });
  });
});
