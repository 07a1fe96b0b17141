// The suppression list in PostgreSQL (rules in domain/suppression.ts): numbers that opted out or
// were erased, per purpose, stored only as HMAC-SHA256 of the E.164 number keyed by
// SUPPRESSION_PEPPER. A leaked table names nobody: without the pepper, the hashes of India's
// ten-digit numbers cannot be enumerated. The entries outlive the contact's erasure.
import { createHmac } from 'node:crypto';
import type { ConsentPurpose, ConsentSource } from '../domain/consent.js';
import type { Suppression, SuppressionReason } from '../domain/suppression.js';
import type { Narrow, Queryable, Row } from '../lib/db.js';

type SuppressionRow = Narrow<
  Row<'number_suppressions', 'number_hash' | 'purpose' | 'reason' | 'suppressed_at'>,
  { purpose: ConsentPurpose; reason: SuppressionReason }
>;

export class SuppressionList {
  constructor(private readonly pepper: string) {}

  /** The keyed hash a number is listed under (hex). */
  hash(e164: string): string {
    return createHmac('sha256', this.pepper).update(e164).digest('hex');
  }

  /**
   * Puts numbers on the list for these purposes, or renews their entries (now is the new date
   * an opt-in's evidence must follow). An erasure is not downgraded to an opt-out while active.
   */
  async suppress(
    client: Queryable,
    numbers: readonly string[],
    purposes: readonly ConsentPurpose[],
    reason: SuppressionReason,
  ): Promise<void> {
    if (numbers.length === 0 || purposes.length === 0) return;
    // Sorted, so concurrent writers lock entries in one order.
    const hashes = [...new Set(numbers.map((number) => this.hash(number)))].sort();
    await client.query(
      `INSERT INTO number_suppressions AS s (number_hash, purpose, reason)
       SELECT h, p, $3 FROM unnest($1::text[]) AS h, unnest($2::text[]) AS p ORDER BY h, p
       ON CONFLICT (number_hash, purpose) DO UPDATE SET
         reason = CASE WHEN s.lifted_at IS NULL AND s.reason = 'erased' THEN 'erased' ELSE EXCLUDED.reason END,
         suppressed_at = CURRENT_TIMESTAMP, lifted_at = NULL, lifted_by = NULL`,
      [hashes, [...purposes].sort(), reason],
    );
  }

  /** The active suppressions of a purpose, by number (numbers not listed are not suppressed). */
  async active(
    client: Queryable,
    numbers: readonly string[],
    purpose: ConsentPurpose,
  ): Promise<Map<string, Suppression>> {
    if (numbers.length === 0) return new Map();
    const byHash = new Map(numbers.map((number) => [this.hash(number), number]));
    const { rows } = await client.query<SuppressionRow>(
      `SELECT number_hash, purpose, reason, suppressed_at FROM number_suppressions
       WHERE number_hash = ANY($1::text[]) AND purpose = $2 AND lifted_at IS NULL`,
      [[...byHash.keys()], purpose],
    );
    return new Map(
      rows.map((row) => [
        byHash.get(row.number_hash)!,
        { purpose: row.purpose, reason: row.reason, since: row.suppressed_at },
      ]),
    );
  }

  /** Lifts a number's active suppressions of these purposes: the person's own new opt-in. */
  async lift(client: Queryable, number: string, purposes: readonly ConsentPurpose[], by: ConsentSource): Promise<void> {
    await client.query(
      `UPDATE number_suppressions SET lifted_at = CURRENT_TIMESTAMP, lifted_by = $3
       WHERE number_hash = $1 AND purpose = ANY($2::text[]) AND lifted_at IS NULL`,
      [this.hash(number), purposes, by],
    );
  }
}
