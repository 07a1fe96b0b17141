// Committing accepted calls: the hot path of POST /v1/calls. Calls arriving together are
// inserted together (lib/batcher.ts), one statement and one commit for a burst, in plain SQL.
// With the fast path the same statement claims each call's first connect attempt.
import type { Call } from '../generated/prisma/client.js';
import { Batcher } from '../lib/batcher.js';
import type { Db } from '../lib/db.js';

export type AcceptedCall = Pick<Call, 'id' | 'workflowId' | 'trackingId' | 'agentNumber' | 'customerNumber' | 'record' | 'status'>;

export interface NewCall {
  id: string;
  workflowId: string;
  trackingId: string | null;
  agentNumber: string;
  customerNumber: string;
  callerId: string;
  record: boolean;
  /** 'in_flight' when the caller makes the first connect attempt itself. */
  connectState: 'pending' | 'in_flight';
}

const batchers = new WeakMap<Db, Batcher<NewCall, AcceptedCall | null>>();

/** Inserts the call; null when its tracking ID already has a call. */
export function insertCall(db: Db, call: NewCall): Promise<AcceptedCall | null> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new Batcher((calls) => insertCalls(db, calls), { maxBatch: 200 });
    batchers.set(db, batcher);
  }
  return batcher.submit(call);
}

async function insertCalls(db: Db, calls: NewCall[]): Promise<(AcceptedCall | null)[]> {
  const column = <K extends keyof NewCall>(key: K) => calls.map((call) => call[key]);
  const { rows } = await db.pool.query<AcceptedCall>(
    `INSERT INTO calls (id, workflow_id, tracking_id, agent_number, customer_number, caller_id, record, status,
                        connect_state, connect_started_at, updated_at)
     SELECT id, workflow_id, tracking_id, agent_number, customer_number, caller_id, record, 'queued',
            connect_state, CASE WHEN connect_state = 'in_flight' THEN now() END, now()
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[])
          AS t(id, workflow_id, tracking_id, agent_number, customer_number, caller_id, record, connect_state)
     ON CONFLICT (tracking_id) DO NOTHING
     RETURNING id, workflow_id AS "workflowId", tracking_id AS "trackingId", agent_number AS "agentNumber",
               customer_number AS "customerNumber", record, status`,
    [
      column('id'),
      column('workflowId'),
      column('trackingId'),
      column('agentNumber'),
      column('customerNumber'),
      column('callerId'),
      column('record'),
      column('connectState'),
    ],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return calls.map((call) => byId.get(call.id) ?? null);
}
