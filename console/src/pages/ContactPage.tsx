// One contact: who they are, their consent per purpose and its history with evidence, their
// timeline of calls, messages and consent changes, and (privacy officers) erasure after a
// confirmation. Live from the event stream.
import { useEffect, useRef, useState } from 'react';
import { api, ApiProblem, type TimelineItem, unwrap } from '../api';
import { when } from '../format';
import { watchContact } from '../live';
import { href } from '../router';
import { useCan } from '../session';
import { LoadError, StatusBadge, TableHead } from '../ui';
import { useResource } from '../use-resource';

const consentText = { opted_in: 'Opted in', opted_out: 'Opted out', none: 'No consent recorded' } as const;
const actionText = { opt_in: 'Opted in', opt_out: 'Opted out' } as const;

function TimelineEntry({ item }: { item: TimelineItem }) {
  switch (item.kind) {
    case 'call':
      return (
        <>
          Call from {item.call.agentNumber} <StatusBadge status={item.call.status} />{' '}
          <a href={href({ page: 'call', id: item.call.id })}>Open the call</a>
        </>
      );
    case 'message':
      return (
        <>
          WhatsApp message
          {item.message.campaignName ? ` (${item.message.campaignName}, step ${item.message.step})` : ''}:{' '}
          {item.message.status ?? item.message.state}
          {item.message.error?.detail ? `: ${item.message.error.detail}` : ''}
        </>
      );
    case 'consent':
      return (
        <>
          {actionText[item.consent.action]} of {item.consent.purpose} messages ({item.consent.source})
          {item.consent.evidence ? `: “${item.consent.evidence}”` : ''}
        </>
      );
  }
}

function Timeline({ id, version }: { id: string; version: number }) {
  const [older, setOlder] = useState<{ items: TimelineItem[]; cursor: string | null }>({ items: [], cursor: null });
  const first = useResource(
    async () => unwrap(await api.GET('/v1/contacts/{id}/timeline', { params: { path: { id }, query: { limit: 50 } } })),
    [id],
  );
  const reload = first.reload;
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);
  const cursor = older.items.length ? older.cursor : first.data?.nextCursor;
  const more = async () => {
    if (!cursor) return;
    const page = unwrap(
      await api.GET('/v1/contacts/{id}/timeline', { params: { path: { id }, query: { limit: 50, cursor } } }),
    );
    setOlder({ items: [...older.items, ...page.items], cursor: page.nextCursor });
  };
  const items = [...(first.data?.items ?? []), ...older.items];
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <LoadError what="the timeline" error={first.error} />
      {first.data && items.length === 0 && <p className="hint">Nothing yet.</p>}
      <ol className="timeline" data-testid="timeline">
        {items.map((item, index) => (
          <li key={`${item.kind}-${index}`} data-kind={item.kind}>
            <time dateTime={item.at}>{when(item.at)}</time> <TimelineEntry item={item} />
          </li>
        ))}
      </ol>
      {cursor && (
        <button type="button" className="secondary" onClick={() => void more()}>
          Older entries
        </button>
      )}
    </section>
  );
}

function EraseContact({ id, onErased }: { id: string; onErased: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [problem, setProblem] = useState<string>();
  const erase = async () => {
    try {
      unwrap(await api.DELETE('/v1/contacts/{id}', { params: { path: { id } } }));
      dialog.current?.close();
      onErased();
    } catch (caught) {
      setProblem(caught instanceof ApiProblem ? caught.message : String(caught));
    }
  };
  return (
    <>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
        Erase contact
      </button>
      <dialog ref={dialog} aria-labelledby="erase-heading">
        <h2 id="erase-heading">Erase this contact?</h2>
        <p>
          Their number, name, tags and attributes are removed and the evidence of their consent is redacted. Message
          counts stay. This cannot be undone.
        </p>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="button" className="danger" onClick={() => void erase()}>
            Erase
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}

export function ContactPage({ id }: { id: string }) {
  const can = useCan();
  const [version, setVersion] = useState(0);
  const contact = useResource(
    async () => unwrap(await api.GET('/v1/contacts/{id}', { params: { path: { id } } })),
    [id],
  );
  const history = useResource(
    async () =>
      unwrap(await api.GET('/v1/contacts/{id}/consents', { params: { path: { id }, query: { limit: 100 } } })).consents,
    [id],
  );
  const phone = contact.data?.phone;
  useEffect(
    () =>
      watchContact(id, phone, () => {
        void contact.reload();
        void history.reload();
        setVersion((v) => v + 1);
      }),
    [id, phone, contact.reload, history.reload],
  );

  const data = contact.data;
  return (
    <>
      <p>
        <a href={href({ page: 'contacts' })}>← All contacts</a>
      </p>
      <h1>{data ? (data.name ?? data.phone) : 'Contact'}</h1>
      <LoadError what="the contact" error={contact.error} />
      {data && (
        <section className="card" aria-labelledby="contact-heading">
          <h2 id="contact-heading">Details</h2>
          <dl className="details">
            <dt>Number</dt>
            <dd>{data.phone}</dd>
            <dt>Tags</dt>
            <dd>{data.tags.join(', ') || '—'}</dd>
            {Object.entries(data.attributes).map(([key, value]) => (
              <div key={key} className="pair">
                <dt>{key}</dt>
                <dd>{String(value)}</dd>
              </div>
            ))}
            <dt>Marketing</dt>
            <dd data-testid="consent-marketing">
              {consentText[data.consent.marketing.status]}
              {data.consent.marketing.recordedAt && ` (${when(data.consent.marketing.recordedAt)})`}
            </dd>
            <dt>Transactional</dt>
            <dd>{consentText[data.consent.transactional.status]}</dd>
            {data.erasedAt && (
              <>
                <dt>Erased</dt>
                <dd>{when(data.erasedAt)}</dd>
              </>
            )}
          </dl>
          {can('privacy') && !data.erasedAt && (
            <EraseContact
              id={id}
              onErased={() => {
                void contact.reload();
                void history.reload();
                setVersion((v) => v + 1);
              }}
            />
          )}
        </section>
      )}

      <section className="card" aria-labelledby="consent-heading">
        <h2 id="consent-heading">Consent history</h2>
        <LoadError what="the consent history" error={history.error} />
        {history.data?.length === 0 && <p className="hint">No consent recorded.</p>}
        {history.data && history.data.length > 0 && (
          <table>
            <TableHead columns={['When', 'What', 'Source', 'Evidence', 'Recorded by']} />
            <tbody>
              {history.data.map((entry) => (
                <tr key={entry.id}>
                  <td data-label="When">{when(entry.recordedAt)}</td>
                  <td data-label="What">
                    {actionText[entry.action]} ({entry.purpose})
                  </td>
                  <td data-label="Source">{entry.source}</td>
                  <td data-label="Evidence">{entry.evidence ?? '—'}</td>
                  <td data-label="Recorded by">{entry.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <Timeline id={id} version={version} />
    </>
  );
}
