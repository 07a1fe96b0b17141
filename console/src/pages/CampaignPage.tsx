// One campaign: its state and pause reason, progress and funnel per step (live from the event
// stream), per-recipient outcomes with their skip reasons (paged, and as CSV), and the actions
// its state allows: start, edit or delete a draft; pause, resume, cancel.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiProblem, type Campaign, type RecipientRow, unwrap } from '../api';
import { campaignProgress, pauseReasonLabel, skipReasonLabel } from '../campaign-format';
import { count, when } from '../format';
import { FunnelChart } from '../FunnelChart';
import { type LiveStatus, watchCampaigns } from '../live';
import { useCan } from '../session';
import { href, navigate } from '../router';
import { CampaignStatusBadge, LiveLabel, LoadError, TableHead } from '../ui';
import { useResource } from '../use-resource';
import { PreviewFigures } from './CampaignBuilderPage';

const PAGE = 50;

type Action = 'start' | 'pause' | 'resume' | 'cancel';

const actionsIn: Record<Campaign['status'], Action[]> = {
  draft: ['start'],
  scheduled: ['pause', 'cancel'],
  running: ['pause', 'cancel'],
  paused: ['resume', 'cancel'],
  completed: [],
  cancelled: [],
};
const actionLabel: Record<Action, string> = {
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel campaign',
};

function Recipients({ id, version }: { id: string; version: number }) {
  const [rows, setRows] = useState<RecipientRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<Error>();
  const [pages, setPages] = useState(1);

  // The pages shown so far are read again whenever the campaign moved.
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const all: RecipientRow[] = [];
        let next: string | null = null;
        for (let page = 0; page < pages; page++) {
          const data: { recipients: RecipientRow[]; nextCursor: string | null } = unwrap(
            await api.GET('/v1/campaigns/{id}/recipients', {
              params: { path: { id }, query: { limit: PAGE, ...(next ? { cursor: Number(next) } : {}) } },
            }),
          );
          all.push(...data.recipients);
          next = data.nextCursor;
          if (!next) break;
        }
        if (current) {
          setRows(all);
          setCursor(next);
          setError(undefined);
        }
      } catch (caught) {
        if (current) setError(caught instanceof Error ? caught : new Error(String(caught)));
      }
    })();
    return () => {
      current = false;
    };
  }, [id, version, pages]);

  return (
    <section className="card" aria-labelledby="recipients-heading">
      <h2 id="recipients-heading">Recipients</h2>
      <p>
        <a href={`/v1/campaigns/${id}/recipients.csv`} download>
          Export recipients as CSV
        </a>
      </p>
      <LoadError what="recipients" error={error} />
      {rows.length === 0 && !error && <p className="hint">No recipients yet: the audience is fixed when it starts.</p>}
      {rows.length > 0 && (
        <table className="recipients">
          <TableHead columns={['#', 'Contact', 'Steps']} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.seq}>
                <td data-label="#">{row.seq}</td>
                <td data-label="Contact">
                  {row.name ?? '—'} <span className="hint">{row.phone ?? 'erased'}</span>
                </td>
                <td data-label="Steps">
                  {row.steps.length === 0
                    ? 'Not yet decided'
                    : row.steps.map((step) => (
                        <span key={step.step} className={`outcome outcome-${step.outcome}`} data-outcome={step.outcome}>
                          {step.step}: {step.outcome}
                          {step.skipReason && ` (${skipReasonLabel[step.skipReason] ?? step.skipReason})`}
                          {step.errorCode !== null && ` (code ${step.errorCode})`}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor && (
        <button type="button" className="secondary" onClick={() => setPages((n) => n + 1)}>
          Show more recipients
        </button>
      )}
    </section>
  );
}

export function CampaignPage({ id }: { id: string }) {
  const can = useCan();
  const campaign = useResource(
    async () => unwrap(await api.GET('/v1/campaigns/{id}', { params: { path: { id } } })),
    [id],
  );
  const isDraft = campaign.data?.status === 'draft';
  const preview = useResource(
    async () => (isDraft ? unwrap(await api.GET('/v1/campaigns/{id}/preview', { params: { path: { id } } })) : null),
    [id, isDraft],
  );
  const [live, setLive] = useState<LiveStatus>('connecting');
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<'cancel' | 'delete' | null>(null);

  const refresh = useCallback(() => {
    void campaign.reload();
    setVersion((n) => n + 1);
  }, [campaign.reload]);
  useEffect(() => watchCampaigns(refresh, setLive), [refresh]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
      refresh();
    } catch (caught) {
      setProblem(caught instanceof ApiProblem ? caught : new ApiProblem(0, 'network', 'The API could not be reached'));
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };
  const act = (action: Action) =>
    run(async () => unwrap(await api.POST(`/v1/campaigns/{id}/${action}`, { params: { path: { id } } })));
  const remove = () =>
    run(async () => {
      const result = await api.DELETE('/v1/campaigns/{id}', { params: { path: { id } } });
      if (!result.response.ok) unwrap(result as never);
      navigate({ page: 'campaigns' });
    });

  const data = campaign.data;
  const progress = data ? campaignProgress(data) : 0;
  return (
    <>
      <p>
        <a href={href({ page: 'campaigns' })}>← All campaigns</a>
      </p>
      <h1>
        {data?.name ?? 'Campaign'} {data && <CampaignStatusBadge status={data.status} />} <LiveLabel status={live} />
      </h1>
      <LoadError what="the campaign" error={campaign.error} />
      {data && (
        <>
          <section className="card" aria-labelledby="state-heading">
            <h2 id="state-heading">Progress</h2>
            {data.pauseReason && (
              <p data-testid="pause-reason">Paused: {pauseReasonLabel[data.pauseReason] ?? data.pauseReason}</p>
            )}
            <p>
              <progress
                max={100}
                value={progress}
                aria-label={`Progress: ${progress}%`}
                data-testid="campaign-progress"
              />{' '}
              <span data-testid="campaign-progress-text">{progress}%</span> of{' '}
              {data.recipientCount === null ? 'the audience' : `${count(data.recipientCount)} recipients`} ×{' '}
              {data.funnel.length} step{data.funnel.length === 1 ? '' : 's'} decided
            </p>
            <dl className="details">
              <dt>Created</dt>
              <dd>{when(data.createdAt)}</dd>
              <dt>Started</dt>
              <dd>{when(data.startedAt)}</dd>
              <dt>Finished</dt>
              <dd>{when(data.finishedAt)}</dd>
              <dt>Sending number</dt>
              <dd>{data.sendingNumber}</dd>
            </dl>
            {problem && (
              <p role="alert" className="error">
                {problem.message}
              </p>
            )}
            {can('marketer') && (
              <div className="actions">
                {actionsIn[data.status].map((action) =>
                  action === 'cancel' && confirming !== 'cancel' ? (
                    <button
                      key={action}
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() => setConfirming('cancel')}
                    >
                      {actionLabel[action]}
                    </button>
                  ) : (
                    <button key={action} type="button" disabled={busy} onClick={() => void act(action)}>
                      {action === 'cancel' ? 'Yes, cancel for good' : actionLabel[action]}
                    </button>
                  ),
                )}
                {isDraft && (
                  <>
                    <a className="button secondary" href={href({ page: 'campaign-edit', id })}>
                      Edit draft
                    </a>
                    {confirming === 'delete' ? (
                      <button type="button" disabled={busy} onClick={() => void remove()}>
                        Yes, delete the draft
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy}
                        onClick={() => setConfirming('delete')}
                      >
                        Delete draft
                      </button>
                    )}
                  </>
                )}
              </div>
            )}
          </section>
          {isDraft && (
            <section className="card" aria-labelledby="draft-preview-heading">
              <h2 id="draft-preview-heading">Audience preview</h2>
              <LoadError what="the preview" error={preview.error} />
              {preview.data && <PreviewFigures preview={preview.data} />}
            </section>
          )}
          {!isDraft && (
            <section className="card" aria-labelledby="funnel-heading">
              <h2 id="funnel-heading">Funnel</h2>
              <FunnelChart funnel={data.funnel} />
              <table className="funnel">
                <TableHead columns={['Step', 'Sent', 'Delivered', 'Read', 'Replied', 'Failed', 'Skipped']} />
                <tbody>
                  {data.funnel.map((step) => (
                    <tr key={step.step}>
                      <td data-label="Step">{step.step}</td>
                      <td data-label="Sent">{count(step.sent)}</td>
                      <td data-label="Delivered">{count(step.delivered)}</td>
                      <td data-label="Read">{count(step.read)}</td>
                      <td data-label="Replied">{count(step.replied)}</td>
                      <td data-label="Failed">
                        {Object.entries(step.failed)
                          .map(([code, n]) => `${count(n)} (code ${code})`)
                          .join(', ') || '0'}
                      </td>
                      <td data-label="Skipped">
                        {Object.entries(step.skipped)
                          .map(([reason, n]) => `${count(n)} ${skipReasonLabel[reason] ?? reason}`)
                          .join(', ') || '0'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {!isDraft && <Recipients id={id} version={version} />}
        </>
      )}
    </>
  );
}
