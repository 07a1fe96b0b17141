// The traffic bench:faults keeps going while it breaks things: a paced WhatsApp campaign to a few
// thousand opted-in contacts, a few dozen recorded calls whose conversations outlast the faults,
// and a trickle of new calls the CRM keeps asking for during them. Every answer the API gives is
// kept, with the phase it was given in, so the report can say what a client saw.
import { randomUUID } from 'node:crypto';
import { getJson } from './lib.js';
import { randomMobile } from './system.js';

export interface Answer {
  phase: string;
  request: string;
  status: number;
  retryAfter: string | null;
}

export interface AcceptedCall {
  id: string;
  customer: string;
  phase: string;
}

export class Workload {
  readonly answers: Answer[] = [];
  readonly calls: AcceptedCall[] = [];
  phase = 'steady';
  private callIndex = 0;

  constructor(
    private readonly apiUrl: string,
    private readonly simUrl: string,
    private readonly apiKey: string,
  ) {}

  private headers(extra: Record<string, string> = {}) {
    return { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json', ...extra };
  }

  /** A request whose answer is recorded; the JSON body on 2xx, null otherwise (or when unreachable). */
  async request<T>(label: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T | null> {
    const phase = this.phase;
    try {
      const response = await fetch(`${this.apiUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: this.headers(),
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      this.answers.push({
        phase,
        request: label,
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
      });
      return response.ok ? (JSON.parse(text) as T) : null;
    } catch {
      this.answers.push({ phase, request: label, status: 0, retryAfter: null });
      return null;
    }
  }

  /** Imports `count` opted-in contacts under a fresh tag; returns the tag. */
  async importContacts(count: number): Promise<string> {
    const tag = `faults-${randomUUID().slice(0, 8)}`;
    const base = Math.floor(Math.random() * 8e7) * 10 + 1e8;
    for (let offset = 0; offset < count; offset += 5_000) {
      const contacts = Array.from({ length: Math.min(5_000, count - offset) }, (_, i) => ({
        phone: `+919${String(base + offset + i).slice(-9)}`,
        name: `Faults ${offset + i}`,
        tags: [tag],
      }));
      const imported = await this.request('import contacts', '/v1/contacts/import', {
        method: 'POST',
        body: {
          contacts,
          consent: { purpose: 'marketing', action: 'opt_in', evidence: 'bench:faults generated contact' },
        },
      });
      if (!imported) throw new Error('the contact import was refused');
    }
    return tag;
  }

  /** Creates and starts a one-step campaign to `tag` at `rate` messages a second; returns its id and template name. */
  async startCampaign(tag: string, rate: number): Promise<{ id: string; template: string }> {
    const template = await this.request<{ id: string; name: string }>('create template', '/v1/templates', {
      method: 'POST',
      body: {
        name: `faults_${Math.floor(Math.random() * 1e6)}`,
        language: 'en',
        category: 'marketing',
        status: 'approved',
        components: { body: { text: 'Hello {{1}}, this message survived the faults.' } },
      },
    });
    if (!template) throw new Error('the template was refused');
    const campaign = await this.request<{ id: string }>('create campaign', '/v1/campaigns', {
      method: 'POST',
      body: {
        name: 'bench:faults',
        audience: { tags: [tag] },
        schedule: { window: null },
        limits: { messagesPerSecond: rate },
        steps: [{ templateId: template.id, params: { body: [{ field: 'name' }] } }],
      },
    });
    if (!campaign) throw new Error('the campaign was refused');
    if (!(await this.request('start campaign', `/v1/campaigns/${campaign.id}/start`, { method: 'POST', body: {} })))
      throw new Error('the campaign did not start');
    return { id: campaign.id, template: template.name };
  }

  /**
   * Asks for one recorded call whose simulated conversation lasts `talkMs`; of every eight calls
   * one is busy, one not answered and one not picked up by the agent, so terminal states differ.
   * Kept when accepted.
   */
  async startCall(talkMs: number): Promise<void> {
    const index = this.callIndex++;
    const customer = `+91${randomMobile()}`;
    const outcome = ['completed', 'completed', 'completed', 'completed', 'completed', 'busy', 'no-answer'][index % 8];
    await getJson(`${this.simUrl}/_sim/scripts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        match: { to: customer },
        script: {
          outcome: outcome ?? 'agent-no-answer',
          agentRingMs: 1_500,
          customerRingMs: 2_500,
          talkMs,
          record: true,
        },
        times: 1,
      }),
    });
    const phase = this.phase;
    const call = await this.request<{ id: string }>('POST /v1/calls', '/v1/calls', {
      method: 'POST',
      body: { agentNumber: `+91${randomMobile()}`, customerNumber: customer, trackingId: randomUUID(), record: true },
    });
    if (call) this.calls.push({ id: call.id, customer, phase });
  }
}
