// Queued raw answers for the v1 reads (Call Details, the call list): how a route uses one, and
// the control API that queues them (POST /_sim/answers, sim.queueAnswers).
import type { ServerResponse } from 'node:http';
import { controlRoute } from './control-routes.js';
import { sendJson, type Route, type SimRequest } from './http.js';
import { type RawEndpoint, sendRawAnswer } from './raw-answer.js';
import type { SimState } from './state.js';

/** Answers with the next queued raw answer for this request, if there is one; true when it did. */
export async function sendQueuedRawAnswer(
  endpoint: RawEndpoint,
  request: SimRequest,
  response: ServerResponse,
  state: SimState,
  callSid?: string,
): Promise<boolean> {
  const answer = state.rawAnswers.take(endpoint, callSid);
  if (!answer) return false;
  request.record.fault = `rawAnswer ${endpoint} ${answer.status}`;
  if (answer.delayMs !== undefined && !(await state.timers.sleep(answer.delayMs))) {
    response.destroy();
    return true;
  }
  sendRawAnswer(response, answer);
  return true;
}

export function rawAnswerRoutes(state: SimState): Route[] {
  return [
    controlRoute('GET', 'answers', (_request, response) =>
      sendJson(response, 200, { answers: state.rawAnswers.list() }),
    ),
    controlRoute('POST', 'answers', (request, response) =>
      sendJson(response, 200, { answers: state.rawAnswers.push(request.json) }),
    ),
  ];
}
