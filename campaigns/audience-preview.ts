// The audience preview: a dry run of a campaign's first step over its audience as it stands now,
// decided by the same pure rule the sender applies (domain/send-decision.ts), so the preview and
// the sending cannot disagree. Writes nothing. Later steps depend on what recipients do with the
// first message, so they are not previewed.
import type pg from 'pg';
import { audienceQuery } from '../contacts/audience.js';
import { templateById } from '../contacts/templates.js';
import { type SkipReason, skipReasons } from '../domain/campaign-rules.js';
import { effectiveCap } from '../domain/frequency-cap.js';
import { decideChunk, templateBlocker } from '../domain/send-decision.js';
import type { CampaignDefinition } from './definition.js';
import { chunkFacts } from './send-page.js';

export interface AudiencePreview {
  /** Contacts the audience selects now (erased ones left out). */
  recipients: number;
  /** Of those, how many the first step would send to now. */
  send: number;
  /** How many it would skip, by reason (every reason present, zero or not). */
  skipped: Record<SkipReason, number>;
  /** Why the first step could not send at all (its template was unapproved or changed), else null. */
  blocked: string | null;
}

/** Contacts read per round: the send-time reads take 1,000 at a time. */
const CHUNK = 1000;

export async function previewAudience(
  pool: pg.Pool,
  definition: Pick<CampaignDefinition, 'audience' | 'steps' | 'limits' | 'sendingNumber'>,
  defaults: { frequencyCap: { perDay: number; perWeek: number } },
): Promise<AudiencePreview> {
  const query = audienceQuery(definition.audience);
  const { rows } = await pool.query<{ id: string }>(query.sql, query.params);
  const skipped = Object.fromEntries(skipReasons.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  const preview: AudiencePreview = { recipients: rows.length, send: 0, skipped, blocked: null };
  const step = definition.steps[0]!;
  const template = await templateById(pool, step.templateId);
  const blocker = templateBlocker(template, step.params);
  if (blocker || !template) return { ...preview, blocked: blocker ?? 'template_not_approved' };
  const frequencyCap = effectiveCap(defaults.frequencyCap, definition.limits.frequencyCap);

  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK).map((row) => ({ contactId: row.id }));
    const decision = decideChunk({
      ...(await chunkFacts(pool, null, 0, chunk)),
      template,
      step: { ...step, condition: 'always' },
      sendingNumber: definition.sendingNumber,
      frequencyCap,
      affordable: Number.MAX_SAFE_INTEGER,
      newId: () => '',
    });
    preview.send += decision.send.length;
    for (const skip of decision.skip) skipped[skip.reason] += 1;
  }
  return preview;
}
