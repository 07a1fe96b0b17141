// Delivery reports: the sent → delivered → read ladder, failures, routing, scripted drops,
// duplicates and reordering, default fractions, batching, retries and reset.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './fixture.js';
import {
  fastWhatsApp,
  pause,
  postSend,
  sendBody,
  sidsOf,
  templateMessage,
  waitForDlrs,
  type DlrItem,
} from './whatsapp-fixture.js';

const ctx = useSimulator({ variants: fastWhatsApp });
const url = () => ctx.sim.whatsapp.messagesUrl;
const dlrUrl = (path = '/dlr') => `${ctx.receiver.url}${path}`;
const statusesOf = (items: DlrItem[], sid?: string) =>
  items.filter((item) => sid === undefined || item.sid === sid).map((item) => item.exo_status_code);

describe('DLR playout', () => {
  it('posts sent, delivered and read, one per POST, in the documented shape', async () => {
    const answer = await postSend(
      url(),
      sendBody([templateMessage('+919800000001', { custom_data: 'Order12' })], { status_callback: dlrUrl() }),
    );
    const [sid] = sidsOf(answer);
    const items = await waitForDlrs(ctx.receiver, 3);
    expect(ctx.receiver.received.map((callback) => callback.contentType)).toEqual(Array(3).fill('application/json'));
    expect(items).toMatchObject([
      {
        callback_type: 'dlr',
        sid,
        to: '919800000001',
        exo_status_code: 30001,
        exo_detailed_status: 'EX_MESSAGE_SENT',
        custom_data: 'Order12',
      },
      { exo_status_code: 30002, exo_detailed_status: 'EX_MESSAGE_DELIVERED' },
      { exo_status_code: 30003, exo_detailed_status: 'EX_MESSAGE_SEEN' },
    ]);
    for (const item of items) {
      expect(item.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:30$/);
      expect(item.description).toEqual(expect.any(String));
    }
    const times = items.map((item) => Date.parse(item.timestamp));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('sends a scripted failure as one DLR with its code', async () => {
    ctx.sim.whatsapp.script({ match: { to: '+919800000002' }, script: { failCode: 30018 } });
    await postSend(url(), sendBody([templateMessage('+919800000002')], { status_callback: dlrUrl() }));
    const [failure] = await waitForDlrs(ctx.receiver, 1);
    await pause(120);
    expect(ctx.receiver.received).toHaveLength(1);
    expect(failure).toMatchObject({ exo_status_code: 30018, exo_detailed_status: 'EX_REENGAGEMENT_ERROR' });
    expect(ctx.sim.whatsapp.messages()[0]).toMatchObject({ fate: 'failed', failCode: 30018 });
  });

  it('stops at delivered or sent when the recipient never reads or never receives', async () => {
    ctx.sim.whatsapp.script({ match: { to: '+919800000001' }, script: { reach: 'delivered' } });
    ctx.sim.whatsapp.script({ match: { to: '+919800000002' }, script: { reach: 'sent' } });
    const answer = await postSend(
      url(),
      sendBody([templateMessage('+919800000001'), templateMessage('+919800000002')], { status_callback: dlrUrl() }),
    );
    const [never, unreachable] = sidsOf(answer);
    const items = await waitForDlrs(ctx.receiver, 3);
    await pause(120);
    expect(statusesOf(items, never)).toEqual([30001, 30002]);
    expect(statusesOf(items, unreachable)).toEqual([30001]);
  });

  it('drops, duplicates and reorders DLRs as scripted', async () => {
    ctx.sim.whatsapp.script({ match: { to: '+919800000001' }, script: { drop: ['sent'] } });
    ctx.sim.whatsapp.script({ match: { to: '+919800000002' }, script: { duplicates: 1 } });
    ctx.sim.whatsapp.script({
      match: { to: '+919800000003' },
      script: { reorder: true, deliveredAfterMs: 10, readAfterMs: 60 },
    });
    const answer = await postSend(
      url(),
      sendBody(
        ['+919800000001', '+919800000002', '+919800000003'].map((to) => templateMessage(to)),
        { status_callback: dlrUrl() },
      ),
    );
    const [dropped, doubled, reordered] = sidsOf(answer);
    const items = await waitForDlrs(ctx.receiver, 2 + 6 + 3);
    // Callbacks posted close together may arrive in either order: only the reordered one is about order.
    const sorted = (codes: number[]) => [...codes].sort((a, b) => a - b);
    expect(sorted(statusesOf(items, dropped))).toEqual([30002, 30003]);
    expect(sorted(statusesOf(items, doubled))).toEqual([30001, 30001, 30002, 30002, 30003, 30003]);
    const late = items.filter((item) => item.sid === reordered);
    expect(statusesOf(late)).toEqual([30001, 30003, 30002]);
    // Timestamps stay true: read happened after delivered even though it arrived first.
    expect(Date.parse(late[1]?.timestamp ?? '')).toBeGreaterThanOrEqual(Date.parse(late[2]?.timestamp ?? ''));
    await expect
      .poll(() => ctx.sim.whatsapp.stats().dlr)
      .toMatchObject({ planned: 12, dropped: 1, delivered: 11, pending: 0 });
  });

  it('routes each message to the nearest status_callback, then the account default', async () => {
    ctx.sim.whatsapp.setUrls({ defaultStatusCallback: dlrUrl('/account') });
    await postSend(
      url(),
      sendBody(
        [templateMessage('+919800000001', { status_callback: dlrUrl('/message') }), templateMessage('+919800000002')],
        { status_callback: dlrUrl('/request') },
        { status_callback: dlrUrl('/channel') },
      ),
    );
    await postSend(url(), sendBody([templateMessage('+919800000003')], { status_callback: dlrUrl('/request') }));
    await postSend(url(), sendBody([templateMessage('+919800000004')]));
    await ctx.receiver.waitFor(12);
    const pathOf = (to: string) =>
      new Set(
        ctx.receiver.received
          .filter((callback) => callback.json && JSON.stringify(callback.json).includes(to))
          .map((callback) => callback.path),
      );
    expect(pathOf('919800000001')).toEqual(new Set(['/message']));
    expect(pathOf('919800000002')).toEqual(new Set(['/channel']));
    expect(pathOf('919800000003')).toEqual(new Set(['/request']));
    expect(pathOf('919800000004')).toEqual(new Set(['/account']));
  });

  it('counts DLRs with nowhere to go as unrouted', async () => {
    await postSend(url(), sendBody([templateMessage('+919800000001')]));
    await expect
      .poll(() => ctx.sim.whatsapp.stats().dlr)
      .toMatchObject({ planned: 3, unrouted: 3, pending: 0, queued: 0 });
  });

  it('writes numbers in E.164 and leaves out unset custom_data by variant', async () => {
    ctx.sim.setVariants({ whatsappDlrNumberFormat: 'e164', whatsappDlrCustomDataWhenUnset: 'omit' });
    await postSend(url(), sendBody([templateMessage('09800000001')], { status_callback: dlrUrl() }));
    const [sent] = await waitForDlrs(ctx.receiver, 1);
    expect(sent?.to).toBe('+919800000001');
    expect(sent).not.toHaveProperty('custom_data');
  });

  it('sends callbacks without the whatsapp.messages envelope by variant: one object, or an array', async () => {
    ctx.sim.setVariants({ whatsappCallbackEnvelope: 'bare' });
    await postSend(url(), sendBody([templateMessage('+919800000001')], { status_callback: dlrUrl() }));
    await waitForDlrs(ctx.receiver, 3);
    const bodies = ctx.receiver.received
      .filter((callback) => callback.path === '/dlr')
      .map((callback) => callback.json);
    expect(bodies[0]).toMatchObject({ callback_type: 'dlr', exo_status_code: 30001 });
    expect(bodies.every((body) => !('whatsapp' in (body as object)))).toBe(true);
  });
});

describe('default fates by fraction', () => {
  const numbers = Array.from({ length: 40 }, (_, index) => `+9197${String(index).padStart(8, '0')}`);

  it('fails every recipient with a configured code when the fraction is 1', async () => {
    ctx.sim.setVariants({ whatsappFailFraction: 1, whatsappFailCodes: [30005, 30014] });
    await postSend(
      url(),
      sendBody(
        numbers.map((to) => templateMessage(to)),
        { status_callback: dlrUrl() },
      ),
    );
    const items = await waitForDlrs(ctx.receiver, 40);
    expect(new Set(statusesOf(items))).toEqual(new Set([30005, 30014]));
  });

  it('picks the same never-readers for the same numbers, a different set for another seed', async () => {
    ctx.sim.setVariants({ whatsappNeverReadFraction: 0.5 });
    const neverRead = async () => {
      await postSend(
        url(),
        sendBody(
          numbers.map((to) => templateMessage(to)),
          { status_callback: dlrUrl() },
        ),
      );
      return ctx.sim.whatsapp
        .messages()
        .filter((message) => message.fate === 'delivered')
        .map((message) => message.to);
    };
    const first = await neverRead();
    expect(first.length).toBeGreaterThan(8);
    expect(first.length).toBeLessThan(32);
    ctx.sim.reset();
    ctx.sim.setVariants({ whatsappNeverReadFraction: 0.5 });
    expect(await neverRead()).toEqual(first);
    ctx.sim.reset();
    ctx.sim.setVariants({ whatsappNeverReadFraction: 0.5, whatsappFateSeed: 'other' });
    expect(await neverRead()).not.toEqual(first);
  });

  it('a script for a number overrides the fractions', async () => {
    ctx.sim.setVariants({ whatsappFailFraction: 1 });
    ctx.sim.whatsapp.script({ match: { to: '+919800000001' }, script: {} });
    await postSend(url(), sendBody([templateMessage('+919800000001')], { status_callback: dlrUrl() }));
    expect(statusesOf(await waitForDlrs(ctx.receiver, 3))).toEqual([30001, 30002, 30003]);
  });
});

describe('callback delivery', () => {
  it('batches DLRs per URL when the batching variant is on', async () => {
    ctx.sim.setVariants({ whatsappDlrBatchSize: 10, whatsappDlrBatchWindowMs: 5 });
    const numbers = Array.from({ length: 25 }, (_, index) => `+9196${String(index).padStart(8, '0')}`);
    await postSend(
      url(),
      sendBody(
        numbers.map((to) => templateMessage(to)),
        { status_callback: dlrUrl() },
      ),
    );
    const items = await waitForDlrs(ctx.receiver, 75);
    const sizes = ctx.receiver.received.map(
      (callback) => (callback.json as { whatsapp: { messages: unknown[] } }).whatsapp.messages.length,
    );
    expect(Math.max(...sizes)).toBe(10);
    expect(sizes.length).toBeLessThan(75);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(75);
    expect(new Set(items.map((item) => `${item.sid}/${item.exo_status_code}`)).size).toBe(75);
  });

  it('retries a failed POST after the configured delays, and records every attempt', async () => {
    ctx.receiver.respondWith((callback) => (ctx.receiver.received.indexOf(callback) < 2 ? 500 : 200));
    const answer = await postSend(url(), sendBody([templateMessage('+919800000001')], { status_callback: dlrUrl() }));
    const [sid] = sidsOf(answer);
    await expect.poll(() => ctx.sim.whatsapp.stats().dlr.delivered).toBe(3);
    const attempts = ctx.sim.whatsapp.callbacks({ sid, kind: 'dlr' });
    expect(attempts.filter((record) => record.outcome === 'failed').map((record) => record.responseStatus)).toEqual([
      500, 500,
    ]);
    expect(attempts.some((record) => record.attempt > 0 && record.outcome === 'delivered')).toBe(true);
    expect(ctx.sim.whatsapp.stats().dlr).toMatchObject({ delivered: 3, failed: 0, retries: 2 });
    const overHttp = (await (await fetch(`${ctx.sim.url}/_sim/whatsapp/callbacks?kind=dlr&sid=${sid}`)).json()) as {
      callbacks: unknown[];
    };
    expect(overHttp.callbacks).toEqual(attempts);
  });

  it('gives up after the last retry and counts the DLR as failed', async () => {
    ctx.receiver.respondWith(503);
    ctx.sim.whatsapp.script({ script: { reach: 'sent' } });
    await postSend(url(), sendBody([templateMessage('+919800000001')], { status_callback: dlrUrl() }));
    await expect.poll(() => ctx.sim.whatsapp.stats().dlr).toMatchObject({ failed: 1, posts: 3, pending: 0 });
    expect(ctx.receiver.received).toHaveLength(3);
  });

  it('cancels pending DLRs on reset', async () => {
    ctx.sim.whatsapp.script({ script: { sentAfterMs: 200 } });
    await postSend(url(), sendBody([templateMessage('+919800000001')], { status_callback: dlrUrl() }));
    ctx.sim.reset();
    await pause(400);
    expect(ctx.receiver.received).toHaveLength(0);
    expect(ctx.sim.whatsapp.stats().dlr.planned).toBe(0);
  });
});
