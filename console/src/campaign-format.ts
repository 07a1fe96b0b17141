// How the campaign pages word and count things: progress, states, skip reasons, outcomes.
import type { Campaign, CampaignStatus } from './api';

/** Share of decisions made, over every recipient of every step (0-100, one decimal). */
export function campaignProgress(campaign: Pick<Campaign, 'recipientCount' | 'funnel' | 'status'>): number {
  if (campaign.status === 'completed') return 100;
  const total = (campaign.recipientCount ?? 0) * campaign.funnel.length;
  if (total === 0) return 0;
  const decided = campaign.funnel.reduce((sum, step) => sum + step.decided, 0);
  return Math.min(100, Math.round((decided / total) * 1000) / 10);
}

export const campaignStatusLabel: Record<CampaignStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  running: 'Running',
  paused: 'Paused',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const skipReasonLabel: Record<string, string> = {
  no_consent: 'No consent',
  opted_out: 'Opted out',
  erased: 'Erased',
  condition_not_met: 'Condition not met',
  missing_parameter: 'Missing parameter',
  invalid_parameter: 'Invalid parameter',
  frequency_cap: 'Frequency cap',
};

export const pauseReasonLabel: Record<string, string> = {
  paused_by_operator: 'Paused by an operator',
  budget_exhausted: 'The budget or the balance ran out',
  error_spike: 'Too many failed sends',
  template_not_approved: 'A template is no longer approved',
  template_mismatch: "A template's parameters changed",
  provider_rejected: 'Exotel refused the request',
};

export const conditionLabel: Record<string, string> = {
  always: 'Everyone',
  not_delivered: 'Not delivered the previous step',
  not_read: 'Did not read the previous step',
  not_replied: 'Did not reply to the previous step',
};
