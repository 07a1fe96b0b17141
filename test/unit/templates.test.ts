import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  messageText,
  type ParamMapping,
  paramMappingSchema,
  placeholderMapping,
  renderTemplate,
  type TemplateComponentsInput,
  templateComponentsSchema,
  templateParameters,
  validateParamMapping,
} from '../../domain/templates.js';
import { templateComponentSchema } from '../../exotel/whatsapp-wire.js';

const components = (input: TemplateComponentsInput) => templateComponentsSchema.parse(input);
const mapping = (input: z.input<typeof paramMappingSchema>): ParamMapping => paramMappingSchema.parse(input);
const issuesOf = (input: unknown) => {
  const parsed = templateComponentsSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
};

const orderShipped = {
  components: components({
    header: { type: 'image', mediaUrl: 'https://cdn.example.com/banner.jpg' },
    body: { text: 'Hi {{1}}, your order {{2}} ships to {{3}} today. Reply STOP to opt out.' },
    footer: { text: 'Acme Stores' },
    buttons: [
      { type: 'url', text: 'Track', url: 'https://acme.example/track/{{1}}' },
      { type: 'quick_reply', text: 'Stop offers', payload: 'STOP' },
      { type: 'quick_reply', text: 'Thanks' },
    ],
  }),
};
const orderMapping = mapping({
  body: [{ field: 'name' }, { field: 'attributes.orderId' }, { field: 'attributes.city' }],
  buttons: [{ index: 0, suffix: { field: 'attributes.orderId' } }],
});
const rahul = { name: 'Rahul', phone: '+919876543210', attributes: { orderId: 'A-1042', city: 'Pune' } };

describe('templateComponentsSchema', () => {
  it('derives what a mapping must fill from the components', () => {
    expect(templateParameters(orderShipped.components)).toEqual({
      body: 3,
      headerText: false,
      headerMedia: 'image',
      urlButtons: [0],
    });
    expect(
      templateParameters(
        components({ header: { type: 'text', text: 'Hello {{1}}' }, body: { text: 'No parameters here' } }),
      ),
    ).toEqual({
      body: 0,
      headerText: true,
      headerMedia: null,
      urlButtons: [],
    });
  });

  it('refuses placeholders with gaps, named placeholders, and a header with two parameters, naming the field', () => {
    expect(issuesOf({ body: { text: 'Hi {{1}}, order {{3}}' } })).toEqual([
      { field: 'body.text', message: expect.stringContaining('{{2}} is missing') },
    ]);
    expect(issuesOf({ body: { text: 'Hi {{name}}' } })).toEqual([
      { field: 'body.text', message: expect.stringContaining('positional') },
    ]);
    expect(issuesOf({ header: { type: 'text', text: '{{1}} and {{2}}' }, body: { text: 'x' } })).toEqual([
      { field: 'header.text', message: expect.stringContaining('at most one parameter') },
    ]);
    expect(issuesOf({ body: { text: 'x' }, footer: { text: 'Bye {{1}}' } })).toEqual([
      { field: 'footer.text', message: 'a footer takes no parameters' },
    ]);
  });

  it("holds Meta's button limits: 3 quick replies, 2 url buttons, a url ending in {{1}} at most", () => {
    const quick = { type: 'quick_reply', text: 'Yes' };
    expect(issuesOf({ body: { text: 'x' }, buttons: [quick, quick, quick, quick] })).toEqual([
      { field: 'buttons', message: 'at most 3 quick_reply buttons' },
    ]);
    const url = { type: 'url', text: 'Go', url: 'https://a.example/{{1}}' };
    expect(issuesOf({ body: { text: 'x' }, buttons: [url, url, url] })).toEqual([
      { field: 'buttons', message: 'at most 2 url buttons' },
    ]);
    expect(
      issuesOf({ body: { text: 'x' }, buttons: [{ type: 'url', text: 'Go', url: 'https://a.example/{{1}}/x' }] }),
    ).toEqual([{ field: 'buttons.0.url', message: expect.stringContaining('optionally ending in {{1}}') }]);
    expect(
      issuesOf({ body: { text: 'x' }, buttons: [{ type: 'url', text: 'Go', url: 'ftp://a.example/' }] }),
    ).toHaveLength(1);
  });

  it('refuses a media header without an http(s) URL and a body over 1024 characters', () => {
    expect(issuesOf({ header: { type: 'image', mediaUrl: 'not a url' }, body: { text: 'x' } })[0]?.field).toBe(
      'header.mediaUrl',
    );
    expect(issuesOf({ body: { text: 'x'.repeat(1025) } })[0]?.field).toBe('body.text');
  });
});

describe('validateParamMapping', () => {
  it('accepts a mapping that fills exactly what the template takes', () => {
    expect(validateParamMapping(orderShipped, orderMapping)).toEqual([]);
  });

  it("catches wrong body counts, naming the field with the caller's prefix", () => {
    const short = mapping({ body: [{ field: 'name' }], buttons: [{ index: 0, suffix: { value: 'x' } }] });
    const expected = [{ field: 'steps.0.params.body', message: "the template's body takes 3 parameters; 1 given" }];
    expect(validateParamMapping(orderShipped, short, 'steps.0.params')).toEqual(expected);
    expect(validateParamMapping(orderShipped, short, 'steps.0.params.')).toEqual(expected);
  });

  it('catches header and button mismatches', () => {
    const wrong = mapping({
      body: [{ value: 'a' }, { value: 'b' }, { value: 'c' }],
      header: { text: { value: 'nope' } },
      buttons: [{ index: 1, suffix: { value: 'x' } }],
    });
    expect(validateParamMapping(orderShipped, wrong)).toEqual([
      { field: 'header.text', message: "the template's header takes no text parameter" },
      { field: 'buttons.0.index', message: 'button 1 of the template is not a url button ending in {{1}}' },
      { field: 'buttons', message: "the template's url button 0 needs its suffix" },
    ]);
    const textHeader = { components: components({ header: { type: 'text', text: 'Hi {{1}}' }, body: { text: 'x' } }) };
    expect(validateParamMapping(textHeader, mapping({ header: { mediaUrl: 'https://a.example/x.png' } }))).toEqual([
      { field: 'header.text', message: "the template's header takes one text parameter" },
      { field: 'header.mediaUrl', message: 'the template has no media header' },
    ]);
  });

  it('field shapes are checked when the mapping is parsed, naming the field', () => {
    const parsed = paramMappingSchema.safeParse({ body: [{ field: 'email' }, { field: 'name', value: 'x' }, {}] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['body.0.field', 'body.1', 'body.2']);
  });

  it('field shapes built in code without the schema are still caught', () => {
    const unchecked = {
      body: [{ field: 'attributes.' }, { value: 'b' }, { value: 'c' }],
      buttons: [{ index: 0, suffix: { value: 'x' } }],
    } as ParamMapping;
    expect(validateParamMapping(orderShipped, unchecked)).toEqual([
      { field: 'body.0.field', message: expect.stringContaining("'attributes.<key>'") },
    ]);
  });
});

describe('renderTemplate', () => {
  it("produces the send request's components: header media, body texts, the url suffix, the quick reply payload", () => {
    const rendered = renderTemplate(orderShipped, orderMapping, rahul);
    expect(rendered).toEqual({
      ok: true,
      components: [
        { type: 'header', parameters: [{ type: 'image', image: { link: 'https://cdn.example.com/banner.jpg' } }] },
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Rahul' },
            { type: 'text', text: 'A-1042' },
            { type: 'text', text: 'Pune' },
          ],
        },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'A-1042' }] },
        { type: 'button', sub_type: 'quick_reply', index: '1', parameters: [{ type: 'payload', payload: 'STOP' }] },
      ],
    });
    // The shape the WhatsApp client sends (exotel/whatsapp-wire.ts) accepts every component.
    expect(z.array(templateComponentSchema).safeParse(rendered.ok && rendered.components).success).toBe(true);
  });

  it("uses the mapping's media URL over the registered one, and a document keeps its filename", () => {
    const invoice = {
      components: components({
        header: { type: 'document', mediaUrl: 'https://cdn.example.com/sample.pdf', filename: 'invoice.pdf' },
        body: { text: 'Your invoice' },
      }),
    };
    expect(
      renderTemplate(invoice, mapping({ header: { mediaUrl: 'https://cdn.example.com/inv-1042.pdf' } }), rahul),
    ).toEqual({
      ok: true,
      components: [
        {
          type: 'header',
          parameters: [
            { type: 'document', document: { link: 'https://cdn.example.com/inv-1042.pdf', filename: 'invoice.pdf' } },
          ],
        },
      ],
    });
  });

  it('fills a text header and fixed values; numbers and booleans become text; new lines become spaces', () => {
    const template = {
      components: components({
        header: { type: 'text', text: 'Hello {{1}}' },
        body: { text: '{{1}} points, gold: {{2}}. {{3}}' },
      }),
    };
    const result = renderTemplate(
      template,
      mapping({
        header: { text: { field: 'name' } },
        body: [{ field: 'attributes.points' }, { field: 'attributes.gold' }, { value: 'See\nyou   soon' }],
      }),
      { ...rahul, attributes: { points: 1200, gold: true } },
    );
    expect(result).toEqual({
      ok: true,
      components: [
        { type: 'header', parameters: [{ type: 'text', text: 'Rahul' }] },
        {
          type: 'body',
          parameters: [
            { type: 'text', text: '1200' },
            { type: 'text', text: 'true' },
            { type: 'text', text: 'See you soon' },
          ],
        },
      ],
    });
  });

  it('a contact missing a mapped attribute (or name) is not sendable: missing_parameter, naming the parameter not the data', () => {
    const noCity = renderTemplate(orderShipped, orderMapping, { ...rahul, attributes: { orderId: 'A-1042' } });
    expect(noCity).toEqual({
      ok: false,
      reason: 'missing_parameter',
      detail: 'body {{3}} (attributes.city) is missing',
    });
    expect(renderTemplate(orderShipped, orderMapping, { ...rahul, name: null })).toMatchObject({
      ok: false,
      reason: 'missing_parameter',
    });
    expect(
      renderTemplate(orderShipped, orderMapping, { ...rahul, attributes: { ...rahul.attributes, city: '  \n ' } }),
    ).toMatchObject({
      ok: false,
      reason: 'missing_parameter',
    });
    // An inherited property is not an attribute.
    const inherited = renderTemplate(orderShipped, orderMapping, {
      ...rahul,
      attributes: Object.create({ city: 'Pune', orderId: 'A-1042' }),
    });
    expect(inherited).toMatchObject({ ok: false, reason: 'missing_parameter' });
  });

  it('refuses structured attribute values and a body Meta would reject as too long', () => {
    expect(
      renderTemplate(orderShipped, orderMapping, {
        ...rahul,
        attributes: { ...rahul.attributes, city: { name: 'Pune' } },
      }),
    ).toMatchObject({
      ok: false,
      reason: 'invalid_parameter',
    });
    expect(
      renderTemplate(orderShipped, orderMapping, {
        ...rahul,
        attributes: { ...rahul.attributes, city: 'P'.repeat(1000) },
      }),
    ).toMatchObject({
      ok: false,
      reason: 'parameter_too_long',
    });
  });

  it('a mapping that does not fit the template is invalid_mapping, not a half-filled message', () => {
    expect(renderTemplate(orderShipped, mapping({ body: [{ field: 'name' }] }), rahul)).toMatchObject({
      ok: false,
      reason: 'invalid_mapping',
    });
  });

  it('a template without parameters sends no components', () => {
    expect(
      renderTemplate({ components: components({ body: { text: 'Our store opens at 10.' } }) }, mapping({}), rahul),
    ).toEqual({ ok: true, components: [] });
  });
});

describe('parameter fallbacks', () => {
  const withFallbacks = mapping({
    body: [
      { field: 'name', fallback: 'there' },
      { field: 'attributes.orderId' },
      { field: 'attributes.city', fallback: 'your city' },
    ],
    buttons: [{ index: 0, suffix: { field: 'attributes.orderId' } }],
  });

  it('fills a missing or empty field with its fallback, and still skips a field without one', () => {
    const rendered = renderTemplate(orderShipped, withFallbacks, {
      ...rahul,
      name: null,
      attributes: { orderId: 'A-7', city: ' ' },
    });
    expect(rendered.ok && rendered.components[1]).toEqual({
      type: 'body',
      parameters: [
        { type: 'text', text: 'there' },
        { type: 'text', text: 'A-7' },
        { type: 'text', text: 'your city' },
      ],
    });
    expect(renderTemplate(orderShipped, withFallbacks, { ...rahul, attributes: {} })).toMatchObject({
      ok: false,
      reason: 'missing_parameter',
    });
  });

  it('takes a fallback only with a field, naming the field', () => {
    const parsed = paramMappingSchema.safeParse({ body: [{ value: 'Diwali', fallback: 'x' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['body.0.fallback']);
  });
});

describe('messageText', () => {
  it('is what the customer reads: the body filled in, the footer and the buttons', () => {
    const rendered = renderTemplate(orderShipped, orderMapping, rahul);
    expect(rendered.ok && messageText(orderShipped.components, rendered.components)).toBe(
      '[image]\n\nHi Rahul, your order A-1042 ships to Pune today. Reply STOP to opt out.\n\nAcme Stores\n\n[Track] [Stop offers] [Thanks]',
    );
  });

  it('shows fields as markers when there is no contact to fill them', () => {
    const shown = placeholderMapping(
      mapping({
        body: [{ field: 'name', fallback: 'there' }, { value: 'D-10' }, { field: 'attributes.city' }],
        buttons: orderMapping.buttons,
      }),
    );
    const rendered = renderTemplate(orderShipped, shown, { name: null, phone: '', attributes: {} });
    expect(rendered.ok && messageText(orderShipped.components, rendered.components)).toContain(
      'Hi [name, else there], your order D-10 ships to [attributes.city] today.',
    );
  });
});
