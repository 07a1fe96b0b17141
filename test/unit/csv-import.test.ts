import { describe, expect, it } from 'vitest';
import { parseAttributeMapping, readContactsCsv } from '../../contacts/csv-import.js';

const mapping = { phone: 'Mobile', name: 'Name', tags: 'Tags', attributes: { city: 'City' } };

describe('reading contacts from a CSV file', () => {
  it('maps columns to contact fields and numbers rows by their line', () => {
    const file = readContactsCsv(
      '\uFEFFmobile,Name,Tags,City\n9811112222,Asha,a;b|c,Pune\n\n"98111 13333","Rao, R.",,\n',
      mapping,
      10,
    );
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.rows).toEqual([
      { row: 2, contact: { phone: '9811112222', name: 'Asha', tags: ['a', 'b', 'c'], attributes: { city: 'Pune' } } },
      { row: 4, contact: { phone: '98111 13333', name: 'Rao, R.' } },
    ]);
    expect(file.failed).toEqual([]);
    expect(['phone', 'name', 'tags.1', 'attributes.city', 'other'].map(file.columnOf)).toEqual([
      'mobile',
      'Name',
      'Tags',
      'City',
      'other',
    ]);
  });

  it('takes columns named phone, name and tags without a mapping', () => {
    const file = readContactsCsv('Phone,NAME\n9811112222,Asha\n', { phone: 'phone', attributes: {} }, 10);
    expect(file.ok && file.rows[0]!.contact).toEqual({ phone: '9811112222', name: 'Asha' });
  });

  it('reports a line that is not CSV and keeps reading', () => {
    const file = readContactsCsv('phone\n9811112222\n"9811113333\n', { phone: 'phone', attributes: {} }, 10);
    expect(file.ok && file.rows.map((row) => row.row)).toEqual([2]);
    expect(file.ok && file.failed).toEqual([{ row: 3, field: '(row)', message: expect.stringContaining('Quote') }]);
  });

  it('refuses a mapping that names no column, an empty file and too many rows', () => {
    expect(readContactsCsv('Phone,City\n1\n', mapping, 10)).toEqual({
      ok: false,
      problems: [
        { field: 'phone', message: 'names no column of the header (it has: Phone, City)' },
        { field: 'name', message: 'names no column of the header (it has: Phone, City)' },
        { field: 'tags', message: 'names no column of the header (it has: Phone, City)' },
      ],
    });
    expect(readContactsCsv('', mapping, 10)).toEqual({
      ok: false,
      problems: [{ field: '(body)', message: 'has no header row' }],
    });
    expect(readContactsCsv('phone\n1\n2\n3\n', { phone: 'phone', attributes: {} }, 2)).toEqual({
      ok: false,
      problems: [{ field: '(body)', message: 'has 3 rows; at most 2' }],
    });
  });
});

describe('the attribute mapping', () => {
  it('reads key:Column pairs, and a bare column as its own key', () => {
    expect(parseAttributeMapping('city:City, plan : Plan name,Region')).toEqual({
      city: 'City',
      plan: 'Plan name',
      Region: 'Region',
    });
    expect(parseAttributeMapping(undefined)).toEqual({});
  });
});
