// Answers shaped by a script's connectFaults / createThenFault entries (and WhatsApp send faults):
// an error status, a hang, a delay, or a raw answer given byte for byte.
import type { ServerResponse } from 'node:http';
import { RestError } from './errors.js';
import { sendHtmlError, sendRestError, type ResponseFormat, type SimRequest } from './http.js';
import { sendRawAnswer } from './raw-answer.js';
import type { ConnectFault } from './scripts.js';
import type { SimState } from './state.js';

const statusMessages: Record<number, string> = {
  429: 'Too many requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function sendFaultStatus(
  response: ServerResponse,
  status: number,
  body: 'rest' | 'html' | 'empty' | undefined,
  format: ResponseFormat,
): void {
  if (body === 'html') return sendHtmlError(response, status);
  if (body === 'empty') {
    response.writeHead(status, { 'content-length': '0' });
    response.end();
    return;
  }
  sendRestError(
    response,
    new RestError(status, statusMessages[status] ?? `Request failed with status ${status}`),
    format,
  );
}

/** Applies a fault's delay/hang; true when the handler should carry on answering. */
async function waitOutFault(fault: ConnectFault, request: SimRequest, state: SimState): Promise<boolean> {
  if ('hang' in fault) {
    request.hung = true;
    return false;
  }
  const delayMs = 'raw' in fault ? fault.raw.delayMs : fault.delayMs;
  if (delayMs !== undefined) return state.timers.sleep(delayMs);
  return true;
}

export async function answerFault(
  fault: ConnectFault,
  request: SimRequest,
  response: ServerResponse,
  state: SimState,
  format: ResponseFormat,
): Promise<'answered' | 'continue'> {
  if (!(await waitOutFault(fault, request, state))) {
    if (!request.hung) response.destroy();
    return 'answered';
  }
  if ('status' in fault) {
    sendFaultStatus(response, fault.status, fault.body, format);
    return 'answered';
  }
  if ('raw' in fault) {
    sendRawAnswer(response, fault.raw);
    return 'answered';
  }
  return 'continue';
}
