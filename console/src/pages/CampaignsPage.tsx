// Campaigns: every recent campaign with its state and a progress bar, live from the event stream.
import { useEffect, useState } from 'react';
import { api, unwrap } from '../api';
import { campaignProgress, pauseReasonLabel } from '../campaign-format';
import { count, when } from '../format';
import { type LiveStatus, watchCampaigns } from '../live';
import { useCan } from '../session';
import { href } from '../router';
import { CampaignStatusBadge, LiveLabel, LoadError, TableHead } from '../ui';
import { useResource } from '../use-resource';

export function CampaignsPage() {
  const can = useCan();
  const campaigns = useResource(
    async () => unwrap(await api.GET('/v1/campaigns', { params: { query: { limit: 50 } } })).campaigns,
    [],
  );
  const [live, setLive] = useState<LiveStatus>('connecting');
  useEffect(() => watchCampaigns(() => void campaigns.reload(), setLive), [campaigns.reload]);

  return (
    <>
      <h1>
        Campaigns <LiveLabel status={live} />
      </h1>
      {can('marketer') && (
        <p>
          <a className="button" href={href({ page: 'campaign-new' })}>
            New campaign
          </a>
        </p>
      )}
      <section className="card" aria-labelledby="campaigns-heading">
        <h2 id="campaigns-heading">Recent campaigns</h2>
        <LoadError what="campaigns" error={campaigns.error} />
        {campaigns.data?.length === 0 && <p className="hint">No campaigns yet.</p>}
        {campaigns.data && campaigns.data.length > 0 && (
          <table className="campaigns">
            <TableHead columns={['Campaign', 'State', 'Progress', 'Recipients', 'Created']} />
            <tbody>
              {campaigns.data.map((campaign) => {
                const progress = campaignProgress(campaign);
                return (
                  <tr key={campaign.id} data-campaign={campaign.id}>
                    <td data-label="Campaign">
                      <a href={href({ page: 'campaign', id: campaign.id })}>{campaign.name}</a>
                    </td>
                    <td data-label="State">
                      <CampaignStatusBadge status={campaign.status} />
                      {campaign.pauseReason && (
                        <span className="hint"> {pauseReasonLabel[campaign.pauseReason] ?? campaign.pauseReason}</span>
                      )}
                    </td>
                    <td data-label="Progress">
                      <progress
                        max={100}
                        value={progress}
                        aria-label={`Progress of ${campaign.name}: ${progress}%`}
                        data-testid="campaign-progress"
                      />{' '}
                      {progress}%
                    </td>
                    <td data-label="Recipients">
                      {campaign.recipientCount === null ? '—' : count(campaign.recipientCount)}
                    </td>
                    <td data-label="Created">{when(campaign.createdAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
