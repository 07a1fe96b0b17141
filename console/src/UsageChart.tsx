// Settled credits per day and channel, as stacked bars (chart.js, only the parts a bar chart needs).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { LedgerEntry } from './api';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface DailyUsage {
  day: string;
  label: string;
  voice: number;
  whatsapp: number;
}

const dayKey = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Settlements summed per local day over the last `days` days (oldest first, every day present). */
export function dailyUsage(entries: readonly LedgerEntry[], days: number, now = new Date()): DailyUsage[] {
  const label = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short' });
  const result: DailyUsage[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
    result.push({ day: dayKey(date), label: label.format(date), voice: 0, whatsapp: 0 });
  }
  const byDay = new Map(result.map((entry) => [entry.day, entry]));
  for (const entry of entries) {
    const bucket = byDay.get(dayKey(new Date(entry.createdAt)));
    if (!bucket || entry.kind !== 'settle' || !entry.channel) continue;
    bucket[entry.channel] += -entry.credits;
  }
  return result;
}

export function UsageChart({ usage }: { usage: DailyUsage[] }) {
  const total = usage.reduce((sum, day) => sum + day.voice + day.whatsapp, 0);
  return (
    <figure className="chart">
      <div className="chart-canvas">
        <Bar
          aria-label={`Credits used per day over the last ${usage.length} days: ${Math.round(total * 1000) / 1000} in all`}
          role="img"
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
            plugins: { legend: { position: 'bottom' } },
          }}
          data={{
            labels: usage.map((day) => day.label),
            datasets: [
              { label: 'Voice', data: usage.map((day) => day.voice), backgroundColor: '#2f6fdf' },
              { label: 'WhatsApp', data: usage.map((day) => day.whatsapp), backgroundColor: '#25a36a' },
            ],
          }}
        />
      </div>
      <figcaption>Credits used per day, last {usage.length} days</figcaption>
    </figure>
  );
}
