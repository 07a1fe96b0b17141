// The suppression list (DPDPA): numbers that opted out or were erased, kept as keyed hashes so
// that neither a later import nor the API can opt the person back in on someone else's word.
// Only a new opt-in from the person lifts it: their own START from that number, or an opt-in
// whose evidence is dated after the suppression. Pure: no I/O, safe anywhere.
import type { ConsentAction, ConsentPurpose, ConsentSource } from './consent.js';

export const suppressionReasons = ['opted_out', 'erased'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

/** An active suppression of one purpose for one number. */
export interface Suppression {
  purpose: ConsentPurpose;
  reason: SuppressionReason;
  /** The latest opt-out or erasure that put (or kept) the number on the list. */
  since: Date;
}

export interface OptInRequest {
  action: ConsentAction;
  source: ConsentSource;
  /** When the person gave the consent the evidence describes (as the request states it). */
  evidenceAt?: Date | undefined;
  /** When the request is judged. */
  now: Date;
}

/** A clock skew allowed for evidenceAt in the future (the CRM's clock against ours). */
export const EVIDENCE_CLOCK_SKEW_MS = 5 * 60_000;

export type SuppressionVerdict =
  | { allowed: true; lifts: boolean }
  | { allowed: false; code: 'number_suppressed'; field: 'evidenceAt' | 'source'; message: string };

const what = (suppression: Suppression) =>
  suppression.reason === 'erased'
    ? `was erased on ${suppression.since.toISOString()}`
    : `opted out of ${suppression.purpose} messages on ${suppression.since.toISOString()}`;

/**
 * Whether an entry may be recorded for a number with this suppression (or none), and whether
 * recording it lifts the suppression. Opt-outs are always recorded. An opt-in is recorded for a
 * suppressed number only when it is the person's own new opt-in: an inbound START from the
 * number, or a web form or API entry whose evidenceAt is after the suppression (and not in the
 * future). An import never is: a list is not the person speaking.
 */
export function judgeOptIn(suppression: Suppression | null, request: OptInRequest): SuppressionVerdict {
  if (request.action === 'opt_out' || suppression === null) return { allowed: true, lifts: false };
  if (request.source === 'inbound_keyword') return { allowed: true, lifts: true };
  if (request.source === 'import')
    return {
      allowed: false,
      code: 'number_suppressed',
      field: 'source',
      message: `this number ${what(suppression)} and is on the suppression list: an import cannot opt it in; only the person's own new opt-in can (an inbound START, or POST /v1/contacts/{id}/consents with evidence and an evidenceAt after that date)`,
    };
  if (request.evidenceAt === undefined)
    return {
      allowed: false,
      code: 'number_suppressed',
      field: 'evidenceAt',
      message: `this number ${what(suppression)} and is on the suppression list: an opt-in needs evidenceAt, when the person gave this new consent, after that date`,
    };
  if (request.evidenceAt.getTime() <= suppression.since.getTime())
    return {
      allowed: false,
      code: 'number_suppressed',
      field: 'evidenceAt',
      message: `this number ${what(suppression)}: evidence from ${request.evidenceAt.toISOString()} predates that and cannot opt it back in`,
    };
  if (request.evidenceAt.getTime() > request.now.getTime() + EVIDENCE_CLOCK_SKEW_MS)
    return {
      allowed: false,
      code: 'number_suppressed',
      field: 'evidenceAt',
      message: `evidenceAt ${request.evidenceAt.toISOString()} is in the future`,
    };
  return { allowed: true, lifts: true };
}

/** The purposes an opt-out or erasure puts on the list: erasure and STOP both; an opt-out of one purpose that one. */
export function purposesSuppressedBy(
  event: { kind: 'erasure' } | { kind: 'opt_out'; purposes: readonly ConsentPurpose[] },
): ConsentPurpose[] {
  return event.kind === 'erasure' ? ['marketing', 'transactional'] : [...event.purposes];
}
