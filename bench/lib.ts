// Shared pieces of the benchmarks: an open-loop load generator (requests leave on schedule
// whether or not earlier ones have answered, so a slow server shows up as latency, not as a
// politely lower rate), percentiles, and a child process helper for baselines.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { Agent, request } from 'undici';

export interface RequestSpec {
  url: string;
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  targetRate: number;
  sent: number;
  acknowledged: number;
  failed: number;
  achievedRate: number;
  p50: number;
  p99: number;
  max: number;
}

const dispatcher = new Agent({ connections: 256, pipelining: 1, keepAliveTimeout: 10_000 });

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Sends `next()` requests at `rate` per second for `seconds`; 2xx counts as acknowledged. */
export async function openLoop(
  rate: number,
  seconds: number,
  next: (index: number) => RequestSpec,
): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const spec = next(index);
    const sentAt = performance.now();
    inFlight.push(
      request(spec.url, { method: spec.method, headers: spec.headers, body: spec.body, dispatcher })
        .then(async (response) => {
          await response.body.dump();
          if (response.statusCode >= 200 && response.statusCode < 300) latencies.push(performance.now() - sentAt);
          else failed += 1;
        })
        .catch(() => {
          failed += 1;
        }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    targetRate: rate,
    sent: total,
    acknowledged: latencies.length,
    failed,
    achievedRate: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
  };
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Starts a TypeScript file as a child process and waits for it to print `ready`. */
export async function startChild(file: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return child;
}

export const ms = (value: number) => (Number.isNaN(value) ? '   n/a' : `${value.toFixed(1).padStart(6)} ms`);

export async function getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
