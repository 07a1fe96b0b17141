// What a customer can send us, as scripted (a reply to a template) or requested through the
// control API, and its wire form in an incoming-message webhook.
import { z } from 'zod';

const reply = z.strictObject({ id: z.string().min(1), title: z.string().min(1), description: z.string().optional() });

/** Exactly one of: typed text, a template's quick-reply button, an interactive reply, an image. */
export const inboundContentShape = {
  text: z.string().min(1).optional(),
  button: z.strictObject({ payload: z.string().min(1), text: z.string().min(1) }).optional(),
  buttonReply: reply.optional(),
  listReply: reply.optional(),
  image: z.strictObject({ url: z.url(), caption: z.string().optional() }).optional(),
};
export type InboundContent = { [K in keyof typeof inboundContentShape]?: z.infer<(typeof inboundContentShape)[K]> };

const contentKeys = Object.keys(inboundContentShape) as (keyof InboundContent)[];

export function hasOneContent(value: InboundContent): boolean {
  return contentKeys.filter((key) => value[key] !== undefined).length === 1;
}
export const oneContentMessage = `needs exactly one of ${contentKeys.join(', ')}`;

export function wireContent(content: InboundContent): Record<string, unknown> {
  if (content.button) return { type: 'button', button: content.button };
  if (content.buttonReply)
    return { type: 'interactive', interactive: { type: 'button_reply', button_reply: content.buttonReply } };
  if (content.listReply)
    return { type: 'interactive', interactive: { type: 'list_reply', list_reply: content.listReply } };
  if (content.image)
    return {
      type: 'image',
      image: { url: content.image.url, ...(content.image.caption ? { caption: content.image.caption } : {}) },
    };
  return { type: 'text', text: { body: content.text ?? '' } };
}
