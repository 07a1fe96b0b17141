// GET /v1/Accounts/:sid/Calls[.json]: the bulk list clients use to find a call whose connect
// response was lost.
import type { ServerResponse } from 'node:http';
import { listCalls } from './call-list-filter.js';
import { RestError } from './errors.js';
import { sendRestError, sendV1, type Route, type SimRequest } from './http.js';
import { sendQueuedRawAnswer } from './raw-answer-route.js';
import type { SimState } from './state.js';
import { guardV1 } from './v1-guard.js';

async function bulkList(request: SimRequest, response: ServerResponse, state: SimState): Promise<void> {
  const format = guardV1(request, response, state);
  if (!format) return;
  if (await sendQueuedRawAnswer('call-list', request, response, state)) return;
  try {
    const result = listCalls(
      state.calls.all(),
      request.query,
      { variants: state.variants, publicUrl: state.publicUrl, now: Date.now() },
      request.path,
    );
    if (format === 'xml')
      sendV1(response, format, 200, { Metadata: result.Metadata, Calls: result.Calls.map((call) => ({ Call: call })) });
    else sendV1(response, format, 200, result);
  } catch (error) {
    if (error instanceof RestError) return sendRestError(response, error, format);
    throw error;
  }
}

export function callListRoutes(state: SimState): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/v1\/Accounts\/(?<accountSid>[^/]+)\/Calls(\.json)?$/,
      handler: (request, response) => bulkList(request, response, state),
    },
  ];
}
