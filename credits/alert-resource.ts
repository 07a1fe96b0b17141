// A credit threshold alert as the CRM and ops see it: in GET /v1/credits/alerts' terms, in the
// `credits.threshold_crossed` event and in the alert sink's message.
import { toCredits } from '../domain/credits.js';
import type { Row } from '../lib/db.js';

export type CreditAlertRow = Row<
  'credit_alerts',
  'id' | 'scope_id' | 'threshold_percent' | 'used_milli' | 'limit_milli' | 'created_at'
>;

export function creditAlertResource(row: CreditAlertRow) {
  return {
    id: row.id,
    scope: row.scope_id,
    thresholdPercent: row.threshold_percent,
    usedCredits: toCredits(Number(row.used_milli)),
    grantedCredits: toCredits(Number(row.limit_milli)),
    createdAt: row.created_at.toISOString(),
  };
}
