// Request and response shapes of /v1/contacts (contacts, imports, consent, erasure). Requests are validated with these schemas; the OpenAPI paths in
// api/openapi-contacts.ts are generated from them.
import { z } from 'zod';
import {
  consentActions,
  consentEntryProblem,
  consentPurposes,
  consentSources,
  MAX_EVIDENCE_LENGTH,
} from '../domain/consent.js';
import { phoneNumberSchema } from '../domain/phone.js';
import { decodeTimelineCursor } from '../contacts/timeline.js';
import { callResource } from './schemas.js';
import { DEFAULT_PHONE_COLUMN, parseAttributeMapping } from '../contacts/csv-import.js';
import { EVIDENCE_CLOCK_SKEW_MS } from '../domain/suppression.js';
import { messageDelivery } from './message-schemas.js';

export const MAX_IMPORT_ROWS = 10_000;

/** No consent this system records predates it: an earlier evidenceAt is a mistake. */
const EARLIEST_EVIDENCE_MS = Date.UTC(2000, 0, 1);

const contactPhone = phoneNumberSchema.meta({
  description: 'E.164 (+919876543210) or an Indian national form (9876543210); stored as E.164',
});

const tag = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N} ._:/-]{1,64}$/u, 'must be 1-64 letters, digits, spaces or . _ : / -')
  .meta({ example: 'diwali-2026' });

const attributeKey = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'attribute names are 1-64 letters, digits or _');
const attributeValue = z.union([z.string().max(1000), z.number(), z.boolean()], {
  error: 'must be text (at most 1000 characters), a number or true/false',
});

const attributes = z
  .record(z.string(), attributeValue)
  .superRefine((value, ctx) => {
    const keys = Object.keys(value);
    if (keys.length > 50) ctx.addIssue({ code: 'custom', message: 'at most 50 attributes' });
    for (const key of keys) {
      if (!attributeKey.safeParse(key).success)
        ctx.addIssue({ code: 'custom', path: [key], message: 'attribute names are 1-64 letters, digits or _' });
    }
  })
  .meta({
    description:
      "Merged into the contact's own (a key given replaces that key); templates read them as attributes.<key>",
    example: { city: 'Pune', orderId: 'A-1042' },
  });

const contactFields = {
  phone: contactPhone,
  name: z.string().trim().min(1).max(200).optional(),
  tags: z
    .array(tag)
    .max(50)
    .optional()
    .meta({ description: "Added to the contact's tags (never removed by an upsert)" }),
  attributes: attributes.optional(),
};

/** One row of an import: a contact without consent (the import's consent applies to every row). */
export const contactRowSchema = z.strictObject(contactFields);

const evidence = z.string().trim().max(MAX_EVIDENCE_LENGTH).meta({
  description: 'What the person was shown or said, where and when (required for an opt-in)',
  example: 'Web form /offers, checkbox "Send me offers on WhatsApp", 2026-11-20 10:42 IST',
});

export const consentBody = z
  .strictObject({
    purpose: z
      .enum(consentPurposes)
      .meta({ description: 'marketing (offers) or transactional (utility and authentication templates)' }),
    action: z.enum(consentActions),
    source: z.enum(['web_form', 'import', 'api']).default('api').meta({
      description:
        "Where the consent was given (inbound_keyword is the person's own STOP/START, recorded by the webhook)",
    }),
    evidence: evidence.optional(),
    evidenceAt: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 date-time with its offset' })
      .refine((value) => {
        const at = Date.parse(value);
        return at >= EARLIEST_EVIDENCE_MS && at <= Date.now() + EVIDENCE_CLOCK_SKEW_MS;
      }, 'must be a moment since 2000 and not in the future')
      .optional()
      .meta({
        description:
          'When the person gave this consent. Required to opt in a number on the suppression list (it opted out or was erased): it must be after that date',
        example: '2026-11-20T10:42:00+05:30',
      }),
  })
  .superRefine((entry, ctx) => {
    const problem = consentEntryProblem(entry);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type ConsentBody = z.infer<typeof consentBody>;

export const createContactBody = z.strictObject({
  ...contactFields,
  consent: consentBody.optional().meta({ description: 'A consent entry recorded with the contact' }),
});
export type CreateContactBody = z.infer<typeof createContactBody>;

const importConsent = z.strictObject({
  purpose: z.enum(consentPurposes),
  action: z.enum(consentActions),
  source: z.literal('import').default('import'),
  evidence: evidence.min(1, "is required for an import: where and how this list's consent was collected"),
});
export type ImportConsent = z.infer<typeof importConsent>;

export const importBody = z.strictObject({
  contacts: z
    .array(z.unknown().meta({ description: 'A contact: { phone, name?, tags?, attributes? }' }))
    .min(1)
    .max(MAX_IMPORT_ROWS)
    .meta({ description: `Up to ${MAX_IMPORT_ROWS} rows, each validated on its own` }),
  consent: importConsent.optional().meta({
    description:
      'Recorded for every imported contact (source import). An opt-in is not recorded for a contact who opted out of that purpose.',
  }),
});

const columnName = z.string().trim().min(1).max(200);

/** A CSV import's column mapping and consent, as query parameters (the body is the file). */
export const csvImportQuery = z
  .strictObject({
    phone: columnName.default(DEFAULT_PHONE_COLUMN).meta({ description: 'The column with the phone number' }),
    name: columnName.optional().meta({ description: 'The column with the name (default: one named name, if any)' }),
    tags: columnName
      .optional()
      .meta({ description: 'The column with tags separated by ; or | (default: one named tags, if any)' }),
    attributes: z
      .string()
      .max(2000)
      .optional()
      .meta({ description: 'Attributes as key:Column pairs, comma-separated (city:City,plan:Plan name)' }),
    consentPurpose: z.enum(consentPurposes).optional(),
    consentAction: z.enum(consentActions).optional(),
    consentEvidence: evidence.optional(),
  })
  .transform((query, ctx) => {
    const attributes = parseAttributeMapping(query.attributes);
    for (const key of Object.keys(attributes)) {
      if (!attributeKey.safeParse(key).success)
        ctx.addIssue({
          code: 'custom',
          path: ['attributes'],
          message: `"${key}": attribute names are 1-64 letters, digits or _`,
        });
    }
    const given = [query.consentPurpose, query.consentAction, query.consentEvidence].filter((v) => v !== undefined);
    let consent: ImportConsent | undefined;
    if (given.length > 0) {
      const parsed = importConsent.safeParse({
        purpose: query.consentPurpose,
        action: query.consentAction,
        evidence: query.consentEvidence,
      });
      if (parsed.success) consent = parsed.data;
      else
        for (const issue of parsed.error.issues)
          ctx.addIssue({
            code: 'custom',
            path: [`consent${String(issue.path[0] ?? '').replace(/^./, (c) => c.toUpperCase())}`],
            message: issue.message,
          });
    }
    return {
      mapping: { phone: query.phone, name: query.name, tags: query.tags, attributes },
      consent,
    };
  });

export const contactIdParam = z.object({ id: z.uuid('must be a contact ID (UUID)') });

export const listContactsQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().meta({
    description: 'Search: part of the name (any case), digits of the number (3 or more), or a tag',
    example: 'asha',
  }),
  tag: tag.optional(),
  phone: contactPhone.optional(),
  cursor: z.uuid('must be the nextCursor of the previous page').optional(),
  limit: z.coerce.number<string>().int().min(1).max(200).default(50),
});

export const consentHistoryQuery = z.strictObject({
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, 'must be the nextCursor of the previous page')
    .optional(),
  limit: z.coerce.number<string>().int().min(1).max(500).default(100),
});

// --- Responses ------------------------------------------------------------------------------

const purposeConsent = z.object({
  status: z.enum(['opted_in', 'opted_out', 'none']),
  source: z.enum(consentSources).nullable(),
  recordedAt: z.iso.datetime().nullable(),
});

export const contactResource = z.object({
  id: z.uuid(),
  phone: z.string().meta({ description: 'E.164, or erased:<id> after erasure' }),
  name: z.string().nullable(),
  tags: z.array(z.string()),
  attributes: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  erasedAt: z.iso.datetime().nullable(),
  consent: z
    .object({ marketing: purposeConsent, transactional: purposeConsent })
    .meta({ description: 'The newest entry per purpose' }),
  canMessage: z
    .object({ marketing: z.boolean(), transactional: z.boolean() })
    .meta({ description: 'Whether a marketing / utility-or-authentication template may be sent now' }),
});

export const contactListResponse = z.object({ contacts: z.array(contactResource), nextCursor: z.string().nullable() });

export type ImportReport = z.infer<typeof importReport>;
export const importReport = z.object({
  rows: z.number().int(),
  created: z.number().int().meta({ description: 'Rows that created a contact' }),
  updated: z
    .number()
    .int()
    .meta({ description: 'Rows that updated a contact (including a number repeated in the import)' }),
  failed: z
    .array(
      z.object({
        row: z
          .number()
          .int()
          .meta({ description: 'JSON: the index in contacts (0-based); CSV: the line in the file (the header is 1)' }),
        field: z.string().meta({ description: 'JSON: the field; CSV: the column; (row) for a line that is not CSV' }),
        message: z.string(),
      }),
    )
    .meta({ description: 'One entry per failing field; these rows were not written' }),
  consent: z.object({
    recorded: z.number().int(),
    skipped: z
      .array(
        z.object({
          row: z.number().int(),
          reason: z.enum(['opted_out', 'number_suppressed']).meta({
            description:
              'opted_out: the contact opted out of this purpose; number_suppressed: the number is on the suppression list (opted out or erased)',
          }),
          message: z.string(),
        }),
      )
      .meta({
        description:
          'Contacts whose opt-out or suppression an opt-in import did not override (only the person can, with a new opt-in)',
      }),
  }),
});

export const consentEntryResource = z.object({
  id: z.string(),
  purpose: z.enum(consentPurposes),
  action: z.enum(consentActions),
  source: z.enum(consentSources),
  evidence: z.string().nullable(),
  evidenceAt: z.iso.datetime().nullable().meta({ description: 'When the person gave it, as the request stated' }),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string().meta({ description: 'The API key fingerprint, or inbound:whatsapp' }),
});

export const consentHistoryResponse = z.object({
  consents: z.array(consentEntryResource),
  nextCursor: z.string().nullable(),
});

export const consentRecordedResponse = z.object({
  entry: consentEntryResource,
  consent: contactResource.shape.consent,
  canMessage: contactResource.shape.canMessage,
});

export const erasureResponse = z.object({
  id: z.uuid(),
  erasedAt: z.iso.datetime(),
  alreadyErased: z.boolean(),
  consentsRedacted: z.number().int().meta({ description: 'Consent entries whose evidence became [erased]' }),
  sendsDetached: z.number().int().meta({ description: 'Message sends that kept their counts but lost the number' }),
  callsRedacted: z
    .number()
    .int()
    .meta({ description: "Calls to the number whose customerNumber became erased:<id>, with their events' bodies" }),
  recordingsDeleted: z
    .number()
    .int()
    .meta({ description: 'Recording objects of those calls deleted from the bucket by this request' }),
});

export const timelineQuery = z.strictObject({
  cursor: z
    .string()
    .max(120)
    .refine((value) => decodeTimelineCursor(value) !== undefined, 'must be the nextCursor of the previous page')
    .optional(),
  limit: z.coerce.number<string>().int().min(1).max(200).default(50),
});

const timelineMessage = z.object({
  id: z.uuid(),
  campaignId: z.uuid().nullable().meta({ description: 'null for a single message' }),
  campaignName: z.string().nullable(),
  step: z.number().int().nullable(),
  contactId: z.uuid().nullable(),
  state: z.string().meta({ description: 'pending, accepted, failed, skipped or unknown' }),
  status: z.string().nullable().meta({ description: 'Delivery: sent, delivered, read, failed' }),
  ...messageDelivery,
});

export const timelineResponse = z.object({
  items: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('call'), at: z.iso.datetime(), call: callResource }),
      z.object({ kind: z.literal('message'), at: z.iso.datetime(), message: timelineMessage }),
      z.object({
        kind: z.literal('consent'),
        at: z.iso.datetime(),
        consent: consentEntryResource.omit({ recordedAt: true }),
      }),
    ]),
  ),
  nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for older items; null at the end' }),
});
