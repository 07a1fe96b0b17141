// Each benchmark saves what it printed as JSON (bench/results/<name>.json, not committed), with
// the machine, the date and how loaded the machine was; scripts/performance-section.ts renders
// docs/performance.md's generated section from these files, so the figures there are always a
// benchmark's own output.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { machine } from './lib.js';

export const resultsDir = new URL('./results/', import.meta.url);

export interface BenchResult {
  benchmark: string;
  /** e.g. "1 API process" */
  variant: string;
  machine: string;
  date: string;
  /** 1-minute load average at the start and the end of the run, and the core count. */
  load: { start: number; end: number; cores: number };
  columns: string[];
  rows: (string | number)[][];
  notes: string[];
}

const startLoad = os.loadavg()[0]!;

export function saveResult(result: Omit<BenchResult, 'machine' | 'date' | 'load'>): void {
  const full: BenchResult = {
    ...result,
    machine: machine(),
    date: new Date().toISOString(),
    load: { start: round(startLoad), end: round(os.loadavg()[0]!), cores: os.cpus().length },
  };
  mkdirSync(resultsDir, { recursive: true });
  const file = `${result.benchmark}-${result.variant.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`;
  writeFileSync(new URL(file, resultsDir), `${JSON.stringify(full, null, 2)}\n`);
  console.log(
    `\nsaved bench/results/${file} (load average ${full.load.start} → ${full.load.end} on ${full.load.cores} cores)`,
  );
}

const round = (value: number) => Math.round(value * 100) / 100;
