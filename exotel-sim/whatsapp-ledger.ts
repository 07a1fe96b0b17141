// Ground truth for "exactly once": every WhatsApp message the simulator received, kept compact
// (repeated strings shared, times as numbers) so hundreds of thousands fit, with running
// counts of (recipient, custom_data) pairs so duplicates are known without a scan.
import { normalisePhone } from './phone.js';
import type { IncomingWhatsApp } from './whatsapp-request.js';
import type { MessageFate } from './whatsapp-playout.js';

export interface MessageRejection {
  code: number;
  errorCode: number | null;
  message: string;
}

export interface StoredMessage extends IncomingWhatsApp {
  sid: string;
  requestId: string;
  receivedAt: number;
  rejection: MessageRejection | null;
  /** How far its DLRs go (null when rejected). */
  fate: MessageFate | null;
  failCode: number | null;
  ruleId: string | null;
}

/** The control API's and library's view of a message. */
export type WhatsAppMessageRecord = Omit<StoredMessage, 'receivedAt'> & { receivedAt: string };

export interface MessageFilter {
  to?: string;
  customData?: string;
  requestId?: string;
  sid?: string;
  template?: string;
}

export interface DuplicatePair {
  to: string;
  customData: string | null;
  count: number;
}

export interface LedgerCounts {
  received: number;
  accepted: number;
  rejected: number;
  /** Distinct (recipient, custom_data) pairs among accepted messages. */
  distinctPairs: number;
  /** Accepted messages beyond the first of their pair. */
  duplicates: number;
  /** Pairs sent more than once. */
  duplicatePairs: number;
}

const MAX_INTERNED = 10_000;
const NULL_KEY = '\u0001';

export class MessageLedger {
  private messages: StoredMessage[] = [];
  private pairCounts = new Map<string, number>();
  private interned = new Map<string, string>();
  private counts = { accepted: 0, rejected: 0, duplicatePairs: 0 };

  /** One copy of strings that repeat across messages (sender, template, language, callback URL). */
  intern<T extends string | null>(text: T): T {
    if (text === null) return text;
    const known = this.interned.get(text);
    if (known !== undefined) return known as T;
    if (this.interned.size < MAX_INTERNED) this.interned.set(text, text);
    return text;
  }

  /** Stores a compact copy and returns it (keep that one: the argument can be dropped). */
  add(message: StoredMessage): StoredMessage {
    const stored = new CompactMessage(message, this);
    this.messages.push(stored);
    if (stored.rejection) {
      this.counts.rejected++;
      return stored;
    }
    this.counts.accepted++;
    const key = pairKey(stored.to, stored.customData);
    const count = (this.pairCounts.get(key) ?? 0) + 1;
    this.pairCounts.set(key, count);
    if (count === 2) this.counts.duplicatePairs++;
    return stored;
  }

  /** A scan: lookups by sid are for tests and debugging, not worth an index per message. */
  get(sid: string): StoredMessage | undefined {
    return this.messages.find((message) => message.sid === sid);
  }

  list(filter: MessageFilter = {}): StoredMessage[] {
    const toKey = filter.to === undefined ? undefined : normalisePhone(filter.to);
    return this.messages.filter(
      (message) =>
        (filter.sid === undefined || message.sid === filter.sid) &&
        (toKey === undefined || normalisePhone(message.to) === toKey) &&
        (filter.customData === undefined || message.customData === filter.customData) &&
        (filter.requestId === undefined || message.requestId === filter.requestId) &&
        (filter.template === undefined || message.template === filter.template),
    );
  }

  counted(): LedgerCounts {
    const { accepted, rejected, duplicatePairs } = this.counts;
    return {
      received: accepted + rejected,
      accepted,
      rejected,
      distinctPairs: this.pairCounts.size,
      duplicates: accepted - this.pairCounts.size,
      duplicatePairs,
    };
  }

  /** Up to `limit` pairs sent more than once, most repeated first. */
  duplicateSample(limit: number): DuplicatePair[] {
    const pairs: DuplicatePair[] = [];
    for (const [key, count] of this.pairCounts) {
      if (count < 2) continue;
      const [to = '', customData = NULL_KEY] = key.split('\u0000');
      pairs.push({ to, customData: customData === NULL_KEY ? null : customData, count });
    }
    return pairs.sort((a, b) => b.count - a.count).slice(0, limit);
  }

  clear(): void {
    this.messages = [];
    this.pairCounts.clear();
    this.interned.clear();
    this.counts = { accepted: 0, rejected: 0, duplicatePairs: 0 };
  }
}

const NO_PARAMETERS: string[] = [];

/** Every field assigned in one constructor, so V8 keeps them all inside the object. */
class CompactMessage implements StoredMessage {
  readonly sid: string;
  readonly requestId: string;
  readonly receivedAt: number;
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly template: string | null;
  readonly language: string | null;
  readonly parameters: string[];
  readonly text: string | null;
  readonly customData: string | null;
  readonly statusCallback: string | null;
  readonly rejection: MessageRejection | null;
  readonly fate: MessageFate | null;
  readonly failCode: number | null;
  readonly ruleId: string | null;

  constructor(message: StoredMessage, strings: Pick<MessageLedger, 'intern'>) {
    this.sid = message.sid;
    this.requestId = message.requestId;
    this.receivedAt = message.receivedAt;
    this.from = strings.intern(message.from);
    this.to = message.to;
    this.type = strings.intern(message.type);
    this.template = strings.intern(message.template);
    this.language = strings.intern(message.language);
    this.parameters = message.parameters.length === 0 ? NO_PARAMETERS : message.parameters;
    this.text = message.text;
    this.customData = message.customData;
    this.statusCallback = strings.intern(message.statusCallback);
    this.rejection = message.rejection;
    this.fate = message.fate;
    this.failCode = message.failCode;
    this.ruleId = message.ruleId;
  }
}

function pairKey(to: string, customData: string | null): string {
  return `${normalisePhone(to)}\u0000${customData ?? NULL_KEY}`;
}

export function messageView(message: StoredMessage): WhatsAppMessageRecord {
  return { ...message, parameters: [...message.parameters], receivedAt: new Date(message.receivedAt).toISOString() };
}
