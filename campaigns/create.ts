// Creating a campaign: everything a send will need is checked now, not at the 40,000th message:
// each step's template exists and is approved, and its parameter mapping fits the template.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { templateById } from '../contacts/templates.js';
import { type FieldIssue, isSendable, validateParamMapping } from '../domain/templates.js';
import type { CampaignDefinition, CreateCampaignBody } from './definition.js';

export type CreateCampaignResult = { ok: true; id: string } | { ok: false; problems: FieldIssue[] };

export async function createCampaign(
  pool: pg.Pool,
  body: CreateCampaignBody,
  defaults: { sendingNumber: string | undefined },
): Promise<CreateCampaignResult> {
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

  const id = randomUUID();
  const definition: CampaignDefinition = { ...body, sendingNumber };
  await pool.query(
    `INSERT INTO campaigns (id, name, status, definition, sending_number, workflow_id) VALUES ($1, $2, 'draft', $3, $4, $5)`,
    [id, body.name, JSON.stringify(definition), sendingNumber, `campaign-${id}`],
  );
  return { ok: true, id };
}
