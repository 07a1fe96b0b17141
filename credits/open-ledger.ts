// The credit ledger as this process's configuration sets it up: the account exists with its
// initial grant before anything reserves from it.
import { creditRates, type CreditSettings } from './rates.js';
import { CreditLedger } from './ledger.js';
import type { Db } from '../lib/db.js';

export async function openCreditLedger(db: Db, env: CreditSettings) {
  const ledger = new CreditLedger(db.pool, { alertThresholds: env.CREDIT_ALERT_THRESHOLDS });
  await ledger.ensureAccount(env.CREDITS_INITIAL_GRANT);
  return { ledger, rates: creditRates(env) };
}
