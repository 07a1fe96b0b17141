// A campaign's audience as SQL: the ids of matching contacts that were not erased, in id order,
// for the campaign to snapshot (INSERT INTO campaign_recipients SELECT ... row_number() ...).
// Consent is not part of it: it is checked when each message is sent, so a STOP that arrives
// mid-campaign still counts (the recipient is skipped with a reason).

export interface Audience {
  /** Contacts carrying every one of these tags. */
  tags?: string[] | undefined;
  /** Contacts whose attribute equals the value (compared as text: 5, "5" and true/"true" match alike). */
  attributes?: Record<string, string> | undefined;
  /** Only these contacts. */
  contactIds?: string[] | undefined;
}

/**
 * `SELECT id FROM contacts WHERE ...` for an audience. Parameters are numbered from
 * `firstParam`, so the query can be embedded in a statement that has its own parameters first.
 * Criteria combine with AND; an audience with none selects every contact that was not erased
 * (campaigns/definition.ts's audienceSchema refuses that).
 */
export function audienceQuery(audience: Audience, firstParam = 1): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const where = ['erased_at IS NULL'];
  if (audience.tags && audience.tags.length > 0) where.push(`tags @> ${param(audience.tags)}::text[]`);
  for (const [key, value] of Object.entries(audience.attributes ?? {})) {
    where.push(`attributes ->> ${param(key)}::text = ${param(value)}::text`);
  }
  if (audience.contactIds) where.push(`id = ANY(${param(audience.contactIds)}::uuid[])`);
  return { sql: `SELECT id FROM contacts WHERE ${where.join(' AND ')} ORDER BY id`, params };
}
