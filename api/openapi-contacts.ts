// OpenAPI paths of /v1/contacts and /v1/templates, generated from the zod schemas that validate
// them; api/openapi.ts merges them into the document.
import {
  consentBody,
  consentHistoryQuery,
  consentHistoryResponse,
  consentRecordedResponse,
  contactListResponse,
  contactResource,
  createContactBody,
  csvImportQuery,
  erasureResponse,
  importBody,
  importReport,
  listContactsQuery,
  timelineQuery,
  timelineResponse,
} from './contact-schemas.js';
import { body, conflict, errors, idParameter, json, notFound, queryParameters } from './openapi-parts.js';
import { errorResponse } from './schemas.js';
import {
  createTemplateBody,
  listTemplatesQuery,
  renderResponse,
  renderTemplateBody,
  templateListResponse,
  templateResource,
  templateStatusBody,
} from './template-schemas.js';

export const contactAndTemplatePaths = {
  '/v1/contacts': {
    post: {
      summary: 'Create a contact, or update the one with this number (upsert by phone)',
      description:
        'The number is normalised to E.164. A known number is updated: name replaced if given, tags added, attributes merged. An optional consent entry is recorded in the same transaction (an opt-in needs evidence; for a number on the suppression list, an evidenceAt after its suppression).',
      requestBody: body(createContactBody),
      responses: {
        201: json(contactResource, 'Created'),
        200: json(contactResource, 'A contact had this number: updated'),
        ...conflict('number_suppressed: the number opted out or was erased; nothing was written'),
        ...errors,
      },
    },
    get: {
      summary: 'List or search contacts (not erased) by name, number or tag',
      parameters: queryParameters(listContactsQuery),
      responses: {
        200: json(contactListResponse, 'A page of contacts; pass nextCursor as cursor for the next'),
        ...errors,
      },
    },
  },
  '/v1/contacts/import': {
    post: {
      summary: 'Import up to 10,000 contacts (JSON or a CSV file), validated row by row',
      description:
        'Valid rows are upserted by number in one transaction; invalid rows are never written and are reported with their row and field. Rows sharing a number are applied in order. The optional consent is recorded for each imported contact with source `import`; an opt-in is skipped, with its reason, for a contact who opted out and for a number on the suppression list.\n\n' +
        'A CSV file (`Content-Type: text/csv`, UTF-8, a header row) takes its column mapping and consent from the query parameters; rows are numbered by their line in the file (the header is line 1) and failures name the column. A header without the mapped columns is 400 and nothing is written.',
      parameters: queryParameters(csvImportQuery),
      requestBody: {
        required: true,
        content: {
          ...body(importBody).content,
          'text/csv': {
            schema: { type: 'string', description: 'A header row, then one contact per row' },
            example: 'phone,name,tags,City\n9811112222,Asha,diwali;vip,Pune\n',
          },
        },
      },
      responses: {
        200: json(importReport, 'What was created, updated and refused'),
        ...errors,
        413: json(errorResponse, 'Body over the import size limit'),
      },
    },
  },
  '/v1/contacts/{id}': {
    get: {
      summary: 'A contact with its current consent per purpose',
      parameters: [idParameter('contact')],
      responses: { 200: json(contactResource, 'The contact'), ...notFound('contact'), ...errors },
    },
    delete: {
      summary: 'Erase a contact (DPDPA): personal data removed, counts kept, audited',
      description:
        "The number becomes erased:<id>; name, tags and attributes are cleared; consent evidence becomes [erased]; message sends, WhatsApp reports and the event log lose the number; calls to the number lose it too, with their callback bodies and recordings. The number goes on the suppression list: importing it again creates a new contact that no list can opt in, only the person's own new opt-in. Erasing twice changes nothing (and finishes deleting recordings a store outage left).",
      parameters: [idParameter('contact')],
      responses: {
        200: json(erasureResponse, 'Erased (or erased already)'),
        ...notFound('contact'),
        503: json(errorResponse, 'Erased, but the recordings store did not answer: repeat to delete the recordings'),
        ...errors,
      },
    },
  },
  '/v1/contacts/{id}/timeline': {
    get: {
      summary: "A contact's calls, WhatsApp messages and consent changes, newest first",
      description:
        "Calls to the contact's number, every message sent to them (campaign steps and single messages) and each consent entry, as one list ordered by time, a page at a time. Customer numbers in calls are masked for roles that may not see numbers.",
      parameters: [idParameter('contact'), ...queryParameters(timelineQuery)],
      responses: { 200: json(timelineResponse, 'A page of the timeline'), ...notFound('contact'), ...errors },
    },
  },
  '/v1/contacts/{id}/consents': {
    get: {
      summary: "A contact's consent history, newest first",
      parameters: [idParameter('contact'), ...queryParameters(consentHistoryQuery)],
      responses: { 200: json(consentHistoryResponse, 'Consent entries'), ...notFound('contact'), ...errors },
    },
    post: {
      summary: 'Record a consent entry (an opt-in needs evidence)',
      parameters: [idParameter('contact')],
      requestBody: body(consentBody),
      responses: {
        201: json(consentRecordedResponse, 'Recorded; the current consent'),
        ...notFound('contact'),
        ...conflict(
          'contact_erased: the contact was erased; number_suppressed: the number opted out or was erased and this opt-in carries no evidenceAt after that',
        ),
        ...errors,
      },
    },
  },
  '/v1/templates': {
    post: {
      summary: 'Register a WhatsApp template as Meta approved it',
      description:
        "Components are validated (placeholders {{1}}..{{n}}, button limits). status is Meta's verdict; pending unless given. Only approved templates are sent.",
      requestBody: body(createTemplateBody),
      responses: {
        201: json(templateResource, 'Registered'),
        ...conflict('This name and language are registered already'),
        ...errors,
      },
    },
    get: {
      summary: 'List templates, optionally by status',
      parameters: queryParameters(listTemplatesQuery),
      responses: { 200: json(templateListResponse, 'Templates by name and language'), ...errors },
    },
  },
  '/v1/templates/{id}': {
    get: {
      summary: 'A template with the parameters a mapping must fill',
      parameters: [idParameter('template')],
      responses: { 200: json(templateResource, 'The template'), ...notFound('template'), ...errors },
    },
    patch: {
      summary: "Record Meta's new status (e.g. paused); audited",
      parameters: [idParameter('template')],
      requestBody: body(templateStatusBody),
      responses: { 200: json(templateResource, 'Updated'), ...notFound('template'), ...errors },
    },
  },
  '/v1/templates/{id}/render': {
    post: {
      summary: "Dry run: the components one contact's message would carry with this mapping (nothing is sent)",
      parameters: [idParameter('template')],
      requestBody: body(renderTemplateBody),
      responses: {
        200: json(renderResponse, 'ok with the components, or not sendable with a reason (missing_parameter, ...)'),
        ...notFound('template or contact'),
        ...conflict(
          'contact_erased: the contact was erased; number_suppressed: the number opted out or was erased and this opt-in carries no evidenceAt after that',
        ),
        ...errors,
      },
    },
  },
};
