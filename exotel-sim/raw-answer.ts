// An answer given byte for byte: any HTTP status, headers and body, so tests can hold a client to
// what Exotel has really been seen sending (a RestException under HTTP 200, an XML error, the v2
// failure envelope under 200, Call Details full of placeholders) and not only to what it documents.
import type { ServerResponse } from 'node:http';
import { z } from 'zod';

export const rawAnswerSchema = z.strictObject({
  status: z.number().int().min(100).max(599),
  /** Sent as given; a `content-type` here wins over the guessed one. */
  headers: z.record(z.string().min(1), z.string()).optional(),
  /** A string is sent exactly as written; any other JSON value is sent as its JSON text. Absent: no body. */
  body: z.json().optional(),
  /** Wait this long before answering. */
  delayMs: z.number().int().min(0).optional(),
});
export type RawAnswer = z.infer<typeof rawAnswerSchema>;

/** The bytes of the body and the content type they look like (XML, JSON or plain text). */
function rawBody(body: RawAnswer['body']): { text: string; contentType: string | undefined } {
  if (body === undefined) return { text: '', contentType: undefined };
  if (typeof body !== 'string') return { text: JSON.stringify(body), contentType: 'application/json; charset=utf-8' };
  const start = body.trimStart();
  const contentType = start.startsWith('<')
    ? 'application/xml; charset=utf-8'
    : start.startsWith('{') || start.startsWith('[')
      ? 'application/json; charset=utf-8'
      : 'text/plain; charset=utf-8';
  return { text: body, contentType };
}

export function sendRawAnswer(response: ServerResponse, answer: RawAnswer): void {
  const { text, contentType } = rawBody(answer.body);
  const given = answer.headers ?? {};
  const hasContentType = Object.keys(given).some((name) => name.toLowerCase() === 'content-type');
  response.writeHead(answer.status, {
    ...(contentType && !hasContentType ? { 'content-type': contentType } : {}),
    'content-length': Buffer.byteLength(text),
    ...given,
  });
  response.end(text);
}

/** Which v1 read a queued raw answer replaces (connect and the WhatsApp send use their fault scripts). */
export const rawEndpointSchema = z.enum(['call-details', 'call-list']);
export type RawEndpoint = z.infer<typeof rawEndpointSchema>;

export const queuedRawAnswerSchema = z.strictObject({
  endpoint: rawEndpointSchema,
  /** Call Details only: answer only for this Sid (absent: the next Call Details request, whatever its Sid). */
  callSid: z.string().min(1).optional(),
  answer: rawAnswerSchema,
  /** How many matching requests get this answer (default 1). */
  times: z.number().int().positive().optional(),
});
export type QueuedRawAnswer = z.infer<typeof queuedRawAnswerSchema>;

interface StoredRawAnswer {
  queued: QueuedRawAnswer;
  left: number;
}

/** Raw answers for Call Details and the call list, used oldest first by the requests they match. */
export class RawAnswerQueue {
  private entries: StoredRawAnswer[] = [];

  push(input: unknown): QueuedRawAnswer[] {
    const queued = z.array(queuedRawAnswerSchema).parse(input);
    this.entries.push(...queued.map((entry) => ({ queued: entry, left: entry.times ?? 1 })));
    return this.list();
  }

  /** Takes one use of the oldest entry matching this request, if any. */
  take(endpoint: RawEndpoint, callSid?: string): RawAnswer | undefined {
    const entry = this.entries.find(
      ({ queued }) => queued.endpoint === endpoint && (queued.callSid === undefined || queued.callSid === callSid),
    );
    if (!entry) return undefined;
    entry.left--;
    if (entry.left === 0) this.entries = this.entries.filter((other) => other !== entry);
    return entry.queued.answer;
  }

  list(): QueuedRawAnswer[] {
    return this.entries.map(({ queued, left }) => ({ ...queued, times: left }));
  }

  clear(): void {
    this.entries = [];
  }
}
