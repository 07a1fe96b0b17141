// The campaign builder: approved templates with their parameters mapped to contact fields (with
// fallbacks), the audience, two or more steps with conditions and delays, schedule, allowed
// hours, frequency cap, pace and budget; the message text as the customer reads it; the audience
// preview before anything is saved. The API validates: its field errors show on the inputs.
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { api, ApiProblem, type AudiencePreview, type Template, unwrap } from '../api';
import {
  type CampaignForm,
  emptyForm,
  emptyStep,
  fieldPaths,
  fromDefinition,
  type SourceForm,
  type StepForm,
  toBody,
  withTemplate,
} from '../campaign-form';
import { conditionLabel, skipReasonLabel } from '../campaign-format';
import { count } from '../format';
import { href, navigate } from '../router';
import { LoadError } from '../ui';
import { useResource } from '../use-resource';

/** The input id of an API field path (steps.0.params.body.1.field → f-steps-0-params-body-1-field). */
const inputId = (path: string) => `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

interface FieldProps {
  path: string;
  label: string;
  error: (path: string) => string | undefined;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
  className?: string;
}

/** A labelled input with the API's error for its path under it. */
function Field({ path, label, error, children, className = 'field' }: FieldProps) {
  const id = inputId(path);
  const message = error(path);
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(message ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}) })}
      {message && (
        <span id={`${id}-error`} className="field-error" data-field={path}>
          {message}
        </span>
      )}
    </div>
  );
}

function SourceInputs(props: {
  path: string;
  label: string;
  value: SourceForm;
  onChange: (value: SourceForm) => void;
  error: (path: string) => string | undefined;
}) {
  const { path, label, value, onChange, error } = props;
  return (
    <fieldset className="source">
      <legend>{label}</legend>
      <Field path={`${path}.kind`} label="Filled from" error={error}>
        {(input) => (
          <select
            {...input}
            value={value.kind}
            onChange={(event) => onChange({ ...value, kind: event.target.value as SourceForm['kind'] })}
          >
            <option value="field">A contact field</option>
            <option value="value">The same text for everyone</option>
          </select>
        )}
      </Field>
      {value.kind === 'field' ? (
        <>
          <Field path={`${path}.field`} label="Contact field" error={error}>
            {(input) => (
              <input
                {...input}
                list="contact-fields"
                placeholder="name, phone or attributes.city"
                value={value.field}
                onChange={(event) => onChange({ ...value, field: event.target.value })}
              />
            )}
          </Field>
          <Field path={`${path}.fallback`} label="Fallback when missing" error={error}>
            {(input) => (
              <input
                {...input}
                placeholder="skipped when empty"
                value={value.fallback}
                onChange={(event) => onChange({ ...value, fallback: event.target.value })}
              />
            )}
          </Field>
        </>
      ) : (
        <Field path={`${path}.value`} label="Text" error={error}>
          {(input) => (
            <input
              {...input}
              value={value.value}
              onChange={(event) => onChange({ ...value, value: event.target.value })}
            />
          )}
        </Field>
      )}
    </fieldset>
  );
}

/** The step's message as the customer reads it, rendered by the API with [field] markers. */
function MessagePreview({ step }: { step: StepForm }) {
  const [text, setText] = useState<string>();
  const params = JSON.stringify(toBody({ ...emptyForm(), steps: [step] }).steps[0]!.params);
  useEffect(() => {
    if (!step.templateId) return setText(undefined);
    let current = true;
    const timer = setTimeout(() => {
      void api
        .POST('/v1/templates/{id}/render', {
          params: { path: { id: step.templateId } },
          body: { params: JSON.parse(params) as never },
        })
        .then((result) => {
          if (!current) return;
          const data = result.data;
          setText(data && data.ok ? data.text : undefined);
        })
        .catch(() => current && setText(undefined));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [step.templateId, params]);
  if (!text) return null;
  return (
    <figure className="message">
      <figcaption>The message the customer reads</figcaption>
      <pre data-testid="message-text">{text}</pre>
    </figure>
  );
}

function StepInputs(props: {
  index: number;
  step: StepForm;
  templates: Template[];
  onChange: (step: StepForm) => void;
  onRemove: (() => void) | null;
  error: (path: string) => string | undefined;
}) {
  const { index, step, templates, onChange, onRemove, error } = props;
  const path = `steps.${index}`;
  return (
    <fieldset className="card step" data-step={index + 1}>
      <legend>Step {index + 1}</legend>
      <div className="fields">
        <Field path={`${path}.templateId`} label={`Step ${index + 1} template`} error={error}>
          {(input) => (
            <select
              {...input}
              value={step.templateId}
              onChange={(event) =>
                onChange(
                  withTemplate(
                    step,
                    templates.find((t) => t.id === event.target.value),
                  ),
                )
              }
            >
              <option value="">Choose an approved template</option>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name} ({template.language}, {template.category})
                </option>
              ))}
            </select>
          )}
        </Field>
        {index > 0 && (
          <>
            <Field path={`${path}.condition`} label={`Step ${index + 1} goes to`} error={error}>
              {(input) => (
                <select
                  {...input}
                  value={step.condition}
                  onChange={(event) => onChange({ ...step, condition: event.target.value as StepForm['condition'] })}
                >
                  {Object.entries(conditionLabel).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              path={`${path}.delayMinutes`}
              label={`Step ${index + 1} delay (minutes after the previous step)`}
              error={error}
            >
              {(input) => (
                <input
                  {...input}
                  type="number"
                  min={0}
                  step="any"
                  value={step.delayMinutes}
                  onChange={(event) => onChange({ ...step, delayMinutes: event.target.value })}
                />
              )}
            </Field>
          </>
        )}
      </div>
      {error(`${path}.params.body`) && (
        <p className="field-error" data-field={`${path}.params.body`}>
          {error(`${path}.params.body`)}
        </p>
      )}
      <div className="sources">
        {step.headerText && (
          <SourceInputs
            path={`${path}.params.header.text`}
            label={`Step ${index + 1} header {{1}}`}
            value={step.headerText}
            onChange={(headerText) => onChange({ ...step, headerText })}
            error={error}
          />
        )}
        {step.body.map((value, n) => (
          <SourceInputs
            key={n}
            path={`${path}.params.body.${n}`}
            label={`Step ${index + 1} body {{${n + 1}}}`}
            value={value}
            onChange={(changed) => onChange({ ...step, body: step.body.map((old, i) => (i === n ? changed : old)) })}
            error={error}
          />
        ))}
        {step.buttons.map((button, n) => (
          <SourceInputs
            key={button.index}
            path={`${path}.params.buttons.${n}.suffix`}
            label={`Step ${index + 1} button ${button.index + 1} link ending`}
            value={button.suffix}
            onChange={(suffix) =>
              onChange({ ...step, buttons: step.buttons.map((old, i) => (i === n ? { ...old, suffix } : old)) })
            }
            error={error}
          />
        ))}
      </div>
      <MessagePreview step={step} />
      {onRemove && (
        <button type="button" className="secondary" onClick={onRemove}>
          Remove step {index + 1}
        </button>
      )}
    </fieldset>
  );
}

export function PreviewFigures({ preview }: { preview: AudiencePreview }) {
  const skipped = Object.entries(preview.skipped).filter(([, n]) => n > 0);
  const totalSkipped = skipped.reduce((sum, [, n]) => sum + n, 0);
  return (
    <div data-testid="audience-preview" aria-live="polite">
      <p>
        <strong data-testid="preview-send">{count(preview.send)}</strong> of {count(preview.recipients)} contacts would
        be sent the first step now; <strong data-testid="preview-skipped">{count(totalSkipped)}</strong> skipped.
      </p>
      {preview.blocked && <p className="error">The first step cannot send: {preview.blocked}</p>}
      {skipped.length > 0 && (
        <ul className="skips">
          {skipped.map(([reason, n]) => (
            <li key={reason} data-reason={reason}>
              {skipReasonLabel[reason] ?? reason}: {count(n)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CampaignBuilderPage({ id }: { id?: string }) {
  const templates = useResource(
    async () =>
      unwrap(await api.GET('/v1/templates', { params: { query: { status: 'approved', limit: 500 } } })).templates,
    [],
  );
  const draft = useResource(
    async () => (id ? unwrap(await api.GET('/v1/campaigns/{id}', { params: { path: { id } } })) : null),
    [id],
  );
  const [form, setForm] = useState<CampaignForm>(emptyForm);
  const [problem, setProblem] = useState<ApiProblem>();
  const [preview, setPreview] = useState<AudiencePreview>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (draft.data) setForm(fromDefinition(draft.data.definition));
  }, [draft.data]);

  const error = (path: string) => problem?.fields.find((entry) => entry.field === path)?.message;
  const set = <K extends keyof CampaignForm>(key: K, value: CampaignForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const setStep = (index: number, step: StepForm) =>
    setForm((current) => ({ ...current, steps: current.steps.map((old, i) => (i === index ? step : old)) }));

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
    } catch (caught) {
      setProblem(caught instanceof ApiProblem ? caught : new ApiProblem(0, 'network', 'The API could not be reached'));
    } finally {
      setBusy(false);
    }
  };
  const previewAudience = () =>
    attempt(async () => {
      setPreview(undefined);
      setPreview(unwrap(await api.POST('/v1/campaigns/preview', { body: toBody(form) })));
    });
  const save = (event: FormEvent) => {
    event.preventDefault();
    return attempt(async () => {
      const saved = id
        ? unwrap(await api.PUT('/v1/campaigns/{id}', { params: { path: { id } }, body: toBody(form) }))
        : unwrap(await api.POST('/v1/campaigns', { body: toBody(form) }));
      navigate({ page: 'campaign', id: saved.id });
    });
  };

  // Errors the inputs do not show (a field the form has no input for) are listed at the top.
  const shown = fieldPaths(form);
  const unplaced = problem?.fields.filter((entry) => !shown.has(entry.field)) ?? [];
  const approved = templates.data ?? [];
  const text = (key: keyof CampaignForm, path: string, label: string, extra: object = {}) => (
    <Field path={path} label={label} error={error}>
      {(input) => (
        <input
          {...input}
          {...extra}
          value={String(form[key])}
          onChange={(event) => set(key, event.target.value as never)}
        />
      )}
    </Field>
  );

  return (
    <>
      <p>
        <a href={id ? href({ page: 'campaign', id }) : href({ page: 'campaigns' })}>← Back</a>
      </p>
      <h1>{id ? 'Edit draft' : 'New campaign'}</h1>
      <LoadError what="templates" error={templates.error} />
      <LoadError what="the draft" error={draft.error} />
      <datalist id="contact-fields">
        <option value="name" />
        <option value="phone" />
        <option value="attributes.city" />
      </datalist>
      <form onSubmit={(event) => void save(event)} aria-label="Campaign builder" noValidate>
        <section className="card" aria-labelledby="who-heading">
          <h2 id="who-heading">Name and audience</h2>
          <div className="fields">
            {text('name', 'name', 'Campaign name', { required: true })}
            {text('tags', 'audience.tags', 'Contacts tagged (comma separated)', { placeholder: 'diwali, vip' })}
            {text('attributes', 'audience.attributes', 'With attributes (key=value, comma separated)', {
              placeholder: 'city=Pune',
            })}
          </div>
          {form.kept.contactIds && (
            <p className="hint">
              Also limited to the {count(form.kept.contactIds.length)} contacts listed by ID (kept).
            </p>
          )}
          {error('audience') && (
            <p className="field-error" data-field="audience">
              {error('audience')}
            </p>
          )}
        </section>

        {form.steps.map((step, index) => (
          <StepInputs
            key={index}
            index={index}
            step={step}
            templates={approved}
            onChange={(changed) => setStep(index, changed)}
            onRemove={
              index > 0
                ? () =>
                    set(
                      'steps',
                      form.steps.filter((_, i) => i !== index),
                    )
                : null
            }
            error={error}
          />
        ))}
        {form.steps.length < 10 && (
          <p>
            <button type="button" className="secondary" onClick={() => set('steps', [...form.steps, emptyStep(false)])}>
              Add a step
            </button>
          </p>
        )}

        <section className="card" aria-labelledby="when-heading">
          <h2 id="when-heading">Schedule, limits and budget</h2>
          <div className="fields">
            {text('startAt', 'schedule.startAt', 'Start at (empty: when started)', { type: 'datetime-local' })}
            <div className="field checkbox">
              <input
                id="f-any-hour"
                type="checkbox"
                checked={form.anyHour}
                onChange={(event) => set('anyHour', event.target.checked)}
              />
              <label htmlFor="f-any-hour">Send at any hour</label>
            </div>
            {!form.anyHour && (
              <>
                {text('windowStart', 'schedule.window.start', 'Allowed from (HH:MM)', { type: 'time' })}
                {text('windowEnd', 'schedule.window.end', 'Allowed until (HH:MM)', { type: 'time' })}
                {text('timezone', 'schedule.window.timezone', 'Time zone')}
              </>
            )}
            {text('capPerDay', 'limits.frequencyCap.perDay', 'Frequency cap per contact per day', {
              type: 'number',
              min: 0,
              placeholder: 'default',
            })}
            {text('capPerWeek', 'limits.frequencyCap.perWeek', 'Frequency cap per contact per week', {
              type: 'number',
              min: 0,
              placeholder: 'default',
            })}
            {text('messagesPerSecond', 'limits.messagesPerSecond', 'Messages per second (cap)', {
              type: 'number',
              min: 1,
              placeholder: "the number's pace",
            })}
            {text('budget', 'budget.credits', 'Budget (credits)', { type: 'number', min: 0, placeholder: 'none' })}
          </div>
        </section>

        {problem && (
          <div role="alert" className="error">
            <p>{problem.fields.length > 0 ? 'Fix the fields marked below.' : problem.message}</p>
            {unplaced.length > 0 && (
              <ul>
                {unplaced.map((entry) => (
                  <li key={entry.field}>
                    {entry.field}: {entry.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <section className="card" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Audience preview</h2>
          {preview ? (
            <PreviewFigures preview={preview} />
          ) : (
            <p className="hint">See how many contacts the first step would reach, and who would be skipped and why.</p>
          )}
          <div className="actions">
            <button type="button" className="secondary" disabled={busy} onClick={() => void previewAudience()}>
              Preview audience
            </button>
            <button type="submit" disabled={busy}>
              {id ? 'Save draft' : 'Create draft'}
            </button>
          </div>
        </section>
      </form>
    </>
  );
}
