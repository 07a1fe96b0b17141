// The template registry: WhatsApp templates as Meta approved them (name + language, category,
// status, components), read by campaigns when they are created and before they send. Plain SQL.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { TemplateCategory } from '../domain/consent.js';
import {
  type TemplateComponents,
  templateComponentsSchema,
  type TemplateRecord,
  type TemplateStatus,
} from '../domain/templates.js';
import { inTransaction, type Narrow, type Queryable, type Row, type Tables } from '../lib/db.js';
import { writeAudit } from './audit.js';

const TEMPLATE_COLUMNS = [
  'id',
  'name',
  'language',
  'category',
  'status',
  'components',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof Tables['whatsapp_templates'])[];
const COLUMNS = TEMPLATE_COLUMNS.join(', ');

/**
 * A template as stored. Status is CHECK-constrained to TemplateStatus; category is validated
 * before it is written. Components stay unknown: toRecord parses them.
 */
type TemplateRow = Narrow<
  Row<'whatsapp_templates', (typeof TEMPLATE_COLUMNS)[number]>,
  { category: TemplateCategory; status: TemplateStatus }
>;

function toRecord(row: TemplateRow): TemplateRecord {
  return {
    id: row.id,
    name: row.name,
    language: row.language,
    category: row.category,
    status: row.status,
    // Stored after validation; parsed again so a hand-edited row fails loudly, not at send time.
    components: templateComponentsSchema.parse(row.components),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function templateById(pool: Queryable, id: string): Promise<TemplateRecord | null> {
  const { rows } = await pool.query<TemplateRow>(`SELECT ${COLUMNS} FROM whatsapp_templates WHERE id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

export interface NewTemplate {
  name: string;
  language: string;
  category: TemplateCategory;
  status: TemplateStatus;
  components: TemplateComponents;
}

/** Registers a template; a name + language registered already is a conflict naming the existing one. */
export async function registerTemplate(
  pool: pg.Pool,
  template: NewTemplate,
  actor: string,
): Promise<{ created: true; template: TemplateRecord } | { created: false; existingId: string }> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<TemplateRow>(
      `INSERT INTO whatsapp_templates (id, name, language, category, status, components)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (name, language) DO NOTHING RETURNING ${COLUMNS}`,
      [
        randomUUID(),
        template.name,
        template.language,
        template.category,
        template.status,
        JSON.stringify(template.components),
      ],
    );
    if (!rows[0]) {
      const existing = await client.query<Row<'whatsapp_templates', 'id'>>(
        `SELECT id FROM whatsapp_templates WHERE name = $1 AND language = $2`,
        [template.name, template.language],
      );
      return { created: false as const, existingId: existing.rows[0]!.id };
    }
    const record = toRecord(rows[0]);
    await writeAudit(client, {
      actor,
      action: 'template.registered',
      subjectType: 'template',
      subjectId: record.id,
      details: { name: record.name, language: record.language, status: record.status },
    });
    return { created: true as const, template: record };
  });
}

export async function listTemplates(
  pool: Queryable,
  filter: { status?: TemplateStatus | undefined; limit: number },
): Promise<TemplateRecord[]> {
  const { rows } = await pool.query<TemplateRow>(
    `SELECT ${COLUMNS} FROM whatsapp_templates WHERE ($1::text IS NULL OR status = $1) ORDER BY name, language LIMIT $2`,
    [filter.status ?? null, filter.limit],
  );
  return rows.map(toRecord);
}

/** Records Meta's new verdict on a template (approved, paused, disabled...), audited. Null when there is no such template. */
export async function setTemplateStatus(
  pool: pg.Pool,
  id: string,
  status: TemplateStatus,
  actor: string,
): Promise<TemplateRecord | null> {
  return inTransaction(pool, async (client) => {
    const before = await client.query<Pick<TemplateRow, 'status'>>(
      `SELECT status FROM whatsapp_templates WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!before.rows[0]) return null;
    const { rows } = await client.query<TemplateRow>(
      `UPDATE whatsapp_templates SET status = $2, updated_at = CURRENT_TIMESTAMP WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, status],
    );
    if (before.rows[0].status !== status) {
      await writeAudit(client, {
        actor,
        action: 'template.status_changed',
        subjectType: 'template',
        subjectId: id,
        details: { from: before.rows[0].status, to: status },
      });
    }
    return toRecord(rows[0]!);
  });
}
