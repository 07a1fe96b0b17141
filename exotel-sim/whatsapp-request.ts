// The body of POST /v2/accounts/:sid/messages as docs/exotel.md §6 documents it, and each message
// flattened to what the simulator keeps: routing resolved (message > channel > request) and the
// template's parameters as plain strings.
import { z } from 'zod';

const routing = { custom_data: z.string().optional(), status_callback: z.url().optional() };

const parameterSchema = z.looseObject({ type: z.string().min(1), text: z.string().optional() });

const templateContentSchema = z.looseObject({
  recipient_type: z.string().optional(),
  type: z.literal('template'),
  template: z.looseObject({
    name: z.string().min(1),
    language: z.looseObject({ code: z.string().min(1), policy: z.string().optional() }),
    components: z
      .array(z.looseObject({ type: z.string().min(1), parameters: z.array(parameterSchema).optional() }))
      .optional(),
  }),
});

const textContentSchema = z.looseObject({
  recipient_type: z.string().optional(),
  type: z.literal('text'),
  text: z.looseObject({ body: z.string().min(1), preview_url: z.boolean().optional() }),
});

/** Other Meta Cloud API content types are accepted as they are. */
const otherContentSchema = z.looseObject({
  recipient_type: z.string().optional(),
  type: z.enum(['image', 'document', 'video', 'audio', 'location', 'interactive', 'contacts']),
});

const messageSchema = z.looseObject({
  ...routing,
  from: z.string().min(1),
  to: z.string().min(1),
  content: z.discriminatedUnion('type', [templateContentSchema, textContentSchema, otherContentSchema]),
});

export const sendBodySchema = z.looseObject({
  ...routing,
  whatsapp: z.looseObject({ ...routing, messages: z.array(messageSchema).min(1) }),
});
export type SendBody = z.infer<typeof sendBodySchema>;

export interface IncomingWhatsApp {
  from: string;
  to: string;
  type: string;
  template: string | null;
  language: string | null;
  /** Template parameters in component order: text as is, anything else as its JSON. */
  parameters: string[];
  /** The body of a text message. */
  text: string | null;
  customData: string | null;
  statusCallback: string | null;
}

export function flattenMessages(body: SendBody): IncomingWhatsApp[] {
  const channel = body.whatsapp;
  return channel.messages.map((message) => {
    const { content } = message;
    const base = {
      from: message.from,
      to: message.to,
      type: content.type,
      customData: message.custom_data ?? channel.custom_data ?? body.custom_data ?? null,
      statusCallback: message.status_callback ?? channel.status_callback ?? body.status_callback ?? null,
    };
    if (content.type === 'template') {
      const parameters = (content.template.components ?? []).flatMap((component) =>
        (component.parameters ?? []).map((parameter) => parameter.text ?? JSON.stringify(parameter)),
      );
      return {
        ...base,
        template: content.template.name,
        language: content.template.language.code,
        parameters,
        text: null,
      };
    }
    return {
      ...base,
      template: null,
      language: null,
      parameters: [],
      text: content.type === 'text' ? content.text.body : null,
    };
  });
}
