// Sends WhatsApp messages through Exotel's v2 bulk endpoint, up to 100 per request. Failures of
// the whole request are ExotelErrors with the same kinds as voice (a 429 is an
// ExotelRateLimitError, so the sender can slow down); a message Exotel refused is a result,
// in input order, not an exception.
import { Agent, request } from 'undici';
import { exotelAccountFromEnv, type ExotelAccountEnv } from './client.js';
import type { ExotelClientOptions } from './client.js';
import {
  classifyHttpError,
  classifyTransportError,
  ExotelError,
  ExotelRateLimitError,
  retryAfterMsFrom,
} from './errors.js';
import { errorStatusOf, restExceptionOf } from './wire.js';
import {
  errorBodyOf,
  MAX_MESSAGES_PER_REQUEST,
  type SendResultItem,
  type TemplateComponent,
  whatsappSendRequestSchema,
  whatsappSendResponseSchema,
  type WhatsAppSendRequest,
} from './whatsapp-wire.js';

/** The same account, credentials and deadline as the voice client. */
export type WhatsAppClientOptions = ExotelClientOptions;

export type WhatsAppContent =
  /** Sent by name and language: Exotel documents no send by template id. */
  | { type: 'template'; name: string; language: string; components?: TemplateComponent[] }
  | { type: 'text'; body: string; previewUrl?: boolean };

export interface OutboundWhatsApp {
  /** Our registered WhatsApp business number. */
  from: string;
  to: string;
  content: WhatsAppContent;
  /** Comes back in every DLR of this message. */
  customData?: string;
  /** Overrides the batch's statusCallback for this message. */
  statusCallback?: string;
}

export interface WhatsAppSendBatch {
  messages: OutboundWhatsApp[];
  /** Where DLRs go unless a message says otherwise (else the account's default). */
  statusCallback?: string;
  customData?: string;
}

/** A batch validated and serialised by `prepare`, ready to send. */
export interface PreparedWhatsAppBatch {
  body: string;
  count: number;
}

export type WhatsAppSendResult =
  | { ok: true; sid: string }
  /** `code` is the message's code (e.g. 400); `errorCode` Exotel's finer code, when it gave one. */
  | { ok: false; code: number; message: string; errorCode: number | string | null };

export function buildSendRequest(batch: WhatsAppSendBatch): WhatsAppSendRequest {
  const built = {
    ...(batch.customData !== undefined ? { custom_data: batch.customData } : {}),
    ...(batch.statusCallback !== undefined ? { status_callback: batch.statusCallback } : {}),
    whatsapp: {
      messages: batch.messages.map((message) => ({
        ...(message.customData !== undefined ? { custom_data: message.customData } : {}),
        ...(message.statusCallback !== undefined ? { status_callback: message.statusCallback } : {}),
        from: message.from,
        to: message.to,
        content:
          message.content.type === 'template'
            ? {
                recipient_type: 'individual' as const,
                type: 'template' as const,
                template: {
                  name: message.content.name,
                  language: { code: message.content.language, policy: 'deterministic' as const },
                  components: message.content.components ?? [],
                },
              }
            : {
                recipient_type: 'individual' as const,
                type: 'text' as const,
                text: { body: message.content.body, preview_url: message.content.previewUrl ?? false },
              },
      })),
    },
  };
  const parsed = whatsappSendRequestSchema.safeParse(built);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(
      `Invalid WhatsApp batch (1 to ${MAX_MESSAGES_PER_REQUEST} messages): ${issue?.path.join('.') || '(batch)'} ${issue?.message ?? ''}`.trim(),
    );
  }
  return parsed.data;
}

function resultOf(item: SendResultItem): WhatsAppSendResult {
  const status = item.status?.toLowerCase() ?? null;
  const accepted =
    status === 'success' || (status === null && item.code !== null && item.code >= 200 && item.code < 300);
  if (accepted) {
    const sid = item.data?.sid;
    // Accepted but unnamed: we cannot follow it, and sending it again could send it twice.
    if (!sid) throw new ExotelError('ambiguous', 'Exotel accepted a WhatsApp message without a sid');
    return { ok: true, sid };
  }
  const detail = item.error_data;
  return {
    ok: false,
    code: item.code ?? 400,
    message: detail?.message ?? detail?.description ?? item.message ?? item.status ?? 'failure',
    errorCode: detail?.code ?? null,
  };
}

/** Per-message results in input order, or undefined when the body is not a send answer for this batch. */
function resultsOf(body: unknown, count: number): WhatsAppSendResult[] | undefined {
  const parsed = whatsappSendResponseSchema.safeParse(body);
  if (!parsed.success || parsed.data.messages.length !== count) return undefined;
  return parsed.data.messages.map(resultOf);
}

export class WhatsAppClient {
  private readonly messagesUrl: string;
  private readonly headers: Record<string, string>;
  private readonly dispatcher: Agent;

  constructor(private readonly options: WhatsAppClientOptions) {
    // v2 paths are lowercase, unlike v1's `Accounts`.
    this.messagesUrl = `${options.baseUrl}/v2/accounts/${encodeURIComponent(options.accountSid)}/messages`;
    this.headers = {
      authorization: `Basic ${Buffer.from(`${options.apiKey}:${options.apiToken}`).toString('base64')}`,
      accept: 'application/json',
      'content-type': 'application/json',
    };
    this.dispatcher = new Agent({
      connections: 32,
      keepAliveTimeout: 10_000,
      connect: { timeout: Math.min(options.timeoutMs, 5_000) },
    });
  }

  /** `POST /v2/accounts/<sid>/messages` with 1 to 100 messages. Not idempotent. */
  async sendMessages(batch: WhatsAppSendBatch): Promise<WhatsAppSendResult[]> {
    return this.sendPrepared(this.prepare(batch));
  }

  /**
   * Validates and serialises a batch without sending it, so a caller that records its sends
   * before calling Exotel can do all the work first: once the record is committed, only the
   * request itself is left (the shortest window in which a crash leaves a send's fate unknown).
   */
  prepare(batch: WhatsAppSendBatch): PreparedWhatsAppBatch {
    return { body: JSON.stringify(buildSendRequest(batch)), count: batch.messages.length };
  }

  async sendPrepared(prepared: PreparedWhatsAppBatch): Promise<WhatsAppSendResult[]> {
    const { status, headers, json, text } = await this.post(prepared.body);
    // A RestException (JSON, or v1's XML) means an error whatever the status (Exotel has answered one with 200).
    const rest = restExceptionOf(json, text);
    if (!rest && ((status >= 200 && status < 300) || (status >= 400 && status < 500))) {
      // The per-message outcomes are the truth when the body lists them, even under a 4xx (every
      // message refused) or a 200 carrying the failure envelope: a sid listed there was sent.
      const results = resultsOf(json, prepared.count);
      if (results) return results;
    }
    const failure = rest ?? errorBodyOf(json);
    if (status >= 200 && status < 300 && !failure) {
      throw new ExotelError(
        'ambiguous',
        `Unexpected Exotel answer to a WhatsApp send of ${prepared.count} messages`,
        status,
      );
    }
    // An error body under a 2xx stands for the status it states (a request-level refusal).
    const effective = status >= 300 ? status : errorStatusOf(failure?.status ?? null);
    const message = failure?.message ?? undefined;
    if (effective === 429) {
      throw new ExotelRateLimitError(
        `Exotel rate limit (429)${message ? `: ${message}` : ''}`,
        retryAfterMsFrom(headers['retry-after']),
      );
    }
    throw classifyHttpError(effective, message);
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  private async post(
    body: string,
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; json: unknown; text: string }> {
    try {
      const response = await request(this.messagesUrl, {
        method: 'POST',
        dispatcher: this.dispatcher,
        headers: this.headers,
        body,
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
        // One deadline for the whole exchange: past it, whether Exotel sent anything is unknown.
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = await response.body.text();
      return { status: response.statusCode, headers: response.headers, json: parseJson(text), text };
    } catch (error) {
      throw classifyTransportError(error);
    }
  }
}

/** An unreadable body (HTML from a proxy, XML, a cut-off answer) is undefined: judged by its status. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The client for this configuration (the simulator when EXOTEL_BASE_URL points at it). */
export function whatsappClientFromEnv(env: ExotelAccountEnv): WhatsAppClient {
  return new WhatsAppClient(exotelAccountFromEnv(env));
}
