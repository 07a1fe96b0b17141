import { describe, expect, it } from 'vitest';
import type { RecipientConsent, SendTemplate } from '../../domain/send-decision.js';
import {
  asksForCallback,
  decideSingleMessage,
  followUpDue,
  messageTimeline,
  type MessageMilestones,
  requestDifferences,
} from '../../domain/single-message.js';
import { paramMappingSchema, templateComponentsSchema } from '../../domain/templates.js';

const components = templateComponentsSchema.parse({ body: { text: 'Hi {{1}}, your appointment is at {{2}}' } });
const reminder: SendTemplate = {
  name: 'reminder',
  language: 'en',
  category: 'utility',
  status: 'approved',
  components,
};
const offer: SendTemplate = { ...reminder, name: 'offer', category: 'marketing' };
const params = paramMappingSchema.parse({ body: [{ field: 'name' }, { value: '10:00' }] });

const contact = (consent: Partial<RecipientConsent> = {}): RecipientConsent => ({
  marketing: false,
  transactional: true,
  erased: false,
  optedOut: false,
  phone: '+919800000001',
  name: 'Asha',
  attributes: {},
  ...consent,
});

const decide = (template: SendTemplate | null, who: RecipientConsent | undefined, mapping = params) =>
  decideSingleMessage({
    id: 'm1',
    contactId: 'c1',
    template,
    params: mapping,
    contact: who,
    sendingNumber: '+918047100001',
  });

describe('a single message', () => {
  it('sends a utility template to a contact with transactional consent, rendered', () => {
    const decision = decide(reminder, contact());
    expect(decision).toEqual({
      ok: true,
      send: {
        id: 'm1',
        contactId: 'c1',
        from: '+918047100001',
        to: '+919800000001',
        customData: 'm1',
        content: {
          type: 'template',
          name: 'reminder',
          language: 'en',
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Asha' },
                { type: 'text', text: '10:00' },
              ],
            },
          ],
        },
      },
    });
  });

  it('needs no marketing opt-in for utility templates, but never reaches someone who opted out', () => {
    expect(decide(reminder, contact({ marketing: false })).ok).toBe(true);
    expect(decide(reminder, contact({ transactional: false, optedOut: true }))).toEqual({
      ok: false,
      reason: 'opted_out',
    });
  });

  it('needs the marketing opt-in for marketing templates', () => {
    expect(decide(offer, contact())).toEqual({ ok: false, reason: 'no_consent' });
    expect(decide(offer, contact({ marketing: true })).ok).toBe(true);
  });

  it('refuses erased or unknown contacts, unapproved templates and parameters that do not fit', () => {
    expect(decide(reminder, contact({ erased: true }))).toEqual({ ok: false, reason: 'erased' });
    expect(decide(reminder, undefined)).toEqual({ ok: false, reason: 'erased' });
    expect(decide({ ...reminder, status: 'paused' }, contact())).toEqual({
      ok: false,
      reason: 'template_not_approved',
    });
    expect(decide(null, contact())).toEqual({ ok: false, reason: 'template_not_approved' });
    expect(decide(reminder, contact(), paramMappingSchema.parse({ body: [{ field: 'name' }] }))).toEqual({
      ok: false,
      reason: 'template_mismatch',
    });
    expect(decide(reminder, contact({ name: null }))).toEqual({ ok: false, reason: 'missing_parameter' });
  });
});

describe('call follow-ups and call backs', () => {
  it('follows up only the outcomes the CRM named', () => {
    expect(followUpDue('no-answer', ['no-answer', 'busy'])).toBe(true);
    expect(followUpDue('busy', ['no-answer'])).toBe(false);
    expect(followUpDue('completed', ['no-answer', 'busy', 'failed'])).toBe(false);
  });

  it('reads a quick reply as a call-back request when its payload is a configured one, in any case', () => {
    expect(asksForCallback('CALL_ME', ['CALL_ME'])).toBe(true);
    expect(asksForCallback(' call_me ', ['CALL_ME'])).toBe(true);
    expect(asksForCallback('offers', ['CALL_ME', 'CALLBACK'])).toBe(false);
    expect(asksForCallback(null, ['CALL_ME'])).toBe(false);
  });
});

describe('the status timeline', () => {
  const base: MessageMilestones = {
    state: 'accepted',
    skipReason: null,
    createdAt: '2026-11-28T10:00:00.000Z',
    sentAt: '2026-11-28T10:00:01.500Z',
    deliveredAt: '2026-11-28T10:00:01.200Z',
    readAt: '2026-11-28T10:00:05.000Z',
    failedAt: null,
    repliedAt: '2026-11-28T10:01:00.000Z',
    error: null,
  };

  it('lists each milestone reached in the order they happen, whatever the reported times say', () => {
    expect(messageTimeline(base).map((entry) => entry.status)).toEqual([
      'queued',
      'sent',
      'delivered',
      'read',
      'replied',
    ]);
  });

  it('shows a failure with its code, and a skip with its reason', () => {
    const failed = messageTimeline({
      ...base,
      state: 'failed',
      deliveredAt: null,
      readAt: null,
      repliedAt: null,
      failedAt: '2026-11-28T10:00:02.000Z',
      error: { code: 131026, detail: 'undeliverable' },
    });
    expect(failed).toEqual([
      { status: 'queued', at: base.createdAt },
      { status: 'failed', at: '2026-11-28T10:00:02.000Z', code: 131026, detail: 'undeliverable' },
    ]);
    const skipped = messageTimeline({
      ...base,
      state: 'skipped',
      skipReason: 'opted_out',
      sentAt: null,
      deliveredAt: null,
      readAt: null,
      repliedAt: null,
    });
    expect(skipped.map((entry) => entry.status)).toEqual(['queued', 'skipped']);
  });
});

describe('idempotent requests', () => {
  const request = { contactId: 'c1', templateId: 't1', params: { body: [{ value: 'Asha' }], buttons: [] } };

  it('finds no difference between the same request', () => {
    expect(requestDifferences(request, structuredClone(request))).toEqual([]);
  });

  it('names each field that differs, nested, and fields present in one request only', () => {
    expect(
      requestDifferences(request, { ...request, templateId: 't2', params: { body: [{ value: 'Ravi' }], buttons: [] } }),
    ).toEqual(['params.body.0.value', 'templateId']);
    expect(requestDifferences(request, { ...request, params: { body: [], buttons: [] } })).toEqual(['params.body']);
    expect(requestDifferences({ a: 1 }, { a: 1, b: 2 })).toEqual(['b']);
  });
});
