// Delivery reports are acknowledged once stored and applied to their messages afterwards, in bulk,
// by the workers' appliers (messages/report-applier.ts). What a CRM or an operator would check:
// an acknowledged report is never lost even while no worker runs; with two appliers side by side
// every report is applied once, each message reaches its last status, and the event log tells each
// status once.
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappWebhookUrl } from '../../lib/webhook-token.js';
import { ReportApplier } from '../../messages/report-applier.js';
import { type AppStack, eventually, json, startAppStack } from '../support/app-stack.js';
import { postReport } from '../support/whatsapp-reports.js';

let stack: AppStack;
let webhookUrl: string;
beforeAll(async () => {
  // No worker: the test decides when appliers run.
  stack = await startAppStack({}, { worker: false });
  webhookUrl = whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET);
});
afterAll(async () => {
  await stack?.stop();
});

const STATUS_CODES = { sent: 30001, delivered: 30002, read: 30003 } as const;

/** `count` accepted single messages to one opted-in contact, each with its Exotel sid. */
async function acceptedMessages(count: number): Promise<{ id: string; sid: string; phone: string }[]> {
  const phone = `+9198${String(randomInt(10_000_000, 99_999_999))}`;
  const contact = await json(
    await stack.api('/v1/contacts', {
      method: 'POST',
      body: JSON.stringify({
        phone,
        consent: { purpose: 'transactional', action: 'opt_in', source: 'api', evidence: 'Asked on the phone' },
      }),
    }),
  );
  expect(contact.status, JSON.stringify(contact.body)).toBeLessThan(300);
  const messages = Array.from({ length: count }, () => ({ id: randomUUID(), sid: `wamid-${randomUUID()}`, phone }));
  await stack.db.pool.query(
    `INSERT INTO message_sends (id, step, contact_id, phone, state, provider_sid, sent_at, source)
     SELECT id, 0, $3, $4, 'accepted', sid, now(), 'api' FROM unnest($1::uuid[], $2::text[]) AS t(id, sid)`,
    [messages.map((m) => m.id), messages.map((m) => m.sid), contact.body.id, phone],
  );
  return messages;
}

/** One report per POST, as Exotel sends them; with our send ID (custom_data) or by sid alone. */
const report = (
  message: { id: string; sid: string; phone: string },
  status: keyof typeof STATUS_CODES,
  byId: boolean,
) =>
  postReport(webhookUrl, {
    sid: message.sid,
    to: message.phone,
    code: STATUS_CODES[status],
    ...(byId ? { customData: message.id } : {}),
  });

const statuses = async (ids: string[]) =>
  (
    await stack.db.pool.query<{ status: string | null }>(
      `SELECT status FROM message_sends WHERE id = ANY($1::uuid[])`,
      [ids],
    )
  ).rows.map((row) => row.status);

/** Waits until the message shows `status`. */
const statusBecomes = (id: string, status: string) =>
  eventually(async () => ((await statuses([id]))[0] === status ? true : undefined));

/** Runs one applier, as a worker would, while `check` waits for its effect. */
async function withAnApplier(check: () => Promise<unknown>): Promise<void> {
  const applier = new ReportApplier(stack.db.pool, stack.logger, { idlePollMs: 100 });
  await applier.start(stack.env.DATABASE_URL);
  try {
    await check();
  } finally {
    await applier.stop();
  }
}

describe('delivery reports', () => {
  it('acknowledges a report while no worker runs, and applies it once a worker starts', async () => {
    const [message] = await acceptedMessages(1);
    const answer = await report(message!, 'delivered', true);
    expect(answer.status).toBe(200);
    // Committed, not yet applied: the message still shows no status.
    const stored = await stack.db.pool.query(`SELECT applied FROM whatsapp_events WHERE sid = $1`, [message!.sid]);
    expect(stored.rows).toEqual([{ applied: false }]);
    expect(await statuses([message!.id])).toEqual([null]);

    await withAnApplier(() => statusBecomes(message!.id, 'delivered'));
    const view = await json(await stack.api(`/v1/messages/${message!.id}`));
    expect(view.body).toMatchObject({ status: 'delivered' });
  });

  it('applies a report acknowledged before its contact was erased, without keeping the number', async () => {
    const [message] = await acceptedMessages(1);
    expect((await report(message!, 'read', true)).status).toBe(200);
    const { rows } = await stack.db.pool.query<{ contact_id: string }>(
      `SELECT contact_id FROM message_sends WHERE id = $1`,
      [message!.id],
    );
    const erased = await stack.api(`/v1/contacts/${rows[0]!.contact_id}`, { method: 'DELETE' });
    expect(erased.status).toBe(200);

    await withAnApplier(() => statusBecomes(message!.id, 'read'));
    const stored = await stack.db.pool.query<{ payload: string; phone: string | null; matched: boolean }>(
      `SELECT payload::text, phone, matched FROM whatsapp_events WHERE sid = $1`,
      [message!.sid],
    );
    expect(stored.rows).toEqual([
      { payload: expect.not.stringContaining(message!.phone.slice(-8)), phone: null, matched: true },
    ]);
  });

  it('sets aside a stored report that cannot be applied, and applies the ones behind it', async () => {
    const [broken, fine] = await acceptedMessages(2);
    // A row no webhook would store (its code is not a number): the oldest in the queue.
    await stack.db.pool.query(
      `INSERT INTO whatsapp_events (dedupe_key, kind, sid, send_id, status, payload)
       VALUES ($1, 'status', $2, $3, 'failed', $4)`,
      [
        `dlr:${broken!.sid}:broken`,
        broken!.sid,
        broken!.id,
        JSON.stringify({
          kind: 'status',
          sid: broken!.sid,
          status: 'failed',
          code: 'x',
          detail: 'x',
          at: null,
          customData: broken!.id,
        }),
      ],
    );
    expect((await report(fine!, 'delivered', true)).status).toBe(200);

    await withAnApplier(() => statusBecomes(fine!.id, 'delivered'));
    const aside = await stack.db.pool.query(`SELECT applied, matched FROM whatsapp_events WHERE sid = $1`, [
      broken!.sid,
    ]);
    expect(aside.rows).toEqual([{ applied: true, matched: false }]);
    expect(await statuses([broken!.id])).toEqual([null]);
  });

  it('applies every report once with two appliers side by side, and tells each status once', async () => {
    const messages = await acceptedMessages(40);
    const appliers = [
      new ReportApplier(stack.db.pool, stack.logger, { idlePollMs: 50, batchSize: 7 }),
      new ReportApplier(stack.db.pool, stack.logger, { idlePollMs: 50, batchSize: 11 }),
    ];
    await Promise.all(appliers.map((applier) => applier.start(stack.env.DATABASE_URL)));
    try {
      // Sent, delivered and read for each message, each POSTed twice (Exotel retries), all at once;
      // half name our send ID, half only Exotel's sid.
      const answers = await Promise.all(
        messages.flatMap((message, index) =>
          (['sent', 'delivered', 'read'] as const).flatMap((status) => [
            report(message, status, index % 2 === 0),
            report(message, status, index % 2 === 0),
          ]),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
      const ids = messages.map((message) => message.id);
      await eventually(async () => ((await statuses(ids)).every((status) => status === 'read') ? true : undefined));
      const stored = await stack.db.pool.query<{ applied: boolean; matched: boolean; n: number }>(
        `SELECT applied, matched, count(*)::int AS n FROM whatsapp_events WHERE sid = ANY($1) GROUP BY 1, 2`,
        [messages.map((message) => message.sid)],
      );
      expect(stored.rows).toEqual([{ applied: true, matched: true, n: 120 }]);
      const told = await stack.db.pool.query<{ type: string; n: number }>(
        `SELECT type, count(*)::int AS n FROM events WHERE resource_id = ANY($1) GROUP BY type ORDER BY type`,
        [ids],
      );
      expect(told.rows).toEqual([
        { type: 'message.delivered', n: 40 },
        { type: 'message.read', n: 40 },
        { type: 'message.sent', n: 40 },
      ]);
    } finally {
      await Promise.all(appliers.map((applier) => applier.stop()));
    }
  });
});
