// Calls: place a click-to-call (POST /v1/calls, agents only) and follow recent calls (GET /v1/calls),
// filtered by status, agent, customer, tracking ID and date, live from the event stream.
import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiProblem, type CallStatus, type CallSummary, unwrap } from '../api';
import { credits, seconds, statusLabel, when } from '../format';
import { useCan } from '../session';
import { watchCalls } from '../live';
import { href, navigate } from '../router';
import { LoadError, StatusBadge } from '../ui';
import { useResource } from '../use-resource';

function PlaceCallForm() {
  const [agentNumber, setAgent] = useState('');
  const [customerNumber, setCustomer] = useState('');
  const [trackingId, setTrackingId] = useState('');
  const [record, setRecord] = useState(true);
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const fieldError = (field: string) => problem?.fields.find((entry) => entry.field === field)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const started = unwrap(
        await api.POST('/v1/calls', {
          body: { agentNumber, customerNumber, record, ...(trackingId ? { trackingId } : {}) },
        }),
      );
      navigate({ page: 'call', id: started.id });
    } catch (caught) {
      setProblem(caught instanceof ApiProblem ? caught : new ApiProblem(0, 'network', 'The API could not be reached'));
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string, label: string, value: string, set: (value: string) => void, extra: object = {}) => {
    const error = fieldError(id);
    return (
      <div className="field">
        <label htmlFor={`call-${id}`}>{label}</label>
        <input
          id={`call-${id}`}
          name={id}
          value={value}
          onChange={(event) => set(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `call-${id}-error` : undefined}
          {...extra}
        />
        {error && (
          <span id={`call-${id}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
    );
  };

  return (
    <form className="card place-call" onSubmit={(event) => void submit(event)} aria-labelledby="place-call-heading">
      <h2 id="place-call-heading">Place a call</h2>
      <div className="fields">
        {field('agentNumber', 'Agent number', agentNumber, setAgent, {
          required: true,
          inputMode: 'tel',
          autoComplete: 'off',
        })}
        {field('customerNumber', 'Customer number', customerNumber, setCustomer, {
          required: true,
          inputMode: 'tel',
          autoComplete: 'off',
        })}
        {field('trackingId', 'Tracking ID (optional)', trackingId, setTrackingId, { autoComplete: 'off' })}
        <div className="field checkbox">
          <input
            id="call-record"
            type="checkbox"
            checked={record}
            onChange={(event) => setRecord(event.target.checked)}
          />
          <label htmlFor="call-record">Record the call</label>
        </div>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem.code === 'insufficient_credits' ? 'Not enough credits for this call.' : problem.message}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Placing…' : 'Place call'}
      </button>
    </form>
  );
}

type CallFilters = { status: string; agent: string; customer: string; trackingId: string; date: string };
const noFilters: CallFilters = { status: '', agent: '', customer: '', trackingId: '', date: '' };
const STATUSES = Object.keys(statusLabel) as CallStatus[];

/** The API's query for a set of filters; a date is that local day, midnight to midnight. */
function callQuery(filters: CallFilters) {
  const day = filters.date ? new Date(`${filters.date}T00:00:00`) : undefined;
  const next = day ? new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1) : undefined;
  return {
    limit: 50,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.agent ? { agent: filters.agent } : {}),
    ...(filters.customer ? { customer: filters.customer } : {}),
    ...(filters.trackingId ? { trackingId: filters.trackingId } : {}),
    ...(day && next ? { from: day.toISOString(), to: next.toISOString() } : {}),
  };
}

function CallFilterForm({ onApply }: { onApply: (filters: CallFilters) => void }) {
  const [draft, setDraft] = useState(noFilters);
  const input = (key: keyof CallFilters, label: string, extra: object = {}) => (
    <div className="field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <input
        id={`filter-${key}`}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
        autoComplete="off"
        {...extra}
      />
    </div>
  );
  return (
    <form
      className="filters"
      aria-label="Filter calls"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <div className="fields">
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select
            id="filter-status"
            value={draft.status}
            onChange={(event) => setDraft({ ...draft, status: event.target.value })}
          >
            <option value="">Any</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel[status]}
              </option>
            ))}
          </select>
        </div>
        {input('agent', 'Agent', { inputMode: 'tel', placeholder: 'Number' })}
        {input('customer', 'Customer', { inputMode: 'tel', placeholder: 'Number' })}
        {input('trackingId', 'Tracking ID')}
        {input('date', 'Placed on', { type: 'date' })}
      </div>
      <button type="submit" className="secondary">
        Apply filters
      </button>
      <button
        type="reset"
        className="secondary"
        onClick={() => {
          setDraft(noFilters);
          onApply(noFilters);
        }}
      >
        Clear filters
      </button>
    </form>
  );
}

export function CallsPage() {
  const can = useCan();
  const [filters, setFilters] = useState(noFilters);
  const [older, setOlder] = useState<{ calls: CallSummary[]; cursor: string | null }>({ calls: [], cursor: null });
  const calls = useResource(
    async () => unwrap(await api.GET('/v1/calls', { params: { query: callQuery(filters) } })),
    [filters],
  );
  useEffect(() => watchCalls(() => void calls.reload()), [calls.reload]);
  useEffect(() => setOlder({ calls: [], cursor: null }), [filters]);

  // The first page follows the stream; older pages, once loaded, are appended below it.
  const moreCursor = older.calls.length ? older.cursor : calls.data?.nextCursor;
  const loadOlder = async () => {
    const cursor = moreCursor;
    if (!cursor) return;
    const page = unwrap(await api.GET('/v1/calls', { params: { query: { ...callQuery(filters), cursor } } }));
    setOlder({ calls: [...older.calls, ...page.calls], cursor: page.nextCursor });
  };
  const shown = [
    ...(calls.data?.calls ?? []),
    ...older.calls.filter((call) => !calls.data?.calls.some((recent) => recent.id === call.id)),
  ];

  return (
    <>
      <h1>Calls</h1>
      {can('agent') && <PlaceCallForm />}
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent calls</h2>
        <CallFilterForm onApply={setFilters} />
        <LoadError what="calls" error={calls.error} />
        {calls.data && shown.length === 0 && <p className="hint">No calls match.</p>}
        {shown.length > 0 && (
          <table className="calls">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Agent → customer</th>
                <th scope="col">Placed</th>
                <th scope="col">Talk time</th>
                <th scope="col">Credits</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((call) => (
                <tr key={call.id}>
                  <td data-label="Status">
                    <StatusBadge status={call.status} />
                  </td>
                  <td data-label="Call">
                    <a
                      href={href({ page: 'call', id: call.id })}
                      aria-label={`Call from ${call.agentNumber} to ${call.customerNumber}`}
                    >
                      {call.agentNumber} → {call.customerNumber}
                    </a>
                    {call.trackingId && <span className="hint"> {call.trackingId}</span>}
                  </td>
                  <td data-label="Placed">{when(call.createdAt)}</td>
                  <td data-label="Talk time">{seconds(call.conversationDurationSec)}</td>
                  <td data-label="Credits">{credits(call.creditsUsed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {moreCursor && (
          <button type="button" className="secondary" onClick={() => void loadOlder()}>
            Older calls
          </button>
        )}
      </section>
    </>
  );
}
