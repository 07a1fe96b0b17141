// Contacts from a CSV file (a CRM or spreadsheet export): the header row names the columns, a
// mapping says which column holds the phone number, the name, the tags and each attribute. Rows
// come out as the JSON import's rows, numbered by their line in the file (the header is line 1),
// so the per-row report points at the line a person sees in their spreadsheet. Parsing is
// csv-parse's (quotes, embedded commas and newlines, a BOM); a line it cannot read is reported
// and skipped, never fatal.
import { parse } from 'csv-parse/sync';

export interface CsvColumnMapping {
  /** The column with the phone number. */
  phone: string;
  name?: string | undefined;
  /** A column of tags separated by `;` or `|`. */
  tags?: string | undefined;
  /** Attribute name → column. */
  attributes: Record<string, string>;
}

export interface CsvContactRow {
  /** The line in the file where the record starts (the header is line 1). */
  row: number;
  /** { phone, name?, tags?, attributes? } as the JSON import takes it, not yet validated. */
  contact: Record<string, unknown>;
}

export interface CsvRowProblem {
  row: number;
  field: string;
  message: string;
}

export type CsvReadResult =
  | { ok: true; rows: CsvContactRow[]; failed: CsvRowProblem[]; columnOf: (field: string) => string }
  /** The file or the mapping cannot be used at all: which mapping field, and why. */
  | { ok: false; problems: { field: string; message: string }[] };

/** The mapping's default: columns named phone, name and tags (any case), no attributes. */
export const DEFAULT_PHONE_COLUMN = 'phone';

export function readContactsCsv(text: string, mapping: CsvColumnMapping, maxRows: number): CsvReadResult {
  const failed: CsvRowProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseRecords(text, failed);
  } catch (error) {
    return { ok: false, problems: [{ field: '(body)', message: `is not CSV: ${(error as Error).message}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: [{ field: '(body)', message: 'has no header row' }] };

  const names = header.record;
  const find = (column: string) => names.findIndex((name) => name.toLowerCase() === column.toLowerCase());
  const problems: { field: string; message: string }[] = [];
  const columnIndex = (field: string, column: string | undefined, required: boolean): number | undefined => {
    if (column === undefined) return undefined;
    const index = find(column);
    if (index === -1 && required)
      problems.push({ field, message: `names no column of the header (it has: ${names.join(', ') || 'nothing'})` });
    return index === -1 ? undefined : index;
  };
  const phone = columnIndex('phone', mapping.phone, true);
  const name = columnIndex('name', mapping.name ?? 'name', mapping.name !== undefined);
  const tags = columnIndex('tags', mapping.tags ?? 'tags', mapping.tags !== undefined);
  const attributes = Object.entries(mapping.attributes).map(
    ([key, column]) => [key, columnIndex(`attributes.${key}`, column, true)] as const,
  );
  if (body.length > maxRows) problems.push({ field: '(body)', message: `has ${body.length} rows; at most ${maxRows}` });
  if (problems.length > 0 || phone === undefined) return { ok: false, problems };

  const cell = (record: string[], index: number | undefined) =>
    index === undefined || record[index] === undefined || record[index] === '' ? undefined : record[index];
  const rows = body.map(({ record, info }): CsvContactRow => {
    const contact: Record<string, unknown> = { phone: cell(record, phone) ?? '' };
    const nameValue = cell(record, name);
    if (nameValue !== undefined) contact.name = nameValue;
    const tagsValue = cell(record, tags);
    if (tagsValue !== undefined)
      contact.tags = tagsValue
        .split(/[;|]/)
        .map((tag) => tag.trim())
        .filter(Boolean);
    const attributeValues = attributes.flatMap(([key, index]) => {
      const value = cell(record, index);
      return value === undefined ? [] : [[key, value] as const];
    });
    if (attributeValues.length > 0) contact.attributes = Object.fromEntries(attributeValues);
    return { row: info.lines, contact };
  });

  const headerName = (index: number | undefined, fallback: string) =>
    index === undefined ? fallback : (names[index] ?? fallback);
  const columnOf = (field: string): string => {
    const [top, key] = field.split('.');
    if (top === 'phone') return headerName(phone, field);
    if (top === 'name') return headerName(name, field);
    if (top === 'tags') return headerName(tags, field);
    if (top === 'attributes' && key !== undefined)
      return headerName(attributes.find(([name]) => name === key)?.[1], field);
    return field;
  };
  return { ok: true, rows, failed, columnOf };
}

function parseRecords(text: string, failed: CsvRowProblem[]) {
  return parse(text, {
    bom: true,
    info: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) failed.push({ row: Number(error.lines), field: '(row)', message: error.message });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[]; // `info: true` wraps each record
}

/** `city:City,plan:Plan name` (or just `City`) → { city: 'City', plan: 'Plan name' }. */
export function parseAttributeMapping(text: string | undefined): Record<string, string> {
  if (!text) return {};
  return Object.fromEntries(
    text
      .split(',')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const colon = pair.indexOf(':');
        return colon === -1 ? [pair, pair] : [pair.slice(0, colon).trim(), pair.slice(colon + 1).trim()];
      }),
  );
}
