// POST /v1/Accounts/:sid/Calls/connect[.json]: click-to-call, with scripted faults.
import type { ServerResponse } from 'node:http';
import { callObject } from './call-view.js';
import { answerFault } from './connect-faults.js';
import { parseConnectRequest } from './connect-params.js';
import { createCall } from './create-call.js';
import { RestError } from './errors.js';
import { sendRestError, sendV1, type Route, type SimRequest } from './http.js';
import type { SimState } from './state.js';
import { guardV1 } from './v1-guard.js';

async function connect(request: SimRequest, response: ServerResponse, state: SimState): Promise<void> {
  const format = guardV1(request, response, state);
  if (!format) return;
  const rule = state.scripts.find(request.form.get('To') ?? '', request.form.get('From') ?? '');
  const fault = rule ? state.scripts.takeConnectFault(rule) : undefined;
  if (fault) {
    request.record.fault = `connectFault ${JSON.stringify(fault)}`;
    if ((await answerFault(fault, request, response, state, format)) === 'answered') return;
  }

  let connectRequest;
  try {
    connectRequest = parseConnectRequest(request.form, state.variants);
  } catch (error) {
    if (error instanceof RestError) return sendRestError(response, error, format);
    throw error;
  }
  const afterCreate = rule?.rule.script.createThenFault;
  const call = createCall(state, connectRequest, rule, afterCreate ? 'fault' : 'success');
  request.record.callSid = call.sid;
  const body = {
    Call: callObject(call, { variants: state.variants, publicUrl: state.publicUrl, now: call.createdAt }),
  };
  if (afterCreate) {
    request.record.fault = `createThenFault ${JSON.stringify(afterCreate)}`;
    if ((await answerFault(afterCreate, request, response, state, format)) === 'answered') return;
  }
  sendV1(response, format, 200, body);
}

export function connectRoutes(state: SimState): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/v1\/Accounts\/(?<accountSid>[^/]+)\/Calls\/connect(\.json)?$/,
      handler: (request, response) => connect(request, response, state),
    },
  ];
}
