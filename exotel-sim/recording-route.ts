// GET /exotelrecordings/:accountSid/:callSid.mp3: the stand-in for Exotel's S3 recording
// URLs. 404 until the recording is available; pre-signed URLs never need credentials.
import type { ServerResponse } from 'node:http';
import { recordingAvailable } from './call-view.js';
import { RestError } from './errors.js';
import { sendRestError, type Route, type SimRequest } from './http.js';
import { silentMp3 } from './mp3.js';
import type { SimState } from './state.js';
import { requireApiCredentials } from './v1-guard.js';

function serveRecording(request: SimRequest, response: ServerResponse, state: SimState): void {
  const call = state.calls.get(request.pathParams.callSid ?? '');
  const recording = call?.accountSid === request.pathParams.accountSid ? call?.recording : undefined;
  const presigned = recording !== undefined && request.query.get('X-Amz-Signature') === recording.presignToken;
  try {
    if (!presigned && state.variants.recordingRequiresAuth) requireApiCredentials(request, state);
    if (!call || !recording || !recordingAvailable(call, Date.now())) throw new RestError(404, 'Recording not found');
  } catch (error) {
    if (error instanceof RestError) return sendRestError(response, error);
    throw error;
  }
  response.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': silentMp3.length });
  response.end(silentMp3);
}

export function recordingRoutes(state: SimState): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/exotelrecordings\/(?<accountSid>[^/]+)\/(?<callSid>[^/.]+)\.mp3$/,
      handler: (request, response) => serveRecording(request, response, state),
    },
  ];
}
