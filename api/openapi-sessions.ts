// The OpenAPI paths of /v1/sessions, the console's sign-in (api/routes/sessions.ts).
import { body, json } from './openapi-parts.js';
import { errorResponse } from './schemas.js';
import { createSessionBody, sessionResource } from './session-schemas.js';

const crossSite = { 403: json(errorResponse, 'cross_site_request: a cookie request from another site') };

export const sessionPaths = {
  '/v1/sessions': {
    post: {
      summary:
        'Sign in: exchange an API key for an httpOnly, SameSite=Strict session cookie (12 h) that the API accepts instead of the key',
      security: [],
      requestBody: body(createSessionBody),
      responses: {
        201: {
          ...json(sessionResource, 'Signed in'),
          headers: { 'Set-Cookie': { schema: { type: 'string' }, description: 'exoflow_session=…; HttpOnly' } },
        },
        400: json(errorResponse, 'Invalid body: `error.fields` names the field'),
        401: json(errorResponse, 'Unknown API key'),
        ...crossSite,
      },
    },
    delete: {
      summary: 'Sign out: the session cookie is cleared and stops working',
      security: [],
      responses: { 204: { description: 'Signed out (also when no session was open)' }, ...crossSite },
    },
  },
  '/v1/sessions/current': {
    get: {
      summary: 'Who is calling: the session or key, whether it is an admin key, and when the session ends',
      responses: {
        200: json(sessionResource, 'The caller'),
        401: json(errorResponse, 'Not signed in and no API key'),
      },
    },
  },
};
