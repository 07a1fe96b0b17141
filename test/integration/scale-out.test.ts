// Scale-out, shown: two API processes and two worker processes (each started as a deployment
// starts them) against one PostgreSQL and one Temporal. Calls are placed through both APIs, and
// each API receives the callbacks of the calls it dialled; two campaigns on one sending number
// run at once, their workflows and pages on whichever worker Temporal gives them. What must hold: nobody is dialled or messaged twice, the
// number's cap holds across the workers (pacing is booked in PostgreSQL), and every callback is
// stored once and applied to its call. A third API runs as API_PROCESSES=2 (node:cluster).
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppStack, eventually, json, startAppStack } from '../support/app-stack.js';
import { type AppProcess, freePort, startApiProcess, startWorkerProcess } from '../support/worker-process.js';

const SENDER = '+918047100055';
const CAP = 20;
let stack: AppStack;
let apis: { url: string; process: AppProcess }[] = [];
let workers: AppProcess[] = [];
/** Which worker processes ran the tests' workflow and activity tasks. */
const identities = new Set<string>();

beforeAll(async () => {
  // The stack gives the database, Temporal, the simulator and the environment; its own worker is
  // off, so only the two worker processes below run workflows and activities.
  stack = await startAppStack(
    { WHATSAPP_SENDING_NUMBER: SENDER, WHATSAPP_MESSAGES_PER_SECOND: String(CAP) },
    { worker: false },
  );
  const ports = [await freePort(), await freePort()];
  apis = ports.map((port) => {
    const url = `http://127.0.0.1:${port}`;
    return { url, process: startApiProcess({ ...stack.variables, PORT: String(port), CALLBACK_BASE_URL: url }) };
  });
  // Each worker names one API in the URLs it gives Exotel, so reports reach both.
  workers = apis.map(({ url }) => startWorkerProcess({ ...stack.variables, CALLBACK_BASE_URL: url }));
  await Promise.all([...apis.map((api) => api.process.ready), ...workers.map((worker) => worker.ready)]);
}, 180_000);

afterAll(async () => {
  await Promise.all([...apis.map((api) => api.process.kill('SIGTERM')), ...workers.map((worker) => worker.kill())]);
  await stack?.stop();
});

const call = (api: string, path: string, init: RequestInit = {}) =>
  fetch(`${api}${path}`, {
    ...init,
    headers: { authorization: `Bearer integration-key-0123456789`, 'content-type': 'application/json' },
  });
const post = (api: string, path: string, body: unknown) =>
  call(api, path, { method: 'POST', body: JSON.stringify(body) });

/** The identities (pid@host) of the workers that ran a workflow's tasks and activities. */
async function workerIdentities(workflowId: string): Promise<Set<string>> {
  const history = await stack.temporal.workflow.getHandle(workflowId).fetchHistory();
  const identities = new Set<string>();
  for (const event of history.events ?? []) {
    const identity =
      event.activityTaskStartedEventAttributes?.identity ?? event.workflowTaskStartedEventAttributes?.identity;
    if (identity) identities.add(identity);
  }
  return identities;
}

describe('two API processes and two workers on one database and one Temporal', () => {
  it('places every call once, through either API, and applies each callback once', async () => {
    const placed = await Promise.all(
      Array.from({ length: 8 }, async (_, index) => {
        const customer = `+9198${String(randomInt(10_000_000, 99_999_999))}`;
        const api = apis[index % 2]!.url;
        const { status, body } = await json(
          await post(api, '/v1/calls', {
            agentNumber: `+9197${String(randomInt(10_000_000, 99_999_999))}`,
            customerNumber: customer,
            trackingId: `scale-${randomUUID()}`,
          }),
        );
        expect(status, JSON.stringify(body)).toBe(202);
        return { id: body.id as string, customer, api };
      }),
    );
    const ended = await Promise.all(
      placed.map(({ id, api }) =>
        eventually(
          async () => {
            const { body } = await json(await call(api, `/v1/calls/${id}`));
            return body.creditsUsed !== null && body.endedAt ? body : undefined;
          },
          90_000,
          `call ${id} to end`,
        ),
      ),
    );
    for (const [index, view] of ended.entries()) {
      const { id, customer, api } = placed[index]!;
      expect(view.status).toBe('completed');
      // Exotel was asked once, and told to call back the API that dialled.
      const connects = stack.sim
        .requests({ path: '/Calls/connect', method: 'POST' })
        .filter((request) => (request.body as Record<string, string>)?.To === customer);
      expect(connects).toHaveLength(1);
      const sent = stack.sim.callbacks({ callSid: view.exotelCallSid }).filter((cb) => cb.outcome === 'delivered');
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.every((cb) => cb.url.startsWith(`${api}/`))).toBe(true);
      // Every callback Exotel delivered is stored once and was delivered to the workflow.
      const { rows } = await stack.db.pool.query<{ delivery: string }>(
        `SELECT delivery FROM call_events WHERE call_id = $1 AND source = 'webhook'`,
        [id],
      );
      expect(rows.map((row) => row.delivery)).toEqual(sent.map(() => 'delivered'));
      for (const identity of await workerIdentities(`call-${id}`)) identities.add(identity);
    }
  });

  it('runs two campaigns on one number across both workers: nobody messaged twice, the cap held', async () => {
    const tag = `scale-${randomUUID().slice(0, 8)}`;
    const base = randomInt(100_000, 899_999);
    const phones = Array.from({ length: 240 }, (_, i) => `+9196${String(base * 1000 + i).slice(-8)}`);
    const [first, second] = apis.map((api) => api.url) as [string, string];
    const imported = await json(
      await post(first, '/v1/contacts/import', {
        contacts: phones.map((phone, i) => ({ phone, name: `Customer ${i}`, tags: [i % 2 ? `${tag}-b` : `${tag}-a`] })),
        consent: { purpose: 'marketing', action: 'opt_in', evidence: 'Checkout page checkbox' },
      }),
    );
    expect(imported.status).toBe(200);
    const template = await json(
      await post(second, '/v1/templates', {
        name: `scale_${randomInt(1e6)}`,
        language: 'en',
        category: 'marketing',
        status: 'approved',
        components: { body: { text: 'Hi {{1}}, offers are live!' } },
      }),
    );
    expect(template.status).toBe(201);
    const campaigns = await Promise.all(
      ['a', 'b'].map(async (half, index) => {
        const api = apis[index]!.url;
        const created = await json(
          await post(api, '/v1/campaigns', {
            name: `Scale ${tag} ${half}`,
            audience: { tags: [`${tag}-${half}`] },
            schedule: { window: null },
            steps: [{ templateId: template.body.id, params: { body: [{ field: 'name' }] } }],
          }),
        );
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        await post(api, `/v1/campaigns/${created.body.id}/start`, {});
        return created.body.id as string;
      }),
    );
    for (const id of campaigns) {
      const done = await eventually(
        async () => {
          const { body } = await json(await call(first, `/v1/campaigns/${id}`));
          return body.status === 'completed' ? body : undefined;
        },
        120_000,
        `campaign ${id} to complete`,
      );
      expect(done.funnel[0]).toMatchObject({ decided: 120, sent: 120 });
    }

    // The simulator's record: each recipient once.
    const messages = stack.sim.whatsapp.messages({ template: template.body.name });
    expect(messages).toHaveLength(240);
    expect(new Set(messages.map((message) => message.to)).size).toBe(240);
    // The cap across both workers: over the whole run, and in every 10-s window (a late timer on
    // this shared machine may move a send by a fraction of a second, hence one second's slack).
    const times = messages.map((message) => Date.parse(message.receivedAt)).sort((a, b) => a - b);
    expect((240 - 1) / ((times.at(-1)! - times[0]!) / 1000)).toBeLessThanOrEqual(CAP * 1.05);
    for (const [index, start] of times.entries()) {
      const inWindow = times.slice(index).filter((at) => at < start + 10_000).length;
      expect(inWindow).toBeLessThanOrEqual(CAP * 11);
    }
    // Both workers took part in the calls and campaigns of this file. (A campaign's workflow stays
    // on the worker that took its first task, and Temporal decides which: the pace is shared
    // either way, as it is booked in PostgreSQL.) Reports went to the API each sender named.
    for (const id of campaigns)
      for (const identity of await workerIdentities(`campaign-${id}`)) identities.add(identity);
    expect(identities.size).toBe(2);
    const reportOrigins = stack.sim.whatsapp.callbacks({ kind: 'dlr' }).map((cb) => new URL(cb.url).origin);
    expect(reportOrigins.length).toBeGreaterThan(0);
    expect(apis.map((api) => api.url)).toEqual(expect.arrayContaining([...new Set(reportOrigins)]));
  });

  it('runs API_PROCESSES=2 as two processes sharing one port', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const clustered = startApiProcess({
      ...stack.variables,
      PORT: String(port),
      CALLBACK_BASE_URL: url,
      API_PROCESSES: '2',
    });
    try {
      await clustered.ready;
      const pids = new Set(
        clustered
          .output()
          .split('\n')
          .filter((line) => line.includes('api listening'))
          .map((line) => (JSON.parse(line) as { pid?: number }).pid ?? line),
      );
      expect(pids.size).toBe(2);
      const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(`${url}/healthz`)));
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    } finally {
      await clustered.kill('SIGTERM');
    }
  });
});
