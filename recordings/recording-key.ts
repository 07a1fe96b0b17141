// Where a call's recording lives in the bucket: recordings/YYYY/MM/DD/<callId>.<ext>, dated by
// the call's start in UTC. Ops can browse a day; retention can walk the keys in date order (keys
// list lexicographically, which here is chronologically); a retried archive lands on the same key.

export type RecordingFormat = 'mp3' | 'wav';

export const RECORDINGS_PREFIX = 'recordings/';

/** Our call IDs are UUIDs; anything that could add a path segment or a dot-dot is refused. */
const CALL_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const KEY = /^recordings\/(\d{4})\/(\d{2})\/(\d{2})\/([A-Za-z0-9][A-Za-z0-9_-]{0,127})\.(mp3|wav)$/;

export interface RecordingKeyParts {
  callId: string;
  /** When the call started; only its UTC date is used. */
  startedAt: Date;
  format: RecordingFormat;
}

export function recordingKey({ callId, startedAt, format }: RecordingKeyParts): string {
  if (!CALL_ID.test(callId)) throw new Error(`call ID ${JSON.stringify(callId)} cannot name a recording`);
  if (Number.isNaN(startedAt.getTime())) throw new Error('the call start time is not a valid date');
  const [date] = startedAt.toISOString().split('T');
  return `${RECORDINGS_PREFIX}${date?.replaceAll('-', '/')}/${callId}.${format}`;
}

export function isRecordingKey(key: string): boolean {
  return parseRecordingKey(key) !== undefined;
}

/** The parts of a key recordingKey made; undefined for any other key. */
export function parseRecordingKey(key: string): { callId: string; day: Date; format: RecordingFormat } | undefined {
  const match = KEY.exec(key);
  if (!match) return undefined;
  const [, year, month, day, callId, format] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return undefined;
  return { callId: callId ?? '', day: date, format: format as RecordingFormat };
}

/** The format a source URL names by its extension; Exotel's are .mp3 (also with RecordingFormat=mp3-hq). */
export function formatFromUrl(url: URL): RecordingFormat {
  return url.pathname.toLowerCase().endsWith('.wav') ? 'wav' : 'mp3';
}
