// Small pieces every page uses.
import type { CallStatus } from './api';
import { statusLabel } from './format';

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
