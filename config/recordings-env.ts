// The variables of recording archival: where the bucket is, how objects are encrypted, and what
// the recording fetcher may reach. A zod shape (not a schema) so config/env.ts can spread it into
// envSchema; `storageEnvSchema` parses it alone (scripts, tests).
import { z } from 'zod';
import { parseAllowedSource, type AllowedSource } from '../domain/recording-sources.js';

const trueOrFalse = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/**
 * Exotel's recording URLs are path-style S3 URLs in its own bucket
 * (https://s3-ap-southeast-1.amazonaws.com/exotelrecordings/<sid>/<CallSid>.mp3); the Mumbai
 * (ap-south-1) host is assumed to follow the same shape.
 */
export const DEFAULT_RECORDING_ALLOWED_HOSTS = [
  's3-ap-southeast-1.amazonaws.com/exotelrecordings/',
  's3.ap-southeast-1.amazonaws.com/exotelrecordings/',
  's3-ap-south-1.amazonaws.com/exotelrecordings/',
  's3.ap-south-1.amazonaws.com/exotelrecordings/',
].join(',');

const allowedSources = z.string().transform((value, ctx): AllowedSource[] => {
  const sources: AllowedSource[] = [];
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    try {
      sources.push(parseAllowedSource(entry));
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (sources.length === 0) ctx.addIssue({ code: 'custom', message: 'needs at least one host[:port][/path]' });
  return sources;
});

const positiveInt = (fallback: number, max: number) => z.coerce.number().int().positive().max(max).default(fallback);

export const storageEnvShape = {
  /** Unset = AWS S3 itself; SeaweedFS in sandbox (`npm start` sets it), e.g. http://127.0.0.1:8333. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3-63 lower-case letters, digits, . and -)')
    .default('exoflow-recordings'),
  /**
   * Where API clients reach the store, when that differs from S3_ENDPOINT (docker-compose: the app
   * talks to http://s3:8333, a CRM cannot): presigned playback URLs are signed for this host.
   */
  S3_PUBLIC_ENDPOINT: z.url().optional(),
  /** Both or neither; unset = the AWS SDK's default chain (instance role, AWS_* variables). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (endpoint/bucket/key); unset = true when S3_ENDPOINT is set (SeaweedFS, MinIO). */
  S3_FORCE_PATH_STYLE: trueOrFalse.optional(),
  /** Server-side encryption requested on every object; checked on read-back. */
  S3_SSE: z.enum(['off', 'AES256', 'aws:kms']).default('AES256'),
  /** With S3_SSE=aws:kms: the KMS key; unset = the account's aws/s3 key. */
  S3_SSE_KMS_KEY_ID: z.string().min(1).optional(),

  /** Where recordings may be fetched from: host[:port][/path-prefix], comma-separated. */
  RECORDING_ALLOWED_HOSTS: allowedSources.prefault(DEFAULT_RECORDING_ALLOWED_HOSTS),
  /** Refuse plain-HTTP recording URLs; false only for the simulator. */
  RECORDING_REQUIRE_HTTPS: trueOrFalse.default(true),
  /** Largest recording archived (256 MiB: four hours of 128 kbit/s MP3). */
  RECORDING_MAX_BYTES: positiveInt(256 * 1024 * 1024, 5 * 1024 ** 3),
  /** Whole download limit, headers to last byte; the archive activity's timeout must be longer. */
  RECORDING_FETCH_TIMEOUT_MS: positiveInt(300_000, 3_600_000),
  /** Lifetime of presigned playback URLs (SigV4 allows at most 7 days). */
  RECORDING_URL_TTL_SEC: positiveInt(900, 604_800),
  /** Recordings of calls older than this many days are deleted; 0 keeps them forever. */
  RECORDING_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
  /**
   * Tell the customer the call is recorded: `on` plays RECORDING_DISCLOSURE_URL to them before the
   * conversation of every recorded call (Exotel's StartPlaybackToNew/StartPlaybackValueNew).
   * Recording without a disclosure must be chosen explicitly with `off`.
   */
  RECORDING_DISCLOSURE: z.enum(['on', 'off']).default('on'),
  /** The disclosure audio (MP3 or WAV, reachable by Exotel); required while RECORDING_DISCLOSURE=on. */
  RECORDING_DISCLOSURE_URL: z.url({ protocol: /^https?$/ }).optional(),
};

export const storageEnvSchema = z.object(storageEnvShape);
export type StorageEnv = z.infer<typeof storageEnvSchema>;
