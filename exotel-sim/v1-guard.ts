// What every v1 account route checks first: credentials, account, rate limit; and whether the
// caller asked for JSON (`.json`) or gets the XML default.
import type { ServerResponse } from 'node:http';
import { RestError } from './errors.js';
import { basicCredentials, sendRestError, type ResponseFormat, type SimRequest } from './http.js';
import type { SimState } from './state.js';

export function v1Format(path: string, state: SimState): ResponseFormat {
  return /\.json(\/|$)/.test(path) ? 'json' : state.variants.formatWithoutJsonSuffix;
}

/** Checks the API key/token pair; throws the 401 Exotel answers otherwise. */
export function requireApiCredentials(request: SimRequest, state: SimState): void {
  const credentials = basicCredentials(request.headers);
  if (!credentials)
    throw new RestError(401, 'Authentication is required: use HTTP Basic auth with your API key and token');
  const { apiKey, apiToken } = state.identity;
  if (credentials.user !== apiKey || credentials.password !== apiToken) {
    throw new RestError(401, 'Authentication failed: invalid API key or token');
  }
}

/** The account sid of the path; throws 403 (or 404, by variant) when it is not this account's. */
export function requireOwnAccount(request: SimRequest, state: SimState): string {
  const { wrongAccountStatus } = state.variants;
  const accountSid = request.pathParams.accountSid ?? '';
  if (accountSid !== state.identity.accountSid) {
    throw new RestError(
      wrongAccountStatus,
      wrongAccountStatus === 404
        ? `Account ${accountSid} not found`
        : `Access to account ${accountSid} is forbidden for these credentials`,
    );
  }
  return accountSid;
}

/** Returns the response format, or undefined after answering with an error. */
export function guardV1(request: SimRequest, response: ServerResponse, state: SimState): ResponseFormat | undefined {
  const format = v1Format(request.path, state);
  const variants = state.variants;
  try {
    requireApiCredentials(request, state);
    const accountSid = requireOwnAccount(request, state);
    if (!state.rateLimiter.allow(accountSid, variants.rateLimitPerMinute, variants.rateLimitWindowMs)) {
      const retryAfterSec = Math.ceil(state.rateLimiter.retryAfterMs(accountSid, variants.rateLimitWindowMs) / 1000);
      const headers: Record<string, string> = variants.rateLimitRetryAfterHeader
        ? { 'retry-after': String(Math.max(1, retryAfterSec)) }
        : {};
      throw new RestError(
        429,
        `Too many requests: voice APIs are limited to ${variants.rateLimitPerMinute} requests per minute`,
        undefined,
        headers,
      );
    }
  } catch (error) {
    if (!(error instanceof RestError)) throw error;
    sendRestError(response, error, format);
    return undefined;
  }
  return format;
}
