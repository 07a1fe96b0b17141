// Small pieces every page uses.
import type { CallStatus, CampaignStatus } from './api';
import { campaignStatusLabel } from './campaign-format';
import { statusLabel } from './format';
import type { LiveStatus } from './live';

export function StatusBadge({ status }: { status: CallStatus }) {
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {statusLabel[status] ?? status}
    </span>
  );
}

/** A failed load, announced to screen readers. */
export function LoadError({ what, error }: { what: string; error: Error | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      Could not load {what}: {error.message}
    </p>
  );
}

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return (
    <span className={`badge campaign-${status}`} data-status={status} data-testid="campaign-status">
      {campaignStatusLabel[status]}
    </span>
  );
}

const liveText: Record<LiveStatus, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  offline: '',
};

/** Whether a page is following the event stream. */
export function LiveLabel({ status }: { status: LiveStatus }) {
  if (!liveText[status]) return null;
  return (
    <span className="live" data-live={status}>
      {liveText[status]}
    </span>
  );
}

/** A table's header row: one column heading each. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
