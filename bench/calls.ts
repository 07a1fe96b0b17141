// bench:calls: the latency from `POST /v1/calls` to the simulator receiving Exotel's connect
// request, one call at a time and 50 at once, beside the synchronous design of the original integration guide (docs/exotel.md §2)
// (a handler calling connect directly). Figures only; nothing asserted.
import type { ChildProcess } from 'node:child_process';
import { getJson, machine, ms, percentile, startChild } from './lib.js';
import {
  apiUrl,
  authorized,
  quietSimulator,
  randomMobile,
  requireRunningSystem,
  resetSimulator,
  simUrl,
  topUp,
} from './system.js';

const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 40);
const BURST = Number(process.env.BENCH_BURST ?? 50);

interface SimRequest {
  receivedAt: string;
  body: Record<string, string>;
}

await requireRunningSystem();
console.log(`bench:calls on ${machine()}\n`);
await resetSimulator();
await quietSimulator(500);
// Each call holds credits for a minute on both legs.
await topUp((SEQUENTIAL + BURST) * 4, 'bench:calls');

/** Sends one call request to `base`; returns the ms until the simulator saw its connect. */
async function timeOne(base: string): Promise<{ customer: string; sentAt: number }> {
  const customer = `+91${randomMobile()}`;
  const sentAt = Date.now();
  const response = await fetch(`${base}/v1/calls`, {
    method: 'POST',
    headers: authorized,
    body: JSON.stringify({ agentNumber: `+91${randomMobile()}`, customerNumber: customer }),
  });
  if (!response.ok) throw new Error(`POST /v1/calls answered ${response.status}: ${await response.text()}`);
  return { customer, sentAt };
}

async function latencies(sent: { customer: string; sentAt: number }[]): Promise<number[]> {
  for (let tries = 0; tries < 300; tries++) {
    const { requests } = await getJson<{ requests: SimRequest[] }>(`${simUrl}/_sim/requests?path=/Calls/connect`);
    const receivedAt = new Map(requests.map((request) => [request.body.To, Date.parse(request.receivedAt)]));
    if (sent.every((call) => receivedAt.has(call.customer))) {
      return sent.map((call) => receivedAt.get(call.customer)! - call.sentAt).sort((a, b) => a - b);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the simulator never saw some connect requests');
}

/** Lets the previous phase's calls finish (callbacks, workflow steps) so phases don't overlap. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 8_000));

async function measure(base: string) {
  const sequential = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    sequential.push(await timeOne(base));
    await new Promise((resolve) => setTimeout(resolve, 100)); // one call at a time, not back to back
  }
  const one = await latencies(sequential);
  await settle();
  const burst = await latencies(await Promise.all(Array.from({ length: BURST }, () => timeOne(base))));
  return { one, burst };
}

let baseline: ChildProcess | undefined;
try {
  const system = await measure(apiUrl);
  baseline = await startChild('bench/sync-connect-server.ts', {
    PORT: '3998',
    EXOTEL_BASE_URL: simUrl,
    EXOTEL_SID: process.env.EXOTEL_SID || 'sandbox',
    EXOTEL_API_KEY: process.env.EXOTEL_API_KEY || 'sandbox-key',
    EXOTEL_API_TOKEN: process.env.EXOTEL_API_TOKEN || 'sandbox-token',
  });
  await settle();
  const direct = await measure('http://127.0.0.1:3998');
  const line = (name: string, values: number[]) =>
    `${name.padEnd(34)} ${ms(percentile(values, 50))}  ${ms(percentile(values, 99))}  ${ms(values.at(-1)!)}`;
  console.log(`${''.padEnd(34)}     p50        p99        max`);
  console.log(line(`exoflow, one at a time (${SEQUENTIAL})`, system.one));
  console.log(line(`exoflow, ${BURST} at once`, system.burst));
  console.log(line(`direct connect, one at a time`, direct.one));
  console.log(line(`direct connect, ${BURST} at once`, direct.burst));
} finally {
  baseline?.kill();
  await resetSimulator();
}
