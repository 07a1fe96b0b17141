// Scripting rules: how the next call (or every call to/from a number) plays out. The newest
// matching rule wins as a whole; a rule with `times` is used up after that many calls.
import { z } from 'zod';
import { normalisePhone } from './phone.js';
import { rawAnswerSchema } from './raw-answer.js';

export const outcomeSchema = z.enum([
  'completed',
  /** Leg 1 (agent) answers, leg 2 (customer) does not: */
  'busy',
  'no-answer',
  'failed',
  /** Leg 1 never answers, so leg 2 is never dialled: */
  'agent-busy',
  'agent-no-answer',
  'agent-failed',
]);
export type Outcome = z.infer<typeof outcomeSchema>;

const htmlOrRest = z.enum(['rest', 'html', 'empty']);

/**
 * A failed connect: nothing is created. `{delayMs}` alone means "slow, then success"; `{raw}` is an
 * answer given byte for byte (any status, even 200 carrying a RestException; any headers and body).
 */
export const connectFaultSchema = z.union([
  z.strictObject({
    status: z.number().int().min(400).max(599),
    body: htmlOrRest.optional(),
    delayMs: z.number().int().min(0).optional(),
  }),
  z.strictObject({ hang: z.literal(true) }),
  z.strictObject({ delayMs: z.number().int().min(0) }),
  z.strictObject({ raw: rawAnswerSchema }),
]);
export type ConnectFault = z.infer<typeof connectFaultSchema>;

export const callbackBehaviourSchema = z.strictObject({
  drop: z.boolean().optional(),
  /** Extra delay after the moment the event happens (can reorder events). */
  delayMs: z.number().int().min(0).optional(),
  /** Extra copies delivered after the first one (1 = delivered twice). */
  duplicates: z.number().int().min(0).max(20).optional(),
  contentType: z.enum(['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']).optional(),
});
export type CallbackBehaviour = z.infer<typeof callbackBehaviourSchema>;

export const callScriptSchema = z.strictObject({
  outcome: outcomeSchema.optional(),
  agentRingMs: z.number().int().min(0).optional(),
  customerRingMs: z.number().int().min(0).optional(),
  talkMs: z.number().int().min(0).optional(),
  /** Overrides the durationScale variant for this call. */
  durationScale: z.number().positive().optional(),
  answeredBy: z.enum(['Human', 'Machine', 'NotSure']).optional(),
  callbacks: z
    .strictObject({ answered: callbackBehaviourSchema.optional(), terminal: callbackBehaviourSchema.optional() })
    .optional(),
  /** Consumed one per connect request (to this rule) before a connect succeeds. */
  connectFaults: z.array(connectFaultSchema).optional(),
  /** The call is created and plays out, but the connect response fails, hangs or is slow. */
  createThenFault: connectFaultSchema.optional(),
  /** Forces recording on/off regardless of the Record parameter. */
  record: z.boolean().optional(),
  /** `omit`: no recording even though one was asked for. */
  recording: z.enum(['serve', 'omit']).optional(),
  recordingAvailableAfterMs: z.number().int().min(0).optional(),
});
export type CallScript = z.infer<typeof callScriptSchema>;

/** A rule: which numbers (in any Indian format; no match = any) get which script, how many times (absent = forever). */
export function ruleSchemaOf<M extends z.ZodType, S extends z.ZodType>(match: M, script: S) {
  return z.strictObject({ match: match.optional(), script, times: z.number().int().positive().optional() });
}

export const scriptRuleSchema = ruleSchemaOf(
  z.strictObject({ to: z.string().min(1).optional(), from: z.string().min(1).optional() }),
  callScriptSchema,
);
export type ScriptRule = z.infer<typeof scriptRuleSchema>;

export interface StoredRule {
  id: string;
  rule: ScriptRule;
  callsLeft: number | undefined;
  faultsUsed: number;
}

export const playoutDefaults = {
  outcome: 'completed' as Outcome,
  agentRingMs: 500,
  customerRingMs: 500,
  talkMs: 2_000,
  recordingAvailableAfterMs: 500,
};

export class ScriptBook {
  private rules: StoredRule[] = [];
  private nextId = 1;

  add(input: unknown): StoredRule {
    const rule = scriptRuleSchema.parse(input);
    const stored: StoredRule = { id: `rule-${this.nextId++}`, rule, callsLeft: rule.times, faultsUsed: 0 };
    this.rules.push(stored);
    return stored;
  }

  list(): StoredRule[] {
    return [...this.rules];
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((stored) => stored.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /** The newest live rule matching this call, if any. */
  find(to: string, from: string): StoredRule | undefined {
    const toKey = normalisePhone(to);
    const fromKey = normalisePhone(from);
    for (let index = this.rules.length - 1; index >= 0; index--) {
      const stored = this.rules[index];
      if (!stored || stored.callsLeft === 0) continue;
      const match = stored.rule.match;
      if (match?.to !== undefined && normalisePhone(match.to) !== toKey) continue;
      if (match?.from !== undefined && normalisePhone(match.from) !== fromKey) continue;
      return stored;
    }
    return undefined;
  }

  /** Takes the rule's next connect fault, if it has one left. */
  takeConnectFault(stored: StoredRule): ConnectFault | undefined {
    const fault = stored.rule.script.connectFaults?.[stored.faultsUsed];
    if (fault) stored.faultsUsed++;
    return fault;
  }

  /** Counts one call against the rule's `times`. */
  useForCall(stored: StoredRule): void {
    if (stored.callsLeft !== undefined) stored.callsLeft--;
  }
}
