// Creating a campaign, and changing a draft: everything a send will need is checked now, not at
// the 40,000th message: each step's template exists and is approved, and its parameter mapping
// fits the template. A draft may be changed or deleted until it is started.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { templateById } from '../contacts/templates.js';
import { type FieldIssue, isSendable, validateParamMapping } from '../domain/templates.js';
import type { CampaignDefinition, CreateCampaignBody } from './definition.js';

export type CheckedCampaign = { ok: true; definition: CampaignDefinition } | { ok: false; problems: FieldIssue[] };
export type CreateCampaignResult = { ok: true; id: string } | { ok: false; problems: FieldIssue[] };

/** The checks of a campaign body against the templates and the configuration, as create runs them. */
export async function checkCampaign(
  pool: pg.Pool,
  body: CreateCampaignBody,
  defaults: { sendingNumber: string | undefined },
): Promise<CheckedCampaign> {
  const problems: FieldIssue[] = [];
  const sendingNumber = body.sendingNumber ?? defaults.sendingNumber;
  if (!sendingNumber)
    problems.push({ field: 'sendingNumber', message: 'is required (no WHATSAPP_SENDING_NUMBER is configured)' });
  for (const [index, step] of body.steps.entries()) {
    const template = await templateById(pool, step.templateId);
    if (!template) {
      problems.push({ field: `steps.${index}.templateId`, message: 'no such template' });
      continue;
    }
    if (!isSendable(template.status)) {
      problems.push({
        field: `steps.${index}.templateId`,
        message: `template ${template.name} is ${template.status}: only approved templates can be sent`,
      });
    }
    problems.push(...validateParamMapping(template, step.params, `steps.${index}.params.`));
  }
  if (problems.length > 0 || !sendingNumber) return { ok: false, problems };
  return { ok: true, definition: { ...body, sendingNumber } };
}

export async function createCampaign(
  pool: pg.Pool,
  body: CreateCampaignBody,
  defaults: { sendingNumber: string | undefined },
): Promise<CreateCampaignResult> {
  const checked = await checkCampaign(pool, body, defaults);
  if (!checked.ok) return checked;
  const id = randomUUID();
  const { definition } = checked;
  await pool.query(
    `INSERT INTO campaigns (id, name, status, definition, sending_number, workflow_id) VALUES ($1, $2, 'draft', $3, $4, $5)`,
    [id, body.name, JSON.stringify(definition), definition.sendingNumber, `campaign-${id}`],
  );
  return { ok: true, id };
}

/**
 * Replaces a draft's definition. Returns the campaign's status when it is no longer a draft (a
 * started campaign keeps the definition its workflow read), null when there is no such campaign.
 */
export async function updateDraft(
  pool: pg.Pool,
  id: string,
  definition: CampaignDefinition,
): Promise<{ updated: true } | { updated: false; status: string | null }> {
  const { rowCount } = await pool.query(
    `UPDATE campaigns SET name = $2, definition = $3, sending_number = $4, updated_at = now()
     WHERE id = $1 AND status = 'draft' AND recipient_count IS NULL`,
    [id, definition.name, JSON.stringify(definition), definition.sendingNumber],
  );
  if (rowCount) return { updated: true };
  return { updated: false, status: await currentStatus(pool, id) };
}

/** Deletes a draft that never started. Same answers as updateDraft. */
export async function deleteDraft(
  pool: pg.Pool,
  id: string,
): Promise<{ deleted: true } | { deleted: false; status: string | null }> {
  const { rowCount } = await pool.query(
    `DELETE FROM campaigns WHERE id = $1 AND status = 'draft' AND recipient_count IS NULL`,
    [id],
  );
  if (rowCount) return { deleted: true };
  return { deleted: false, status: await currentStatus(pool, id) };
}

async function currentStatus(pool: pg.Pool, id: string): Promise<string | null> {
  const { rows } = await pool.query<{ status: string }>(`SELECT status FROM campaigns WHERE id = $1`, [id]);
  return rows[0]?.status ?? null;
}
