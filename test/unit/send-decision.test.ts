import { describe, expect, it } from 'vitest';
import type { PreviousSend } from '../../domain/campaign-rules.js';
import {
  type ChunkDecisionInput,
  decideChunk,
  type RecipientConsent,
  type SendTemplate,
  templateBlocker,
} from '../../domain/send-decision.js';
import { paramMappingSchema, templateComponentsSchema } from '../../domain/templates.js';

const offer: SendTemplate = {
  name: 'diwali_offer',
  language: 'en',
  category: 'marketing',
  status: 'approved',
  components: templateComponentsSchema.parse({ body: { text: 'Hi {{1}}, your code is {{2}}' } }),
};
const params = paramMappingSchema.parse({ body: [{ field: 'name' }, { field: 'attributes.code' }] });

const optedIn: RecipientConsent = {
  marketing: true,
  transactional: true,
  erased: false,
  optedOut: false,
  phone: '+919800000001',
  name: 'Asha',
  attributes: { code: 'D10' },
};
const read: PreviousSend = { accepted: true, delivered: true, read: true, replied: false };
const unread: PreviousSend = { ...read, read: false };

/** A chunk of contacts c1, c2, ... with these consents, IDs id-1, id-2, ... in the order asked. */
function decide(consents: (RecipientConsent | undefined)[], overrides: Partial<ChunkDecisionInput> = {}) {
  let n = 0;
  const recipients = consents.map((_, i) => ({ contactId: `c${i + 1}` }));
  return decideChunk({
    recipients,
    decided: new Set(),
    previous: null,
    consents: new Map(consents.flatMap((consent, i) => (consent ? [[`c${i + 1}`, consent] as const] : []))),
    template: offer,
    step: { condition: 'always', params },
    sendingNumber: '+918047100001',
    recentSends: new Map(),
    frequencyCap: { perDay: null, perWeek: null },
    affordable: 1000,
    newId: () => `id-${++n}`,
    ...overrides,
  });
}
const reasons = (decision: ReturnType<typeof decideChunk>) =>
  Object.fromEntries(decision.skip.map((skip) => [skip.contactId, skip.reason]));

describe('decideChunk', () => {
  it('sends the rendered template to a consenting contact, its row ID as custom data', () => {
    const { send, skip, heldBack } = decide([optedIn]);
    expect([skip, heldBack]).toEqual([[], []]);
    expect(send).toMatchObject([{ id: 'id-1', contactId: 'c1', customData: 'id-1' }]);
    expect(send[0]).toMatchObject({ from: '+918047100001', to: '+919800000001' });
    expect(send[0]!.content).toEqual({
      type: 'template',
      name: 'diwali_offer',
      language: 'en',
      components: [{ type: 'body', parameters: ['Asha', 'D10'].map((text) => ({ type: 'text', text })) }],
    });
  });

  it('skips erased contacts, whether marked erased or gone', () => {
    const decision = decide([{ ...optedIn, erased: true }, undefined]);
    expect(decision.send).toEqual([]);
    expect(decision.skip).toEqual([
      { id: 'id-1', contactId: 'c1', reason: 'erased' },
      { id: 'id-2', contactId: 'c2', reason: 'erased' },
    ]);
  });

  it('tells an opt-out (STOP) from consent never given', () => {
    const decision = decide([
      { ...optedIn, marketing: false, transactional: false },
      { ...optedIn, marketing: false, transactional: false, optedOut: true },
    ]);
    expect(reasons(decision)).toEqual({ c1: 'no_consent', c2: 'opted_out' });
  });

  it('asks for the consent the template category needs', () => {
    const transactionalOnly = { ...optedIn, marketing: false };
    expect(reasons(decide([transactionalOnly]))).toEqual({ c1: 'no_consent' });
    const receipt = { ...offer, category: 'utility' as const };
    expect(decide([transactionalOnly], { template: receipt }).send.map((send) => send.contactId)).toEqual(['c1']);
  });

  it("judges the step's condition on the previous step", () => {
    const decision = decide([optedIn, optedIn, optedIn], {
      step: { condition: 'not_read', params },
      previous: new Map([
        ['c1', read],
        ['c2', unread],
      ]),
    });
    expect(decision.send.map((send) => send.contactId)).toEqual(['c2']);
    // c3 was never reached by the previous step: a "not read" follow-up is for those it reached.
    expect(reasons(decision)).toEqual({ c1: 'condition_not_met', c3: 'condition_not_met' });
  });

  it('gives the first reason in order: erased, consent, condition, parameters', () => {
    const noName = { ...optedIn, name: null };
    const decision = decide(
      [
        { ...noName, erased: true, marketing: false },
        { ...noName, marketing: false, optedOut: true },
        noName,
        { ...noName, name: 'Ravi' },
      ],
      { step: { condition: 'not_read', params }, previous: new Map([['c4', unread]]) },
    );
    expect(reasons(decision)).toEqual({
      c1: 'erased',
      c2: 'opted_out',
      c3: 'condition_not_met',
    });
    expect(decision.send.map((send) => send.contactId)).toEqual(['c4']);
    // Consent before condition, even when both fail and the previous step reached them.
    const both = decide([{ ...optedIn, marketing: false }], {
      step: { condition: 'not_read', params },
      previous: new Map([['c1', read]]),
    });
    expect(reasons(both)).toEqual({ c1: 'no_consent' });
  });

  it('skips contacts whose parameters are missing or not usable', () => {
    const decision = decide([
      { ...optedIn, name: null },
      { ...optedIn, name: '  ' },
      { ...optedIn, attributes: {} },
      { ...optedIn, attributes: { code: { nested: true } } },
    ]);
    expect(reasons(decision)).toEqual({
      c1: 'missing_parameter',
      c2: 'missing_parameter',
      c3: 'missing_parameter',
      c4: 'invalid_parameter',
    });
  });

  it('leaves contacts already decided for this step alone', () => {
    const decision = decide([optedIn, { ...optedIn, erased: true }, optedIn], { decided: new Set(['c1', 'c2']) });
    expect(decision.send.map((send) => send.contactId)).toEqual(['c3']);
    expect(decision.skip).toEqual([]);
  });

  it('holds back the sendable contacts the credit hold does not afford, still recording skips', () => {
    const decision = decide([optedIn, { ...optedIn, marketing: false }, optedIn, optedIn], { affordable: 2 });
    expect(decision.send.map((send) => send.contactId)).toEqual(['c1', 'c3']);
    expect(decision.heldBack.map((send) => send.contactId)).toEqual(['c4']);
    expect(reasons(decision)).toEqual({ c2: 'no_consent' });

    const broke = decide([optedIn, optedIn], { affordable: 0 });
    expect(broke.send).toEqual([]);
    expect(broke.heldBack.map((send) => send.contactId)).toEqual(['c1', 'c2']);
  });

  it('skips marketing messages to contacts at the frequency cap, after every other reason', () => {
    const recentSends = new Map([
      ['c1', { lastDay: 2, lastWeek: 2 }],
      ['c2', { lastDay: 1, lastWeek: 6 }],
      ['c3', { lastDay: 1, lastWeek: 5 }],
      ['c4', { lastDay: 9, lastWeek: 9 }],
    ]);
    const capped = decide([optedIn, optedIn, optedIn, { ...optedIn, name: null }, optedIn], {
      recentSends,
      frequencyCap: { perDay: 2, perWeek: 6 },
    });
    expect(reasons(capped)).toEqual({ c1: 'frequency_cap', c2: 'frequency_cap', c4: 'missing_parameter' });
    expect(capped.send.map((send) => send.contactId)).toEqual(['c3', 'c5']);

    // Utility messages (an order update) are not capped.
    const utility = decide([optedIn], {
      recentSends,
      frequencyCap: { perDay: 2, perWeek: 6 },
      template: { ...offer, category: 'utility' },
    });
    expect(utility.send).toHaveLength(1);
  });

  it('sends a parameter fallback to a contact who lacks the field', () => {
    const withFallback = paramMappingSchema.parse({
      body: [{ field: 'name', fallback: 'there' }, { field: 'attributes.code' }],
    });
    const { send, skip } = decide(
      [
        { ...optedIn, name: null },
        { ...optedIn, name: '  ' },
      ],
      {
        step: { condition: 'always', params: withFallback },
      },
    );
    expect(skip).toEqual([]);
    expect(send.map((entry) => entry.content.components)).toEqual([
      [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'there' },
            { type: 'text', text: 'D10' },
          ],
        },
      ],
      [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'there' },
            { type: 'text', text: 'D10' },
          ],
        },
      ],
    ]);
  });

  it('is pure: the same facts and IDs give the same decision', () => {
    const chunk = [optedIn, { ...optedIn, optedOut: true, marketing: false }, undefined];
    expect(decide(chunk)).toEqual(decide(chunk));
  });
});

describe('templateBlocker', () => {
  it('pauses a page whose template is gone, not approved, or no longer fits the parameters', () => {
    expect(templateBlocker(offer, params)).toBeNull();
    expect(templateBlocker(null, params)).toBe('template_not_approved');
    expect(templateBlocker({ ...offer, status: 'paused' }, params)).toBe('template_not_approved');
    expect(templateBlocker(offer, paramMappingSchema.parse({ body: [{ field: 'name' }] }))).toBe('template_mismatch');
  });
});
