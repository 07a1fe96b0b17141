// How the console writes numbers, durations and times (en-IN grouping: 1,00,000).
const number = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 3 });
const whole = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'medium' });

export const credits = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : number.format(value);
export const count = (value: number) => whole.format(value);
export const when = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—');

export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const minutes = Math.floor(value / 60);
  return minutes > 0 ? `${minutes} min ${value % 60} s` : `${value} s`;
}

export const statusLabel: Record<string, string> = {
  queued: 'Queued',
  dialing: 'Ringing',
  'agent-answered': 'Agent answered',
  'in-progress': 'In progress',
  completed: 'Completed',
  busy: 'Busy',
  'no-answer': 'No answer',
  failed: 'Failed',
  canceled: 'Canceled',
};
