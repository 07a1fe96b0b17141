// bench:faults' verdict: the simulator's own record (what Exotel acknowledged, dialled and
// received) against what exoflow stored, after every fault has healed. Each check counts what it
// looked at and what was lost; one example of each loss is kept for the report.
import pg from 'pg';
import { callCost } from '../domain/credits.js';
import { getJson } from './lib.js';
import type { AcceptedCall } from './faults-workload.js';

export interface Check {
  name: string;
  checked: number;
  lost: number;
  example?: string;
}

interface SimCallback {
  callSid: string;
  eventType: string;
  copy: number;
  outcome: string;
  responseStatus: number | null;
  body: Record<string, unknown>;
}
interface SimCall {
  sid: string;
  request: { to: string; statusCallback?: string };
  finalStatus: string;
  ended: boolean;
  durations: { leg1OnCallSec: number; leg2OnCallSec: number; conversationSec: number };
  recording: { url: string } | null;
}
interface SimDlrPost {
  sids: string[];
  labels: string[];
  outcome: string;
  responseStatus: number | null;
}
interface SimMessage {
  sid: string;
  to: string;
  customData: string | null;
  rejection: unknown;
  fate: string | null;
}

const MILLI = 1000;
const STATUS_RANK: Record<string, number> = { sent: 1, delivered: 2, read: 3, failed: 3 };

function check(name: string, items: readonly unknown[], lost: string[]): Check {
  return { name, checked: items.length, lost: lost.length, ...(lost[0] ? { example: lost[0] } : {}) };
}

/** Our call ID, from the StatusCallback URL exoflow gave Exotel (`?call=<id>&token=…`). */
function callIdOf(call: SimCall): string | null {
  if (!call.request.statusCallback) return null;
  return new URL(call.request.statusCallback).searchParams.get('call');
}

const acknowledged = (status: number | null) => status !== null && status >= 200 && status < 300;

export async function audit(options: {
  databaseUrl: string;
  simUrl: string;
  campaignId: string;
  template: string;
  calls: readonly AcceptedCall[];
  /** When the worker was SIGKILLed (ms since the epoch). */
  workerKilledAt?: number;
}): Promise<{ checks: Check[]; notes: string[] }> {
  const { simUrl } = options;
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  try {
    const [{ callbacks }, { calls: simCalls }, { callbacks: dlrPosts }, { messages }] = await Promise.all([
      getJson<{ callbacks: SimCallback[] }>(`${simUrl}/_sim/callbacks`),
      getJson<{ calls: SimCall[] }>(`${simUrl}/_sim/calls`),
      getJson<{ callbacks: SimDlrPost[] }>(`${simUrl}/_sim/whatsapp/callbacks?kind=dlr`),
      getJson<{ messages: SimMessage[] }>(
        `${simUrl}/_sim/whatsapp/messages?template=${options.template}&limit=1000000`,
      ),
    ]);
    const checks: Check[] = [];

    // 1. Voice callbacks Exotel got a 2xx for: stored, and delivered to the call's workflow.
    const events = await db.query<{ call_sid: string; event_type: string; status: string; delivery: string }>(
      `SELECT call_sid, event_type, status, delivery FROM call_events WHERE source = 'webhook'`,
    );
    const stored = new Map(events.rows.map((row) => [`${row.call_sid}|${row.event_type}|${row.status}`, row.delivery]));
    const ackedVoice = callbacks.filter((callback) => acknowledged(callback.responseStatus));
    const voiceKeys = [
      ...new Set(
        // A callback without EventType (the bare end-of-call POST) is stored as a snapshot.
        ackedVoice.map(
          (callback) =>
            `${callback.callSid}|${String(callback.body.EventType ?? 'snapshot').toLowerCase()}|${String(callback.body.Status)}`,
        ),
      ),
    ];
    checks.push(
      check(
        'voice callbacks acknowledged 2xx: stored and relayed',
        voiceKeys,
        voiceKeys.filter((key) => !['delivered', 'unmatched'].includes(stored.get(key) ?? 'missing')),
      ),
    );

    // 2. Delivery reports Exotel got a 2xx for: stored and applied to their send.
    const reports = await db.query<{ sid: string; status: string; matched: boolean }>(
      `SELECT sid, status, matched FROM whatsapp_events WHERE kind = 'status'`,
    );
    const storedReports = new Map(reports.rows.map((row) => [`${row.sid}|${row.status}`, row.matched]));
    const sendStatus = await db.query<{ provider_sid: string; status: string | null }>(
      `SELECT provider_sid, status FROM message_sends WHERE campaign_id = $1 AND provider_sid IS NOT NULL`,
      [options.campaignId],
    );
    const statusBySid = new Map(sendStatus.rows.map((row) => [row.provider_sid, row.status]));
    const ackedReports = [
      ...new Set(
        dlrPosts
          .filter((post) => acknowledged(post.responseStatus))
          .flatMap((post) => post.sids.map((sid, index) => `${sid}|${post.labels[index]}`)),
      ),
    ];
    checks.push(
      check(
        'delivery reports acknowledged 2xx: stored and applied',
        ackedReports,
        ackedReports.filter((key) => {
          const [sid, label] = key.split('|') as [string, string];
          const status = statusBySid.get(sid);
          const applied = status !== undefined && (STATUS_RANK[status ?? ''] ?? 0) >= (STATUS_RANK[label] ?? 9);
          return storedReports.get(key) !== true || !applied;
        }),
      ),
    );

    // 3. Calls: each accepted call ended as Exotel's own record says, dialled at most once.
    const rows = await db.query<{
      id: string;
      status: string;
      failure_reason: string | null;
      leg1_duration_sec: number | null;
      leg2_duration_sec: number | null;
      credits_used: string | null;
      record: boolean;
      recording_status: string | null;
    }>(
      `SELECT id, status, failure_reason, leg1_duration_sec, leg2_duration_sec, credits_used, record, recording_status FROM calls`,
    );
    const ours = new Map(rows.rows.map((row) => [row.id, row]));
    const dialled = new Map<string, SimCall[]>();
    for (const simCall of simCalls) {
      const id = callIdOf(simCall);
      if (id) dialled.set(id, [...(dialled.get(id) ?? []), simCall]);
    }
    const wrongState: string[] = [];
    const twice: string[] = [];
    const missingRecording: string[] = [];
    for (const call of options.calls) {
      const row = ours.get(call.id);
      const truth = dialled.get(call.id) ?? [];
      if (truth.length > 1) twice.push(`${call.id} dialled ${truth.length} times`);
      const sim = truth[0];
      if (!row) {
        wrongState.push(`${call.id}: accepted (${call.phase}) but no row`);
      } else if (!sim) {
        // Never reached Exotel: it must have ended as failed, with the reason.
        if (row.status !== 'failed') wrongState.push(`${call.id}: never dialled but ${row.status}`);
      } else if (
        row.status !== sim.finalStatus ||
        (row.leg1_duration_sec ?? 0) !== sim.durations.leg1OnCallSec ||
        (row.leg2_duration_sec ?? 0) !== sim.durations.leg2OnCallSec
      ) {
        wrongState.push(
          `${call.id} (${call.phase}): ours ${row.status} ${row.leg1_duration_sec}/${row.leg2_duration_sec}s${row.failure_reason ? ` (${row.failure_reason})` : ''}, Exotel ${sim.finalStatus} ${sim.durations.leg1OnCallSec}/${sim.durations.leg2OnCallSec}s`,
        );
      }
      if (row && sim?.recording && row.recording_status !== 'archived')
        missingRecording.push(`${call.id}: recording ${row.recording_status ?? 'pending'}`);
    }
    checks.push(check('accepted calls at their true terminal state', options.calls, wrongState));
    checks.push(check('accepted calls dialled at most once', options.calls, twice));
    checks.push(
      check(
        'recordings archived',
        options.calls.filter((call) => dialled.get(call.id)?.[0]?.recording),
        missingRecording,
      ),
    );

    // 4. Recipients: messaged at most once, each accounted for, our record matching Exotel's.
    const recipients = await db.query<{
      contact_id: string;
      state: string | null;
      provider_sid: string | null;
      created_at: Date | null;
    }>(
      `SELECT r.contact_id, s.state, s.provider_sid, s.created_at
         FROM campaign_recipients r
         LEFT JOIN message_sends s ON s.campaign_id = r.campaign_id AND s.contact_id = r.contact_id AND s.step = 0
        WHERE r.campaign_id = $1`,
      [options.campaignId],
    );
    const received = messages.filter((message) => !message.rejection);
    const perCustomData = new Map<string, number>();
    const perPhone = new Map<string, number>();
    for (const message of received) {
      perCustomData.set(message.customData ?? '', (perCustomData.get(message.customData ?? '') ?? 0) + 1);
      perPhone.set(message.to.slice(-10), (perPhone.get(message.to.slice(-10)) ?? 0) + 1);
    }
    checks.push(
      check(
        'recipients messaged at most once',
        recipients.rows,
        [...perPhone.entries()]
          .filter(([, count]) => count > 1)
          .map(([phone, count]) => `…${phone.slice(-4)} ×${count}`),
      ),
    );
    checks.push(
      check(
        'recipients accounted for (sent, skipped, failed, unknown)',
        recipients.rows,
        recipients.rows
          .filter((row) => !['accepted', 'skipped', 'failed', 'unknown'].includes(row.state ?? 'none'))
          .map((row) => `${row.contact_id}: ${row.state ?? 'no send row'}`),
      ),
    );
    // `unknown`: recorded, then the worker died before Exotel's answer was recorded, and no
    // report ever named it. Never resent, by design (exactly once cannot be proven either way).
    // Only a send recorded in the moments before the worker was killed may end so.
    const unknown = recipients.rows.filter((row) => row.state === 'unknown');
    checks.push(
      check(
        'sends left unknown only by the worker being killed mid-request',
        unknown,
        unknown
          .filter((row) => {
            const at = row.created_at?.getTime() ?? 0;
            return !options.workerKilledAt || at > options.workerKilledAt || at < options.workerKilledAt - 10_000;
          })
          .map((row) => `${row.contact_id}: unknown, recorded ${row.created_at?.toISOString()}`),
      ),
    );
    const sids = new Set(received.map((message) => message.sid));
    const ourSids = new Set(recipients.rows.flatMap((row) => (row.provider_sid ? [row.provider_sid] : [])));
    checks.push(
      check('messages Exotel accepted, recorded as sent by us', received, [
        ...received.filter((message) => !ourSids.has(message.sid)).map((message) => `sid ${message.sid} not recorded`),
        ...[...ourSids].filter((sid) => !sids.has(sid)).map((sid) => `sid ${sid} recorded, never received`),
      ]),
    );

    // 5. The ledger: no hold left, each call charged its legs' minutes, the campaign its messages.
    const reservations = await db.query<{ id: string; state: string }>(`SELECT id, state FROM credit_reservations`);
    const held = { rows: reservations.rows.filter((row) => row.state === 'held') };
    const scopes = await db.query<{ id: string; reserved_milli: string; used_milli: string; limit_milli: string }>(
      `SELECT id, reserved_milli, used_milli, limit_milli FROM credit_scopes`,
    );
    const sums = await db.query<{ amount: string; reserved: string }>(
      `SELECT coalesce(sum(amount_milli), 0) AS amount, coalesce(sum(reserved_milli), 0) AS reserved FROM credit_ledger`,
    );
    const account = scopes.rows.find((scope) => scope.id === 'account')!;
    const ledgerProblems = [
      ...held.rows.map((row) => `hold ${row.id} still held`),
      ...scopes.rows
        .filter((scope) => scope.reserved_milli !== '0')
        .map((scope) => `${scope.id} reserves ${scope.reserved_milli}`),
      ...(Number(sums.rows[0]!.amount) !== Number(account.limit_milli) - Number(account.used_milli)
        ? [
            `ledger sums to ${sums.rows[0]!.amount}, account says ${Number(account.limit_milli) - Number(account.used_milli)}`,
          ]
        : []),
      ...(sums.rows[0]!.reserved !== '0' ? [`ledger reserves ${sums.rows[0]!.reserved}`] : []),
    ];
    checks.push(check('credit holds released, ledger = balances', reservations.rows, ledgerProblems));

    const charges = await db.query<{ owner_type: string; owner_id: string; used: string }>(
      `SELECT owner_type, owner_id, -sum(amount_milli) AS used FROM credit_ledger
        WHERE kind IN ('settle', 'release') GROUP BY 1, 2`,
    );
    const charged = new Map(charges.rows.map((row) => [`${row.owner_type}:${row.owner_id}`, Number(row.used)]));
    const callCharges = options.calls.flatMap((call) => {
      const sim = dialled.get(call.id)?.[0];
      const due = sim
        ? callCost([sim.durations.leg1OnCallSec, sim.durations.leg2OnCallSec], { voicePerLegMinute: MILLI })
        : 0;
      const got = charged.get(`call:${call.id}`) ?? 0;
      return got === due ? [] : [`call ${call.id}: charged ${got / MILLI}, used ${due / MILLI}`];
    });
    checks.push(check('calls charged their legs’ minutes (Exotel’s durations)', options.calls, callCharges));
    const campaignCharged = charged.get(`campaign_batch:${options.campaignId}`) ?? 0;
    checks.push(
      check(
        'campaign charged one credit per message Exotel accepted (and per unknown)',
        received,
        // Unknown sends are charged too (whether Exotel billed them cannot be told).
        campaignCharged === (received.length + unknown.length) * MILLI
          ? []
          : [`charged ${campaignCharged / MILLI}, sent ${received.length}, unknown ${unknown.length}`],
      ),
    );
    // Not a loss: reports Exotel stopped retrying leave a status behind what really happened.
    const behind = received.filter(
      (message) => (STATUS_RANK[statusBySid.get(message.sid) ?? ''] ?? 0) < (STATUS_RANK[message.fate ?? ''] ?? 0),
    ).length;
    return {
      checks,
      notes: [
        `${behind} of ${received.length} messages show an earlier status than Exotel's (their later reports were never acknowledged)`,
      ],
    };
  } finally {
    await db.end();
  }
}

/** What the simulator itself gave up on (Exotel stops retrying): not acknowledged, so not ours to apply. */
export async function unacknowledged(simUrl: string): Promise<{ voice: number; reports: number }> {
  const [{ callbacks }, { callbacks: posts }] = await Promise.all([
    getJson<{ callbacks: SimCallback[] }>(`${simUrl}/_sim/callbacks`),
    getJson<{ callbacks: (SimDlrPost & { attempt: number })[] }>(`${simUrl}/_sim/whatsapp/callbacks?kind=dlr`),
  ]);
  const voiceAcked = new Set(
    callbacks.filter((c) => acknowledged(c.responseStatus)).map((c) => `${c.callSid}|${c.eventType}`),
  );
  const voice = new Set(
    callbacks
      .filter((c) => c.outcome !== 'dropped' && !voiceAcked.has(`${c.callSid}|${c.eventType}`))
      .map((c) => `${c.callSid}|${c.eventType}`),
  ).size;
  const reportAcked = new Set(
    posts.filter((p) => acknowledged(p.responseStatus)).flatMap((p) => p.sids.map((sid, i) => `${sid}|${p.labels[i]}`)),
  );
  const reports = new Set(
    posts.flatMap((p) => p.sids.map((sid, i) => `${sid}|${p.labels[i]}`)).filter((key) => !reportAcked.has(key)),
  ).size;
  return { voice, reports };
}

export function printChecks(checks: readonly Check[]): number {
  const width = Math.max(...checks.map((c) => c.name.length));
  console.log(`\n${'check'.padEnd(width)}  ${'checked'.padStart(8)}  ${'lost'.padStart(5)}  example`);
  for (const c of checks)
    console.log(
      `${c.name.padEnd(width)}  ${String(c.checked).padStart(8)}  ${String(c.lost).padStart(5)}  ${c.example ?? ''}`,
    );
  return checks.reduce((sum, c) => sum + c.lost, 0);
}
