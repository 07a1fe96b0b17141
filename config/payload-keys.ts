// The keys that encrypt what exoflow stores in Temporal (lib/payload-codec.ts). Configured as
//
//   PAYLOAD_ENCRYPTION_KEYS=2026-12:<base64 of 32 random bytes>,2026-06:<older key>
//   PAYLOAD_ENCRYPTION_KEY_ID=2026-12        (optional: default, the first key listed)
//
// Every listed key decrypts (payloads name their key ID), only the active one encrypts: rotation is
// adding a new key in front and keeping the old ones until every history written with them has
// expired (the namespace's retention). Generate a key with `openssl rand -base64 32`.
import { z } from 'zod';

/** AES-256: a key is 32 bytes. */
export const PAYLOAD_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export interface PayloadKey {
  id: string;
  /** The key as configured (base64), to compare against published sandbox values. */
  encoded: string;
  key: Buffer;
}

/** Parses `kid:base64key,...`; issues name the entry and never the key. */
export const payloadKeyList = z.string().transform((value, ctx): PayloadKey[] => {
  const keys: PayloadKey[] = [];
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .forEach((entry, index) => {
      const where = `entry ${index + 1}`;
      const colon = entry.indexOf(':');
      const id = entry.slice(0, Math.max(colon, 0));
      const encoded = entry.slice(colon + 1);
      const problem =
        colon === -1
          ? 'write keyId:base64key (generate the key with `openssl rand -base64 32`)'
          : !KEY_ID.test(id)
            ? 'the key ID must be 1-64 letters, digits, dot, dash or underscore'
            : keys.some((known) => known.id === id)
              ? `key ID "${id}" is listed twice`
              : !BASE64.test(encoded) || Buffer.from(encoded, 'base64').length !== PAYLOAD_KEY_BYTES
                ? `key "${id}" must be ${PAYLOAD_KEY_BYTES} bytes in base64 (\`openssl rand -base64 32\`)`
                : null;
      if (problem) ctx.addIssue({ code: 'custom', message: `${where}: ${problem}` });
      else keys.push({ id, encoded, key: Buffer.from(encoded, 'base64') });
    });
  if (keys.length === 0 && value.trim() !== '')
    ctx.addIssue({ code: 'custom', message: 'list at least one keyId:base64key' });
  return keys;
});

export const payloadKeyId = z.string().regex(KEY_ID, 'must be 1-64 letters, digits, dot, dash or underscore');

/** Every key by ID, and the one that encrypts. */
export interface PayloadKeyRing {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export interface PayloadKeySettings {
  PAYLOAD_ENCRYPTION_KEYS?: PayloadKey[] | undefined;
  PAYLOAD_ENCRYPTION_KEY_ID?: string | undefined;
}

/** The configured key ring, or null when no key is configured (payloads then stay in clear). */
export function payloadKeyRing(env: PayloadKeySettings): PayloadKeyRing | null {
  const listed = env.PAYLOAD_ENCRYPTION_KEYS ?? [];
  if (listed.length === 0) return null;
  return {
    activeKeyId: env.PAYLOAD_ENCRYPTION_KEY_ID ?? listed[0]!.id,
    keys: new Map(listed.map(({ id, key }) => [id, key])),
  };
}

/** What is inconsistent between the two variables (the active key must be listed). */
export function payloadKeyProblems(env: PayloadKeySettings): { variable: string; message: string }[] {
  const id = env.PAYLOAD_ENCRYPTION_KEY_ID;
  if (id === undefined) return [];
  const listed = env.PAYLOAD_ENCRYPTION_KEYS ?? [];
  if (listed.some((key) => key.id === id)) return [];
  return [
    {
      variable: 'PAYLOAD_ENCRYPTION_KEY_ID',
      message: `names key "${id}", which PAYLOAD_ENCRYPTION_KEYS does not list (it lists ${listed.map((key) => `"${key.id}"`).join(', ') || 'none'})`,
    },
  ];
}

/** The two variables read from an environment on their own (benchmarks and scripts; the processes use loadEnv). */
export function payloadKeySettingsFrom(source: Record<string, string | undefined>): PayloadKeySettings {
  const settings = z
    .object({ PAYLOAD_ENCRYPTION_KEYS: payloadKeyList.optional(), PAYLOAD_ENCRYPTION_KEY_ID: payloadKeyId.optional() })
    .parse({
      PAYLOAD_ENCRYPTION_KEYS: source.PAYLOAD_ENCRYPTION_KEYS || undefined,
      PAYLOAD_ENCRYPTION_KEY_ID: source.PAYLOAD_ENCRYPTION_KEY_ID || undefined,
    });
  const problems = payloadKeyProblems(settings);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.variable}: ${p.message}`).join('; '));
  return settings;
}
