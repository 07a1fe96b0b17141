// `npm run bench:report`: rewrites the generated section of docs/performance.md (between the
// markers) from the benchmarks' own saved output (bench/results/*.json, written by
// bench:webhooks, bench:campaign and bench:events), with the machine, the date and the load the
// machine was under, and the README's few summary lines from the same files. Where a benchmark ran with 1 and with 2 API processes, the key figures are
// also shown side by side. Nothing here is typed in by hand, so the section cannot drift from
// what the code measured.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResult } from '../bench/results.js';
import { repoRoot } from './lib/paths.js';

const START = '<!-- performance:generated:start (npm run bench:report) -->';
const END = '<!-- performance:generated:end -->';
const resultsDir = path.join(repoRoot, 'bench', 'results');
const docPath = path.join(repoRoot, 'docs', 'performance.md');
const README_START = '<!-- performance:summary:start (npm run bench:report) -->';
const README_END = '<!-- performance:summary:end -->';
const readmePath = path.join(repoRoot, 'README.md');

/** The columns compared across variants, per benchmark (the first column is the row's key). */
const compared: Record<string, string[]> = {
  webhooks: ['acknowledged/s', 'p99 ms', 'API CPU ms/ack', 'CPU ratio'],
  campaign: [
    'worst window off cap %',
    'report ack p99 ms',
    'backlog drained after s',
    'all applied after s',
    'API CPU ms/report POST',
  ],
};

const titles: Record<string, string> = {
  webhooks: '`npm run bench:webhooks`: voice callbacks, system beside the bare handler',
  campaign: '`npm run bench:campaign`: a campaign at its cap with its delivery reports',
  events: '`npm run bench:events`: webhooks to the CRM, delivered/s beside produced/s',
};

const cell = (value: string | number) =>
  typeof value === 'number' ? (Number.isNaN(value) ? 'n/a' : value.toLocaleString('en-US')) : value;

function table(columns: string[], rows: (string | number)[][]): string[] {
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function describeRun(result: BenchResult): string {
  return `${result.variant}; ${result.machine}; ${result.date.slice(0, 16).replace('T', ' ')} UTC; load average ${result.load.start} → ${result.load.end} on ${result.load.cores} cores`;
}

function renderSection(results: BenchResult[]): string {
  const lines: string[] = [
    "Generated from the benchmarks' saved output by `npm run bench:report`; each run names its machine,",
    'date and load (a load average above the core count means other work shared the CPUs: compare',
    'ratios, not absolute times).',
    '',
  ];
  const byBenchmark = new Map<string, BenchResult[]>();
  for (const result of results)
    byBenchmark.set(result.benchmark, [...(byBenchmark.get(result.benchmark) ?? []), result]);
  for (const [benchmark, runs] of [...byBenchmark].sort(([a], [b]) => a.localeCompare(b))) {
    runs.sort((a, b) => a.variant.localeCompare(b.variant));
    lines.push(`### ${titles[benchmark] ?? benchmark}`, '');
    for (const run of runs) {
      lines.push(`${describeRun(run)}.`, '', ...table(run.columns, run.rows), '');
      for (const note of run.notes) lines.push(`- ${note}`);
      if (run.notes.length) lines.push('');
    }
    const keys = compared[benchmark];
    if (keys && runs.length > 1) {
      const first = runs[0]!;
      const columns = [first.columns[0]!, ...runs.flatMap((run) => keys.map((key) => `${key} (${run.variant})`))];
      const rows = first.rows.map((row) => [
        row[0]!,
        ...runs.flatMap((run) => {
          const match = run.rows.find((candidate) => candidate[0] === row[0]);
          return keys.map((key) => (match ? (match[run.columns.indexOf(key)] ?? 'n/a') : 'n/a'));
        }),
      ]);
      lines.push('Side by side:', '', ...table(columns, rows), '');
    }
  }
  return lines.join('\n');
}

/** A saved row's value by column name. */
const valueOf = (run: BenchResult, row: (string | number)[], column: string) =>
  row[run.columns.indexOf(column)] ?? 'n/a';

/** One line per run for the README: the heaviest row of each (the last), its key figures beside their baseline. */
function summaryLine(run: BenchResult): string | null {
  const row = run.rows.at(-1);
  if (!row) return null;
  const v = (column: string) => cell(valueOf(run, row, column));
  switch (run.benchmark) {
    case 'campaign':
      return `- \`bench:campaign\` (${run.variant}), ${v('messages')} messages at a cap of ${v('cap msg/s')} msg/s: worst 10-s window ${v('worst window off cap %')} % off the cap, report ack p99 ${v('report ack p99 ms')} ms, API CPU ${v('API CPU ms/report POST')} ms per report POST, worker RSS ${v('worker RSS MB')} MB, ${v('duplicates')} duplicates`;
    case 'webhooks':
      return `- \`bench:webhooks\` (${run.variant}), ${v('offered/s')} callbacks/s offered: ${v('acknowledged/s')}/s acknowledged, p99 ${v('p99 ms')} ms (bare handler: ${v('bare ack/s')}/s, p99 ${v('bare p99 ms')} ms); API CPU per ack ${v('CPU ratio')}x the bare handler's`;
    case 'events':
      return `- \`bench:events\` (${run.variant}): ${v('produced/s')} events/s produced, ${v('delivered/s (same window)')}/s delivered, delay p99 ${v('delay p99 ms')} ms`;
    default:
      return null;
  }
}

function renderSummary(results: BenchResult[]): string {
  const newest = results.reduce((a, b) => (a.date > b.date ? a : b));
  const runs = [...results].sort((a, b) => `${a.benchmark} ${a.variant}`.localeCompare(`${b.benchmark} ${b.variant}`));
  return [
    `Latest runs, ${newest.machine}, everything on the same cores (${newest.date.slice(0, 10)}):`,
    '',
    ...runs.flatMap((run) => summaryLine(run) ?? []),
  ].join('\n');
}

/** Replaces what lies between `start` and `end` in the file at `file`. */
function rewriteBetween(file: string, start: string, end: string, content: string): void {
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path.relative(repoRoot, file)} lacks the markers ${start} … ${end}`);
  writeFileSync(file, `${text.slice(0, from + start.length)}\n\n${content}\n${text.slice(to)}`);
}

function main(): void {
  const results = existsSync(resultsDir)
    ? readdirSync(resultsDir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8')) as BenchResult)
    : [];
  if (results.length === 0) {
    console.error('No saved benchmark output in bench/results/: run npm run bench:webhooks (etc.) first');
    process.exit(1);
  }
  rewriteBetween(docPath, START, END, renderSection(results));
  rewriteBetween(readmePath, README_START, README_END, renderSummary(results));
  console.log(`docs/performance.md and README.md: generated parts rewritten from ${results.length} saved run(s)`);
}

main();
