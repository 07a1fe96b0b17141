// Who may call what: every route of the API, its methods, and the roles each needs. This one
// table is the API's inventory: api/auth.ts enforces it before any route runs (401, 403, 404,
// 405 with Allow), api/openapi.ts copies it into the document (`x-required-roles`, `security`),
// and test/integration/roles.test.ts walks the document with every role. A route missing here
// answers 404 whatever Express has registered.
import type { ApiRole } from '../config/api-keys.js';

/** Open to anyone (health, the API description). */
export type Access = 'public' | 'webhook' | readonly ApiRole[];
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The roles that may call a route: admin always can. */
const anyOf = (...roles: ApiRole[]): readonly ApiRole[] => ['admin', ...roles];
const adminOnly = anyOf();

const campaignControl = { post: anyOf('marketer') } as const;

export const routeAccess: Record<string, Partial<Record<Method, Access>>> = {
  '/healthz': { get: 'public' },
  '/openapi.json': { get: 'public' },
  // Prometheus scrapes with a viewer key: backlogs and rates, no personal data (numbers masked).
  '/metrics': { get: anyOf('viewer') },
  // Authenticated by the token in their URL, never by an API key.
  '/v1/webhooks/exotel/voice': { post: 'webhook' },
  '/v1/webhooks/exotel/whatsapp': { post: 'webhook' },

  // The console's sign-in trades a key (in the body) for a session cookie; sign-out clears it.
  '/v1/sessions': { post: 'public', delete: 'public' },
  '/v1/sessions/current': { get: anyOf('agent', 'marketer', 'viewer', 'privacy') },

  // The event log is for everyone who reads; webhook endpoints carry signing secrets: admins only.
  '/v1/events': { get: anyOf('agent', 'marketer', 'viewer') },
  '/v1/events/stream': { get: anyOf('agent', 'marketer', 'viewer') },
  '/v1/events/{id}/resend': { post: adminOnly },
  '/v1/webhook-endpoints': { post: adminOnly, get: adminOnly },
  '/v1/webhook-endpoints/{id}': { get: adminOnly, patch: adminOnly, delete: adminOnly },
  '/v1/webhook-endpoints/{id}/attempts': { get: adminOnly },

  '/v1/calls': { post: anyOf('agent'), get: anyOf('agent', 'viewer', 'privacy') },
  // A CRM's backend trades its key for a browser token scoped to one agent (browserTokenRoutes).
  '/v1/browser-tokens': { post: anyOf('agent') },
  '/v1/calls/{id}': { get: anyOf('agent', 'viewer', 'privacy') },
  '/v1/calls/{id}/events': { get: anyOf('agent', 'viewer') },
  // Playback hands out the audio itself: the agents', not every reader's. Erasure is irreversible.
  '/v1/calls/{id}/recording': { get: anyOf('agent'), delete: anyOf('privacy') },
  '/v1/recordings/erasure': { post: anyOf('privacy') },

  '/v1/credits': { get: anyOf('agent', 'marketer', 'viewer') },
  '/v1/credits/estimate': { post: anyOf('agent', 'marketer') },
  '/v1/credits/top-ups': { post: adminOnly },
  '/v1/credits/ledger': { get: anyOf('marketer', 'viewer') },
  '/v1/credits/budgets': { get: anyOf('marketer', 'viewer') },
  '/v1/credits/budgets/{id}': { put: adminOnly, delete: adminOnly },
  '/v1/credits/alerts': { get: anyOf('marketer', 'viewer') },

  '/v1/contacts': { post: anyOf('marketer'), get: anyOf('marketer', 'viewer', 'privacy') },
  '/v1/contacts/import': { post: anyOf('marketer') },
  '/v1/contacts/{id}': { get: anyOf('marketer', 'viewer', 'privacy'), delete: anyOf('privacy') },
  // A privacy officer records withdrawals of consent (DPDPA) as well as marketers.
  '/v1/contacts/{id}/timeline': { get: anyOf('marketer', 'viewer', 'privacy') },
  '/v1/contacts/{id}/consents': { get: anyOf('marketer', 'viewer', 'privacy'), post: anyOf('marketer', 'privacy') },

  '/v1/templates': { post: anyOf('marketer'), get: anyOf('marketer', 'viewer') },
  '/v1/templates/{id}': { get: anyOf('marketer', 'viewer'), patch: anyOf('marketer') },
  '/v1/templates/{id}/render': { post: anyOf('marketer') },

  '/v1/campaigns': { post: anyOf('marketer'), get: anyOf('marketer', 'viewer') },
  '/v1/campaigns/{id}': { get: anyOf('marketer', 'viewer'), put: anyOf('marketer'), delete: anyOf('marketer') },
  '/v1/campaigns/{id}/start': campaignControl,
  '/v1/campaigns/{id}/pause': campaignControl,
  '/v1/campaigns/{id}/resume': campaignControl,
  '/v1/campaigns/{id}/cancel': campaignControl,
  // The console's campaign pages: audience previews (dry runs), drafts, recipients and their export.
  '/v1/campaigns/preview': { post: anyOf('marketer') },
  '/v1/campaigns/{id}/preview': { get: anyOf('marketer', 'viewer') },
  '/v1/campaigns/{id}/recipients': { get: anyOf('marketer', 'viewer') },
  '/v1/campaigns/{id}/recipients.csv': { get: anyOf('marketer', 'viewer') },

  // The Temporal Web UI's and CLI's codec (api/routes/codec.ts): decrypted payloads carry phone
  // numbers of every call, so operators (admin) only.
  '/codec/encode': { post: adminOnly },
  '/codec/decode': { post: adminOnly },

  // Single WhatsApp messages: agents send reminders and follow-ups, marketers too.
  '/v1/messages': { post: anyOf('agent', 'marketer') },
  '/v1/messages/{id}': { get: anyOf('agent', 'marketer', 'viewer') },
};

/**
 * What a browser token (POST /v1/browser-tokens) may call, besides no other route: start a call
 * for its agent and read that agent's calls and their streams (api/routes/calls.ts checks the agent).
 */
export const browserTokenRoutes: Record<string, readonly Method[]> = {
  '/v1/calls': ['post'],
  '/v1/calls/{id}': ['get'],
  '/v1/calls/{id}/events': ['get'],
};

export interface RouteMatch {
  path: string;
  methods: Partial<Record<Method, Access>>;
}

// Literal paths before parameterised ones (`/v1/contacts/import` before `/v1/contacts/{id}`);
// like Express: case-insensitive, one trailing slash allowed.
const matchers = Object.entries(routeAccess)
  .map(([path, methods]) => ({
    path,
    methods,
    params: (path.match(/\{/g) ?? []).length,
    regex: new RegExp(`^${path.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}/?$`, 'i'),
  }))
  .sort((a, b) => a.params - b.params);

export function matchRoute(requestPath: string): RouteMatch | undefined {
  return matchers.find((matcher) => matcher.regex.test(requestPath));
}

/** The Allow header of a route: its methods, and HEAD where GET is. */
export function allowedMethods(methods: RouteMatch['methods']): string[] {
  const names = Object.keys(methods).map((method) => method.toUpperCase());
  return names.includes('GET') ? [...names, 'HEAD'] : names;
}
