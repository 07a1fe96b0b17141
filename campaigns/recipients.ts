// A campaign's recipients, one row each in seq order, with what became of every step for them:
// sent and how far it got (delivered, read, replied), failed with Exotel's code, skipped with
// the reason, or still waiting. Paged by seq (the cursor), and as CSV for export.
import { stringify } from 'csv-stringify/sync';
import type pg from 'pg';

export type StepOutcome = 'sent' | 'delivered' | 'read' | 'replied' | 'failed' | 'skipped' | 'pending' | 'unknown';

export interface RecipientStep {
  /** 1-based, as the funnel counts steps. */
  step: number;
  outcome: StepOutcome;
  skipReason: string | null;
  errorCode: number | null;
  /** When the message was sent (null for a skip). */
  sentAt: string | null;
}

export interface RecipientRow {
  seq: number;
  contactId: string;
  /** Null once the contact was erased. */
  phone: string | null;
  name: string | null;
  /** The steps decided for this recipient so far, first step first. */
  steps: RecipientStep[];
}

interface SendRow {
  step: number;
  state: string;
  status: string | null;
  skip_reason: string | null;
  error_code: number | null;
  sent_at: string | null;
  replied: boolean;
}

/** One outcome per send row: the furthest it got. */
export function stepOutcome(row: Pick<SendRow, 'state' | 'status' | 'replied'>): StepOutcome {
  if (row.state === 'skipped') return 'skipped';
  if (row.state === 'failed' || row.status === 'failed') return 'failed';
  if (row.replied) return 'replied';
  if (row.status === 'read' || row.status === 'delivered') return row.status;
  if (row.state === 'pending' || row.state === 'unknown') return row.state;
  return 'sent';
}

export async function listRecipients(
  pool: pg.Pool,
  campaignId: string,
  page: { after: number; limit: number },
): Promise<RecipientRow[]> {
  const { rows } = await pool.query<{
    seq: number;
    contact_id: string;
    phone: string | null;
    name: string | null;
    sends: SendRow[];
  }>(
    `SELECT r.seq, r.contact_id, CASE WHEN c.erased_at IS NULL THEN c.phone END AS phone,
            CASE WHEN c.erased_at IS NULL THEN c.name END AS name,
            COALESCE(json_agg(json_build_object(
              'step', m.step, 'state', m.state, 'status', m.status, 'skip_reason', m.skip_reason,
              'error_code', m.error_code, 'sent_at', m.sent_at, 'replied', m.replied_at IS NOT NULL)
              ORDER BY m.step) FILTER (WHERE m.id IS NOT NULL), '[]') AS sends
     FROM campaign_recipients r
     LEFT JOIN contacts c ON c.id = r.contact_id
     LEFT JOIN message_sends m ON m.campaign_id = r.campaign_id AND m.contact_id = r.contact_id
     WHERE r.campaign_id = $1 AND r.seq > $2
     GROUP BY r.seq, r.contact_id, c.phone, c.name, c.erased_at
     ORDER BY r.seq
     LIMIT $3`,
    [campaignId, page.after, page.limit],
  );
  return rows.map((row) => ({
    seq: row.seq,
    contactId: row.contact_id,
    phone: row.phone,
    name: row.name,
    steps: row.sends.map((send) => ({
      step: send.step + 1,
      outcome: stepOutcome(send),
      skipReason: send.skip_reason,
      errorCode: send.error_code,
      sentAt: send.sent_at === null ? null : new Date(send.sent_at).toISOString(),
    })),
  }));
}

/** The CSV header for a campaign of `steps` steps: the recipient, then outcome, skip reason and error code per step. */
export function recipientsCsvHeader(steps: number): string {
  const columns = ['seq', 'contact_id', 'phone', 'name'];
  for (let step = 1; step <= steps; step++)
    columns.push(`step${step}_outcome`, `step${step}_skip_reason`, `step${step}_error_code`, `step${step}_sent_at`);
  return stringify([columns]);
}

/** CSV lines for a page of recipients (formulas defused: a cell never starts with = + - @). */
export function recipientsCsvRows(rows: readonly RecipientRow[], steps: number): string {
  return stringify(
    rows.map((row) => {
      const cells: (string | number | null)[] = [row.seq, row.contactId, row.phone, defuse(row.name)];
      for (let step = 1; step <= steps; step++) {
        const decided = row.steps.find((entry) => entry.step === step);
        cells.push(decided?.outcome ?? '', decided?.skipReason ?? '', decided?.errorCode ?? '', decided?.sentAt ?? '');
      }
      return cells;
    }),
  );
}

/** A spreadsheet would run a cell starting with =, +, - or @ as a formula: such names get a leading '. */
const defuse = (value: string | null) => (value && /^[=+\-@]/.test(value) ? `'${value}` : value);
