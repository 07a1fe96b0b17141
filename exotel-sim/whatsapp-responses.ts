// The answers of POST /v2/accounts/:sid/messages: the envelope with one result per message, and
// request-level errors, each in the shape the variants pick.
import type { ServerResponse } from 'node:http';
import { type RestError, restExceptionBody } from './errors.js';
import { sendJson } from './http.js';
import type { MessageRejection } from './whatsapp-ledger.js';
import type { Rejection } from './whatsapp-scripts.js';
import type { Variants } from './variants.js';

const rejectionPresets: Record<Exclude<Rejection, object>, MessageRejection> = {
  'invalid-number': { code: 400, errorCode: 30005, message: 'Invalid destination number' },
  'template-not-found': { code: 404, errorCode: 30024, message: 'Template not found for this name and language' },
  'template-params': { code: 400, errorCode: 30023, message: 'Template parameters do not match the template' },
  'incapable-recipient': { code: 400, errorCode: 30013, message: 'The recipient cannot receive WhatsApp messages' },
};

export function rejectionDetails(rejection: Rejection): MessageRejection {
  return typeof rejection === 'string'
    ? rejectionPresets[rejection]
    : { code: rejection.code, errorCode: rejection.errorCode ?? null, message: rejection.message };
}

export type MessageResult = { sid: string; rejection: MessageRejection | null };

function resultItem(result: MessageResult, variants: Variants): Record<string, unknown> {
  const { rejection } = result;
  if (!rejection) {
    return {
      code: 202,
      status: 'success',
      ...(variants.whatsappErrorDataOnSuccess === 'null' ? { error_data: null } : {}),
      data: { sid: result.sid },
    };
  }
  if (variants.whatsappFailureShape === 'flat')
    return { code: rejection.code, status: 'failure', message: rejection.message };
  return {
    code: rejection.code,
    status: 'failure',
    error_data: { code: rejection.errorCode, message: rejection.message, description: rejection.message },
    data: null,
  };
}

/** The status and body of an answered send. */
export function sendAnswer(
  requestId: string,
  results: MessageResult[],
  variants: Variants,
): { status: number; body: Record<string, unknown> } {
  const failed = results.filter((result) => result.rejection).length;
  const status = failed > 0 && failed === results.length ? variants.whatsappAllFailedStatus : 202;
  const response = { whatsapp: { messages: results.map((result) => resultItem(result, variants)) } };
  if (variants.whatsappEnvelope === 'response-only') return { status, body: { response } };
  return {
    status,
    body: {
      request_id: requestId,
      ...(variants.whatsappMethodField ? { method: 'POST' } : {}),
      http_code: status,
      metadata: { total: results.length, success: results.length - failed, failed },
      response,
    },
  };
}

const errorSlugs: Record<number, string> = {
  400: 'invalid_request',
  401: 'authentication_failed',
  403: 'forbidden',
  404: 'not_found',
  429: 'rate_limit_exceeded',
};

export function sendWhatsAppError(
  response: ServerResponse,
  error: RestError,
  requestId: string,
  variants: Variants,
): void {
  const { status, message } = error;
  let body: object;
  if (variants.whatsappErrorBody === 'rest-exception') body = restExceptionBody(error);
  else if (variants.whatsappErrorBody === 'v2-error')
    body = {
      request_id: requestId,
      http_code: status,
      response: { error: { code: errorSlugs[status] ?? 'error', message } },
    };
  else {
    body = {
      request_id: requestId,
      ...(variants.whatsappMethodField ? { method: 'POST' } : {}),
      http_code: status,
      response: {
        code: status,
        status: 'failure',
        error_data: { code: status, message, description: message },
        data: null,
      },
    };
  }
  sendJson(response, status, body, error.headers);
}

/** What the request log keeps of a send: routing and a count, not 100 message bodies. */
export function summariseSendBody(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !('whatsapp' in json)) return json;
  const { whatsapp, ...topLevel } = json as { whatsapp: unknown };
  if (
    typeof whatsapp !== 'object' ||
    whatsapp === null ||
    !('messages' in whatsapp) ||
    !Array.isArray(whatsapp.messages)
  )
    return json;
  const { messages, ...channel } = whatsapp;
  return { ...topLevel, whatsapp: { ...channel, messageCount: messages.length } };
}
