// One call: both legs, durations, credits, the recording, the webhook/poll log and a link to its
// workflow run in the Temporal UI; live from the event stream while it runs.
import { useEffect, useState } from 'react';
import { api, callSettled, unwrap } from '../api';
import { useCan } from '../session';
import { credits, seconds, when } from '../format';
import { type LiveStatus, watchCall } from '../live';
import { href } from '../router';
import { LoadError, StatusBadge } from '../ui';
import { useResource } from '../use-resource';

const liveText: Record<LiveStatus, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  offline: '',
};

const eventText: Record<string, string> = {
  'call.queued': 'Accepted, credits held',
  'call.ringing': 'Ringing the agent',
  'call.answered': 'Answered',
  'call.ended': 'Ended',
  'call.charged': 'Charged',
  'call.updated': 'Updated',
  'call.recording.archived': 'Recording archived',
  'call.recording.none': 'No recording (no conversation)',
  'call.recording.failed': 'Recording could not be archived',
  'call.recording.deleted': 'Recording deleted',
};

/** An event of the log as GET /v1/events lists it (its OpenAPI schema describes it in words only). */
interface LoggedEvent {
  id: string;
  type: string;
  timestamp: string;
}

export function CallPage({ id }: { id: string }) {
  const call = useResource(async () => unwrap(await api.GET('/v1/calls/{id}', { params: { path: { id } } })), [id]);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const can = useCan();
  // The call's own events (queued, ringing, answered, ended, charged, recording...), oldest first.
  const history = useResource(async (): Promise<LoggedEvent[]> => {
    if (!can('agent', 'marketer', 'viewer')) return [];
    const page = unwrap(
      await api.GET('/v1/events', { params: { query: { resourceType: 'call', resourceId: id, limit: 200 } } }),
    ) as { events: LoggedEvent[] };
    return page.events;
  }, [id]);

  useEffect(
    () =>
      watchCall(
        id,
        () => {
          void call.reload();
          void history.reload();
        },
        setLive,
      ),
    [id, call.reload, history.reload],
  );

  const data = call.data;
  const shown: LiveStatus = data && callSettled(data) ? 'offline' : live;
  return (
    <>
      <p>
        <a href={href({ page: 'calls' })}>← All calls</a>
      </p>
      <h1>
        Call {data && <StatusBadge status={data.status} />}{' '}
        {liveText[shown] && (
          <span className="live" data-live={shown}>
            {liveText[shown]}
          </span>
        )}
      </h1>
      <LoadError what="the call" error={call.error} />
      {data && (
        <>
          <p aria-live="polite" className="sr-only" data-testid="call-status">
            {data.status}
          </p>
          <section className="card" aria-labelledby="call-summary">
            <h2 id="call-summary">
              {data.agentNumber} → {data.customerNumber}
            </h2>
            <dl className="details">
              <dt>Tracking ID</dt>
              <dd>{data.trackingId ?? '—'}</dd>
              <dt>Caller ID</dt>
              <dd>{data.callerId}</dd>
              <dt>Placed</dt>
              <dd>{when(data.createdAt)}</dd>
              <dt>Answered</dt>
              <dd>{when(data.answeredAt)}</dd>
              <dt>Ended</dt>
              <dd>{when(data.endedAt)}</dd>
              <dt>Conversation</dt>
              <dd>{seconds(data.conversationDurationSec)}</dd>
              <dt>Credits</dt>
              <dd data-testid="call-credits">{credits(data.creditsUsed)}</dd>
              <dt>Workflow</dt>
              <dd>
                {data.temporalUrl ? (
                  <a href={data.temporalUrl} target="_blank" rel="noreferrer">
                    {data.workflowId} in the Temporal UI
                  </a>
                ) : (
                  data.workflowId
                )}
              </dd>
              {data.failureReason && (
                <>
                  <dt>Failure reason</dt>
                  <dd>{data.failureReason}</dd>
                </>
              )}
            </dl>
          </section>

          <section className="card" aria-labelledby="legs-heading">
            <h2 id="legs-heading">Legs</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  <th scope="col">Status</th>
                  <th scope="col">On call</th>
                </tr>
              </thead>
              <tbody>
                {data.legs.map((leg) => (
                  <tr key={leg.party}>
                    <td data-label="Party">
                      {leg.party === 'agent' ? `Agent ${data.agentNumber}` : `Customer ${data.customerNumber}`}
                    </td>
                    <td data-label="Status">{leg.status ?? '—'}</td>
                    <td data-label="On call">{seconds(leg.onCallDurationSec)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="card" aria-labelledby="recording-heading">
            <h2 id="recording-heading">Recording</h2>
            <Recording id={data.id} recording={data.recording} canPlay={can('agent')} />
          </section>

          {history.data && history.data.length > 0 && (
            <section className="card" aria-labelledby="call-timeline-heading">
              <h2 id="call-timeline-heading">Timeline</h2>
              <ol className="timeline" data-testid="call-timeline">
                {history.data.map((event) => (
                  <li key={event.id}>
                    <time dateTime={event.timestamp}>{when(event.timestamp)}</time>{' '}
                    {eventText[event.type] ?? event.type}
                  </li>
                ))}
              </ol>
            </section>
          )}

          <section className="card" aria-labelledby="events-heading">
            <h2 id="events-heading">What Exotel told us</h2>
            {data.events.length === 0 ? (
              <p className="hint">Nothing yet.</p>
            ) : (
              <ol className="events">
                {data.events.map((event, index) => (
                  <li key={index}>
                    {when(event.receivedAt)}: {event.source} {event.eventType ?? ''} {event.status ?? ''}{' '}
                    <span className="hint">({event.delivery})</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </>
  );
}

type RecordingInfo = NonNullable<Parameters<typeof callSettled>[0]['recording']> | null;

function Recording({ id, recording, canPlay }: { id: string; recording: RecordingInfo; canPlay: boolean }) {
  if (!recording) return <p className="hint">This call was not recorded.</p>;
  switch (recording.status) {
    case 'archived':
      if (!canPlay) return <p className="hint">Archived. Playing recordings takes an agent key.</p>;
      // The API redirects to a short-lived presigned link on every load, so the page may stay open.
      return (
        <audio controls preload="metadata" src={`/v1/calls/${id}/recording`} aria-label="Call recording">
          <a href={`/v1/calls/${id}/recording`}>Download the recording</a>
        </audio>
      );
    case 'pending':
      return <p className="hint">The recording is being archived…</p>;
    case 'none':
      return <p className="hint">No conversation, so nothing was recorded.</p>;
    case 'failed':
      return <p className="error">Archiving failed: {recording.error?.message ?? 'unknown error'}</p>;
    case 'deleted':
      return (
        <p className="hint">
          Deleted ({recording.deletionReason ?? 'unknown reason'}) on {when(recording.deletedAt)}.
        </p>
      );
  }
}
