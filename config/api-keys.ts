// API keys and their roles. `API_KEYS` lists `role[+role...]:key` entries, comma-separated:
//
//   API_KEYS=agent:3f9c…,marketer+privacy:8a1e…,viewer:b27d…,admin:c0ff…
//
// A key may hold several roles (`+`, or the same key listed twice). Two older forms still work:
// an entry without roles (`API_KEYS=key`) is an `agent+marketer` key, which is what a key could
// do before roles existed except erasure (now `privacy`) and money (`admin`); and every key in
// `ADMIN_API_KEYS` is an `admin` key.
import { z } from 'zod';

export const apiRoles = ['admin', 'marketer', 'agent', 'viewer', 'privacy'] as const;
export type ApiRole = (typeof apiRoles)[number];

/** What each role is for (the OpenAPI document and the error messages say it). */
export const roleDescriptions: Record<ApiRole, string> = {
  admin: 'everything, including what moves money (top-ups, budgets)',
  marketer: 'contacts, consent, templates and campaigns; reads credits',
  agent: "the CRM's call traffic: start calls, read them, play recordings",
  viewer: 'reads everything except recording audio; changes nothing',
  privacy: 'erasure (contacts, recordings) and consent changes; reads contacts and calls',
};

/** The roles of an entry without any (`API_KEYS=key`, the format before roles). */
export const legacyKeyRoles: readonly ApiRole[] = ['agent', 'marketer'];

export const MIN_API_KEY_LENGTH = 16;

export interface ApiKeyGrant {
  key: string;
  roles: ApiRole[];
}

const isRole = (value: string): value is ApiRole => (apiRoles as readonly string[]).includes(value);

/** Parses `role[+role]:key,...` (or bare keys) into grants; issues name the entry, never the whole key. */
export const apiKeyList = z.string().transform((value, ctx): ApiKeyGrant[] => {
  const grants: ApiKeyGrant[] = [];
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .forEach((entry, index) => {
      const colon = entry.indexOf(':');
      const key = colon === -1 ? entry : entry.slice(colon + 1);
      const roleNames = colon === -1 ? null : entry.slice(0, colon).split('+');
      const where = `entry ${index + 1}`;
      const unknown = roleNames?.filter((role) => !isRole(role)) ?? [];
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${where}: unknown role "${unknown.join('+')}" (write role[+role]:key with roles ${apiRoles.join(', ')})`,
        });
        return;
      }
      if (key.length < MIN_API_KEY_LENGTH) {
        ctx.addIssue({
          code: 'custom',
          message: `${where}: each API key needs at least ${MIN_API_KEY_LENGTH} characters`,
        });
        return;
      }
      grants.push({ key, roles: roleNames ? (roleNames as ApiRole[]) : [...legacyKeyRoles] });
    });
  return grants;
});

/** Every configured key with the union of its roles. */
export function apiKeyRoles(env: { API_KEYS: ApiKeyGrant[]; ADMIN_API_KEYS: string[] }): Map<string, Set<ApiRole>> {
  const roles = new Map<string, Set<ApiRole>>();
  const grant = (key: string, given: readonly ApiRole[]) => {
    const held = roles.get(key) ?? new Set<ApiRole>();
    for (const role of given) held.add(role);
    roles.set(key, held);
  };
  for (const { key, roles: given } of env.API_KEYS) grant(key, given);
  for (const key of env.ADMIN_API_KEYS) grant(key, ['admin']);
  return roles;
}
