// The small HTTP toolkit the route files share: parsed requests, routes, typed responses.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RestError, restExceptionBody } from './errors.js';
import { Params } from './params.js';
import type { RequestRecord } from './request-log.js';
import { toTwilioResponseXml } from './xml.js';

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Named groups of the matched route pattern. */
  pathParams: Record<string, string>;
  /** Form fields (urlencoded or multipart); empty for other bodies. */
  form: Params;
  /** Parsed JSON body, if the body was JSON. */
  json: unknown;
  record: RequestRecord;
  /** Set by a handler that deliberately never answers (a scripted hang). */
  hung: boolean;
}

export type RouteHandler = (request: SimRequest, response: ServerResponse) => Promise<void> | void;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Matched against the path; named groups become pathParams. */
  pattern: RegExp;
  handler: RouteHandler;
}

const MAX_BODY_BYTES = 1_000_000;

export async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RestError(413, 'Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export interface ParsedBody {
  form: Params;
  json: unknown;
}

export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  const empty: ParsedBody = { form: new Params([]), json: undefined };
  if (raw.length === 0) return empty;
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { form: Params.fromSearch(new URLSearchParams(raw.toString('utf8'))), json: undefined };
  }
  if (type.startsWith('multipart/form-data')) {
    try {
      // The platform's own multipart parser (undici), via a Response wrapping the bytes.
      const formData = await new Response(raw, { headers: { 'content-type': contentType ?? '' } }).formData();
      const pairs: [string, string][] = [];
      formData.forEach((value, key) => pairs.push([key, typeof value === 'string' ? value : value.name]));
      return { form: new Params(pairs), json: undefined };
    } catch {
      throw new RestError(400, 'Malformed multipart/form-data body');
    }
  }
  if (type.startsWith('application/json')) {
    try {
      return { form: new Params([]), json: JSON.parse(raw.toString('utf8')) as unknown };
    } catch {
      throw new RestError(400, 'Malformed JSON body');
    }
  }
  return empty;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

export function sendXml(
  response: ServerResponse,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): void {
  const text = toTwilioResponseXml(body);
  response.writeHead(status, {
    'content-type': 'application/xml; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

export type ResponseFormat = 'json' | 'xml';

export function sendV1(
  response: ServerResponse,
  format: ResponseFormat,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): void {
  if (format === 'xml') sendXml(response, status, body, headers);
  else sendJson(response, status, body, headers);
}

export function sendRestError(response: ServerResponse, error: RestError, format: ResponseFormat = 'json'): void {
  sendV1(response, format, error.status, restExceptionBody(error), error.headers);
}

export function sendHtmlError(response: ServerResponse, status: number): void {
  const text = `<html><head><title>${status} Error</title></head><body><center><h1>${status} Error</h1></center><hr><center>nginx</center></body></html>`;
  response.writeHead(status, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** The user/password of an `Authorization: Basic` header. */
export function basicCredentials(headers: IncomingMessage['headers']): { user: string; password: string } | undefined {
  const header = headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
