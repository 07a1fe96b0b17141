// Calls: place a click-to-call (POST /v1/calls) and follow recent calls (GET /v1/calls).
import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiProblem, unwrap } from '../api';
import { credits, seconds, when } from '../format';
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

export function CallsPage() {
  const calls = useResource(
    async () => unwrap(await api.GET('/v1/calls', { params: { query: { limit: 50 } } })).calls,
    [],
  );
  useEffect(() => watchCalls(() => void calls.reload()), [calls.reload]);

  return (
    <>
      <h1>Calls</h1>
      <PlaceCallForm />
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent calls</h2>
        <LoadError what="calls" error={calls.error} />
        {calls.data?.length === 0 && <p className="hint">No calls yet.</p>}
        {calls.data && calls.data.length > 0 && (
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
              {calls.data.map((call) => (
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
      </section>
    </>
  );
}
