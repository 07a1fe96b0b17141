// bench:webhooks: Exotel status callbacks (JSON and form-encoded, a third of them duplicates)
// at rising rates against the running system, beside a bare Express handler that only parses
// and answers 200. Prints acknowledged/s, ack latency p50/p99, and how long after the load
// every accepted callback had been delivered to its workflow, and the CPU time per acknowledged
// callback of the API processes (all of them under `npm start -- --api N`) beside the bare
// handler's: that ratio does not depend on who else uses the machine. Run it once with one API
// process and once with `--api 2` for the two columns of docs/performance.md. Figures only.
import type { ChildProcess } from 'node:child_process';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { getJson, type LoadResult, machine, ms, openLoop, type RequestSpec, startChild } from './lib.js';
import { apiProcessIds, cpuSeconds, servingProcesses } from './process-cpu.js';
import { saveResult } from './results.js';
import { describeBreakdown, startCpuWatch } from './machine-cpu.js';
import {
  apiPort,
  apiUrl,
  authorized,
  databaseUrl,
  dataConverter,
  quietSimulator,
  randomMobile,
  requireRunningSystem,
  resetSimulator,
  simUrl,
  temporalAddress,
  topUp,
} from './system.js';

const RATES = (process.env.BENCH_RATES ?? '500,1000,2000,3000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);

interface Target {
  url: string;
  callSid: string;
}

await requireRunningSystem();
console.log(`bench:webhooks on ${machine()}\n`);
await resetSimulator();
await quietSimulator(600_000);
// Each call holds credits for a minute on both legs.
await topUp(CALLS * 4, 'bench:webhooks');

// Calls that stay in progress, so every callback has a running workflow to reach.
const started: { id: string; workflowId: string }[] = [];
for (let i = 0; i < CALLS; i++) {
  started.push(
    await getJson(`${apiUrl}/v1/calls`, {
      method: 'POST',
      headers: authorized,
      body: JSON.stringify({ agentNumber: randomMobile(), customerNumber: randomMobile() }),
    }),
  );
}
const targets: Target[] = await waitForConnects(CALLS);
console.log(`${CALLS} calls in progress; sending callbacks for ${SECONDS} s per rate\n`);

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();

function callback(index: number, base: string): RequestSpec {
  // Every third callback repeats the one before it (Exotel's duplicates); the rest are distinct.
  const n = index % 3 === 2 ? index - 1 : index;
  const target = targets[n % targets.length]!;
  const url = base + new URL(target.url).pathname + new URL(target.url).search;
  const fields = {
    CallSid: target.callSid,
    EventType: 'answered',
    Status: 'in-progress',
    DateUpdated: '2026-11-25 10:00:00',
  };
  if (n % 2 === 0) {
    return {
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...fields,
        Legs: [
          { Status: 'in-progress', OnCallDuration: n },
          { Status: '', OnCallDuration: 0 },
        ],
      }),
    };
  }
  const form = new URLSearchParams({
    ...fields,
    'Legs[0][Status]': 'in-progress',
    'Legs[0][OnCallDuration]': String(n),
    'Legs[1][Status]': '',
  });
  return {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  };
}

async function pendingEvents(): Promise<number> {
  const result = await db.query<{ count: string }>(`SELECT count(*) FROM call_events WHERE delivery = 'pending'`);
  return Number(result.rows[0]!.count);
}

async function drainSeconds(): Promise<number> {
  const start = performance.now();
  while ((await pendingEvents()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  return (performance.now() - start) / 1000;
}

/** Runs `work` and returns its result with the CPU seconds `pids` spent meanwhile. */
async function withCpu<T>(pids: readonly number[], work: () => Promise<T>): Promise<[T, number]> {
  const before = cpuSeconds(pids);
  const result = await work();
  return [result, cpuSeconds(pids) - before];
}

const perAck = (cpu: number, result: LoadResult) =>
  result.acknowledged > 0 ? (cpu * 1000) / result.acknowledged : Number.NaN;

const apiPids = apiProcessIds(apiPort);
const variant = `${servingProcesses(apiPids)} API process${servingProcesses(apiPids) > 1 ? 'es' : ''}`;
if (apiPids.length === 0) console.log(`(no process found listening on :${apiPort}: CPU per callback not measured)\n`);
let bare: ChildProcess | undefined;
try {
  // The baseline first, on a quiet machine; then the system, each rate followed by the drain.
  bare = await startChild('bench/bare-webhook-server.ts', { PORT: '3999' });
  const barePid = [bare.pid!];
  const baselines: [LoadResult, number][] = [];
  const bareWhere: string[] = [];
  for (const rate of RATES) {
    const watch = startCpuWatch(apiPort);
    baselines.push(await withCpu(barePid, () => openLoop(rate, SECONDS, (i) => callback(i, 'http://127.0.0.1:3999'))));
    bareWhere.push(describeBreakdown(watch.breakdown()));
  }
  bare.kill();

  const columns = [
    'offered/s',
    'acknowledged/s',
    'p50 ms',
    'p99 ms',
    'failed',
    'all delivered after s',
    'API CPU ms/ack',
    'bare ack/s',
    'bare p99 ms',
    'bare CPU ms/ack',
    'CPU ratio',
  ];
  console.log(`${variant}\n${columns.join(' | ')}`);
  const rows: (string | number)[][] = [];
  const whereRows: string[] = [];
  let index = 0;
  for (const [step, rate] of RATES.entries()) {
    const offset = index;
    const watch = startCpuWatch(apiPort);
    const [system, apiCpu] = await withCpu(apiPids, () => openLoop(rate, SECONDS, (i) => callback(offset + i, apiUrl)));
    const where = describeBreakdown(watch.breakdown());
    const drained = await drainSeconds();
    index += system.sent;
    const [baseline, bareCpu] = baselines[step]!;
    const row = [
      rate,
      Math.round(system.achievedRate),
      round(system.p50),
      round(system.p99),
      system.failed,
      round(drained, 2),
      round(perAck(apiCpu, system), 2),
      Math.round(baseline.achievedRate),
      round(baseline.p99),
      round(perAck(bareCpu, baseline), 2),
      round(perAck(apiCpu, system) / perAck(bareCpu, baseline), 2),
    ];
    rows.push(row);
    whereRows.push(where);
    console.log(
      `${String(rate).padStart(8)}  |  ${system.achievedRate.toFixed(0).padStart(11)}  ${ms(system.p50)}  ${ms(system.p99)}  ${String(system.failed).padStart(6)}  ${`${drained.toFixed(2)} s`.padStart(10)}  ${String(row[6]).padStart(6)} ms/ack  |  ${baseline.achievedRate.toFixed(0).padStart(9)}  ${ms(baseline.p50)}  ${ms(baseline.p99)}  ${String(row[9]).padStart(6)} ms/ack  |  ${row[10]}x`,
    );
  }
  console.log('\nWhere the CPU went (share of both cores; the bare handler counts as the load generator):');
  const whereNotes = RATES.flatMap((rate, step) => [
    `CPU at ${rate}/s, system: ${whereRows[step]}`,
    `CPU at ${rate}/s, bare handler: ${bareWhere[step]}`,
  ]);
  for (const note of whereNotes) console.log(`  ${note}`);
  saveResult({
    benchmark: 'webhooks',
    variant,
    columns,
    rows,
    notes: [`${SECONDS} s per rate, ${CALLS} calls in progress, a third of the callbacks duplicates`, ...whereNotes],
  });
} finally {
  bare?.kill();
  await db.end();
  await endCalls(started.map((call) => call.workflowId));
}

function round(value: number, digits = 1): number {
  return Number.isNaN(value) ? Number.NaN : Number(value.toFixed(digits));
}

async function waitForConnects(count: number): Promise<Target[]> {
  for (;;) {
    const { requests } = await getJson<{ requests: { body: Record<string, string>; callSid: string | null }[] }>(
      `${simUrl}/_sim/requests?path=/Calls/connect`,
    );
    const placed = requests.filter((request) => request.callSid);
    if (placed.length >= count)
      return placed.map((request) => ({ url: request.body.StatusCallback!, callSid: request.callSid! }));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The benchmark's calls would otherwise poll Exotel until their hard bound. */
async function endCalls(workflowIds: string[]): Promise<void> {
  const connection = await Connection.connect({ address: temporalAddress });
  const client = new Client({ connection, dataConverter });
  await Promise.allSettled(workflowIds.map((id) => client.workflow.getHandle(id).terminate('benchmark finished')));
  await connection.close();
  await resetSimulator();
}
