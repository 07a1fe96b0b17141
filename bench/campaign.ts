// bench:campaign: a campaign to BENCH_CONTACTS generated opted-in contacts (default 100,000) at
// each cap in BENCH_RATES (default 80 and 1,000 messages/s), against the running system and its
// simulator, which answers every message with ~3 delivery reports. Prints the achieved rate per
// 10-second window against the cap, duplicates in the simulator's own record, the worker's peak
// RSS, the largest history among the campaign's workflow runs, and the delivery-report ack
// latency. Figures only; nothing asserted.
//
// The number's cap (WHATSAPP_MESSAGES_PER_SECOND of the running system) must be at least the
// highest rate here: start the system with WHATSAPP_MESSAGES_PER_SECOND=1000 npm start.
import { readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { getJson, machine, ms, percentile } from './lib.js';
import {
  apiPort,
  apiUrl,
  authorized,
  databaseUrl,
  dataConverter,
  requireRunningSystem,
  simUrl,
  temporalAddress,
  topUp,
} from './system.js';
import { apiProcessIds, servingProcesses } from './process-cpu.js';
import { saveResult } from './results.js';
import { describeBreakdown, startCpuWatch } from './machine-cpu.js';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const RATES = (process.env.BENCH_RATES ?? '80,1000').split(',').map(Number);
/** Delivery reports per webhook POST: Exotel's batching is undocumented (1 = one per POST). */
const DLR_BATCH = Number(process.env.BENCH_DLR_BATCH ?? 1);
/** Report POSTs the simulator keeps in flight at once (Exotel's concurrency is undocumented). */
const DLR_CONNECTIONS = Number(process.env.BENCH_DLR_CONNECTIONS ?? 256);

await requireRunningSystem();
console.log(
  `bench:campaign on ${machine()}: ${CONTACTS.toLocaleString()} contacts, caps ${RATES.join(', ')} msg/s, ${DLR_BATCH} delivery report(s) per webhook POST\n`,
);
await getJson(`${simUrl}/_sim/variants`, {
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ whatsappDlrBatchSize: DLR_BATCH, whatsappCallbackConnections: DLR_CONNECTIONS }),
});
const temporal = new Client({ connection: await Connection.connect({ address: temporalAddress }), dataConverter });
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const post = <T>(path: string, body: unknown, headers: Record<string, string> = authorized) =>
  getJson<T>(`${apiUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

// Contacts with consent, in imports of 10,000.
const tag = `bench-${randomUUID().slice(0, 8)}`;
const base = Math.floor(Math.random() * 8e7) * 10 + 1e8;
const importStarted = performance.now();
for (let offset = 0; offset < CONTACTS; offset += 10_000) {
  const rows = Array.from({ length: Math.min(10_000, CONTACTS - offset) }, (_, i) => ({
    phone: `+919${String(base + offset + i).slice(-9)}`,
    name: `Bench ${offset + i}`,
    tags: [tag],
  }));
  await post('/v1/contacts/import', {
    contacts: rows,
    consent: { purpose: 'marketing', action: 'opt_in', evidence: 'bench:campaign generated contact' },
  });
}
console.log(
  `imported ${CONTACTS.toLocaleString()} contacts in ${((performance.now() - importStarted) / 1000).toFixed(1)} s`,
);
await topUp(CONTACTS * RATES.length, 'bench:campaign');

const apiPids = apiProcessIds(apiPort);
const variant = `${servingProcesses(apiPids)} API process${servingProcesses(apiPids) > 1 ? 'es' : ''}`;
const rows: (string | number)[][] = [];
const whereNotes: string[] = [];
for (const rate of RATES) {
  const template = await post<{ id: string; name: string }>('/v1/templates', {
    name: `bench_${rate}_${Math.floor(Math.random() * 1e6)}`,
    language: 'en',
    category: 'marketing',
    status: 'approved',
    components: { body: { text: 'Hello {{1}}, this is a benchmark.' } },
  });
  const campaign = await post<{ id: string }>('/v1/campaigns', {
    name: `bench ${rate}/s`,
    audience: { tags: [tag] },
    schedule: { window: null },
    limits: { messagesPerSecond: rate },
    steps: [{ templateId: template.id, params: { body: [{ field: 'name' }] } }],
  });
  const started = Date.now();
  const watch = startCpuWatch(apiPort);
  await post(`/v1/campaigns/${campaign.id}/start`, {});

  // Follow it, sampling the worker's memory.
  let peakRssMb = 0;
  let status = '';
  while (status !== 'completed') {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    peakRssMb = Math.max(peakRssMb, workerRssMb());
    const current = await getJson<{ status: string; pauseReason: string | null; funnel: { decided: number }[] }>(
      `${apiUrl}/v1/campaigns/${campaign.id}`,
      { headers: authorized },
    );
    status = current.status;
    if (status === 'paused') {
      console.log(`  paused: ${current.pauseReason}`);
      break;
    }
    process.stdout.write(
      `\r  ${rate}/s: ${current.funnel[0]!.decided.toLocaleString()} decided, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  console.log('');

  // The simulator's record: arrival times per 10-second window, and duplicates.
  const { messages } = await getJson<{ messages: { to: string; receivedAt: string }[] }>(
    `${simUrl}/_sim/whatsapp/messages?template=${template.name}&limit=${CONTACTS * 2}`,
  );
  const times = messages.map((message) => Date.parse(message.receivedAt)).sort((a, b) => a - b);
  const first = times[0]!;
  const windows = new Map<number, number>();
  for (const time of times)
    windows.set(Math.floor((time - first) / 10_000), (windows.get(Math.floor((time - first) / 10_000)) ?? 0) + 1);
  // The last window is partial (the campaign ran out of recipients): judged on full windows.
  const full = [...windows.entries()]
    .sort((a, b) => a[0] - b[0])
    .slice(0, -1)
    .map(([, count]) => count / 10);
  const worst = full.length ? Math.max(...full.map((achieved) => Math.abs(achieved - rate) / rate)) : Number.NaN;
  const over = full.filter((achieved) => achieved > rate * 1.01).length;
  const distinct = new Set(messages.map((message) => message.to)).size;

  // Workflow runs of the campaign (continue-as-new makes several): the largest history.
  let largestHistory = 0;
  let runs = 0;
  for await (const run of temporal.workflow.list({ query: `WorkflowId = "campaign-${campaign.id}"` })) {
    runs += 1;
    largestHistory = Math.max(largestHistory, run.historyLength);
  }

  // Delivery-report acknowledgements: the simulator times each webhook POST (latest 20,000).
  // First wait for the reports still queued in the simulator (a backlog means acks fell behind).
  const finishedSending = Date.now();
  let callbacks: { kind: string; sentAt: string; finishedAt: string | null; outcome: string }[] = [];
  do {
    if (callbacks.length) await new Promise((resolve) => setTimeout(resolve, 500));
    ({ callbacks } = await getJson<{ callbacks: typeof callbacks }>(`${simUrl}/_sim/whatsapp/callbacks?kind=dlr`));
  } while (callbacks.some((callback) => callback.outcome === 'pending') && Date.now() - finishedSending < 300_000);
  const drainedAfterSec = (Date.now() - finishedSending) / 1000;
  // Then for the workers to apply every acknowledged report to its message.
  while ((await reportsWaiting()) > 0 && Date.now() - finishedSending < 300_000)
    await new Promise((resolve) => setTimeout(resolve, 250));
  const appliedAfterSec = (Date.now() - finishedSending) / 1000;
  const breakdown = watch.breakdown();
  const apiCpuSec = breakdown.cpu.API;
  const where = `CPU at cap ${rate}/s, from the start to the last report: ${describeBreakdown(breakdown)}`;
  whereNotes.push(where);
  const acks = callbacks
    .filter((callback) => callback.finishedAt && callback.outcome === 'delivered')
    .map((callback) => Date.parse(callback.finishedAt!) - Date.parse(callback.sentAt))
    .sort((a, b) => a - b);

  console.log(
    `  cap ${rate} msg/s: ${messages.length.toLocaleString()} messages in ${((times.at(-1)! - first) / 1000).toFixed(1)} s`,
  );
  console.log(`    per 10 s window (msg/s): ${full.map((value) => value.toFixed(1)).join(' ')}`);
  console.log(`    worst window off the cap: ${(worst * 100).toFixed(2)} %  (windows over cap+1 %: ${over})`);
  console.log(`    duplicates: ${messages.length - distinct}   recipients reached: ${distinct.toLocaleString()}`);
  console.log(
    `    worker peak RSS: ${peakRssMb.toFixed(0)} MB   workflow runs: ${runs}, largest history: ${largestHistory} events`,
  );
  console.log(
    `    delivery-report webhooks (simulator-timed, last ${acks.length.toLocaleString()} POSTs): p50 ${ms(percentile(acks, 50))}  p99 ${ms(percentile(acks, 99))}; ` +
      `report backlog drained ${drainedAfterSec.toFixed(1)} s after the last send, all applied after ${appliedAfterSec.toFixed(1)} s`,
  );
  // Every webhook POST of the run (the simulator keeps the latest 20,000 records, hence the count).
  const posts = Math.max(acks.length, Math.ceil((messages.length * 3) / DLR_BATCH));
  const cpuPerPost = apiPids.length ? (apiCpuSec * 1000) / posts : Number.NaN;
  console.log(
    `    API CPU: ${apiCpuSec.toFixed(1)} s in all, ${cpuPerPost.toFixed(2)} ms per report POST (${variant})\n`,
  );
  console.log(`    ${where}\n`);
  rows.push([
    rate,
    messages.length,
    full.map((value) => value.toFixed(0)).join(', '),
    Number((worst * 100).toFixed(1)),
    messages.length - distinct,
    Math.round(peakRssMb),
    Number(percentile(acks, 50).toFixed(0)),
    Number(percentile(acks, 99).toFixed(0)),
    Number(drainedAfterSec.toFixed(1)),
    Number(appliedAfterSec.toFixed(1)),
    Number(cpuPerPost.toFixed(2)),
  ]);
}
saveResult({
  benchmark: 'campaign',
  variant,
  columns: [
    'cap msg/s',
    'messages',
    'per 10-s window msg/s',
    'worst window off cap %',
    'duplicates',
    'worker RSS MB',
    'report ack p50 ms',
    'report ack p99 ms',
    'backlog drained after s',
    'all applied after s',
    'API CPU ms/report POST',
  ],
  rows,
  notes: [
    `${CONTACTS} contacts, ${DLR_BATCH} report(s) per webhook POST, about 3 reports per message, up to ${DLR_CONNECTIONS} POSTs in flight`,
    ...whereNotes,
  ],
});
process.exit(0);

/** Delivery reports acknowledged and not yet applied by a worker (messages/report-applier.ts). */
async function reportsWaiting(): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM whatsapp_events WHERE NOT applied`);
  return Number(rows[0]!.n);
}

/** RSS of the worker process started by `npm start` (worker/main.ts), in MB; 0 when not found. */
function workerRssMb(): number {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('worker/main.ts')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) return Number(rss[1]) / 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return 0;
}
