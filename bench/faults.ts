// bench:faults: breaks the system while it works, then checks that nothing was lost.
//
// It starts everything itself (bench/faults-stack.ts: its own PostgreSQL 15 cluster, Temporal
// dev server on a SQLite file, SeaweedFS, the Exotel simulator, the API and the worker), then,
// during a paced WhatsApp campaign (FAULTS_CONTACTS recipients at FAULTS_RATE messages/s) and
// FAULTS_CALLS recorded calls in progress, with a new call asked for every 3 s throughout:
//   1. stops PostgreSQL for FAULTS_PG_DOWN_SEC (pg_ctl stop -m fast, then start);
//   2. SIGKILLs the Temporal server and starts it again on the same port and database file;
//   3. SIGKILLs the worker and the API and starts them again.
// Once every workflow has finished it compares the simulator's own record with what exoflow
// stored (bench/faults-audit.ts) and prints a table of what was lost; it exits 1 if anything was.
// It also prints what the API answered in each phase. Never touches the machine's PostgreSQL.
import { rmSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { callWorkflowId } from '../contracts/calls.js';
import { campaignWorkflowId } from '../contracts/campaigns.js';
import { sleep } from '../scripts/lib/net.js';
import { audit, printChecks, unacknowledged } from './faults-audit.js';
import { startFaultStack, type FaultStack } from './faults-stack.js';
import { Workload } from './faults-workload.js';
import { getJson, machine } from './lib.js';
import { apiKey } from './system.js';

const CONTACTS = Number(process.env.FAULTS_CONTACTS ?? 3_000);
const RATE = Number(process.env.FAULTS_RATE ?? 25);
const CALLS = Number(process.env.FAULTS_CALLS ?? 30);
const PG_DOWN_SEC = Number(process.env.FAULTS_PG_DOWN_SEC ?? 30);
const SETTLE_TIMEOUT_MS = Number(process.env.FAULTS_SETTLE_TIMEOUT_SEC ?? 900) * 1000;

const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s`;
const say = (text: string) => console.log(`${elapsed()}  ${text}`);
/** Processes that died without being told to: a finding in itself. */
const unexpectedExits: string[] = [];

/** Restarts the API or the worker the moment it dies on its own, as a process supervisor would, and says so. */
function superviseApp(stack: FaultStack, workload: Workload): void {
  for (const child of [stack.api, stack.worker]) {
    child.onUnexpectedExit = () => {
      unexpectedExits.push(
        `${child.name} exited on its own during "${workload.phase}" (${stack.root}/${child.name}.log)`,
      );
      say(`!! ${child.name} exited on its own: starting it again`);
      child.start();
    };
  }
}

/**
 * Runs `inject` (which returns once the fault is lifted: the database started again, the
 * process restarted), then waits for the API to answer /healthz and a worker to poll again.
 */
async function fault(
  stack: FaultStack,
  workload: Workload,
  name: string,
  inject: () => Promise<void>,
): Promise<string> {
  workload.phase = name;
  say(`fault: ${name}`);
  const since = new Date();
  await inject();
  const lifted = Date.now();
  await stack.waitForTemporal();
  await stack.waitForApp(since);
  const took = `${((Date.now() - lifted) / 1000).toFixed(1)} s`;
  say(`recovered from ${name}: healthy ${took} after it was lifted`);
  workload.phase = `after ${name}`;
  return `${name}: API healthy and worker polling ${took} after the fault was lifted`;
}

/** Delivery reports acknowledged and not yet applied by a worker's applier (-1: PostgreSQL did not answer). */
async function reportsNotApplied(db: pg.Pool): Promise<number> {
  try {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM whatsapp_events WHERE NOT applied`);
    return rows[0]!.n;
  } catch {
    return -1;
  }
}

/**
 * Waits until every call workflow and the campaign's have closed, Exotel has nothing left to post
 * and the workers have applied every acknowledged report.
 */
async function settle(stack: FaultStack, workload: Workload, campaignId: string): Promise<void> {
  const temporal = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  const open = new Set([campaignWorkflowId(campaignId), ...workload.calls.map((call) => callWorkflowId(call.id))]);
  // One connection for the whole wait (the pool opens it again if PostgreSQL drops it).
  const db = new pg.Pool({ connectionString: stack.postgres.url, max: 1 });
  db.on('error', () => undefined);
  let lastReport = 0;
  try {
    while (Date.now() < deadline) {
      for (const workflowId of [...open]) {
        try {
          const { status } = await temporal.workflow.getHandle(workflowId).describe();
          if (status.name !== 'RUNNING') open.delete(workflowId);
        } catch {
          // Not started yet (an orphaned call the API's sweeper has still to start), or Temporal busy.
        }
      }
      const stats = await getJson<{ dlr: { pending: number; queued: number } }>(`${stack.simUrl}/_sim/whatsapp/stats`);
      const unapplied = await reportsNotApplied(db);
      if (open.size === 0 && stats.dlr.pending === 0 && unapplied === 0) return;
      if (Date.now() - lastReport > 30_000) {
        say(
          `settling: ${open.size} workflows still running, ${stats.dlr.pending} delivery reports pending, ${unapplied} not yet applied`,
        );
        lastReport = Date.now();
      }
      await sleep(3_000);
    }
  } finally {
    await db.end().catch(() => undefined);
  }
  throw new Error(`not settled after ${SETTLE_TIMEOUT_MS / 1000} s: still running ${[...open].slice(0, 5).join(', ')}`);
}

function printAnswers(workload: Workload): void {
  const byPhase = new Map<string, Map<string, number>>();
  for (const answer of workload.answers) {
    const key = `${answer.request} → ${answer.status || 'no answer'}${answer.retryAfter ? ` (Retry-After ${answer.retryAfter})` : ''}`;
    const phase = byPhase.get(answer.phase) ?? new Map<string, number>();
    phase.set(key, (phase.get(key) ?? 0) + 1);
    byPhase.set(answer.phase, phase);
  }
  console.log('\nWhat the API answered the CRM, per phase:');
  for (const [phase, counts] of byPhase)
    console.log(`  ${phase.padEnd(26)} ${[...counts].map(([key, count]) => `${key} ×${count}`).join('; ')}`);
}

async function printWebhookAnswers(stack: FaultStack): Promise<void> {
  const [{ callbacks }, { callbacks: posts }] = await Promise.all([
    getJson<{ callbacks: { responseStatus: number | null; outcome: string }[] }>(`${stack.simUrl}/_sim/callbacks`),
    getJson<{ callbacks: { responseStatus: number | null }[] }>(`${stack.simUrl}/_sim/whatsapp/callbacks?kind=dlr`),
  ]);
  const tally = (statuses: (number | null)[]) => {
    const counts = new Map<string, number>();
    for (const status of statuses)
      counts.set(String(status ?? 'none'), (counts.get(String(status ?? 'none')) ?? 0) + 1);
    return [...counts].map(([status, count]) => `${status} ×${count}`).join(', ');
  };
  console.log('\nWhat the API answered Exotel (the simulator’s record of every POST attempt):');
  console.log(
    `  voice status callbacks  ${tally(callbacks.filter((c) => c.outcome !== 'dropped').map((c) => c.responseStatus))}`,
  );
  console.log(`  delivery reports        ${tally(posts.map((p) => p.responseStatus))}`);
}

async function main(): Promise<number> {
  console.log(
    `bench:faults on ${machine()}, ${new Date().toISOString()}\n` +
      `${CONTACTS.toLocaleString()} recipients at ${RATE} msg/s, ${CALLS} calls in progress + one every 3 s during the faults, PostgreSQL down ${PG_DOWN_SEC} s\n`,
  );
  const stack = await startFaultStack({
    CREDITS_INITIAL_GRANT: String(CONTACTS * 2 + 10_000),
    // Recovery through Call Details comes sooner than with the production defaults (90 s / 600 s).
    CALL_FIRST_POLL_AFTER_SEC: '30',
    CALL_MAX_POLL_INTERVAL_SEC: '60',
    WHATSAPP_PENDING_GRACE_SEC: '60',
  });
  let failed = true;
  try {
    say(`system up in ${stack.root} (PostgreSQL :${stack.postgres.port}, Temporal ${stack.temporalAddress})`);
    const workload = new Workload(stack.apiUrl, stack.simUrl, apiKey);
    superviseApp(stack, workload);
    const tag = await workload.importContacts(CONTACTS);
    for (let i = 0; i < CALLS; i++) await workload.startCall(40_000 + Math.round((i * 160_000) / CALLS));
    const campaign = await workload.startCampaign(tag, RATE);
    say(`campaign ${campaign.id} started; ${workload.calls.length} calls in progress`);

    let trickling = true;
    let workerKilledAt: number | undefined;
    const trickle = (async () => {
      while (trickling) {
        await workload.startCall(15_000 + Math.round(Math.random() * 30_000));
        // What a CRM reading the system sees meanwhile.
        await workload.request('GET /v1/calls/:id', `/v1/calls/${workload.calls[0]!.id}`);
        await workload.request('GET /v1/campaigns/:id', `/v1/campaigns/${campaign.id}`);
        await sleep(3_000);
      }
    })();

    await sleep(10_000);
    const recoveries = [
      await fault(stack, workload, 'PostgreSQL down', async () => {
        stack.postgres.stop();
        await sleep(PG_DOWN_SEC * 1000);
        stack.postgres.start();
      }),
    ];
    await sleep(10_000);
    recoveries.push(
      await fault(stack, workload, 'Temporal restarted', async () => {
        await stack.temporal.stop('SIGKILL');
        stack.temporal.start();
      }),
    );
    await sleep(10_000);
    recoveries.push(
      await fault(stack, workload, 'API and worker killed', async () => {
        workerKilledAt = Date.now();
        await Promise.all([stack.api.stop('SIGKILL'), stack.worker.stop('SIGKILL')]);
        stack.api.start();
        stack.worker.start();
      }),
    );
    await sleep(10_000);
    trickling = false;
    await trickle;
    workload.phase = 'settling';
    say(`faults over; ${workload.calls.length} calls accepted in all; waiting for every workflow to finish`);
    await settle(stack, workload, campaign.id);
    say('settled');

    printAnswers(workload);
    await printWebhookAnswers(stack);
    const gaveUp = await unacknowledged(stack.simUrl);
    console.log(
      `  Exotel gave up on (never acknowledged, so never ours): ${gaveUp.voice} voice callbacks, ${gaveUp.reports} delivery reports`,
    );
    console.log(`\nRecovery:\n  ${recoveries.join('\n  ')}`);
    const { checks, notes } = await audit({
      databaseUrl: stack.postgres.url,
      simUrl: stack.simUrl,
      campaignId: campaign.id,
      template: campaign.template,
      calls: workload.calls,
      workerKilledAt,
    });
    for (const note of notes) console.log(`  ${note}`);
    if (unexpectedExits.length)
      checks.push({
        name: 'processes that died on their own',
        checked: 2,
        lost: unexpectedExits.length,
        example: unexpectedExits[0],
      });
    const lost = printChecks(checks);
    console.log(lost === 0 ? '\nNothing was lost.' : `\nLOST: ${lost} (logs in ${stack.root})`);
    failed = lost > 0;
    return failed ? 1 : 0;
  } finally {
    await stack.stopAll();
    if (!failed) rmSync(stack.root, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
