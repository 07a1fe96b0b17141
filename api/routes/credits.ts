// /v1/credits: the balance and its forecast, the credit calculator (docs/exotel.md §10), top-ups and budgets (admin
// keys: api/access.ts), the ledger page by page, and threshold alerts.
import { Router } from 'express';
import type { CreditLedger } from '../../credits/ledger.js';
import { type CreditSettings, creditRates } from '../../credits/rates.js';
import {
  accountBalance,
  creditSummary,
  ledgerPage,
  listAlerts,
  listBudgets,
  type ScopeBalance,
} from '../../credits/summary.js';
import { estimate, fromCredits, type Millicredits, toCredits } from '../../domain/credits.js';
import type { Db } from '../../lib/db.js';
import { apiKeyFingerprint } from '../auth.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { budgetBody, budgetIdParam, estimateBody, ledgerQuery, topUpBody } from '../credit-schemas.js';

export interface CreditRoutesDeps {
  db: Db;
  ledger: CreditLedger;
  env: CreditSettings;
}

const byChannel = (amounts: Record<'voice' | 'whatsapp', Millicredits>) => ({
  voice: toCredits(amounts.voice),
  whatsapp: toCredits(amounts.whatsapp),
  total: toCredits(amounts.voice + amounts.whatsapp),
});

const balanceView = (balance: ScopeBalance) => ({
  granted: toCredits(balance.granted),
  used: toCredits(balance.used),
  reserved: toCredits(balance.reserved),
  available: toCredits(balance.available),
  usedPercent: balance.usedPercent,
});

export function creditRoutes({ db, ledger, env }: CreditRoutesDeps): Router {
  const router = Router();
  const rates = creditRates(env);

  router.get('/v1/credits', async (_req, res) => {
    const summary = await creditSummary(db.pool, rates, env.CREDITS_TIMEZONE);
    res.json({
      balance: balanceView(summary.balance),
      usage: {
        today: byChannel(summary.usage.today),
        thisMonth: byChannel(summary.usage.thisMonth),
        timezone: summary.usage.timezone,
      },
      forecast: summary.forecast,
      rates: {
        voicePerLegMinute: toCredits(rates.voicePerLegMinute),
        whatsappPerMessage: toCredits(rates.whatsappPerMessage),
        whatsappByCategory: Object.fromEntries(
          Object.entries(rates.whatsappByCategory).map(([k, v]) => [k, toCredits(v)]),
        ),
      },
      alertThresholds: env.CREDIT_ALERT_THRESHOLDS,
    });
  });

  /** The credit calculator of docs/exotel.md §10, at the configured rates. */
  router.post('/v1/credits/estimate', async (req, res) => {
    const body = parseOrThrow(estimateBody, req.body);
    const result = estimate(body, rates);
    const available =
      body.fromBalance !== undefined ? fromCredits(body.fromBalance)! : (await accountBalance(db.pool)).available;
    res.json({
      credits: toCredits(result.total),
      voice: {
        credits: toCredits(result.voice.total),
        calls: result.voice.calls.map((line) => ({
          count: line.count,
          minutes: line.minutes,
          creditsEach: toCredits(line.each),
          credits: toCredits(line.total),
        })),
      },
      whatsapp: {
        credits: toCredits(result.whatsapp.total),
        messages: result.whatsapp.messages,
        creditsEach: toCredits(result.whatsapp.each),
      },
      balance: {
        available: toCredits(available),
        remainingAfter: toCredits(available - result.total),
        covered: available >= result.total,
      },
    });
  });

  router.post('/v1/credits/top-ups', async (req, res) => {
    const body = parseOrThrow(topUpBody, req.body);
    const idempotencyKey = req.get('idempotency-key');
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,100}$/.test(idempotencyKey)) {
      throw new ApiError(400, 'validation_failed', 'Idempotency-Key must be 1-100 printable characters', [
        { field: 'Idempotency-Key', message: 'must be 1-100 printable characters' },
      ]);
    }
    const { entryId, duplicate } = await ledger.topUp({
      amount: fromCredits(body.credits)!,
      actor: apiKeyFingerprint(req),
      note: body.note,
      idempotencyKey: idempotencyKey ? `top-up:${idempotencyKey}` : undefined,
    });
    res.status(duplicate ? 200 : 201).json({ entryId, duplicate, balance: balanceView(await accountBalance(db.pool)) });
  });

  router.get('/v1/credits/ledger', async (req, res) => {
    const query = parseOrThrow(ledgerQuery, req.query, 'query');
    const page = await ledgerPage(db.pool, {
      ...query,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      before: query.cursor,
    });
    res.json({
      entries: page.entries.map(({ amount, reserved, ...entry }) => ({
        ...entry,
        credits: toCredits(amount),
        reservedCredits: toCredits(reserved),
      })),
      nextCursor: page.nextCursor,
    });
  });

  router.get('/v1/credits/budgets', async (_req, res) => {
    const budgets = await listBudgets(db.pool);
    res.json({ budgets: budgets.map((budget) => ({ ...budget, ...balanceView(budget) })) });
  });

  router.put('/v1/credits/budgets/:id', async (req, res) => {
    const { id } = parseOrThrow(budgetIdParam, req.params, 'path');
    const body = parseOrThrow(budgetBody, req.body);
    await ledger.upsertBudget({
      id,
      name: body.name,
      limit: fromCredits(body.credits)!,
      ...(body.owner ? { ownerType: body.owner.type, ownerId: body.owner.id } : {}),
    });
    const [budget] = await listBudgets(db.pool, id);
    if (!budget) throw new Error(`budget ${id} vanished after it was written`);
    res.json({ ...budget, ...balanceView(budget) });
  });

  router.delete('/v1/credits/budgets/:id', async (req, res) => {
    const { id } = parseOrThrow(budgetIdParam, req.params, 'path');
    const outcome = await ledger.deleteBudget(id);
    if (outcome === 'not_found') throw new ApiError(404, 'not_found', `No budget ${id}`);
    if (outcome === 'in_use')
      throw new ApiError(
        409,
        'budget_in_use',
        `Budget ${id} is in use (credits held against it, or its campaign has not finished): delete it after`,
      );
    res.status(204).end();
  });

  router.get('/v1/credits/alerts', async (_req, res) => {
    const alerts = await listAlerts(db.pool);
    res.json({
      alerts: alerts.map(({ used, granted, ...alert }) => ({
        ...alert,
        usedCredits: toCredits(used),
        grantedCredits: toCredits(granted),
      })),
    });
  });

  return router;
}
