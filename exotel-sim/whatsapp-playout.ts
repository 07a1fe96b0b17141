// Turns a message's script into its fixed DLR timeline at acceptance: which DLRs exist, when
// each happens (its timestamp), when it is posted (reordering), how many copies, which are dropped.
import type { DlrStep, ScriptedReply, WhatsAppScript } from './whatsapp-scripts.js';
import type { Variants } from './variants.js';

export const stepCodes: Record<Exclude<DlrStep, 'failed'>, number> = { sent: 30001, delivered: 30002, read: 30003 };

export interface PlannedDlr {
  step: DlrStep;
  code: number;
  /** When it happened: the DLR's timestamp. */
  at: number;
  /** When it is posted (differs from `at` when reordered). */
  postAt: number;
  copies: number;
  dropped: boolean;
}

export type MessageFate = 'read' | 'delivered' | 'sent' | 'failed';

export interface MessagePlan {
  fate: MessageFate;
  failCode: number | null;
  dlrs: PlannedDlr[];
  reply: { at: number; reply: ScriptedReply } | undefined;
}

const DEFAULT_REPLY_AFTER_READ_MS = 1_000;

export function planMessage(script: WhatsAppScript, acceptedAt: number, variants: Variants): MessagePlan {
  const sentAt = acceptedAt + (script.sentAfterMs ?? variants.whatsappSentAfterMs);
  const deliveredAt = sentAt + (script.deliveredAfterMs ?? variants.whatsappDeliveredAfterMs);
  const readAt = deliveredAt + (script.readAfterMs ?? variants.whatsappReadAfterMs);
  const copies = 1 + (script.duplicates ?? 0);
  const dropped = new Set(script.drop ?? []);
  const dlr = (step: DlrStep, code: number, at: number): PlannedDlr => ({
    step,
    code,
    at,
    postAt: at,
    copies,
    dropped: dropped.has(step),
  });

  if (script.failCode !== undefined) {
    return {
      fate: 'failed',
      failCode: script.failCode,
      dlrs: [dlr('failed', script.failCode, sentAt)],
      reply: undefined,
    };
  }
  const fate = script.reach ?? 'read';
  const dlrs = [dlr('sent', stepCodes.sent, sentAt)];
  if (fate !== 'sent') dlrs.push(dlr('delivered', stepCodes.delivered, deliveredAt));
  if (fate === 'read') dlrs.push(dlr('read', stepCodes.read, readAt));
  const [, delivered, read] = dlrs;
  if (script.reorder && delivered && read) [delivered.postAt, read.postAt] = [read.postAt, delivered.postAt];
  const reply =
    fate === 'read' && script.reply
      ? { at: readAt + (script.reply.afterReadMs ?? DEFAULT_REPLY_AFTER_READ_MS), reply: script.reply }
      : undefined;
  return { fate, failCode: null, dlrs, reply };
}
