import type { CallStatus } from './api';
import { statusLabel } from './format';

export function StatusBadge({ status }: { status: CallStatus }) {
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {statusLabel[status] ?? status}
    </span>
  );
}
