// A campaign's funnel per step as grouped bars (chart.js, as the Overview's usage chart).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { StepFunnel } from './api';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

const series: { label: string; color: string; value: (step: StepFunnel) => number }[] = [
  { label: 'Sent', color: '#2f6fdf', value: (step) => step.sent },
  { label: 'Delivered', color: '#25a36a', value: (step) => step.delivered },
  { label: 'Read', color: '#7a4fd6', value: (step) => step.read },
  { label: 'Replied', color: '#d68a1f', value: (step) => step.replied },
  { label: 'Failed', color: '#c8372d', value: (step) => total(step.failed) },
  { label: 'Skipped', color: '#8a8f98', value: (step) => total(step.skipped) },
];

export function FunnelChart({ funnel }: { funnel: StepFunnel[] }) {
  const summary = funnel
    .map((step) => `step ${step.step}: ${series.map((s) => `${s.value(step)} ${s.label.toLowerCase()}`).join(', ')}`)
    .join('; ');
  return (
    <figure className="chart">
      <div className="chart-canvas">
        <Bar
          aria-label={`Funnel per step: ${summary}`}
          role="img"
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
            plugins: { legend: { position: 'bottom' } },
          }}
          data={{
            labels: funnel.map((step) => `Step ${step.step}`),
            datasets: series.map((s) => ({ label: s.label, data: funnel.map(s.value), backgroundColor: s.color })),
          }}
        />
      </div>
      <figcaption>Funnel per step</figcaption>
    </figure>
  );
}
