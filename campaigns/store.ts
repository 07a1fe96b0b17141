// The campaign tables as the sending activities use them: plain SQL on the pool, one statement
// per chunk of recipients. Every send decision is a row in message_sends keyed by (campaign,
// contact, step), inserted with ON CONFLICT DO NOTHING: a retried or restarted page finds the
// rows of what it already decided and never sends those again.
import type pg from 'pg';
import type { PreviousSend, SkipReason } from '../domain/campaign-rules.js';
import type { RecentSends } from '../domain/frequency-cap.js';
import type { CampaignDefinition } from './definition.js';
import { campaignStatusEvent } from '../domain/events.js';
import { appendEvents } from '../events/emit.js';
import { campaignEvent, type CampaignEventRow } from '../events/resources.js';
import { inTransaction } from '../lib/db.js';

export type CampaignStatus = 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';

export interface CampaignRow {
  id: string;
  name: string;
  status: CampaignStatus;
  pauseReason: string | null;
  definition: CampaignDefinition;
  sendingNumber: string;
  recipientCount: number | null;
  workflowId: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const CAMPAIGN_COLUMNS = `id, name, status, pause_reason AS "pauseReason", definition, sending_number AS "sendingNumber",
  recipient_count AS "recipientCount", workflow_id AS "workflowId", created_at AS "createdAt",
  started_at AS "startedAt", finished_at AS "finishedAt"`;

/** The campaign, or null when there is none with this ID. */
export async function findCampaign(pool: pg.Pool, id: string): Promise<CampaignRow | null> {
  const { rows } = await pool.query<CampaignRow>(`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function loadCampaign(pool: pg.Pool, id: string): Promise<CampaignRow> {
  const campaign = await findCampaign(pool, id);
  if (!campaign) throw new Error(`No campaign ${id}`);
  return campaign;
}

/** Newest first, optionally of one status. */
export async function listCampaigns(
  pool: pg.Pool,
  filter: { status?: CampaignStatus | undefined; limit: number },
): Promise<CampaignRow[]> {
  const { rows } = await pool.query<CampaignRow>(
    `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at DESC LIMIT $2`,
    [filter.status ?? null, filter.limit],
  );
  return rows;
}

/** Just the status: checked before every request, so a pause takes effect at once. */
export async function campaignStatus(pool: pg.Pool, id: string): Promise<CampaignStatus | null> {
  const { rows } = await pool.query<{ status: CampaignStatus }>(`SELECT status FROM campaigns WHERE id = $1`, [id]);
  return rows[0]?.status ?? null;
}

export async function setCampaignStatus(
  pool: pg.Pool,
  id: string,
  status: CampaignStatus,
  pauseReason: string | null = null,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    const before = await client.query<{ status: string }>(`SELECT status FROM campaigns WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    const { rows } = await client.query<CampaignEventRow>(
      `UPDATE campaigns SET status = $2, pause_reason = $3, updated_at = now(),
              started_at = CASE WHEN $2 = 'running' THEN COALESCE(started_at, now()) ELSE started_at END,
              finished_at = CASE WHEN $2 IN ('completed', 'cancelled') THEN now() ELSE finished_at END
       WHERE id = $1
       RETURNING id, name, status, pause_reason, workflow_id, sending_number, recipient_count, created_at, started_at, finished_at`,
      [id, status, pauseReason],
    );
    // The event log hears of a real change only (a retried activity writes the same status again).
    const type = rows[0] ? campaignStatusEvent(before.rows[0]?.status ?? null, status) : null;
    if (type) await appendEvents(client, [campaignEvent(type, rows[0]!)]);
  });
}

/** A draft whose workflow has begun shows as scheduled; any status the workflow wrote since is kept. */
export async function markStarted(pool: pg.Pool, id: string): Promise<void> {
  await pool.query(
    `UPDATE campaigns SET status = 'scheduled', updated_at = now()
     WHERE id = $1 AND status = 'draft'`,
    [id],
  );
}

/** Fixes the audience: numbers each matching contact, once. Returns how many there are. */
export async function snapshotAudience(
  pool: pg.Pool,
  campaignId: string,
  audience: { sql: string; params: unknown[] },
): Promise<number> {
  const offset = audience.params.length;
  await pool.query(
    `INSERT INTO campaign_recipients (campaign_id, seq, contact_id)
     SELECT $${offset + 1}::uuid, row_number() OVER (ORDER BY id), id FROM (${audience.sql}) AS audience(id)
     ON CONFLICT DO NOTHING`,
    [...audience.params, campaignId],
  );
  const { rows } = await pool.query<{ count: number }>(
    `UPDATE campaigns SET recipient_count = (SELECT count(*) FROM campaign_recipients WHERE campaign_id = $1), updated_at = now()
     WHERE id = $1 RETURNING recipient_count AS count`,
    [campaignId],
  );
  return rows[0]!.count;
}

export interface Recipient {
  seq: number;
  contactId: string;
}

export async function recipientsAfter(
  pool: pg.Pool,
  campaignId: string,
  afterSeq: number,
  limit: number,
): Promise<Recipient[]> {
  const { rows } = await pool.query<{ seq: number; contact_id: string }>(
    `SELECT seq, contact_id FROM campaign_recipients WHERE campaign_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [campaignId, afterSeq, limit],
  );
  return rows.map((row) => ({ seq: row.seq, contactId: row.contact_id }));
}

/** Contacts of this step that already have a send decision (sent, skipped, failed or pending). */
export async function decidedContacts(
  pool: pg.Pool,
  campaignId: string,
  step: number,
  contactIds: string[],
): Promise<Set<string>> {
  const { rows } = await pool.query<{ contact_id: string }>(
    `SELECT contact_id FROM message_sends WHERE campaign_id = $1 AND step = $2 AND contact_id = ANY($3::uuid[])`,
    [campaignId, step, contactIds],
  );
  return new Set(rows.map((row) => row.contact_id));
}

/** What each contact did with the previous step's message, read from the delivery reports. */
export async function previousSends(
  pool: pg.Pool,
  campaignId: string,
  step: number,
  contactIds: string[],
): Promise<Map<string, PreviousSend>> {
  const { rows } = await pool.query<{ contact_id: string; state: string; status: string | null; replied: boolean }>(
    `SELECT contact_id, state, status, replied_at IS NOT NULL AS replied FROM message_sends
     WHERE campaign_id = $1 AND step = $2 AND contact_id = ANY($3::uuid[])`,
    [campaignId, step, contactIds],
  );
  return new Map(
    rows.map((row) => [
      row.contact_id,
      {
        accepted: row.state === 'accepted' || row.state === 'pending' || row.state === 'unknown',
        delivered: row.status === 'delivered' || row.status === 'read',
        read: row.status === 'read',
        replied: row.replied,
      },
    ]),
  );
}

export async function recordSkips(
  pool: pg.Pool,
  campaignId: string,
  step: number,
  skips: { id: string; contactId: string; reason: SkipReason }[],
): Promise<void> {
  if (skips.length === 0) return;
  await pool.query(
    `INSERT INTO message_sends (id, campaign_id, step, contact_id, state, skip_reason)
     SELECT id, $1, $2, contact_id, 'skipped', reason FROM unnest($3::uuid[], $4::uuid[], $5::text[]) AS t(id, contact_id, reason)
     ON CONFLICT (campaign_id, contact_id, step) DO NOTHING`,
    [campaignId, step, skips.map((s) => s.id), skips.map((s) => s.contactId), skips.map((s) => s.reason)],
  );
}

/**
 * Records the sends about to be made, before the provider is called. Returns the IDs actually
 * inserted: a contact with a row already (an earlier attempt) is not sent again.
 */
export async function recordPending(
  pool: pg.Pool,
  campaignId: string,
  step: number,
  holdId: string,
  sends: { id: string; contactId: string; to: string }[],
): Promise<Set<string>> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO message_sends (id, campaign_id, step, contact_id, phone, state, hold_id)
     SELECT id, $1, $2, contact_id, phone, 'pending', $3 FROM unnest($4::uuid[], $5::uuid[], $6::text[]) AS t(id, contact_id, phone)
     ON CONFLICT (campaign_id, contact_id, step) DO NOTHING
     RETURNING id`,
    [campaignId, step, holdId, sends.map((s) => s.id), sends.map((s) => s.contactId), sends.map((s) => s.to)],
  );
  return new Set(rows.map((row) => row.id));
}

/** Provably not sent (the request was refused whole): forget the rows so a retry may send. */
export async function forgetPending(pool: pg.Pool, ids: string[]): Promise<void> {
  await pool.query(`DELETE FROM message_sends WHERE id = ANY($1::uuid[]) AND state = 'pending'`, [ids]);
}

export type SendOutcome =
  { id: string; ok: true; sid: string } | { id: string; ok: false; code: number; detail: string };

/**
 * The provider's answer per message. A delivery report that got there first is kept. The rows are
 * locked in ID order first, the order the report applier locks them in (messages/delivery-reports.ts):
 * an UPDATE joined to a list locks in whatever order its plan visits rows, and a page's rows
 * against an applier's batch could deadlock.
 */
export async function recordOutcomes(pool: pg.Pool, outcomes: SendOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  await inTransaction(pool, async (client) => {
    await client.query(`SELECT 1 FROM message_sends WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      outcomes.map((o) => o.id),
    ]);
    await client.query(
      `UPDATE message_sends AS m SET
       provider_sid = COALESCE(m.provider_sid, t.sid),
       sent_at = COALESCE(m.sent_at, now()),
       state = CASE WHEN m.state IN ('pending', 'unknown') THEN t.state ELSE m.state END,
       status = CASE WHEN t.state = 'failed' AND m.status IS NULL THEN 'failed' ELSE m.status END,
       error_code = CASE WHEN t.state = 'failed' THEN COALESCE(m.error_code, t.code) ELSE m.error_code END,
       error_detail = CASE WHEN t.state = 'failed' THEN COALESCE(m.error_detail, t.detail) ELSE m.error_detail END,
       failed_at = CASE WHEN t.state = 'failed' THEN COALESCE(m.failed_at, now()) ELSE m.failed_at END
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[]) AS t(id, sid, state, code, detail)
     WHERE m.id = t.id`,
      [
        outcomes.map((o) => o.id),
        outcomes.map((o) => (o.ok ? o.sid : null)),
        outcomes.map((o) => (o.ok ? 'accepted' : 'failed')),
        outcomes.map((o) => (o.ok ? null : o.code)),
        outcomes.map((o) => (o.ok ? null : o.detail)),
      ],
    );
  });
}

/**
 * Messages charged to a credit hold: accepted, or possibly sent (an answer that was lost).
 * Counted from the rows, so a page retried after a crash charges its earlier attempt's sends too.
 */
export async function billableSends(pool: pg.Pool, holdId: string): Promise<number> {
  const { rows } = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM message_sends WHERE hold_id = $1 AND state IN ('accepted', 'pending', 'unknown')`,
    [holdId],
  );
  return rows[0]!.count;
}

/** Failures among the campaign's latest provider answers, for the error-spike rule. */
export async function latestAnswers(
  pool: pg.Pool,
  campaignId: string,
  window: number,
): Promise<{ failed: number; total: number }> {
  const { rows } = await pool.query<{ failed: number; total: number }>(
    `SELECT count(*) FILTER (WHERE state = 'failed')::int AS failed, count(*)::int AS total FROM (
       SELECT state FROM message_sends WHERE campaign_id = $1 AND sent_at IS NOT NULL
       ORDER BY sent_at DESC LIMIT $2) AS latest
     WHERE state IN ('accepted', 'failed')`,
    [campaignId, window],
  );
  return rows[0]!;
}

/**
 * Ends the wait for answers that were lost: sends still pending this long after they were
 * recorded had neither an answer nor a delivery report, and are marked unknown (never resent).
 * Returns how many sends of the campaign are still pending.
 */
export async function settlePendingSends(pool: pg.Pool, campaignId: string, olderThanSec: number): Promise<number> {
  await pool.query(
    `UPDATE message_sends SET state = 'unknown'
     WHERE campaign_id = $1 AND state = 'pending' AND created_at < now() - make_interval(secs => $2)`,
    [campaignId, olderThanSec],
  );
  const { rows } = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM message_sends WHERE campaign_id = $1 AND state = 'pending'`,
    [campaignId],
  );
  return rows[0]!.count;
}

/** How many recipients of a step have a decision: all of them when the step is done. */
export async function decidedCount(pool: pg.Pool, campaignId: string, step: number): Promise<number> {
  const { rows } = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM message_sends WHERE campaign_id = $1 AND step = $2`,
    [campaignId, step],
  );
  return rows[0]!.count;
}

/**
 * Campaign messages each contact was sent, or possibly sent, in the last 24 hours and 7 days
 * (any campaign, this one's earlier steps included), for the frequency cap. Contacts without any
 * are left out.
 */
export async function recentSends(pool: pg.Pool, contactIds: string[]): Promise<Map<string, RecentSends>> {
  if (contactIds.length === 0) return new Map();
  const { rows } = await pool.query<{ contact_id: string; last_day: number; last_week: number }>(
    `SELECT contact_id, count(*) FILTER (WHERE created_at > now() - interval '1 day')::int AS last_day,
            count(*)::int AS last_week
     FROM message_sends
     WHERE contact_id = ANY($1::uuid[]) AND campaign_id IS NOT NULL
       AND state IN ('accepted', 'pending', 'unknown') AND created_at > now() - interval '7 days'
     GROUP BY contact_id`,
    [contactIds],
  );
  return new Map(rows.map((row) => [row.contact_id, { lastDay: row.last_day, lastWeek: row.last_week }]));
}
