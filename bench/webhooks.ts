// bench:webhooks: Exotel status callbacks (JSON and form-encoded, a third of them duplicates)
// at rising rates against the running system, beside a bare Express handler that only parses
// and answers 200. Prints acknowledged/s, ack latency p50/p99, and how long after the load
// every accepted callback had been delivered to its workflow. Figures only; nothing asserted.
import type { ChildProcess } from 'node:child_process';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { getJson, type LoadResult, machine, ms, openLoop, type RequestSpec, startChild } from './lib.js';
import {
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

let bare: ChildProcess | undefined;
try {
  // The baseline first, on a quiet machine; then the system, each rate followed by the drain.
  bare = await startChild('bench/bare-webhook-server.ts', { PORT: '3999' });
  const baselines: LoadResult[] = [];
  for (const rate of RATES) baselines.push(await openLoop(rate, SECONDS, (i) => callback(i, 'http://127.0.0.1:3999')));
  bare.kill();

  console.log(
    'target/s  |  system ack/s    p50       p99     failed  all delivered after  |  bare ack/s    p50       p99',
  );
  let index = 0;
  for (const [step, rate] of RATES.entries()) {
    const offset = index;
    const system = await openLoop(rate, SECONDS, (i) => callback(offset + i, apiUrl));
    const drained = await drainSeconds();
    index += system.sent;
    const baseline = baselines[step]!;
    console.log(
      `${String(rate).padStart(8)}  |  ${system.achievedRate.toFixed(0).padStart(11)}  ${ms(system.p50)}  ${ms(system.p99)}  ${String(system.failed).padStart(6)}  ${`${drained.toFixed(2)} s`.padStart(19)}  |  ${baseline.achievedRate.toFixed(0).padStart(9)}  ${ms(baseline.p50)}  ${ms(baseline.p99)}`,
    );
  }
} finally {
  bare?.kill();
  await db.end();
  await endCalls(started.map((call) => call.workflowId));
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
