// Overview: the balance (GET /v1/credits), usage per day (the ledger's settlements), the forecast
// in the guide's terms, credit alerts (GET /v1/credits/alerts), and the campaigns running or
// paused with their reason; all live from the event stream.
import { useEffect } from 'react';
import { api, type CampaignSummary, type LedgerEntry, unwrap } from '../api';
import { credits, count, when } from '../format';
import { watchCampaigns, watchCredits } from '../live';
import { useCan } from '../session';
import { dailyUsage, UsageChart } from '../UsageChart';
import { LoadError } from '../ui';
import { useResource } from '../use-resource';

const CHART_DAYS = 14;
const LEDGER_PAGES = 5; // 1,000 settlements at most; campaigns settle per batch

async function settlementsSince(from: Date): Promise<{ entries: LedgerEntry[]; complete: boolean }> {
  const entries: LedgerEntry[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < LEDGER_PAGES; page++) {
    const data = unwrap(
      await api.GET('/v1/credits/ledger', {
        params: { query: { kind: 'settle', from: from.toISOString(), limit: 200, ...(cursor ? { cursor } : {}) } },
      }),
    );
    entries.push(...data.entries);
    if (!data.nextCursor) return { entries, complete: true };
    cursor = data.nextCursor;
  }
  return { entries, complete: false };
}

const pauseReasons: Record<string, string> = {
  paused_by_operator: 'paused by an operator',
  budget_exhausted: 'its budget ran out',
  error_spike: 'too many sends failed',
  template_not_approved: 'a template is no longer approved',
  template_mismatch: "a template does not match Meta's",
  provider_rejected: 'Exotel refused the sends',
};

function ActiveCampaigns() {
  const campaigns = useResource(async () => {
    const [running, paused] = await Promise.all(
      (['running', 'paused'] as const).map(
        async (status) =>
          unwrap(await api.GET('/v1/campaigns', { params: { query: { status, limit: 100 } } })).campaigns,
      ),
    );
    return [...(running ?? []), ...(paused ?? [])] as CampaignSummary[];
  }, []);
  useEffect(() => watchCampaigns(() => void campaigns.reload()), [campaigns.reload]);
  return (
    <section aria-labelledby="campaigns-heading" className="card">
      <h2 id="campaigns-heading">Campaigns running or paused</h2>
      <LoadError what="campaigns" error={campaigns.error} />
      {campaigns.data?.length === 0 && <p className="hint">No campaign is running or paused.</p>}
      {campaigns.data && campaigns.data.length > 0 && (
        <ul className="campaigns" data-testid="active-campaigns">
          {campaigns.data.map((campaign) => (
            <li key={campaign.id}>
              <strong>{campaign.name}</strong>: {campaign.status}
              {campaign.status === 'paused' &&
                ` (${pauseReasons[campaign.pauseReason ?? ''] ?? campaign.pauseReason ?? 'no reason given'})`}
              {campaign.recipientCount !== null && `, ${count(campaign.recipientCount)} recipients`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OverviewPage() {
  const can = useCan();
  const summary = useResource(async () => unwrap(await api.GET('/v1/credits')), []);
  // Alerts are readable by marketers and viewers (api/access.ts); agents see the balance only.
  const alerts = useResource(
    async () => (can('marketer', 'viewer') ? unwrap(await api.GET('/v1/credits/alerts')).alerts : []),
    [],
  );
  const usage = useResource(async () => {
    const now = new Date();
    const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (CHART_DAYS - 1));
    if (!can('marketer', 'viewer')) return undefined; // the ledger is for marketers and viewers
    const { entries, complete } = await settlementsSince(from);
    return { days: dailyUsage(entries, CHART_DAYS, now), complete };
  }, []);

  useEffect(
    () =>
      watchCredits(() => {
        void summary.reload();
        void alerts.reload();
        void usage.reload();
      }),
    [summary.reload, alerts.reload, usage.reload],
  );

  const balance = summary.data?.balance;
  // Open: the account is still at or over the alert's threshold (a top-up closes it).
  const openAlerts = alerts.data?.filter(
    (alert) => alert.scope !== 'account' || (balance?.usedPercent ?? 100) >= alert.thresholdPercent,
  );
  return (
    <>
      <h1>Overview</h1>
      <LoadError what="the balance" error={summary.error} />
      <section aria-labelledby="balance-heading" className="card">
        <h2 id="balance-heading">Credits</h2>
        {balance ? (
          <>
            <dl className="figures" data-testid="credits">
              <div>
                <dt>Remaining</dt>
                <dd data-testid="credits-available">{credits(balance.available)}</dd>
              </div>
              <div>
                <dt>Granted</dt>
                <dd>{credits(balance.granted)}</dd>
              </div>
              <div>
                <dt>Used</dt>
                <dd>{credits(balance.used)}</dd>
              </div>
              <div>
                <dt>Held for calls in progress</dt>
                <dd>{credits(balance.reserved)}</dd>
              </div>
            </dl>
            <label className="meter-label" htmlFor="used-meter">
              {balance.usedPercent}% of granted credits used
            </label>
            <meter id="used-meter" min={0} max={100} low={80} high={95} optimum={0} value={balance.usedPercent} />
            {summary.data && (
              <p className="forecast" data-testid="forecast">
                About {count(summary.data.forecast.twoMinuteCalls)} two-minute calls or{' '}
                {count(summary.data.forecast.messages)} messages left.
              </p>
            )}
            {summary.data && (
              <p className="hint">
                Today: {credits(summary.data.usage.today.total)} used (voice {credits(summary.data.usage.today.voice)},
                WhatsApp {credits(summary.data.usage.today.whatsapp)}); this month{' '}
                {credits(summary.data.usage.thisMonth.total)} ({summary.data.usage.timezone}).
              </p>
            )}
          </>
        ) : (
          !summary.error && <p className="loading">Loading…</p>
        )}
      </section>

      <section aria-labelledby="usage-heading" className="card">
        <h2 id="usage-heading">Usage</h2>
        <LoadError what="usage" error={usage.error} />
        {usage.data && <UsageChart usage={usage.data.days} />}
        {usage.data && !usage.data.complete && <p className="hint">Showing the latest 1,000 settlements.</p>}
      </section>

      <section aria-labelledby="alerts-heading" className="card">
        <h2 id="alerts-heading">Open alerts</h2>
        <LoadError what="alerts" error={alerts.error} />
        {openAlerts?.length === 0 && <p className="hint">No open alerts: usage is below every threshold.</p>}
        {openAlerts && openAlerts.length > 0 && (
          <ul className="alerts">
            {openAlerts.slice(0, 10).map((alert) => (
              <li key={alert.id}>
                <strong>
                  {alert.scope === 'account' ? 'Account' : alert.scope}: {alert.thresholdPercent}% used
                </strong>{' '}
                ({credits(alert.usedCredits)} of {credits(alert.grantedCredits)}) on {when(alert.createdAt)}.{' '}
                {alert.deliveredAt
                  ? `Sent ${when(alert.deliveredAt)}.`
                  : `Not delivered yet (${alert.attempts} attempts${alert.lastError ? `: ${alert.lastError}` : ''}).`}
              </li>
            ))}
          </ul>
        )}
      </section>
      {can('marketer', 'viewer') && <ActiveCampaigns />}
    </>
  );
}
