// The OpenAPI paths of the codec endpoint for the Temporal Web UI and CLI (api/routes/codec.ts).
import { body, json } from './openapi-parts.js';
import { codecBody, codecResponse } from './codec-schemas.js';
import { errorResponse } from './schemas.js';

const namespaceHeader = {
  name: 'X-Namespace',
  in: 'header',
  required: false,
  description: 'The Temporal namespace the payloads come from (the Web UI sends it); must be TEMPORAL_NAMESPACE',
  schema: { type: 'string' },
};

const operation = (summary: string, answer: string) => ({
  summary,
  description:
    "Temporal's Codec Server protocol: the Web UI (with its Codec Server setting and \"Include cross-origin credentials\") and `temporal workflow show --codec-endpoint <API>/codec --codec-auth 'Bearer <admin key>'` call it. Browsers from the origins in CODEC_CORS_ORIGINS may call it with the console's session cookie; preflight (OPTIONS) is answered for them.",
  parameters: [namespaceHeader],
  requestBody: body(codecBody),
  responses: {
    200: json(codecResponse, answer),
    400: json(
      errorResponse,
      'Invalid body, a namespace this codec does not serve (X-Namespace), or a payload that cannot be decrypted (unknown key ID, altered): `error.fields` names the payload',
    ),
  },
});

export const codecPaths = {
  '/codec/encode': {
    post: operation(
      'Encrypt payloads with the active payload key, as workers and clients do',
      'The payloads, encrypted (encoding binary/encrypted, the key ID in metadata)',
    ),
  },
  '/codec/decode': {
    post: operation(
      'Decrypt payloads from a Temporal history (payloads never encrypted come back as they are)',
      'The payloads, decrypted',
    ),
  },
};
