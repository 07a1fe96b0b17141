// Contacts: search by name, number or tag (GET /v1/contacts?q=), and, for marketers, a CSV
// upload: the file's header is read here to map its columns (phone, name, tags, attributes),
// the file goes to POST /v1/contacts/import as text/csv, and the per-row report comes back.
import { type FormEvent, useState } from 'react';
import { api, ApiProblem, type ImportReport, unwrap } from '../api';
import { count } from '../format';
import { href } from '../router';
import { useCan } from '../session';
import { LoadError, TableHead } from '../ui';
import { useResource } from '../use-resource';

const consentLabel = { opted_in: 'Opted in', opted_out: 'Opted out', none: 'No consent' } as const;

function SearchResults({ query }: { query: string }) {
  const contacts = useResource(
    async () =>
      unwrap(await api.GET('/v1/contacts', { params: { query: { limit: 50, ...(query ? { q: query } : {}) } } })),
    [query],
  );
  return (
    <>
      <LoadError what="contacts" error={contacts.error} />
      {contacts.data?.contacts.length === 0 && <p className="hint">No contacts match.</p>}
      {contacts.data && contacts.data.contacts.length > 0 && (
        <table className="contacts">
          <TableHead columns={['Contact', 'Tags', 'Marketing', 'Transactional']} />
          <tbody>
            {contacts.data.contacts.map((contact) => (
              <tr key={contact.id}>
                <td data-label="Contact">
                  <a href={href({ page: 'contact', id: contact.id })}>{contact.name ?? contact.phone}</a>
                  {contact.name && <span className="hint"> {contact.phone}</span>}
                </td>
                <td data-label="Tags">{contact.tags.join(', ') || '—'}</td>
                <td data-label="Marketing">{consentLabel[contact.consent.marketing.status]}</td>
                <td data-label="Transactional">{consentLabel[contact.consent.transactional.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** An attribute name the API accepts, from a column header ("Plan name" → plan_name). */
const attributeKey = (column: string) =>
  column
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64)
    .toLowerCase() || 'column';

/** The header row of a CSV file, read with the same parser as the server's (loaded on first use). */
async function headerOf(text: string): Promise<string[]> {
  const { parse } = await import('csv-parse/browser/esm/sync');
  const [header] = parse(text, { bom: true, trim: true, to_line: 1, relax_column_count: true }) as string[][];
  return header ?? [];
}

const guess = (columns: string[], ...names: string[]) =>
  columns.find((column) => names.includes(column.trim().toLowerCase())) ?? '';

function CsvImport() {
  const [file, setFile] = useState<{ name: string; text: string; columns: string[] }>();
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const [attributes, setAttributes] = useState<string[]>([]);
  const [purpose, setPurpose] = useState<'' | 'marketing' | 'transactional'>('');
  const [evidence, setEvidence] = useState('');
  const [report, setReport] = useState<ImportReport>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const choose = async (chosen: File | undefined) => {
    setReport(undefined);
    setProblem(undefined);
    if (!chosen) return setFile(undefined);
    const text = await chosen.text();
    let columns: string[];
    try {
      columns = await headerOf(text);
    } catch (error) {
      setFile(undefined);
      return setProblem(`That file is not CSV: ${(error as Error).message}`);
    }
    setFile({ name: chosen.name, text, columns });
    setPhone(guess(columns, 'phone', 'mobile', 'number', 'phone number') || (columns[0] ?? ''));
    setName(guess(columns, 'name', 'full name'));
    setTags(guess(columns, 'tags', 'tag', 'labels'));
    setAttributes([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setProblem(undefined);
    setReport(undefined);
    try {
      const query = {
        phone,
        ...(name ? { name } : {}),
        ...(tags ? { tags } : {}),
        ...(attributes.length
          ? { attributes: attributes.map((column) => `${attributeKey(column)}:${column}`).join(',') }
          : {}),
        ...(purpose ? { consentPurpose: purpose, consentAction: 'opt_in' as const, consentEvidence: evidence } : {}),
      };
      const result = await api.POST('/v1/contacts/import', {
        params: { query },
        // The file goes as it is: text/csv, the mapping in the query.
        body: file.text as never,
        bodySerializer: (body: unknown) => body as string,
        headers: { 'content-type': 'text/csv' },
      });
      setReport(unwrap(result));
    } catch (caught) {
      const fields = caught instanceof ApiProblem ? caught.fields.map((f) => `${f.field} ${f.message}`) : [];
      setProblem(fields.length ? fields.join('; ') : caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const others = file?.columns.filter((column) => ![phone, name, tags].includes(column)) ?? [];
  const select = (id: string, label: string, value: string, set: (value: string) => void, optional: boolean) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => set(event.target.value)}>
        {optional && <option value="">(none)</option>}
        {file?.columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="card" aria-labelledby="import-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="import-heading">Import a CSV file</h2>
      <div className="field">
        <label htmlFor="csv-file">CSV file</label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {file && (
        <fieldset className="mapping">
          <legend>Columns of {file.name}</legend>
          <div className="fields">
            {select('map-phone', 'Phone column', phone, setPhone, false)}
            {select('map-name', 'Name column', name, setName, true)}
            {select('map-tags', 'Tags column (separated by ; or |)', tags, setTags, true)}
          </div>
          {others.length > 0 && (
            <div className="attributes">
              <p className="hint">Also import as attributes:</p>
              {others.map((column) => (
                <div className="field checkbox" key={column}>
                  <input
                    id={`attr-${column}`}
                    type="checkbox"
                    checked={attributes.includes(column)}
                    onChange={(event) =>
                      setAttributes(
                        event.target.checked ? [...attributes, column] : attributes.filter((c) => c !== column),
                      )
                    }
                  />
                  <label htmlFor={`attr-${column}`}>
                    {column} (as attributes.{attributeKey(column)})
                  </label>
                </div>
              ))}
            </div>
          )}
          <div className="fields">
            <div className="field">
              <label htmlFor="import-consent">Record an opt-in for</label>
              <select
                id="import-consent"
                value={purpose}
                onChange={(event) => setPurpose(event.target.value as typeof purpose)}
              >
                <option value="">No consent (record it later)</option>
                <option value="marketing">Marketing messages</option>
                <option value="transactional">Transactional messages</option>
              </select>
            </div>
            {purpose && (
              <div className="field">
                <label htmlFor="import-evidence">Evidence: where and how this list opted in</label>
                <input
                  id="import-evidence"
                  required
                  value={evidence}
                  onChange={(event) => setEvidence(event.target.value)}
                />
              </div>
            )}
          </div>
        </fieldset>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <button type="submit" disabled={!file || busy}>
        {busy ? 'Importing…' : 'Import contacts'}
      </button>
      {report && <ImportResult report={report} />}
    </form>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  const failedRows = new Set(report.failed.map((entry) => entry.row)).size;
  return (
    <div className="import-report" role="status" data-testid="import-report">
      <p>
        {count(report.rows)} rows: {count(report.created)} created, {count(report.updated)} updated, {count(failedRows)}{' '}
        not imported.
        {report.consent.recorded > 0 && ` Consent recorded for ${count(report.consent.recorded)}.`}
      </p>
      {report.failed.length > 0 && (
        <table className="report">
          <caption>Rows not imported (nothing of them was written)</caption>
          <TableHead columns={['Line', 'Column', 'Reason']} />
          <tbody>
            {report.failed.map((entry, index) => (
              <tr key={index}>
                <td data-label="Line">{entry.row}</td>
                <td data-label="Column">{entry.field}</td>
                <td data-label="Reason">{entry.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.consent.skipped.length > 0 && (
        <ul>
          {report.consent.skipped.map((entry) => (
            <li key={entry.row}>
              Line {entry.row}: {entry.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ContactsPage() {
  const can = useCan();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  return (
    <>
      <h1>Contacts</h1>
      <section className="card" aria-labelledby="search-heading">
        <h2 id="search-heading">Find a contact</h2>
        <form
          role="search"
          className="search"
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(draft.trim());
          }}
        >
          <label htmlFor="contact-search">Name, number or tag</label>
          <input id="contact-search" type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit" className="secondary">
            Search
          </button>
        </form>
        <SearchResults query={query} />
      </section>
      {can('marketer') && <CsvImport />}
    </>
  );
}
