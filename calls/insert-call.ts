// Committing accepted calls: the hot path of POST /v1/calls. Calls arriving together are
// inserted together (lib/batcher.ts), one transaction for a burst, in plain SQL: the call rows,
// and each new call's credit reservation, so a call is never dialled without credits held for
// it and a refused call leaves no row behind. With the fast path the same statement claims each
// call's first connect attempt.
import type { Call } from '../generated/prisma/client.js';
import type { RefusalReason } from '../domain/credit-reservation.js';
import type { Millicredits } from '../domain/credits.js';
import { type CreditLedger, type ReserveRequest } from '../credits/ledger.js';
import { Batcher } from '../lib/batcher.js';
import { type Db, inTransaction, type Row } from '../lib/db.js';
import { appendEvents } from '../events/emit.js';
import { callEvents } from '../events/resources.js';
import type { FollowUpRequest } from '../contracts/messages.js';

export type AcceptedCall = Pick<
  Call,
  'id' | 'workflowId' | 'trackingId' | 'agentNumber' | 'customerNumber' | 'record' | 'status' | 'followUp'
>;

export interface NewCall {
  id: string;
  workflowId: string;
  trackingId: string | null;
  agentNumber: string;
  customerNumber: string;
  callerId: string;
  record: boolean;
  /** The follow-up message the CRM asked for (contracts/messages.ts FollowUpRequest). */
  followUp: FollowUpRequest | null;
  /** 'in_flight' when the caller makes the first connect attempt itself. */
  connectState: 'pending' | 'in_flight';
  /** The credits to hold for it. */
  reservation: ReserveRequest;
}

export type InsertResult =
  | { outcome: 'accepted'; call: AcceptedCall }
  /** Its tracking ID has a call already. */
  | { outcome: 'duplicate' }
  | { outcome: 'refused'; reason: RefusalReason; available: Millicredits; minimum: Millicredits };

const batchers = new WeakMap<CreditLedger, Batcher<NewCall, InsertResult>>();

export function insertCall(db: Db, ledger: CreditLedger, call: NewCall): Promise<InsertResult> {
  let batcher = batchers.get(ledger);
  if (!batcher) {
    batcher = new Batcher((calls) => insertCalls(db, ledger, calls), { maxBatch: 200 });
    batchers.set(ledger, batcher);
  }
  return batcher.submit(call);
}

function insertCalls(db: Db, ledger: CreditLedger, calls: NewCall[]): Promise<InsertResult[]> {
  return inTransaction(db.pool, async (client) => {
    const column = <K extends keyof NewCall>(key: K) => calls.map((call) => call[key]);
    const { rows } = await client.query<
      Row<
        'calls',
        'id' | 'workflow_id' | 'tracking_id' | 'agent_number' | 'customer_number' | 'record' | 'status' | 'follow_up'
      >
    >(
      `INSERT INTO calls (id, workflow_id, tracking_id, agent_number, customer_number, caller_id, record, status,
                          connect_state, connect_started_at, updated_at, follow_up)
       SELECT id, workflow_id, tracking_id, agent_number, customer_number, caller_id, record, 'queued',
              connect_state, CASE WHEN connect_state = 'in_flight' THEN now() END, now(), follow_up
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[], $9::jsonb[])
            AS t(id, workflow_id, tracking_id, agent_number, customer_number, caller_id, record, connect_state, follow_up)
       ON CONFLICT (tracking_id) DO NOTHING
       RETURNING id, workflow_id, tracking_id, agent_number, customer_number, record, status, follow_up`,
      [
        column('id'),
        column('workflowId'),
        column('trackingId'),
        column('agentNumber'),
        column('customerNumber'),
        column('callerId'),
        column('record'),
        column('connectState'),
        calls.map((call) => (call.followUp ? JSON.stringify(call.followUp) : null)),
      ],
    );
    const inserted = new Map(
      rows.map((row): [string, AcceptedCall] => [
        row.id,
        {
          id: row.id,
          workflowId: row.workflow_id,
          trackingId: row.tracking_id,
          agentNumber: row.agent_number,
          customerNumber: row.customer_number,
          record: row.record,
          status: row.status,
          followUp: row.follow_up as AcceptedCall['followUp'],
        },
      ]),
    );
    const fresh = calls.filter((call) => inserted.has(call.id));
    const reservations = new Map(
      (
        await ledger.reserveWith(
          client,
          fresh.map((call) => call.reservation),
        )
      ).map((result, i) => [fresh[i]!.id, result]),
    );
    const refused = fresh.filter((call) => !reservations.get(call.id)!.ok).map((call) => call.id);
    if (refused.length) await client.query(`DELETE FROM calls WHERE id = ANY($1::uuid[])`, [refused]);
    const queued = fresh.filter((call) => reservations.get(call.id)!.ok);
    await appendEvents(
      client,
      await callEvents(
        client,
        queued.map((call) => ({ type: 'call.queued', resourceId: call.id })),
      ),
    );

    return calls.map((call): InsertResult => {
      const row = inserted.get(call.id);
      if (!row) return { outcome: 'duplicate' };
      const reservation = reservations.get(call.id)!;
      return reservation.ok ? { outcome: 'accepted', call: row } : { outcome: 'refused', ...reservation };
    });
  });
}
