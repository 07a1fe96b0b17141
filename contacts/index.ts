// Contacts, consent and the template registry: what the API, the campaign activities and the
// WhatsApp webhook use. Plain SQL on pg.Pool / pg.PoolClient throughout.
export { type Audience, audienceQuery } from './audience.js';
export { type AuditEntry, writeAudit } from './audit.js';
export { consentStates, type ContactRow, type ContactWithConsent, contactsWithConsent, type SendTimeConsent } from './consent-states.js';
export {
  type ConsentHistoryEntry,
  type ConsentRecord,
  consentHistory,
  ContactUnavailableError,
  INBOUND_ACTOR,
  inboundPurposes,
  recordConsent,
  recordInboundConsent,
} from './consents.js';
export {
  type ContactInput,
  eraseContact,
  type ErasureResult,
  foldByPhone,
  listContactIds,
  recordImportConsent,
  upsertContacts,
} from './store.js';
export { listTemplates, type NewTemplate, registerTemplate, setTemplateStatus, templateById } from './templates.js';
