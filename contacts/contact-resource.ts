// A contact as the CRM sees it: the body of GET /v1/contacts/:id and the payload of contact
// events (events/), so both always agree.
import { canMessage, type ConsentState, type PurposeConsent } from '../domain/consent.js';
import type { ContactWithConsent } from './consent-states.js';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());
const purposeView = (consent: PurposeConsent) => ({
  status: consent.status,
  source: consent.source,
  recordedAt: iso(consent.recordedAt),
});

export const consentView = (state: ConsentState) => ({
  consent: { marketing: purposeView(state.marketing), transactional: purposeView(state.transactional) },
  canMessage: { marketing: canMessage(state, 'marketing'), transactional: canMessage(state, 'transactional') },
});

export function toContactResource(contact: ContactWithConsent) {
  return {
    id: contact.id,
    phone: contact.phone,
    name: contact.name,
    tags: contact.tags,
    attributes: contact.attributes,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
    erasedAt: iso(contact.erasedAt),
    ...consentView(contact.consent),
  };
}
