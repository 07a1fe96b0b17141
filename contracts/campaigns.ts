// The WhatsApp campaign workflow's contract: its ID, updates and query, input and progress, and
// what its activities take and return. Import-safe: the API and the activities import this file,
// never workflows/campaign.ts.
import { ApplicationFailure, defineQuery, defineUpdate } from '@temporalio/workflow';

/** The workflow's type name, as clients start it. */
export const WHATSAPP_CAMPAIGN_WORKFLOW = 'whatsappCampaign';

export const campaignWorkflowId = (campaignId: string) => `campaign-${campaignId}`;

// ---- Messages --------------------------------------------------------------------------------

/** Stops sending after the chunk in flight; resume picks up where it stopped. */
export const pauseUpdate = defineUpdate<CampaignProgress>('pause');
export const resumeUpdate = defineUpdate<CampaignProgress>('resume');
/** Stops for good: recipients not yet sent are not sent. */
export const cancelUpdate = defineUpdate<CampaignProgress>('cancel');
export const progressQuery = defineQuery<CampaignProgress>('progress');

// ---- Updates refused ---------------------------------------------------------------------------

export type CampaignAction = 'pause' | 'resume' | 'cancel';

/**
 * Where a campaign stands, as the updates judge it: the campaigns row's statuses (but draft, which
 * has no workflow), plus `finishing` (every step sent, waiting for the last answers).
 */
export type CampaignState = 'scheduled' | 'running' | 'paused' | 'finishing' | 'completed' | 'cancelled';

/** The states each update applies in; in any other, its validator refuses it (nothing enters the history). */
export const actionAppliesIn: Record<CampaignAction, readonly CampaignState[]> = {
  pause: ['scheduled', 'running'],
  resume: ['paused'],
  cancel: ['scheduled', 'running', 'paused'],
};

/** The failure type of a refused update; its details carry a CampaignUpdateRejection. */
export const CAMPAIGN_UPDATE_REJECTED = 'CampaignUpdateRejected';

export interface CampaignUpdateRejection {
  action: CampaignAction;
  state: CampaignState;
  pauseReason: string | null;
}

/** Thrown by an update's validator: the campaign is not in a state where the change applies. */
export function rejectUpdate(rejection: CampaignUpdateRejection): ApplicationFailure {
  const why = rejection.state === 'paused' && rejection.pauseReason ? ` (${rejection.pauseReason})` : '';
  return ApplicationFailure.create({
    type: CAMPAIGN_UPDATE_REJECTED,
    message: `Cannot ${rejection.action} the campaign: it is ${rejection.state}${why}`,
    details: [rejection],
    nonRetryable: true,
  });
}

/** The rejection an update's failure carries, if a validator refused it. */
export function updateRejection(failure: unknown): (CampaignUpdateRejection & { message: string }) | null {
  if (!(failure instanceof ApplicationFailure) || failure.type !== CAMPAIGN_UPDATE_REJECTED) return null;
  const detail: unknown = failure.details?.[0];
  if (typeof detail !== 'object' || detail === null || !('state' in detail) || !('action' in detail)) return null;
  return { ...(detail as CampaignUpdateRejection), message: failure.message };
}

// ---- Input and state ---------------------------------------------------------------------------

export type CampaignPhase =
  | 'preparing'
  | 'waiting_to_start'
  | 'sending'
  | 'waiting_for_window'
  | 'waiting_for_next_step'
  | 'paused'
  | 'finishing'
  | 'completed'
  | 'cancelled';

export interface CampaignProgress {
  campaignId: string;
  phase: CampaignPhase;
  /** Index of the step being sent (0-based). */
  step: number;
  /** The last recipient seq of this step with a decision. */
  afterSeq: number;
  pauseReason: string | null;
  recipientCount: number | null;
  /** This run and the ones it continued from. */
  counts: PageCounts;
  /** When the workflow next wakes on its own (start time, next window, next step). */
  wakesAt: string | null;
}

export interface CampaignInput {
  campaignId: string;
  /** Set by continue-as-new. */
  carried?: { progress: CampaignProgress; prepared: PreparedCampaign; stepFinishedAt: string | null };
}

// ---- Activity inputs and results ---------------------------------------------------------------

export interface PreparedCampaign {
  /** The campaign's name, for its runs' search attribute (absent in runs prepared before it was added). */
  name?: string;
  recipientCount: number;
  stepDelaysMinutes: number[];
  startAt: string | null;
  window: { start: string; end: string; timezone: string } | null;
  /** How long a send whose answer was lost waits for a delivery report. */
  pendingGraceSec: number;
}

/** Why a campaign paused itself (an operator's pause has reason `paused_by_operator`). */
export type PauseReason =
  'budget_exhausted' | 'error_spike' | 'template_not_approved' | 'template_mismatch' | 'provider_rejected';

export interface SendPageInput {
  campaignId: string;
  step: number;
  /** Recipients after this seq; 0 for the first page. */
  afterSeq: number;
  /** End of the allowed hours the workflow started this page in (ISO); none when any hour is allowed. */
  windowClosesAt: string | null;
}

export interface PageCounts {
  sent: number;
  failed: number;
  skipped: number;
}

export type SendPageResult = { nextSeq: number; counts: PageCounts } & (
  | { outcome: 'progress'; done: boolean }
  /** The allowed hours ended: the workflow waits for the next window. */
  | { outcome: 'window_closed' }
  /** The campaign must pause, for this reason. */
  | { outcome: 'pause'; reason: PauseReason }
  /** An operator paused or cancelled it (the campaigns row says so). */
  | { outcome: 'stopped' }
);
