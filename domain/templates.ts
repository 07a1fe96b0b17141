// WhatsApp templates as Meta approved them, how a campaign step fills their parameters, and the
// `components` array that sends one (reference section 4, Meta's Cloud API shape). Pure
// functions, safe in workflow code.
//
// A template's components, as registered:
//   header   none | text (at most one parameter, {{1}}) | image / video / document with the
//            media URL sent unless a campaign step overrides it
//   body     text with positional placeholders {{1}}..{{n}}; n is derived from the text
//   footer   plain text
//   buttons  quick_reply (text, optional payload) | url (a fixed URL, or one ending in {{1}}
//            whose suffix each message fills); at most 3 quick replies and 2 url buttons
//
// A parameter mapping says where each parameter comes from: `{ field: 'name' | 'phone' |
// 'attributes.<key>' }` of the contact, or a fixed `{ value }`.
import { z } from 'zod';
import type { TemplateCategory } from './consent.js';

export const templateStatuses = ['approved', 'pending', 'rejected', 'paused', 'disabled'] as const;
export type TemplateStatus = (typeof templateStatuses)[number];

/** Only what Meta approved (and has not paused or disabled since) can be sent. */
export const isSendable = (status: TemplateStatus): boolean => status === 'approved';

export interface FieldIssue {
  field: string;
  message: string;
}

export const MAX_BODY_LENGTH = 1024;
export const MAX_HEADER_TEXT_LENGTH = 60;
export const MAX_QUICK_REPLIES = 3;
export const MAX_URL_BUTTONS = 2;

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The positional placeholders of a text, in order of appearance; null when one is not `{{<n>}}`. */
function placeholders(text: string): number[] | null {
  const found: number[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (!/^[1-9][0-9]?$/.test(match[1]!)) return null;
    found.push(Number(match[1]));
  }
  return found;
}

/** How many parameters a text takes, or a problem: placeholders must be {{1}}..{{n}}, none missing. */
function parameterCount(text: string): { count: number } | { problem: string } {
  const found = placeholders(text);
  if (found === null) return { problem: 'placeholders must be positional: {{1}}, {{2}}, ...' };
  const count = found.length === 0 ? 0 : Math.max(...found);
  for (let n = 1; n <= count; n++) {
    if (!found.includes(n))
      return { problem: `placeholders must run {{1}}..{{${count}}} without gaps; {{${n}}} is missing` };
  }
  return { count };
}

const mediaUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);
const DYNAMIC_URL_SUFFIX = '{{1}}';

const headerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(MAX_HEADER_TEXT_LENGTH) }),
  z.strictObject({ type: z.literal('image'), mediaUrl }),
  z.strictObject({ type: z.literal('video'), mediaUrl }),
  z.strictObject({ type: z.literal('document'), mediaUrl, filename: z.string().min(1).max(240).optional() }),
]);

const buttonSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('quick_reply'),
    text: z.string().min(1).max(25),
    payload: z
      .string()
      .min(1)
      .max(1000)
      .optional()
      .meta({ description: 'Sent with the message; comes back when the button is tapped' }),
  }),
  z.strictObject({
    type: z.literal('url'),
    text: z.string().min(1).max(25),
    url: z.string().max(2000).meta({
      description: 'A fixed URL, or one ending in {{1}}: each message then fills the suffix',
      example: 'https://shop.example/orders/{{1}}',
    }),
  }),
]);

export const templateComponentsSchema = z
  .strictObject({
    header: headerSchema.default({ type: 'none' }),
    body: z.strictObject({ text: z.string().min(1).max(MAX_BODY_LENGTH) }),
    footer: z.strictObject({ text: z.string().min(1).max(60) }).optional(),
    buttons: z
      .array(buttonSchema)
      .max(MAX_QUICK_REPLIES + MAX_URL_BUTTONS)
      .default([]),
  })
  .superRefine((components, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const body = parameterCount(components.body.text);
    if ('problem' in body) issue(['body', 'text'], body.problem);
    if (components.header.type === 'text') {
      const header = parameterCount(components.header.text);
      if ('problem' in header) issue(['header', 'text'], header.problem);
      else if (header.count > 1) issue(['header', 'text'], 'a text header takes at most one parameter, {{1}}');
    }
    if (components.footer && placeholders(components.footer.text)?.length !== 0)
      issue(['footer', 'text'], 'a footer takes no parameters');
    const count = (type: 'quick_reply' | 'url') => components.buttons.filter((button) => button.type === type).length;
    if (count('quick_reply') > MAX_QUICK_REPLIES)
      issue(['buttons'], `at most ${MAX_QUICK_REPLIES} quick_reply buttons`);
    if (count('url') > MAX_URL_BUTTONS) issue(['buttons'], `at most ${MAX_URL_BUTTONS} url buttons`);
    components.buttons.forEach((button, index) => {
      if (button.type !== 'url') return;
      const base = button.url.endsWith(DYNAMIC_URL_SUFFIX)
        ? button.url.slice(0, -DYNAMIC_URL_SUFFIX.length)
        : button.url;
      if (!mediaUrl.safeParse(base).success || placeholders(base)?.length !== 0) {
        issue(['buttons', index, 'url'], 'must be an http(s) URL, optionally ending in {{1}}');
      }
    });
  });
export type TemplateComponents = z.infer<typeof templateComponentsSchema>;
export type TemplateComponentsInput = z.input<typeof templateComponentsSchema>;

/** What a template's sends must fill in. */
export interface TemplateParameters {
  /** Body parameters {{1}}..{{n}}. */
  body: number;
  /** The text header has {{1}}. */
  headerText: boolean;
  /** A media header (its URL is always sent, the registered one unless overridden). */
  headerMedia: 'image' | 'video' | 'document' | null;
  /** Indexes (in the buttons list) of url buttons ending in {{1}}. */
  urlButtons: number[];
}

export function templateParameters(components: TemplateComponents): TemplateParameters {
  const { header, body, buttons } = components;
  const counted = parameterCount(body.text);
  return {
    body: 'count' in counted ? counted.count : 0,
    headerText: header.type === 'text' && (placeholders(header.text)?.length ?? 0) > 0,
    headerMedia: header.type === 'image' || header.type === 'video' || header.type === 'document' ? header.type : null,
    urlButtons: buttons.flatMap((button, index) =>
      button.type === 'url' && button.url.endsWith(DYNAMIC_URL_SUFFIX) ? [index] : [],
    ),
  };
}

// --- Parameter mappings ---------------------------------------------------------------------

export const FIELD_PATH = /^(name|phone|attributes\.[A-Za-z0-9_]{1,64})$/;
const FIELD_PATH_MESSAGE = "must be 'name', 'phone' or 'attributes.<key>' (letters, digits, _)";

export const paramSourceSchema = z
  .strictObject({
    field: z
      .string()
      .regex(FIELD_PATH, FIELD_PATH_MESSAGE)
      .optional()
      .meta({ description: "The contact's name, phone or an attribute", example: 'attributes.city' }),
    value: z.string().min(1).max(MAX_BODY_LENGTH).optional().meta({ description: 'The same text for every contact' }),
    fallback: z.string().trim().min(1).max(MAX_BODY_LENGTH).optional().meta({
      description: 'Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)',
      example: 'there',
    }),
  })
  .refine((source) => (source.field === undefined) !== (source.value === undefined), {
    message: 'give exactly one of field or value',
  })
  .refine((source) => source.fallback === undefined || source.field !== undefined, {
    message: 'a fallback goes with a field (a value is never missing)',
    path: ['fallback'],
  });
export type ParamSource = z.infer<typeof paramSourceSchema>;

export const paramMappingSchema = z.strictObject({
  body: z
    .array(paramSourceSchema)
    .max(99)
    .default([])
    .meta({ description: 'One source per body placeholder, {{1}} first' }),
  header: z
    .strictObject({
      text: paramSourceSchema.optional().meta({ description: "The text header's {{1}}" }),
      mediaUrl: mediaUrl.optional().meta({ description: "Replaces the media header's registered URL" }),
    })
    .optional(),
  buttons: z
    .array(z.strictObject({ index: z.number().int().min(0).max(9), suffix: paramSourceSchema }))
    .max(MAX_URL_BUTTONS)
    .default([])
    .meta({ description: "The suffix of each url button ending in {{1}}, by its index in the template's buttons" }),
});
export type ParamMapping = z.infer<typeof paramMappingSchema>;

/** Whether a mapping fills exactly what the template takes. Fields are relative to the mapping, under `prefix` (e.g. `steps.0.params`). */
export function validateParamMapping(
  template: { components: TemplateComponents },
  mapping: ParamMapping,
  prefix = '',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const under = prefix === '' || prefix.endsWith('.') ? prefix : `${prefix}.`;
  const issue = (field: string, message: string) => issues.push({ field: `${under}${field}`, message });
  const wants = templateParameters(template.components);

  if (mapping.body.length !== wants.body) {
    issue(
      'body',
      `the template's body takes ${wants.body} parameter${wants.body === 1 ? '' : 's'}; ${mapping.body.length} given`,
    );
  }
  mapping.body.forEach((source, index) => {
    if (source.field !== undefined && !FIELD_PATH.test(source.field)) issue(`body.${index}.field`, FIELD_PATH_MESSAGE);
  });

  const headerText = mapping.header?.text;
  if (wants.headerText && !headerText) issue('header.text', "the template's header takes one text parameter");
  if (!wants.headerText && headerText) issue('header.text', "the template's header takes no text parameter");
  if (headerText?.field !== undefined && !FIELD_PATH.test(headerText.field))
    issue('header.text.field', FIELD_PATH_MESSAGE);
  if (mapping.header?.mediaUrl !== undefined && wants.headerMedia === null)
    issue('header.mediaUrl', 'the template has no media header');

  const mapped = new Set<number>();
  mapping.buttons.forEach((button, index) => {
    if (!wants.urlButtons.includes(button.index)) {
      issue(`buttons.${index}.index`, `button ${button.index} of the template is not a url button ending in {{1}}`);
    } else if (mapped.has(button.index)) {
      issue(`buttons.${index}.index`, `button ${button.index} is mapped twice`);
    }
    mapped.add(button.index);
    if (button.suffix.field !== undefined && !FIELD_PATH.test(button.suffix.field))
      issue(`buttons.${index}.suffix.field`, FIELD_PATH_MESSAGE);
  });
  for (const index of wants.urlButtons) {
    if (!mapped.has(index)) issue('buttons', `the template's url button ${index} needs its suffix`);
  }
  return issues;
}

// --- Rendering one message ------------------------------------------------------------------

export interface TemplateContact {
  name: string | null;
  phone: string;
  attributes: Record<string, unknown>;
}

type Link = { link: string };
export type SendParameter =
  | { type: 'text'; text: string }
  | { type: 'payload'; payload: string }
  | { type: 'image'; image: Link }
  | { type: 'video'; video: Link }
  | { type: 'document'; document: Link & { filename?: string } };

/** One entry of `content.template.components` in the send request. */
export type SendComponent =
  | { type: 'header' | 'body'; parameters: SendParameter[] }
  | { type: 'button'; sub_type: 'quick_reply' | 'url'; index: string; parameters: SendParameter[] };

/** Why a contact cannot be sent this template; `detail` names the parameter, never the contact's data. */
export type RenderFailure = 'missing_parameter' | 'invalid_parameter' | 'parameter_too_long' | 'invalid_mapping';

export type RenderResult =
  { ok: true; components: SendComponent[] } | { ok: false; reason: RenderFailure; detail: string };

class RenderError extends Error {
  constructor(
    readonly reason: RenderFailure,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * Meta refuses parameter text with new lines, tabs or more than four spaces in a row: those
 * become single spaces.
 */
const cleanText = (text: string) =>
  text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

function resolve(source: ParamSource, contact: TemplateContact, where: string): string {
  let raw: unknown;
  if (source.value !== undefined) raw = source.value;
  else if (source.field === 'name') raw = contact.name;
  else if (source.field === 'phone') raw = contact.phone;
  else if (source.field !== undefined && FIELD_PATH.test(source.field)) {
    const key = source.field.slice('attributes.'.length);
    raw = Object.hasOwn(contact.attributes, key) ? contact.attributes[key] : undefined;
  } else {
    throw new RenderError('invalid_mapping', `${where}: not a field or value`);
  }
  const label = `${where} (${source.field ?? 'value'})`;
  const fallback = source.fallback === undefined ? '' : cleanText(source.fallback);
  if (raw === undefined || raw === null) {
    if (fallback) return fallback;
    throw new RenderError('missing_parameter', `${label} is missing`);
  }
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
    throw new RenderError('invalid_parameter', `${label} is not text, a number or true/false`);
  }
  const text = cleanText(String(raw)) || fallback;
  if (text === '') throw new RenderError('missing_parameter', `${label} is empty`);
  return text;
}

/** Substitutes {{n}} with values[n-1]. */
const fill = (text: string, values: readonly string[]) =>
  text.replace(PLACEHOLDER, (_match, n: string) => values[Number(n) - 1] ?? '');

function header(components: TemplateComponents, mapping: ParamMapping, contact: TemplateContact): SendComponent[] {
  const { header: registered } = components;
  switch (registered.type) {
    case 'none':
      return [];
    case 'text': {
      if (!mapping.header?.text) return [];
      const text = resolve(mapping.header.text, contact, 'header {{1}}');
      if (fill(registered.text, [text]).length > MAX_HEADER_TEXT_LENGTH) {
        throw new RenderError('parameter_too_long', `the header would be over ${MAX_HEADER_TEXT_LENGTH} characters`);
      }
      return [{ type: 'header', parameters: [{ type: 'text', text }] }];
    }
    case 'document': {
      const document = {
        link: mapping.header?.mediaUrl ?? registered.mediaUrl,
        ...(registered.filename ? { filename: registered.filename } : {}),
      };
      return [{ type: 'header', parameters: [{ type: 'document', document }] }];
    }
    case 'image':
      return [
        {
          type: 'header',
          parameters: [{ type: 'image', image: { link: mapping.header?.mediaUrl ?? registered.mediaUrl } }],
        },
      ];
    case 'video':
      return [
        {
          type: 'header',
          parameters: [{ type: 'video', video: { link: mapping.header?.mediaUrl ?? registered.mediaUrl } }],
        },
      ];
  }
}

function buttons(components: TemplateComponents, mapping: ParamMapping, contact: TemplateContact): SendComponent[] {
  return components.buttons.flatMap((button, index): SendComponent[] => {
    if (button.type === 'quick_reply') {
      return button.payload
        ? [
            {
              type: 'button',
              sub_type: 'quick_reply',
              index: String(index),
              parameters: [{ type: 'payload', payload: button.payload }],
            },
          ]
        : [];
    }
    if (!button.url.endsWith(DYNAMIC_URL_SUFFIX)) return [];
    const mapped = mapping.buttons.find((entry) => entry.index === index);
    if (!mapped) throw new RenderError('invalid_mapping', `button ${index}: no suffix mapped`);
    const text = resolve(mapped.suffix, contact, `button ${index} {{1}}`);
    return [{ type: 'button', sub_type: 'url', index: String(index), parameters: [{ type: 'text', text }] }];
  });
}

/**
 * The `content.template.components` for one contact: header, body, buttons, in that order, with
 * only the components that carry parameters. Fails (the message is not sendable) when the
 * contact lacks a mapped field or the result breaks Meta's limits.
 */
export function renderTemplate(
  template: { components: TemplateComponents },
  mapping: ParamMapping,
  contact: TemplateContact,
): RenderResult {
  const problems = validateParamMapping(template, mapping);
  if (problems.length > 0)
    return { ok: false, reason: 'invalid_mapping', detail: problems.map((p) => `${p.field} ${p.message}`).join('; ') };
  return renderCheckedTemplate(template, mapping, contact);
}

/**
 * renderTemplate for a mapping already checked against this template (validateParamMapping):
 * a campaign checks once per page, not once per recipient.
 */
export function renderCheckedTemplate(
  template: { components: TemplateComponents },
  mapping: ParamMapping,
  contact: TemplateContact,
): RenderResult {
  const { components } = template;
  try {
    const values = mapping.body.map((source, index) => resolve(source, contact, `body {{${index + 1}}}`));
    if (fill(components.body.text, values).length > MAX_BODY_LENGTH) {
      throw new RenderError('parameter_too_long', `the body would be over ${MAX_BODY_LENGTH} characters`);
    }
    const body: SendComponent[] =
      values.length > 0 ? [{ type: 'body', parameters: values.map((text) => ({ type: 'text', text })) }] : [];
    return {
      ok: true,
      components: [...header(components, mapping, contact), ...body, ...buttons(components, mapping, contact)],
    };
  } catch (error) {
    if (error instanceof RenderError) return { ok: false, reason: error.reason, detail: error.detail };
    throw error;
  }
}

/** A registered template, as campaigns read it. */
export interface TemplateRecord {
  id: string;
  name: string;
  language: string;
  category: TemplateCategory;
  status: TemplateStatus;
  components: TemplateComponents;
  createdAt: Date;
  updatedAt: Date;
}

// --- What the customer reads ----------------------------------------------------------------

/**
 * The message as the customer reads it: the header (or its media type), the body with its
 * parameters filled in, the footer, and the buttons' labels, from a render's components.
 */
export function messageText(components: TemplateComponents, sent: readonly SendComponent[]): string {
  const texts = (type: 'header' | 'body') =>
    sent
      .filter((component) => component.type === type)
      .flatMap((component) =>
        component.parameters.flatMap((parameter) => (parameter.type === 'text' ? [parameter.text] : [])),
      );
  const parts: string[] = [];
  const { header: registered } = components;
  if (registered.type === 'text') parts.push(fill(registered.text, texts('header')));
  else if (registered.type !== 'none') parts.push(`[${registered.type}]`);
  parts.push(fill(components.body.text, texts('body')));
  if (components.footer) parts.push(components.footer.text);
  if (components.buttons.length > 0) parts.push(components.buttons.map((button) => `[${button.text}]`).join(' '));
  return parts.join('\n\n');
}

/**
 * A mapping that renders without a contact (the builder's preview): each contact field shows as
 * `[field]`, or `[field, else <fallback>]` when it has a fallback.
 */
export function placeholderMapping(mapping: ParamMapping): ParamMapping {
  const shown = (source: ParamSource): ParamSource =>
    source.field === undefined
      ? source
      : { value: source.fallback ? `[${source.field}, else ${source.fallback}]` : `[${source.field}]` };
  return {
    ...mapping,
    body: mapping.body.map(shown),
    ...(mapping.header
      ? { header: { ...mapping.header, ...(mapping.header.text ? { text: shown(mapping.header.text) } : {}) } }
      : {}),
    buttons: mapping.buttons.map((button) => ({ ...button, suffix: shown(button.suffix) })),
  };
}
