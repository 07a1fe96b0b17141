// The campaign builder's form, as the inputs hold it (text), and the body the API takes. The API
// validates; the form only shapes what was typed, so the API's field errors land on its inputs.
import type { CampaignBody, Template } from './api';

export interface SourceForm {
  kind: 'field' | 'value';
  field: string;
  value: string;
  fallback: string;
}

export interface StepForm {
  templateId: string;
  body: SourceForm[];
  headerText: SourceForm | null;
  buttons: { index: number; suffix: SourceForm }[];
  delayMinutes: string;
  condition: 'always' | 'not_delivered' | 'not_read' | 'not_replied';
}

export interface CampaignForm {
  name: string;
  tags: string;
  /** `key=value` pairs, comma separated. */
  attributes: string;
  steps: StepForm[];
  /** datetime-local, empty: when started. */
  startAt: string;
  anyHour: boolean;
  windowStart: string;
  windowEnd: string;
  timezone: string;
  messagesPerSecond: string;
  capPerDay: string;
  capPerWeek: string;
  budget: string;
  /** What a draft made through the API has that the builder has no input for: kept as it is. */
  kept: Pick<CampaignBody, 'sendingNumber'> & {
    contactIds?: string[] | undefined;
    errorSpike?: NonNullable<CampaignBody['limits']>['errorSpike'];
  };
}

const source = (field = ''): SourceForm => ({ kind: 'field', field, value: '', fallback: '' });

export const emptyStep = (first: boolean): StepForm => ({
  templateId: '',
  body: [],
  headerText: null,
  buttons: [],
  delayMinutes: first ? '0' : '60',
  condition: first ? 'always' : 'not_read',
});

export const emptyForm = (): CampaignForm => ({
  name: '',
  tags: '',
  attributes: '',
  steps: [emptyStep(true)],
  startAt: '',
  anyHour: false,
  windowStart: '09:00',
  windowEnd: '21:00',
  timezone: 'Asia/Kolkata',
  messagesPerSecond: '',
  capPerDay: '',
  capPerWeek: '',
  budget: '',
  kept: {},
});

/** A step set to a template: one source per parameter it takes, the contact's name first. */
export function withTemplate(step: StepForm, template: Template | undefined): StepForm {
  if (!template) return { ...step, templateId: '', body: [], headerText: null, buttons: [] };
  const { parameters } = template;
  return {
    ...step,
    templateId: template.id,
    body: Array.from({ length: parameters.body }, (_, index) => step.body[index] ?? source(index === 0 ? 'name' : '')),
    headerText: parameters.headerText ? (step.headerText ?? source('name')) : null,
    buttons: parameters.urlButtons.map(
      (index) => step.buttons.find((button) => button.index === index) ?? { index, suffix: source() },
    ),
  };
}

type Source = { field?: string; value?: string; fallback?: string };

function toSource(form: SourceForm): Source {
  if (form.kind === 'value') return { value: form.value };
  return { field: form.field.trim(), ...(form.fallback.trim() ? { fallback: form.fallback } : {}) };
}

function fromSource(value: Source | undefined): SourceForm {
  if (value?.value !== undefined) return { kind: 'value', field: '', value: value.value, fallback: '' };
  return { kind: 'field', field: value?.field ?? '', value: '', fallback: value?.fallback ?? '' };
}

/** A number typed, or undefined when left empty (the API's default applies). */
const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

export function toBody(form: CampaignForm): CampaignBody {
  const attributes = Object.fromEntries(
    list(form.attributes).map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? [pair, ''] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
  const cap = { perDay: optionalNumber(form.capPerDay), perWeek: optionalNumber(form.capPerWeek) };
  return {
    name: form.name,
    audience: {
      ...(list(form.tags).length ? { tags: list(form.tags) } : {}),
      ...(Object.keys(attributes).length ? { attributes } : {}),
      ...(form.kept.contactIds ? { contactIds: form.kept.contactIds } : {}),
    },
    ...(form.kept.sendingNumber ? { sendingNumber: form.kept.sendingNumber } : {}),
    steps: form.steps.map((step, index) => ({
      templateId: step.templateId,
      params: {
        body: step.body.map(toSource),
        ...(step.headerText ? { header: { text: toSource(step.headerText) } } : {}),
        buttons: step.buttons.map((button) => ({ index: button.index, suffix: toSource(button.suffix) })),
      },
      delayMinutes: index === 0 ? 0 : (optionalNumber(step.delayMinutes) ?? 0),
      condition: index === 0 ? 'always' : step.condition,
    })),
    schedule: {
      ...(form.startAt ? { startAt: new Date(form.startAt).toISOString() } : {}),
      window: form.anyHour ? null : { start: form.windowStart, end: form.windowEnd, timezone: form.timezone },
    },
    limits: {
      ...(form.kept.errorSpike ? { errorSpike: form.kept.errorSpike } : {}),
      ...(optionalNumber(form.messagesPerSecond) !== undefined
        ? { messagesPerSecond: optionalNumber(form.messagesPerSecond) }
        : {}),
      ...(cap.perDay !== undefined || cap.perWeek !== undefined
        ? {
            frequencyCap: {
              ...(cap.perDay !== undefined ? { perDay: cap.perDay } : {}),
              ...(cap.perWeek !== undefined ? { perWeek: cap.perWeek } : {}),
            },
          }
        : {}),
    },
    ...(optionalNumber(form.budget) !== undefined ? { budget: { credits: optionalNumber(form.budget)! } } : {}),
  };
}

/** A stored definition (a draft being edited) back into the form. */
export function fromDefinition(definition: Record<string, unknown>): CampaignForm {
  const body = definition as unknown as CampaignBody;
  const form = emptyForm();
  const window = body.schedule?.window;
  const localTime = (iso: string) => {
    const date = new Date(iso);
    return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  };
  return {
    ...form,
    name: body.name,
    tags: (body.audience.tags ?? []).join(', '),
    attributes: Object.entries(body.audience.attributes ?? {})
      .map(([key, value]) => `${key}=${value}`)
      .join(', '),
    steps: body.steps.map((step) => ({
      templateId: step.templateId,
      body: (step.params.body ?? []).map(fromSource),
      headerText: step.params.header?.text ? fromSource(step.params.header.text) : null,
      buttons: (step.params.buttons ?? []).map((button) => ({
        index: button.index,
        suffix: fromSource(button.suffix),
      })),
      delayMinutes: String(step.delayMinutes ?? 0),
      condition: step.condition ?? 'always',
    })),
    startAt: body.schedule?.startAt ? localTime(body.schedule.startAt) : '',
    anyHour: window === null,
    ...(window ? { windowStart: window.start, windowEnd: window.end, timezone: window.timezone } : {}),
    messagesPerSecond: body.limits?.messagesPerSecond === undefined ? '' : String(body.limits.messagesPerSecond),
    capPerDay: body.limits?.frequencyCap?.perDay === undefined ? '' : String(body.limits.frequencyCap.perDay),
    capPerWeek: body.limits?.frequencyCap?.perWeek === undefined ? '' : String(body.limits.frequencyCap.perWeek),
    budget: body.budget ? String(body.budget.credits) : '',
    kept: {
      sendingNumber: body.sendingNumber,
      contactIds: body.audience.contactIds,
      errorSpike: body.limits?.errorSpike,
    },
  };
}

/** The API field paths the builder shows an error under; others are listed at the top of the form. */
export function fieldPaths(form: CampaignForm): Set<string> {
  const paths = [
    'name',
    'audience',
    'audience.tags',
    'audience.attributes',
    'schedule.startAt',
    'schedule.window.start',
    'schedule.window.end',
    'schedule.window.timezone',
    'limits.frequencyCap.perDay',
    'limits.frequencyCap.perWeek',
    'limits.messagesPerSecond',
    'budget.credits',
  ];
  const sourcePaths = (path: string, source: SourceForm) =>
    source.kind === 'field' ? [`${path}.field`, `${path}.fallback`, `${path}.kind`] : [`${path}.value`, `${path}.kind`];
  form.steps.forEach((step, index) => {
    const path = `steps.${index}`;
    paths.push(`${path}.templateId`, `${path}.params.body`);
    if (index > 0) paths.push(`${path}.condition`, `${path}.delayMinutes`);
    step.body.forEach((source, n) => paths.push(...sourcePaths(`${path}.params.body.${n}`, source)));
    if (step.headerText) paths.push(...sourcePaths(`${path}.params.header.text`, step.headerText));
    step.buttons.forEach((button, n) =>
      paths.push(...sourcePaths(`${path}.params.buttons.${n}.suffix`, button.suffix)),
    );
  });
  return new Set(paths);
}
