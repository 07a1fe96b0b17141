// A campaign's funnel per step, counted from its send records: targeted, skipped by reason, sent,
// delivered, read, replied, failed by Exotel code, and what is still waiting for an answer.
import type pg from 'pg';

export interface StepFunnel {
  /** 1-based, as people count steps. */
  step: number;
  targeted: number;
  /** Recipients with a decision so far (equals targeted when the step is done). */
  decided: number;
  sent: number;
  delivered: number;
  read: number;
  replied: number;
  /** Sent, answer lost, awaiting a delivery report. */
  pending: number;
  /** The answer was lost and no report came: never resent. */
  unknown: number;
  skipped: Record<string, number>;
  failed: Record<string, number>;
}

export async function campaignFunnel(
  pool: pg.Pool,
  campaignId: string,
  steps: number,
  targeted: number,
): Promise<StepFunnel[]> {
  const [totals, skips, failures] = await Promise.all([
    pool.query<{
      step: number;
      decided: number;
      sent: number;
      delivered: number;
      read: number;
      replied: number;
      pending: number;
      unknown: number;
    }>(
      `SELECT step, count(*)::int AS decided,
              count(*) FILTER (WHERE state = 'accepted')::int AS sent,
              count(*) FILTER (WHERE status IN ('delivered', 'read'))::int AS delivered,
              count(*) FILTER (WHERE status = 'read')::int AS read,
              count(*) FILTER (WHERE replied_at IS NOT NULL)::int AS replied,
              count(*) FILTER (WHERE state = 'pending')::int AS pending,
              count(*) FILTER (WHERE state = 'unknown')::int AS unknown
       FROM message_sends WHERE campaign_id = $1 GROUP BY step`,
      [campaignId],
    ),
    pool.query<{ step: number; reason: string; count: number }>(
      `SELECT step, skip_reason AS reason, count(*)::int AS count FROM message_sends
       WHERE campaign_id = $1 AND state = 'skipped' GROUP BY step, skip_reason`,
      [campaignId],
    ),
    pool.query<{ step: number; code: number | null; count: number }>(
      `SELECT step, error_code AS code, count(*)::int AS count FROM message_sends
       WHERE campaign_id = $1 AND (state = 'failed' OR status = 'failed') GROUP BY step, error_code`,
      [campaignId],
    ),
  ]);
  return Array.from({ length: steps }, (_, step): StepFunnel => {
    const total = totals.rows.find((row) => row.step === step);
    return {
      step: step + 1,
      targeted,
      decided: total?.decided ?? 0,
      sent: total?.sent ?? 0,
      delivered: total?.delivered ?? 0,
      read: total?.read ?? 0,
      replied: total?.replied ?? 0,
      pending: total?.pending ?? 0,
      unknown: total?.unknown ?? 0,
      skipped: Object.fromEntries(skips.rows.filter((row) => row.step === step).map((row) => [row.reason, row.count])),
      failed: Object.fromEntries(
        failures.rows.filter((row) => row.step === step).map((row) => [String(row.code ?? 'unknown'), row.count]),
      ),
    };
  });
}
