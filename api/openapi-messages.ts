// OpenAPI paths of /v1/messages (single WhatsApp messages); api/openapi.ts merges them.
import { errorResponse } from './schemas.js';
import { createMessageBody, messageResource } from './message-schemas.js';
import { body, errors, idParameter, json, notFound } from './openapi-parts.js';

export const messagePaths = {
  '/v1/messages': {
    post: {
      summary: 'Send one template message to one contact (an appointment reminder, a follow-up)',
      description:
        'Consent is checked now and again at send time: marketing templates need a marketing opt-in; utility and authentication templates need a transactional (or marketing) opt-in and never reach someone who opted out. ' +
        "Credits are held now and charged once Exotel takes the message; the sending number's pace is shared with running campaigns. Marketing templates wait for the allowed hours. " +
        'With an `Idempotency-Key`, a repeat of the same request answers 200 with the same message; the same key with another body is 409 naming the fields that differ.',
      parameters: [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'One message per key, ever (1-128 letters, digits or . _ : -)',
          schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
        },
      ],
      requestBody: body(createMessageBody),
      responses: {
        202: json(messageResource, 'Accepted: its workflow sends it once'),
        200: json(messageResource, 'This Idempotency-Key has a message already, for the same request: that message'),
        402: json(errorResponse, 'The balance cannot cover the message (insufficient_credits); nothing written'),
        409: json(
          errorResponse,
          'idempotency_key_reused: the key was used with another request (`error.fields` names what differs); no_sending_number',
        ),
        422: json(
          errorResponse,
          'Refused, nothing written; the code says why: no_consent, opted_out, erased, template_not_approved, template_mismatch, missing_parameter, invalid_parameter, contact_not_found',
        ),
        ...errors,
      },
    },
  },
  '/v1/messages/{id}': {
    get: {
      summary:
        "A message (single or a campaign's) with its status timeline: sent, delivered, read, failed (code), replied",
      parameters: [idParameter('message')],
      responses: { 200: json(messageResource, 'The message'), ...notFound('message'), ...errors },
    },
  },
};
