// Credits over the real stack: the ledger in the test database, calls placed through the API and
// settled by their workflows, alerts delivered by the dispatcher to a real HTTP sink. The account
// starts as a fresh install does, with the trial's 500 credits.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreditLedger, type ReserveRequest } from '../../credits/ledger.js';
import { billableMinutes } from '../../domain/credits.js';
import { ADMIN_API_KEY, type AppStack, eventually, json, startAppStack } from '../support/app-stack.js';
import { testDatabaseUrl } from '../support/stack.js';

let stack: AppStack;
let sink: Server;
const sinkReceived: { text: string; alert: { thresholdPercent: number; scope: string } }[] = [];

/** Empties the credit tables, so the next stack to start creates the account afresh. */
async function resetCredits() {
  const pool = new pg.Pool({ connectionString: testDatabaseUrl() });
  await pool.query('TRUNCATE credit_alerts, credit_ledger, credit_reservations, credit_scopes');
  await pool.end();
}

beforeAll(async () => {
  await resetCredits();
  sink = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      sinkReceived.push(JSON.parse(body));
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  stack = await startAppStack({
    CREDITS_INITIAL_GRANT: '500',
    CREDIT_ALERT_THRESHOLDS: '80',
    CREDIT_ALERT_WEBHOOK_URL: `http://127.0.0.1:${(sink.address() as AddressInfo).port}/slack`,
  });
});

afterAll(async () => {
  await stack?.stop();
  await new Promise((resolve) => sink?.close(resolve));
  // Later files start with a generous account again.
  await resetCredits();
});

const credits = async () => (await json(await stack.api('/v1/credits'))).body;
const asAdmin = { authorization: `Bearer ${ADMIN_API_KEY}` };

function customer() {
  return `+9198${String(randomInt(0, 1e8)).padStart(8, '0')}`;
}

/** The ledger's own sums against the balance it was summed into. */
async function ledgerAgreesWithBalance() {
  const { rows } = await stack.db.pool.query<{
    balance: string;
    reserved: string;
    granted: string;
    used: string;
    held: string;
  }>(
    `SELECT (SELECT SUM(amount_milli) FROM credit_ledger) AS balance,
            (SELECT SUM(reserved_milli) FROM credit_ledger) AS reserved,
            (SELECT SUM(amount_milli) FROM credit_ledger WHERE kind IN ('grant', 'top_up')) AS granted,
            (SELECT -SUM(amount_milli) FROM credit_ledger WHERE kind = 'settle') AS used,
            (SELECT COALESCE(SUM(amount_milli), 0) FROM credit_reservations WHERE state = 'held') AS held`,
  );
  const sums = rows[0]!;
  const { balance } = await credits();
  expect(Number(sums.granted) / 1000).toBe(balance.granted);
  expect(Number(sums.used ?? 0) / 1000).toBe(balance.used);
  expect(Number(sums.reserved) / 1000).toBe(balance.reserved);
  expect(Number(sums.held) / 1000).toBe(balance.reserved);
  expect(Number(sums.balance) / 1000).toBe(balance.granted - balance.used);
}

async function placeCall(body: Record<string, unknown>) {
  return json(await stack.api('/v1/calls', { method: 'POST', body: JSON.stringify(body) }));
}

async function callWhenCharged(id: string) {
  return eventually(
    async () => {
      const call = (await json(await stack.api(`/v1/calls/${id}`))).body;
      return call.creditsUsed !== null ? call : undefined;
    },
    30_000,
    `call ${id} to be charged`,
  );
}

describe('credits', () => {
  it('starts a fresh install with the trial credits and forecasts them in the terms of docs/exotel.md §10', async () => {
    expect(await credits()).toMatchObject({
      balance: { granted: 500, used: 0, reserved: 0, available: 500, usedPercent: 0 },
      usage: { today: { voice: 0, whatsapp: 0, total: 0 }, thisMonth: { total: 0 }, timezone: 'Asia/Kolkata' },
      forecast: { twoMinuteCalls: 125, messages: 500 },
      rates: { voicePerLegMinute: 1, whatsappPerMessage: 1 },
      alertThresholds: [80],
    });
  });

  // The credit calculator of docs/exotel.md §10, row by row, from a balance of 500.
  it.each([
    [{ calls: [{ count: 1, minutes: 1 }] }, 2, 498],
    [{ calls: [{ count: 1, minutes: 2 }] }, 4, 496],
    [{ calls: [{ count: 1, minutes: 5 }] }, 10, 490],
    [{ calls: [{ count: 1, minutes: 10 }] }, 20, 480],
    [{ messages: 1 }, 1, 499],
    [{ messages: 10 }, 10, 490],
    [{ messages: 100 }, 100, 400],
    [{ messages: 500 }, 500, 0],
    [{ calls: [{ count: 100, minutes: 2 }] }, 400, 100],
    [{ messages: 200 }, 200, 300],
    [{ calls: [{ count: 50, minutes: 2 }], messages: 300 }, 500, 0],
  ])('the calculator prices %j at %i credits, leaving %i of 500', async (usage, expected, remaining) => {
    const { status, body } = await json(
      await stack.api('/v1/credits/estimate', { method: 'POST', body: JSON.stringify({ ...usage, fromBalance: 500 }) }),
    );
    expect(status).toBe(200);
    expect(body.credits).toBe(expected);
    expect(body.balance).toEqual({ available: 500, remainingAfter: remaining, covered: true });
  });

  it('estimates against the current balance, with a breakdown per channel', async () => {
    const { body } = await json(
      await stack.api('/v1/credits/estimate', {
        method: 'POST',
        body: JSON.stringify({ calls: [{ count: 50, minutes: 2 }], messages: 301 }),
      }),
    );
    expect(body).toMatchObject({
      credits: 501,
      voice: { credits: 200, calls: [{ count: 50, minutes: 2, creditsEach: 4, credits: 200 }] },
      whatsapp: { credits: 301, messages: 301, creditsEach: 1 },
      balance: { available: 500, remainingAfter: -1, covered: false },
    });
  });

  it('rejects an estimate without calls or messages, naming the field', async () => {
    const { status, body } = await json(
      await stack.api('/v1/credits/estimate', { method: 'POST', body: '{"messages": -1}' }),
    );
    expect(status).toBe(400);
    expect(body.error.fields).toEqual([expect.objectContaining({ field: 'messages' })]);
  });

  it('never overdraws under many simultaneous reservations from several processes', async () => {
    // Four ledgers on four connection pools: four workers reserving at once.
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: testDatabaseUrl(), max: 8 }));
    const ledgers = pools.map((pool) => new CreditLedger(pool, { alertThresholds: [80] }));
    const batch = randomUUID();
    const request = (i: number): ReserveRequest => ({
      id: `campaign:${batch}:batch:${i}`,
      ownerType: 'campaign_batch',
      ownerId: batch,
      channel: 'whatsapp',
      requested: 3000,
      minimum: 3000,
      quantity: 3,
      expiresAt: new Date(Date.now() + 60_000),
    });
    try {
      const results = await Promise.all(Array.from({ length: 300 }, (_, i) => ledgers[i % 4]!.reserve(request(i))));
      const held = results.filter((result) => result.ok);
      // 500 credits hold 166 batches of 3; every other request is refused with the reason.
      expect(held).toHaveLength(166);
      expect(
        results
          .filter((result) => !result.ok)
          .every((result) => !result.ok && result.reason === 'insufficient_balance'),
      ).toBe(true);
      expect((await credits()).balance).toMatchObject({ reserved: 498, available: 2 });
      await ledgerAgreesWithBalance();

      // A retried reservation returns the first one's hold instead of holding twice.
      expect(await ledgers[0]!.reserve(request(0))).toEqual(results[0]);
      await Promise.all(
        results.map((_, i) =>
          ledgers[i % 4]!.release(request(i).id, { ownerType: 'campaign_batch', ownerId: batch, channel: 'whatsapp' }),
        ),
      );
      expect((await credits()).balance).toMatchObject({ reserved: 0, available: 500, used: 0 });
      await ledgerAgreesWithBalance();
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('budgets are sub-limits: a reservation over its budget is refused with budget_exhausted', async () => {
    const budgetId = `campaign-${randomInt(1e6)}`;
    const denied = await stack.api(`/v1/credits/budgets/${budgetId}`, {
      method: 'PUT',
      body: JSON.stringify({ name: 'Diwali', credits: 10 }),
    });
    expect(denied.status).toBe(403);
    const created = await json(
      await stack.api(`/v1/credits/budgets/${budgetId}`, {
        method: 'PUT',
        headers: asAdmin,
        body: JSON.stringify({ name: 'Diwali', credits: 10 }),
      }),
    );
    expect(created.body).toMatchObject({ id: budgetId, name: 'Diwali', granted: 10, available: 10 });

    const owner = { ownerType: 'campaign_batch' as const, ownerId: budgetId, channel: 'whatsapp' as const };
    const hold = (n: number, requested: number) =>
      stack.ledger.reserve({
        id: `${budgetId}:${n}`,
        ...owner,
        requested,
        minimum: 1000,
        budgetId,
        expiresAt: new Date(Date.now() + 60_000),
      });
    expect(await hold(1, 8000)).toMatchObject({ ok: true, amount: 8000 });
    // Only 2 credits of the budget are left: a batch gets what fits...
    expect(await hold(2, 5000)).toMatchObject({ ok: true, amount: 2000 });
    // ...and then nothing, although the account has plenty.
    expect(await hold(3, 1000)).toEqual({ ok: false, reason: 'budget_exhausted', available: 0, minimum: 1000 });
    // Sent 8 of the first batch's messages, none of the second's.
    await stack.ledger.settle({ reservationId: `${budgetId}:1`, used: 8000, quantity: 8, owner });
    await stack.ledger.release(`${budgetId}:2`, owner);
    const budgets = (await json(await stack.api('/v1/credits/budgets'))).body.budgets as Record<string, unknown>[];
    expect(budgets.find((budget) => budget.id === budgetId)).toMatchObject({
      granted: 10,
      used: 8,
      reserved: 0,
      available: 2,
      usedPercent: 80,
    });
    expect((await credits()).balance).toMatchObject({ used: 8, reserved: 0, available: 492 });
    await ledgerAgreesWithBalance();
  });

  it('charges a call its actual per-leg minutes, reserving before the dial and settling after', async () => {
    const before = (await credits()).balance;
    const to = customer();
    // Two seconds of talk reported as two minutes: each leg spends a little over two minutes on the line.
    stack.sim.script({ match: { to }, script: { talkMs: 2_000, durationScale: 60 } });
    const started = await placeCall({ agentNumber: '9811111111', customerNumber: to });
    expect(started.status).toBe(202);
    const call = await callWhenCharged(started.body.id);
    const legMinutes = call.legs.map((leg: { onCallDurationSec: number }) => billableMinutes(leg.onCallDurationSec));
    expect(call.creditsUsed).toBe(legMinutes[0] + legMinutes[1]);
    expect(call.creditsUsed).toBeGreaterThanOrEqual(4);

    const after = (await credits()).balance;
    expect(after.used - before.used).toBe(call.creditsUsed);
    expect(after.reserved).toBe(before.reserved);
    const ledger = (await json(await stack.api(`/v1/credits/ledger?ownerType=call&ownerId=${call.id}`))).body;
    expect(ledger.entries.map((entry: { kind: string }) => entry.kind)).toEqual(['settle', 'reserve']);
    expect(ledger.entries[0]).toMatchObject({
      credits: -call.creditsUsed,
      reservedCredits: -4,
      channel: 'voice',
      quantity: legMinutes[0] + legMinutes[1],
    });
    expect(ledger.entries[1]).toMatchObject({ credits: 0, reservedCredits: 4, reservationId: `call:${call.id}` });
    expect((await credits()).usage.today.voice).toBeGreaterThanOrEqual(call.creditsUsed);
  });

  it('releases the hold of a call nobody answered, charging nothing', async () => {
    const before = (await credits()).balance;
    const to = customer();
    stack.sim.script({ match: { to }, script: { outcome: 'agent-no-answer' } });
    const call = await callWhenCharged((await placeCall({ agentNumber: '9811111112', customerNumber: to })).body.id);
    expect(call.creditsUsed).toBe(0);
    expect((await credits()).balance).toMatchObject({ used: before.used, reserved: before.reserved });
    const kinds = (await json(await stack.api(`/v1/credits/ledger?ownerId=${call.id}`))).body.entries.map(
      (entry: { kind: string }) => entry.kind,
    );
    expect(kinds).toEqual(['release', 'reserve']);
  });

  it('alerts the sink exactly once when 80% of the credits are used', async () => {
    // Messages used up most of the balance (as a campaign will): short of 80% by one credit.
    const { balance } = await credits();
    const owner = { ownerType: 'campaign_batch' as const, ownerId: 'warm-up', channel: 'whatsapp' as const };
    const toSpend = 400_000 - balance.used * 1000 - 1000;
    await stack.ledger.reserve({
      id: 'warm-up',
      ...owner,
      requested: toSpend,
      minimum: toSpend,
      expiresAt: new Date(Date.now() + 60_000),
    });
    await stack.ledger.settle({ reservationId: 'warm-up', used: toSpend, owner });
    expect((await credits()).balance.usedPercent).toBe(79.8);
    expect(sinkReceived.filter((message) => message.alert.scope === 'account')).toEqual([]);

    // A call tips usage over 80%; another one after it does not alert again.
    for (const agent of ['9811111113', '9811111114']) {
      await callWhenCharged((await placeCall({ agentNumber: agent, customerNumber: customer() })).body.id);
    }
    const [delivered] = await eventually(
      async () => {
        const accountAlerts = sinkReceived.filter((message) => message.alert.scope === 'account');
        return accountAlerts.length ? accountAlerts : undefined;
      },
      15_000,
      'the alert at the sink',
    );
    expect(delivered).toMatchObject({
      alert: { thresholdPercent: 80 },
      text: expect.stringContaining('80% of the Exotel account used'),
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sinkReceived.filter((message) => message.alert.scope === 'account')).toHaveLength(1);

    const alerts = (await json(await stack.api('/v1/credits/alerts'))).body.alerts as Record<string, unknown>[];
    expect(alerts.filter((alert) => alert.scope === 'account')).toEqual([
      expect.objectContaining({ thresholdPercent: 80, deliveredAt: expect.any(String), attempts: 1, lastError: null }),
    ]);
  });

  it('refuses a call before dialling anything when the balance is exhausted, until an admin tops up', async () => {
    // Hold everything that is left, as a running campaign would.
    const { balance } = await credits();
    const owner = { ownerType: 'campaign_batch' as const, ownerId: 'drain', channel: 'whatsapp' as const };
    const all = balance.available * 1000;
    expect(
      await stack.ledger.reserve({
        id: 'drain',
        ...owner,
        requested: all,
        minimum: all,
        expiresAt: new Date(Date.now() + 60_000),
      }),
    ).toMatchObject({ ok: true });

    const to = customer();
    const lead = `lead-${randomUUID().slice(0, 8)}`; // never the customer's number (searchable in Temporal)
    const refused = await placeCall({
      agentNumber: '9811111115',
      customerNumber: to,
      trackingId: lead,
    });
    expect(refused.status).toBe(402);
    expect(refused.body.error).toMatchObject({
      code: 'insufficient_credits',
      message: expect.stringContaining('0 available, 2 needed'),
    });
    // Nothing was written and nothing was dialled.
    expect((await json(await stack.api(`/v1/calls?trackingId=${lead}`))).body.calls).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      stack.sim
        .requests({ path: '/Calls/connect', method: 'POST' })
        .filter((request) => (request.body as Record<string, string>)?.To === to),
    ).toEqual([]);

    // Only an admin key may top up; a repeat with the same Idempotency-Key adds nothing.
    const topUp = (key: Record<string, string>) =>
      stack.api('/v1/credits/top-ups', {
        method: 'POST',
        headers: { ...key, 'idempotency-key': 'invoice-42' },
        body: JSON.stringify({ credits: 100, note: 'invoice 42' }),
      });
    expect((await topUp({})).status).toBe(403);
    const first = await json(await topUp(asAdmin));
    expect(first.status).toBe(201);
    expect(first.body.balance).toMatchObject({ granted: 600, available: 100 });
    const repeat = await json(await topUp(asAdmin));
    expect(repeat).toMatchObject({ status: 200, body: { duplicate: true, balance: { granted: 600 } } });
    const [entry] = (await json(await stack.api('/v1/credits/ledger?kind=top_up'))).body.entries;
    expect(entry).toMatchObject({
      credits: 100,
      note: 'invoice 42',
      actor: expect.stringMatching(/^key:[0-9a-f]{12}$/),
    });

    const accepted = await placeCall({
      agentNumber: '9811111115',
      customerNumber: to,
      trackingId: lead,
    });
    expect(accepted.status).toBe(202);
    await callWhenCharged(accepted.body.id);
    await stack.ledger.release('drain', owner);
    await ledgerAgreesWithBalance();
  });

  it('pages through the ledger, newest first', async () => {
    const first = (await json(await stack.api('/v1/credits/ledger?limit=3'))).body;
    expect(first.entries).toHaveLength(3);
    const second = (await json(await stack.api(`/v1/credits/ledger?limit=3&cursor=${first.nextCursor}`))).body;
    const ids = [...first.entries, ...second.entries].map((entry: { id: string }) => Number(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(6);
    const bad = await json(await stack.api('/v1/credits/ledger?cursor=abc&kind=refund'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { field: string }) => field.field).sort()).toEqual(['cursor', 'kind']);
  });
});
