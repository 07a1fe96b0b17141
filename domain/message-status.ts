// A WhatsApp message's delivery status. Reports arrive late, twice and out of order (read before
// delivered), so a status only moves forward: sent < delivered < read. A failure is terminal but
// cannot undo a read (a report of failure after the person read it is noise). Pure.

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

const rank: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 3 };

/** The status after `next` arrives at a message whose status is `current`. */
export function advanceStatus(current: DeliveryStatus | null, next: DeliveryStatus): DeliveryStatus {
  if (current === null) return next;
  if (current === 'failed' || current === 'read') return current;
  if (next === 'failed') return 'failed';
  return rank[next] > rank[current] ? next : current;
}

export interface DeliveryFacts {
  status: DeliveryStatus | null;
  deliveredAt: string | null;
  readAt: string | null;
  failedAt: string | null;
  errorCode: number | null;
  errorDetail: string | null;
}

export interface DeliveryReport {
  status: DeliveryStatus;
  at: string;
  code: number | null;
  detail: string | null;
}

/**
 * Folds reports into what is known of a message. A read implies it was delivered (reports can
 * skip a step); the first time of each milestone is kept; a failure keeps its Exotel code.
 */
export function applyReports(facts: DeliveryFacts, reports: readonly DeliveryReport[]): DeliveryFacts {
  let next = { ...facts };
  for (const report of [...reports].sort((a, b) => rank[a.status] - rank[b.status])) {
    const status = advanceStatus(next.status, report.status);
    if (status === next.status && report.status !== status) continue;
    next = { ...next, status };
    if (report.status === 'delivered' || report.status === 'read') next.deliveredAt ??= report.at;
    if (report.status === 'read') next.readAt ??= report.at;
    if (report.status === 'failed' && status === 'failed') {
      next.failedAt ??= report.at;
      next.errorCode ??= report.code;
      next.errorDetail ??= report.detail;
    }
  }
  return next;
}
