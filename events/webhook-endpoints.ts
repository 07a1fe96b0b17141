// The CRM's webhook endpoints: created with a fresh secret, listed, changed, rotated (the
// previous secret keeps signing for an overlap period), deleted; the attempt log; resends.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Row } from '../generated/db-rows.js';
import { newWebhookSecret } from './signing.js';

type EndpointRow = Row<
  'webhook_endpoints',
  | 'id'
  | 'url'
  | 'description'
  | 'event_types'
  | 'status'
  | 'disabled_reason'
  | 'secret'
  | 'previous_secret_expires_at'
  | 'max_concurrency'
  | 'failing_since'
  | 'created_at'
  | 'updated_at'
>;

const COLUMNS = `id, url, description, event_types, status, disabled_reason, secret, previous_secret_expires_at,
  max_concurrency, failing_since, created_at, updated_at`;

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

/** An endpoint as the API shows it; the secret only when `withSecret` (creation, rotation). */
export function toEndpointResource(row: EndpointRow, withSecret = false) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    status: row.status as 'enabled' | 'disabled',
    disabledReason: row.disabled_reason,
    maxConcurrency: row.max_concurrency,
    failingSince: iso(row.failing_since),
    previousSecretExpiresAt: iso(row.previous_secret_expires_at),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    ...(withSecret ? { secret: row.secret } : {}),
  };
}
export type EndpointResource = ReturnType<typeof toEndpointResource>;

export interface EndpointInput {
  url: string;
  description?: string | null | undefined;
  eventTypes?: string[] | undefined;
  maxConcurrency?: number | undefined;
}

/** A new endpoint receives the events committed from now on. */
export async function createEndpoint(pool: pg.Pool, input: EndpointInput): Promise<EndpointResource> {
  const { rows } = await pool.query<EndpointRow>(
    `INSERT INTO webhook_endpoints (id, url, description, event_types, secret, max_concurrency, cursor_event_id)
     VALUES ($1, $2, $3, $4, $5, $6, (SELECT COALESCE(max(id), 0) FROM events))
     RETURNING ${COLUMNS}`,
    [
      randomUUID(),
      input.url,
      input.description ?? null,
      input.eventTypes ?? [],
      newWebhookSecret(),
      input.maxConcurrency ?? 16,
    ],
  );
  return toEndpointResource(rows[0]!, true);
}

export async function listEndpoints(pool: pg.Pool): Promise<EndpointResource[]> {
  const { rows } = await pool.query<EndpointRow>(`SELECT ${COLUMNS} FROM webhook_endpoints ORDER BY created_at`);
  return rows.map((row) => toEndpointResource(row));
}

export async function findEndpoint(pool: pg.Pool, id: string): Promise<EndpointResource | null> {
  const { rows } = await pool.query<EndpointRow>(`SELECT ${COLUMNS} FROM webhook_endpoints WHERE id = $1`, [id]);
  return rows[0] ? toEndpointResource(rows[0]) : null;
}

export interface EndpointPatch extends Partial<EndpointInput> {
  /** Re-enabling forgets the failures that disabled it. */
  status?: 'enabled' | 'disabled' | undefined;
  /** A new secret; the current one keeps signing for this many seconds. */
  rotateSecret?: { overlapSeconds: number } | undefined;
}

export async function updateEndpoint(
  pool: pg.Pool,
  id: string,
  patch: EndpointPatch,
): Promise<EndpointResource | null> {
  const rotate = patch.rotateSecret;
  const { rows } = await pool.query<EndpointRow>(
    `UPDATE webhook_endpoints SET
       url = COALESCE($2, url),
       description = CASE WHEN $3 THEN $4 ELSE description END,
       event_types = COALESCE($5, event_types),
       max_concurrency = COALESCE($6, max_concurrency),
       status = COALESCE($7, status),
       disabled_reason = CASE WHEN $7 IS NULL THEN disabled_reason WHEN $7 = 'disabled' THEN 'disabled by operator' END,
       failing_since = CASE WHEN $7 = 'enabled' THEN NULL ELSE failing_since END,
       consecutive_failures = CASE WHEN $7 = 'enabled' THEN 0 ELSE consecutive_failures END,
       paused_until = CASE WHEN $7 = 'enabled' THEN NULL ELSE paused_until END,
       previous_secret = CASE WHEN $8 THEN secret ELSE previous_secret END,
       previous_secret_expires_at = CASE WHEN $8 THEN now() + make_interval(secs => $9) ELSE previous_secret_expires_at END,
       secret = CASE WHEN $8 THEN $10 ELSE secret END,
       updated_at = now()
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [
      id,
      patch.url ?? null,
      patch.description !== undefined,
      patch.description ?? null,
      patch.eventTypes ?? null,
      patch.maxConcurrency ?? null,
      patch.status ?? null,
      rotate !== undefined,
      rotate?.overlapSeconds ?? 0,
      newWebhookSecret(),
    ],
  );
  return rows[0] ? toEndpointResource(rows[0], rotate !== undefined) : null;
}

export async function deleteEndpoint(pool: pg.Pool, id: string): Promise<boolean> {
  const { rowCount } = await pool.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [id]);
  return (rowCount ?? 0) > 0;
}

/** An endpoint's delivery attempts, newest first, a page at a time (`before`: the last id seen). */
export async function listAttempts(
  pool: pg.Pool,
  endpointId: string,
  page: { limit: number; before?: string | undefined },
) {
  const { rows } = await pool.query<
    Row<'webhook_attempts', 'id' | 'event_id' | 'attempt' | 'at' | 'status_code' | 'error' | 'duration_ms'> & {
      type: string;
    }
  >(
    `SELECT a.id, a.event_id, a.attempt, a.at, a.status_code, a.error, a.duration_ms, e.type
     FROM webhook_attempts a JOIN events e ON e.id = a.event_id
     WHERE a.endpoint_id = $1 AND ($2::bigint IS NULL OR a.id < $2) ORDER BY a.id DESC LIMIT $3`,
    [endpointId, page.before ?? null, page.limit],
  );
  return rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    eventType: row.type,
    attempt: row.attempt,
    at: row.at.toISOString(),
    statusCode: row.status_code,
    error: row.error,
    durationMs: row.duration_ms,
    ok: row.status_code !== null && row.status_code >= 200 && row.status_code < 300,
  }));
}

/**
 * Sends an event again to every endpoint that wants it (or one), whatever its earlier outcome.
 * Returns the endpoints it was queued for, or null when the event does not exist (any more).
 */
export async function resendEvent(pool: pg.Pool, eventId: string, endpointId?: string): Promise<string[] | null> {
  const { rows: found } = await pool.query(`SELECT 1 FROM events WHERE id = $1`, [eventId]);
  if (found.length === 0) return null;
  const { rows } = await pool.query<{ endpoint_id: string }>(
    `INSERT INTO webhook_deliveries (endpoint_id, event_id, resource_type, resource_id)
     SELECT ep.id, e.id, e.resource_type, e.resource_id FROM events e, webhook_endpoints ep
     WHERE e.id = $1 AND ($2::uuid IS NULL OR ep.id = $2)
       AND (cardinality(ep.event_types) = 0 OR e.type = ANY(ep.event_types)
            OR split_part(e.type, '.', 1) || '.*' = ANY(ep.event_types))
     RETURNING endpoint_id`,
    [eventId, endpointId ?? null],
  );
  await pool.query(`SELECT pg_notify('events', '')`);
  return rows.map((row) => row.endpoint_id);
}
