// The bulk Call list's filters, sorting and cursor paging (GET Calls.json?To=..&Status=..).
import type { SimCall } from './calls.js';
import { callObject, type CallObject, type ViewContext } from './call-view.js';
import { RestError } from './errors.js';
import { normalisePhone } from './phone.js';
import { parseExotelTime } from './time.js';

type Comparison = 'gt' | 'gte' | 'lt' | 'lte' | 'eq';
type Range = { op: Comparison; value: number }[];

/** `gte:2024-01-01 00:00:00;lte:...`, `gte:10s;lte:45s`, `eq:30s`. */
function parseRange(name: string, text: string, parseValue: (raw: string) => number | undefined): Range {
  return text
    .split(';')
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      const op = part.slice(0, colon) as Comparison;
      const value = parseValue(part.slice(colon + 1));
      if (colon < 0 || !['gt', 'gte', 'lt', 'lte', 'eq'].includes(op) || value === undefined) {
        throw new RestError(400, `Invalid parameter: ${name} '${text}' (expected e.g. gte:...;lte:...)`);
      }
      return { op, value };
    });
}

function inRange(value: number, range: Range): boolean {
  return range.every(({ op, value: bound }) =>
    op === 'gt'
      ? value > bound
      : op === 'gte'
        ? value >= bound
        : op === 'lt'
          ? value < bound
          : op === 'lte'
            ? value <= bound
            : value === bound,
  );
}

function list(query: URLSearchParams, name: string, max: number): string[] | undefined {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const values = raw
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  if (values.length > max) throw new RestError(400, `Invalid parameter: ${name} accepts at most ${max} values`);
  return values;
}

function pageSize(query: URLSearchParams): number {
  const raw = query.get('PageSize');
  if (raw === null) return 50;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 100)
    throw new RestError(400, 'Invalid parameter: PageSize must be between 1 and 100');
  return size;
}

function sortAscending(query: URLSearchParams): boolean {
  const raw = query.get('SortBy');
  if (raw === null || raw === 'DateCreated:desc') return false;
  if (raw === 'DateCreated:asc') return true;
  throw new RestError(400, `Invalid parameter: SortBy '${raw}' (expected DateCreated:asc or DateCreated:desc)`);
}

type Predicate = (view: CallObject, call: SimCall) => boolean;

function predicates(query: URLSearchParams, ctx: ViewContext): Predicate[] {
  const offset = ctx.variants.timestampOffsetMinutes;
  const checks: Predicate[] = [];
  const sids = list(query, 'Sid', 100);
  if (sids) checks.push((view) => sids.includes(view.Sid));
  const numberFilter = (name: string, pick: (call: SimCall) => string) => {
    const numbers = list(query, name, 5)?.map(normalisePhone);
    if (numbers) checks.push((_view, call) => numbers.includes(normalisePhone(pick(call))));
  };
  numberFilter('To', (call) => call.request.to);
  numberFilter('From', (call) => call.request.from);
  numberFilter('PhoneNumber', (call) => call.request.callerId);
  const status = query.get('Status');
  if (status) checks.push((view) => view.Status === status);
  const direction = query.get('Direction');
  if (direction) checks.push((view) => view.Direction === direction);
  const created = query.get('DateCreated');
  if (created) {
    const range = parseRange('DateCreated', created, (raw) => parseExotelTime(raw, offset));
    // Exotel timestamps have whole seconds, so compare at that precision.
    checks.push((_view, call) => inRange(Math.floor(call.createdAt / 1000) * 1000, range));
  }
  const duration = query.get('Duration');
  if (duration) {
    const range = parseRange('Duration', duration, (raw) =>
      /^\d+s?$/.test(raw) ? Number(raw.replace('s', '')) : undefined,
    );
    checks.push((view) => view.Duration !== null && inRange(Number(view.Duration), range));
  }
  return checks;
}

export interface CallList {
  Metadata: {
    Total: number;
    PageSize: number;
    FirstPageUri: string;
    PrevPageUri: string | null;
    NextPageUri: string | null;
  };
  Calls: CallObject[];
}

function pageUri(basePath: string, query: URLSearchParams, cursor?: { name: 'Before' | 'After'; sid: string }): string {
  const next = new URLSearchParams(query);
  next.delete('Before');
  next.delete('After');
  if (cursor) next.set(cursor.name, cursor.sid);
  const text = next.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** [start, end) of the requested page; After/Before name the sid next to the page. */
function pageBounds(sids: string[], query: URLSearchParams, size: number): [number, number] {
  const after = query.get('After');
  const before = query.get('Before');
  const cursorIndex = (sid: string) => {
    const index = sids.indexOf(sid);
    if (index < 0) throw new RestError(400, `Invalid parameter: unknown paging cursor ${sid}`);
    return index;
  };
  if (after) {
    const start = cursorIndex(after) + 1;
    return [start, start + size];
  }
  if (before) {
    const end = cursorIndex(before);
    return [Math.max(0, end - size), end];
  }
  return [0, size];
}

export function listCalls(calls: SimCall[], query: URLSearchParams, ctx: ViewContext, basePath: string): CallList {
  const checks = predicates(query, ctx);
  const size = pageSize(query);
  const ordered = sortAscending(query) ? calls : [...calls].reverse();
  const matching = ordered
    .map((call) => ({ call, view: callObject(call, ctx) }))
    .filter(({ call, view }) => checks.every((check) => check(view, call)));

  const [start, end] = pageBounds(
    matching.map(({ call }) => call.sid),
    query,
    size,
  );
  const page = matching.slice(start, end);
  const first = page[0];
  const last = page[page.length - 1];
  return {
    Metadata: {
      Total: matching.length,
      PageSize: size,
      FirstPageUri: pageUri(basePath, query),
      PrevPageUri: first && start > 0 ? pageUri(basePath, query, { name: 'Before', sid: first.call.sid }) : null,
      NextPageUri:
        last && start + page.length < matching.length
          ? pageUri(basePath, query, { name: 'After', sid: last.call.sid })
          : null,
    },
    Calls: page.map(({ view }) => view),
  };
}
