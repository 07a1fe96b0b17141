// Following one call live: GET /v1/calls/{id}/events, read with fetch (so the Authorization
// header can carry a browser token, which EventSource cannot send) and parsed by
// eventsource-parser. Each `state` message is the call as GET /v1/calls/{id} shows it. The server
// ends the stream once nothing more will change; a stream cut earlier (a proxy, a network change)
// is resumed with Last-Event-ID, so no state is missed.
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { bearer, type Call, type Credential, ExoflowApiError, FINAL_CALL_STATUSES } from './client.js';

export interface FollowCallOptions {
  baseUrl: string;
  credential: Credential;
  /** Called with each state of the call, in order. */
  onState: (call: Call, eventId: string) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Reconnections allowed after the stream is cut before the call ended (default 20). */
  maxResumes?: number;
  /** Wait before reconnecting (default 1 s). */
  resumeDelayMs?: number;
}

/** Follows a call until its stream ends with the call over; resolves with its last state. */
export async function followCall(callId: string, options: FollowCallOptions): Promise<Call> {
  const fetchImpl = options.fetch ?? fetch;
  const url = `${options.baseUrl.replace(/\/$/, '')}/v1/calls/${encodeURIComponent(callId)}/events`;
  let lastEventId: string | undefined;
  let last: Call | undefined;
  for (let resumes = 0; ; resumes++) {
    const response = await fetchImpl(url, {
      headers: {
        accept: 'text/event-stream',
        authorization: await bearer(options.credential),
        ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
      },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!response.ok || !response.body) {
      throw ExoflowApiError.from(response, await response.json().catch(() => undefined));
    }
    const reader = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream())
      .getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (value.event !== 'state') continue;
        last = JSON.parse(value.data) as Call;
        if (value.id !== undefined) lastEventId = value.id;
        options.onState(last, value.id ?? '');
      }
    } catch (error) {
      // A cut connection: resume below, unless the caller aborted.
      if (options.signal?.aborted) throw error;
    } finally {
      reader.releaseLock();
    }
    if (last && FINAL_CALL_STATUSES.has(last.status)) return last;
    if (resumes >= (options.maxResumes ?? 20)) throw new Error(`The stream of call ${callId} kept closing early`);
    await new Promise((resolve) => setTimeout(resolve, options.resumeDelayMs ?? 1_000));
  }
}
