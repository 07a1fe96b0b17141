// GET /v1/Accounts/:sid/Calls/:callSid[.json][?details=true] (also the `Calls.json/:callSid`
// form Exotel puts in `Uri`).
import type { ServerResponse } from 'node:http';
import { callObject } from './call-view.js';
import { RestError } from './errors.js';
import { sendRestError, sendV1, type Route, type SimRequest } from './http.js';
import { sendQueuedRawAnswer } from './raw-answer-route.js';
import type { SimState } from './state.js';
import { guardV1 } from './v1-guard.js';

async function details(request: SimRequest, response: ServerResponse, state: SimState): Promise<void> {
  const format = guardV1(request, response, state);
  if (!format) return;
  const callSid = request.pathParams.callSid ?? '';
  if (await sendQueuedRawAnswer('call-details', request, response, state, callSid)) return;
  const call = state.calls.get(callSid);
  if (!call) return sendRestError(response, new RestError(404, `Call ${callSid} not found`), format);
  const withDetails = request.query.get('details')?.toLowerCase() === 'true';
  sendV1(response, format, 200, {
    Call: callObject(call, { variants: state.variants, publicUrl: state.publicUrl, now: Date.now() }, withDetails),
  });
}

export function callDetailsRoutes(state: SimState): Route[] {
  const handler = (request: SimRequest, response: ServerResponse) => details(request, response, state);
  return [
    { method: 'GET', pattern: /^\/v1\/Accounts\/(?<accountSid>[^/]+)\/Calls\/(?<callSid>[^/.]+)(\.json)?$/, handler },
    { method: 'GET', pattern: /^\/v1\/Accounts\/(?<accountSid>[^/]+)\/Calls\.json\/(?<callSid>[^/.]+)$/, handler },
  ];
}
