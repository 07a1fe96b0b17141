// The audit log: who did what to which record, append-only (a trigger refuses updates and
// deletes). Details never hold personal data: an erasure's entry says what was erased, not what it was.
import type { Queryable } from '../lib/db.js';

export interface AuditEntry {
  /** The API key fingerprint (`key:<12 hex>`), or the process that acted (`inbound:whatsapp`). */
  actor: string;
  /** `<subject>.<verb>`, e.g. `contact.erased`, `template.status_changed`. */
  action: string;
  subjectType: 'contact' | 'template' | 'call';
  subjectId: string;
  details?: Record<string, unknown>;
}

export async function writeAudit(client: Queryable, entry: AuditEntry): Promise<void> {
  await client.query(
    `INSERT INTO audit_log (actor, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5)`,
    [entry.actor, entry.action, entry.subjectType, entry.subjectId, JSON.stringify(entry.details ?? {})],
  );
}
