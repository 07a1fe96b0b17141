// A small client for the Exotel voice API endpoints exoflow uses. Every answer is parsed with
// zod; every failure is an ExotelError saying whether Exotel acted on the request.
import { Agent, request } from 'undici';
import type { z } from 'zod';
import { ConfigError, type Env, exotelBaseUrl } from '../config/env.js';
import { classifyHttpError, classifyTransportError, ExotelError } from './errors.js';
import {
  callDetailsResponseSchema,
  callListResponseSchema,
  callResponseSchema,
  type ExotelCall,
  type ExotelCallWithDetails,
  errorStatusOf,
  exotelUrl,
  restExceptionOf,
} from './wire.js';

export interface ExotelClientOptions {
  baseUrl: string;
  accountSid: string;
  apiKey: string;
  apiToken: string;
  timeoutMs: number;
  /**
   * Audio played to the customer before the conversation of every recorded call, telling them
   * it is recorded (sent as StartPlaybackToNew=Callee, StartPlaybackValueNew=<url>). Unset: none.
   */
  recordingDisclosureUrl?: string | undefined;
}

/** Where a call's recording can be downloaded, as Call Details shows it now. */
export interface RecordingSource {
  /** The permanent URL (fetched with the account's API credentials). */
  recordingUrl: string | null;
  /** A short-lived pre-signed URL that needs no credentials (absent on older accounts). */
  presignedUrl: string | null;
}

export interface ConnectRequest {
  /** Called first: the agent. */
  from: string;
  /** Dialled once the agent answers: the customer. */
  to: string;
  /** The registered ExoPhone (TRAI: never anything else). */
  callerId: string;
  statusCallbackUrl: string;
  /** Returned in the terminal callback; we put the workflow ID here. Max 128 characters. */
  customField: string;
  record: boolean;
  timeLimitSec: number;
  ringTimeoutSec: number;
}

export class ExotelClient {
  private readonly dispatcher: Agent;
  private readonly authorization: string;
  private readonly accountPath: string;

  constructor(private readonly options: ExotelClientOptions) {
    this.dispatcher = new Agent({
      connections: 64,
      keepAliveTimeout: 4_000,
      connect: { timeout: Math.min(options.timeoutMs, 5_000) },
    });
    this.authorization = `Basic ${Buffer.from(`${options.apiKey}:${options.apiToken}`).toString('base64')}`;
    this.accountPath = `${options.baseUrl}/v1/Accounts/${encodeURIComponent(options.accountSid)}`;
  }

  /** `POST Calls/connect.json`: rings `from`, then bridges `to`. Not idempotent. */
  async connect(call: ConnectRequest): Promise<ExotelCall> {
    const form = new URLSearchParams({
      From: call.from,
      To: call.to,
      CallerId: call.callerId,
      CallType: 'trans',
      TimeLimit: String(call.timeLimitSec),
      TimeOut: String(call.ringTimeoutSec),
      Record: call.record ? 'true' : 'false',
      CustomField: call.customField,
      StatusCallback: call.statusCallbackUrl,
      StatusCallbackContentType: 'application/json',
      'StatusCallbackEvents[0]': 'terminal',
      'StatusCallbackEvents[1]': 'answered',
    });
    if (call.record && this.options.recordingDisclosureUrl) {
      // docs/exotel.md §2 documents these two [N]: Callee (the default) or Both, plus an audio URL.
      form.set('StartPlaybackToNew', 'Callee');
      form.set('StartPlaybackValueNew', this.options.recordingDisclosureUrl);
    }
    const body = await this.send('POST', `${this.accountPath}/Calls/connect.json`, form);
    return parseAnswer(callResponseSchema, body).Call;
  }

  /** `GET Calls/<Sid>.json?details=true`: the call with per-leg details. */
  async getCallDetails(callSid: string): Promise<ExotelCallWithDetails> {
    const body = await this.send('GET', `${this.accountPath}/Calls/${encodeURIComponent(callSid)}.json?details=true`);
    return parseAnswer(callDetailsResponseSchema, body).Call;
  }

  /** Call Details' recording fields: a fresh pre-signed URL on every request. */
  async getRecordingSource(callSid: string): Promise<RecordingSource> {
    const body = await this.send('GET', `${this.accountPath}/Calls/${encodeURIComponent(callSid)}.json`);
    const call = parseAnswer(callResponseSchema, body).Call;
    return {
      recordingUrl: call.RecordingUrl,
      presignedUrl: exotelUrl.safeParse(call.PreSignedRecordingUrl).data ?? null,
    };
  }

  /** `GET Calls.json` filtered by parties and creation time: finds a call whose connect answer was lost. */
  async findCalls(filter: { from: string; to: string; createdAfter: Date }): Promise<ExotelCall[]> {
    const query = new URLSearchParams({
      From: filter.from,
      To: filter.to,
      DateCreated: `gte:${formatExotelTime(filter.createdAfter)}`,
      PageSize: '100',
    });
    const body = await this.send('GET', `${this.accountPath}/Calls.json?${query}`);
    return parseAnswer(callListResponseSchema, body).Calls;
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  private async send(method: 'GET' | 'POST', url: string, form?: URLSearchParams): Promise<unknown> {
    let response;
    try {
      response = await request(url, {
        method,
        dispatcher: this.dispatcher,
        headers: {
          authorization: this.authorization,
          accept: 'application/json',
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form?.toString(),
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
        // One deadline for the whole exchange, so "in flight longer than this" means "died".
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw classifyTransportError(error);
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      throw classifyTransportError(error);
    }
    const json = parseJson(text);
    // A RestException, in JSON or in v1's XML, is an error whatever the HTTP status: Exotel has been
    // seen answering one with 200, and its application answered it, so (for connect) no call was placed.
    const rest = restExceptionOf(json, text);
    if (response.statusCode >= 300 || rest) {
      throw classifyHttpError(
        response.statusCode >= 300 ? response.statusCode : errorStatusOf(rest?.status ?? null),
        rest?.message,
      );
    }
    return json;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseAnswer<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExotelError(
      'ambiguous',
      `Unexpected Exotel answer: ${issue?.path.join('.') || '(body)'} ${issue?.message ?? ''}`.trim(),
    );
  }
  return parsed.data;
}

/** `YYYY-MM-DD HH:mm:ss` in IST, the form Exotel's filters take. */
function formatExotelTime(date: Date): string {
  return new Date(date.getTime() + 330 * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The client for this configuration (the simulator when EXOTEL_BASE_URL points at it). */
export type ExotelAccountEnv = Pick<
  Env,
  'EXOTEL_BASE_URL' | 'EXOTEL_SUBDOMAIN' | 'EXOTEL_SID' | 'EXOTEL_API_KEY' | 'EXOTEL_API_TOKEN' | 'EXOTEL_TIMEOUT_MS'
>;

/** Where and as whom to reach Exotel (voice and WhatsApp clients alike). */
export function exotelAccountFromEnv(env: ExotelAccountEnv) {
  return {
    baseUrl: exotelBaseUrl(env),
    accountSid: env.EXOTEL_SID,
    apiKey: env.EXOTEL_API_KEY,
    apiToken: env.EXOTEL_API_TOKEN,
    timeoutMs: env.EXOTEL_TIMEOUT_MS,
  };
}

export type ExotelVoiceEnv = ExotelAccountEnv & Pick<Env, 'RECORDING_DISCLOSURE' | 'RECORDING_DISCLOSURE_URL'>;

/** The voice client; refuses to record without a disclosure unless RECORDING_DISCLOSURE=off. */
export function exotelClientFromEnv(env: ExotelVoiceEnv): ExotelClient {
  if (env.RECORDING_DISCLOSURE === 'on' && !env.RECORDING_DISCLOSURE_URL) {
    throw new ConfigError([
      {
        variable: 'RECORDING_DISCLOSURE_URL',
        message:
          'is required while RECORDING_DISCLOSURE=on (the audio telling customers the call is recorded); set RECORDING_DISCLOSURE=off to record without one',
      },
    ]);
  }
  const recordingDisclosureUrl = env.RECORDING_DISCLOSURE === 'on' ? env.RECORDING_DISCLOSURE_URL : undefined;
  return new ExotelClient({ ...exotelAccountFromEnv(env), recordingDisclosureUrl });
}
