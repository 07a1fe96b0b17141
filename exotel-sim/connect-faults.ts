// Answers shaped by a script's connectFaults / createThenFault entries.
import type { ServerResponse } from 'node:http';
import { RestError } from './errors.js';
import { sendHtmlError, sendRestError, type ResponseFormat } from './http.js';

const statusMessages: Record<number, string> = {
  429: 'Too many requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function sendFaultStatus(response: ServerResponse, status: number, body: 'rest' | 'html' | 'empty' | undefined, format: ResponseFormat): void {
  if (body === 'html') return sendHtmlError(response, status);
  if (body === 'empty') {
    response.writeHead(status, { 'content-length': '0' });
    response.end();
    return;
  }
  sendRestError(response, new RestError(status, statusMessages[status] ?? `Request failed with status ${status}`), format);
}
