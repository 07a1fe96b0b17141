import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  callStatusEvent,
  campaignStatusEvent,
  defaultRetryPolicy,
  eventTypeFilters,
  matchesEventType,
  messageEventTypes,
  retryDelayMs,
  retrySchedule,
  sendableInOrder,
} from '../../domain/events.js';
import { matchesFilter } from '../../events/feed.js';
import { newWebhookSecret, signingSecrets, webhookHeaders, webhookMessageId } from '../../events/signing.js';

describe('event filters', () => {
  it('match exact types and <resource>.* wildcards; none means all', () => {
    expect(matchesEventType('call.ended', [])).toBe(true);
    expect(matchesEventType('call.ended', ['call.*'])).toBe(true);
    expect(matchesEventType('call.recording.archived', ['call.*'])).toBe(true);
    expect(matchesEventType('message.read', ['call.*', 'message.read'])).toBe(true);
    expect(matchesEventType('message.sent', ['call.*', 'message.read'])).toBe(false);
    expect(matchesEventType('callx.ended', ['call.*'])).toBe(false);
    expect(eventTypeFilters).toContain('credits.*');
    expect(eventTypeFilters).not.toContain('credit_alert.*');
  });

  it('filter streams by resource too', () => {
    const event = { type: 'call.ended', resource: { type: 'call', id: 'c1', seq: 3 } };
    expect(matchesFilter(event, { types: ['call.*'], resourceType: 'call', resourceId: 'c1' })).toBe(true);
    expect(matchesFilter(event, { types: [], resourceId: 'c2' })).toBe(false);
    expect(matchesFilter(event, { types: [], resourceType: 'message' })).toBe(false);
  });
});

describe('what a change means', () => {
  it('names call status changes, once per kind (both answered steps are answers)', () => {
    expect(callStatusEvent(null, 'queued')).toBe('call.queued');
    expect(callStatusEvent('queued', 'dialing')).toBe('call.ringing');
    expect(callStatusEvent('dialing', 'agent-answered')).toBe('call.answered');
    expect(callStatusEvent('agent-answered', 'in-progress')).toBe('call.answered');
    expect(callStatusEvent('in-progress', 'completed')).toBe('call.ended');
    expect(callStatusEvent('completed', 'completed')).toBeNull();
    expect(callStatusEvent('busy', 'failed')).toBeNull();
  });

  it('tells a resume from a start', () => {
    expect(campaignStatusEvent('scheduled', 'running')).toBe('campaign.started');
    expect(campaignStatusEvent('paused', 'running')).toBe('campaign.resumed');
    expect(campaignStatusEvent('running', 'running')).toBeNull();
  });

  it('gives every milestone a message newly reached, oldest first', () => {
    const none = { status: null, deliveredAt: null, readAt: null, failedAt: null };
    const at = '2026-11-28T10:00:00.000Z';
    expect(messageEventTypes(none, { ...none, status: 'sent' })).toEqual(['message.sent']);
    expect(messageEventTypes(none, { status: 'read', deliveredAt: at, readAt: at, failedAt: null })).toEqual([
      'message.sent',
      'message.delivered',
      'message.read',
    ]);
    expect(
      messageEventTypes(
        { ...none, status: 'delivered', deliveredAt: at },
        { ...none, status: 'delivered', deliveredAt: at },
      ),
    ).toEqual([]);
    expect(messageEventTypes({ ...none, status: 'sent' }, { ...none, status: 'failed', failedAt: at })).toEqual([
      'message.failed',
    ]);
  });
});

describe('retries', () => {
  it('double from the base up to the cap', () => {
    const policy = { baseMs: 5_000, maxMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(attempt, policy))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
  });

  it('last three days in production, then give up', () => {
    const schedule = retrySchedule(defaultRetryPolicy);
    const total = schedule.reduce((sum, wait) => sum + wait, 0);
    expect(schedule.slice(0, 3)).toEqual([5_000, 10_000, 20_000]);
    expect(total).toBeLessThanOrEqual(defaultRetryPolicy.giveUpAfterMs);
    expect(total).toBeGreaterThan(defaultRetryPolicy.giveUpAfterMs - defaultRetryPolicy.maxMs);
    expect(afterFailure(3, 1_000, defaultRetryPolicy)).toEqual({ giveUp: false, retryInMs: 20_000 });
    expect(afterFailure(80, defaultRetryPolicy.giveUpAfterMs - 1_000, defaultRetryPolicy)).toEqual({ giveUp: true });
  });
});

describe('per-resource order', () => {
  it('sends only the oldest event of each resource per endpoint', () => {
    const d = (endpointId: string, resourceId: string, eventId: number) => ({
      endpointId,
      resourceType: 'message',
      resourceId,
      eventId: BigInt(eventId),
    });
    const ready = [d('e1', 'm1', 5), d('e1', 'm1', 3), d('e1', 'm2', 4), d('e2', 'm1', 5)];
    expect(sendableInOrder(ready, () => false).map((x) => `${x.endpointId}/${x.resourceId}/${x.eventId}`)).toEqual([
      'e1/m1/3',
      'e1/m2/4',
      'e2/m1/5',
    ]);
    expect(sendableInOrder(ready, (x) => x.resourceId === 'm2')).toHaveLength(2);
  });
});

describe('Standard Webhooks signatures', () => {
  const body = JSON.stringify({ id: '42', type: 'call.ended' });
  const at = new Date('2026-11-28T10:00:00Z');

  it('format the three headers, verifiable by the standardwebhooks package', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const headers = webhookHeaders([secret], webhookMessageId('42'), at, body);
    expect(headers['webhook-id']).toBe('evt_42');
    expect(headers['webhook-timestamp']).toBe(String(at.getTime() / 1000));
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    const verifier = new Webhook(secret);
    // verify() checks the timestamp against now: sign for now.
    const fresh = webhookHeaders([secret], 'evt_42', new Date(), body);
    expect(verifier.verify(body, fresh)).toEqual(JSON.parse(body));
  });

  it('sign with both secrets while a rotation overlaps, space-separated, then with the new one only', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const endpoint = {
      secret: current,
      previousSecret: previous,
      previousSecretExpiresAt: new Date(at.getTime() + 60_000),
    };
    expect(signingSecrets(endpoint, at)).toEqual([current, previous]);
    expect(signingSecrets(endpoint, new Date(at.getTime() + 60_000))).toEqual([current]);
    const now = new Date();
    const headers = webhookHeaders([current, previous], 'evt_1', now, body);
    const signatures = headers['webhook-signature'].split(' ');
    expect(signatures).toHaveLength(2);
    expect(signatures[0]).toBe(new Webhook(current).sign('evt_1', now, body));
    expect(signatures[1]).toBe(new Webhook(previous).sign('evt_1', now, body));
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('are byte for byte what the standardwebhooks package signs, for any body (node:crypto HMAC)', () => {
    const bodies = [
      '',
      body,
      JSON.stringify({ name: 'प्रिया', note: 'emoji 📞, quotes "x", newline\n', n: 1.5 }),
      'x'.repeat(70_000),
    ];
    for (const secret of [newWebhookSecret(), newWebhookSecret(), 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw']) {
      for (const text of bodies) {
        for (const when of [at, new Date('2030-01-01T00:00:00.999Z')]) {
          const headers = webhookHeaders([secret], 'evt_9007199254740993', when, text);
          expect(headers['webhook-signature']).toBe(new Webhook(secret).sign('evt_9007199254740993', when, text));
        }
      }
    }
  });
});
