// Ground truth: every request the simulator received and how it was answered.

export interface RequestRecord {
  id: number;
  receivedAt: string;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Parsed form fields or JSON body; null when there was no body. */
  body: unknown;
  contentType: string | null;
  /** The Basic-auth user (API key), if any. */
  authUser: string | null;
  /** null while the request is unanswered (e.g. a scripted hang). */
  responseStatus: number | null;
  /** Set when a scripted fault shaped the answer, e.g. `connectFault`, `createThenFault`. */
  fault: string | null;
  /** The call a connect request created, if any. */
  callSid: string | null;
  durationMs: number | null;
}

/** Beyond this many records the oldest half is forgotten (keeps load tests bounded). */
const MAX_RECORDS = 200_000;

export class RequestLog {
  private records: RequestRecord[] = [];
  private nextId = 1;

  start(fields: Omit<RequestRecord, 'id' | 'responseStatus' | 'fault' | 'callSid' | 'durationMs'>): RequestRecord {
    const record: RequestRecord = {
      id: this.nextId++,
      ...fields,
      responseStatus: null,
      fault: null,
      callSid: null,
      durationMs: null,
    };
    if (this.records.length >= MAX_RECORDS) this.records = this.records.slice(MAX_RECORDS / 2);
    this.records.push(record);
    return record;
  }

  list(filter: { path?: string; method?: string } = {}): RequestRecord[] {
    return this.records.filter(
      (record) =>
        (filter.path === undefined || record.path.includes(filter.path)) &&
        (filter.method === undefined || record.method === filter.method.toUpperCase()),
    );
  }

  clear(): void {
    this.records = [];
  }
}
