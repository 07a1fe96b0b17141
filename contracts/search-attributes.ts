// Search attributes ops use to find runs in the Temporal Web UI ("TrackingId = 'lead-42'").
// The dev server registers them at start (scripts/dev.ts); a cluster gets them from
// scripts/register-search-attributes.ts. Safe to import from workflow code.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const TrackingId = defineSearchAttributeKey('TrackingId', SearchAttributeType.KEYWORD);
export const ExotelCallSid = defineSearchAttributeKey('ExotelCallSid', SearchAttributeType.KEYWORD);
export const CallStatus = defineSearchAttributeKey('CallStatus', SearchAttributeType.KEYWORD);
// Campaign runs (workflows/campaign.ts): "CampaignStatus = 'paused'" lists every paused campaign.
export const CampaignName = defineSearchAttributeKey('CampaignName', SearchAttributeType.KEYWORD);
export const CampaignStatus = defineSearchAttributeKey('CampaignStatus', SearchAttributeType.KEYWORD);
export const CampaignPauseReason = defineSearchAttributeKey('CampaignPauseReason', SearchAttributeType.KEYWORD);

/** Every custom search attribute, as `temporal server start-dev --search-attribute` takes them. */
export const searchAttributeDeclarations = [
  TrackingId,
  ExotelCallSid,
  CallStatus,
  CampaignName,
  CampaignStatus,
  CampaignPauseReason,
].map((key) => ({
  name: key.name,
  type: 'Keyword' as const,
}));
