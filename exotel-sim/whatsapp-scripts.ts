// Scripting WhatsApp recipients: how the next message (or every message) to a number plays out.
// As for voice, the newest matching rule wins as a whole and `times` counts messages.
import { z } from 'zod';
import { normalisePhone } from './phone.js';
import { ruleSchemaOf } from './scripts.js';
import { hasOneContent, inboundContentShape, oneContentMessage } from './whatsapp-inbound-content.js';
import { exoFailureCodeSchema } from './whatsapp-variants.js';

export const dlrStepSchema = z.enum(['sent', 'delivered', 'read', 'failed']);
export type DlrStep = z.infer<typeof dlrStepSchema>;

/** Answered as a failure in the send response itself: nothing is sent, no DLR follows. */
export const rejectionSchema = z.union([
  z.enum(['invalid-number', 'template-not-found', 'template-params', 'incapable-recipient']),
  z.strictObject({
    code: z.number().int().min(400).max(499),
    errorCode: z.number().int().optional(),
    message: z.string().min(1),
  }),
]);
export type Rejection = z.infer<typeof rejectionSchema>;

const replySchema = z
  .strictObject({
    afterReadMs: z.number().int().min(0).optional(),
    profileName: z.string().optional(),
    ...inboundContentShape,
  })
  .refine(hasOneContent, oneContentMessage);
export type ScriptedReply = z.infer<typeof replySchema>;

export const whatsappScriptSchema = z.strictObject({
  reject: rejectionSchema.optional(),
  /** How far the ladder goes: `read` (default), `delivered` (never read), `sent` (never delivered). */
  reach: z.enum(['sent', 'delivered', 'read']).optional(),
  /** One failure DLR with this ExoStatus code instead of the ladder. */
  failCode: exoFailureCodeSchema.optional(),
  sentAfterMs: z.number().int().min(0).optional(),
  deliveredAfterMs: z.number().int().min(0).optional(),
  readAfterMs: z.number().int().min(0).optional(),
  /** DLRs that are never posted. */
  drop: z.array(dlrStepSchema).optional(),
  /** Extra copies of every DLR (1 = each posted twice). */
  duplicates: z.number().int().min(0).max(20).optional(),
  /** Post `read` before `delivered` (their timestamps stay true). */
  reorder: z.boolean().optional(),
  /** The recipient answers this long after reading (default 1000 ms). */
  reply: replySchema.optional(),
});
export type WhatsAppScript = z.infer<typeof whatsappScriptSchema>;

/** `times` counts messages to the matching number. */
export const whatsappRuleSchema = ruleSchemaOf(z.strictObject({ to: z.string().min(1) }), whatsappScriptSchema);
export type WhatsAppRule = z.infer<typeof whatsappRuleSchema>;

export interface StoredWhatsAppRule {
  id: string;
  rule: WhatsAppRule;
  messagesLeft: number | undefined;
  /** Canonical form of match.to, computed once: find() runs for every message. */
  toKey: string | undefined;
}

export class WhatsAppScriptBook {
  private rules: StoredWhatsAppRule[] = [];
  private nextId = 1;

  add(input: unknown): StoredWhatsAppRule {
    const rule = whatsappRuleSchema.parse(input);
    const stored = {
      id: `wa-rule-${this.nextId++}`,
      rule,
      messagesLeft: rule.times,
      toKey: rule.match ? normalisePhone(rule.match.to) : undefined,
    };
    this.rules.push(stored);
    return stored;
  }

  list(): StoredWhatsAppRule[] {
    return [...this.rules];
  }

  remove(id: string): boolean {
    const index = this.rules.findIndex((stored) => stored.id === id);
    if (index >= 0) this.rules.splice(index, 1);
    return index >= 0;
  }

  clear(): void {
    this.rules = [];
  }

  /** The newest live rule for this canonical number, counted as used. */
  take(toKey: string): StoredWhatsAppRule | undefined {
    for (let index = this.rules.length - 1; index >= 0; index--) {
      const stored = this.rules[index];
      if (!stored || stored.messagesLeft === 0 || (stored.toKey !== undefined && stored.toKey !== toKey)) continue;
      if (stored.messagesLeft !== undefined) stored.messagesLeft--;
      return stored;
    }
    return undefined;
  }
}
