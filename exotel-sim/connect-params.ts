// Validation of `Calls/connect` form parameters, with the messages Exotel-style clients log.
import { RestError } from './errors.js';
import type { Params } from './params.js';
import { looksLikePhone } from './phone.js';
import type { Variants } from './variants.js';

export type CallbackEvent = 'answered' | 'terminal';
export type RequestedCallbackContentType = 'application/json' | 'multipart/form-data' | undefined;

export interface ConnectRequest {
  from: string;
  to: string;
  callerId: string;
  callType: string | undefined;
  timeLimitSec: number | undefined;
  timeOutSec: number | undefined;
  record: boolean;
  customField: string | undefined;
  statusCallback: string | undefined;
  statusCallbackEvents: CallbackEvent[];
  statusCallbackContentType: RequestedCallbackContentType;
  waitUrl: string | undefined;
  /** Who hears the pre-call playback: `Callee` (the default when a URL is given) or `Both`. */
  startPlaybackToNew: StartPlaybackTo | undefined;
  /** The audio played before the conversation (e.g. a recording disclosure). */
  startPlaybackValueNew: string | undefined;
}

export type StartPlaybackTo = 'Callee' | 'Both';

const MAX_TIME_LIMIT_SEC = 14_400;
const MAX_CUSTOM_FIELD = 128;

function required(params: Params, name: string): string {
  const value = params.get(name)?.trim();
  if (!value) throw new RestError(400, `Missing parameter: ${name} is required`);
  return value;
}

function phone(params: Params, name: string): string {
  const value = required(params, name);
  if (!looksLikePhone(value))
    throw new RestError(400, `Invalid parameter: ${name} '${value}' is not a valid phone number`);
  return value;
}

function optionalSeconds(params: Params, name: string, max: number): number | undefined {
  const raw = params.get(name)?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    throw new RestError(400, `Invalid parameter: ${name} must be a whole number of seconds between 1 and ${max}`);
  }
  return value;
}

function optionalUrl(params: Params, name: string): string | undefined {
  const value = params.get(name)?.trim();
  if (!value) return undefined;
  if (!URL.canParse(value)) throw new RestError(400, `Invalid parameter: ${name} must be a URL`);
  return value;
}

/** Collects `Name[0]=..`, `Name[]=..` and (per variant) bare `Name=..` values, in order. */
function arrayParam(params: Params, name: string, bare: Variants['bareStatusCallbackEvents']): string[] {
  const bracketed = new RegExp(`^${name}\\[(\\d*)\\]$`);
  const values: { order: number; value: string }[] = [];
  params.pairs.forEach(([key, value], position) => {
    const match = bracketed.exec(key);
    if (match) {
      values.push({ order: match[1] ? Number(match[1]) : position, value });
    } else if (key === name) {
      if (bare === 'reject') throw new RestError(400, `Invalid parameter: ${name} must be an array (${name}[0]=...)`);
      if (bare === 'accept') values.push({ order: position, value });
    }
  });
  return values.sort((a, b) => a.order - b.order).map((entry) => entry.value.trim());
}

function callbackEvents(params: Params, variants: Variants): CallbackEvent[] {
  const events = arrayParam(params, 'StatusCallbackEvents', variants.bareStatusCallbackEvents);
  for (const event of events) {
    if (event !== 'answered' && event !== 'terminal') {
      throw new RestError(
        400,
        `Invalid parameter: StatusCallbackEvents value '${event}' (expected terminal or answered)`,
      );
    }
  }
  return [...new Set(events as CallbackEvent[])];
}

function callbackContentType(params: Params): RequestedCallbackContentType {
  const value = params.get('StatusCallbackContentType')?.trim();
  if (!value) return undefined;
  if (value === 'application/json' || value === 'multipart/form-data') return value;
  throw new RestError(
    400,
    `Invalid parameter: StatusCallbackContentType must be application/json or multipart/form-data`,
  );
}

/**
 * Pre-call playback (docs/exotel.md §2, [N]): StartPlaybackToNew is `Callee` (default) or `Both`,
 * StartPlaybackValueNew the audio URL. A target without audio is refused: it could play nothing.
 */
function startPlayback(params: Params): Pick<ConnectRequest, 'startPlaybackToNew' | 'startPlaybackValueNew'> {
  const url = optionalUrl(params, 'StartPlaybackValueNew');
  const to = params.get('StartPlaybackToNew')?.trim();
  if (to && to !== 'Callee' && to !== 'Both') {
    throw new RestError(400, `Invalid parameter: StartPlaybackToNew must be Callee or Both`);
  }
  if (to && !url)
    throw new RestError(400, 'Missing parameter: StartPlaybackValueNew is required with StartPlaybackToNew');
  return {
    startPlaybackToNew: url ? ((to as StartPlaybackTo | undefined) ?? 'Callee') : undefined,
    startPlaybackValueNew: url,
  };
}

function bool(params: Params, name: string): boolean {
  const value = params.get(name)?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new RestError(400, `Invalid parameter: ${name} must be true or false`);
}

export function parseConnectRequest(params: Params, variants: Variants): ConnectRequest {
  const from = phone(params, 'From');
  const to = phone(params, 'To');
  const callerId = phone(params, 'CallerId');
  const customField = params.get('CustomField');
  if (customField !== undefined && customField.length > MAX_CUSTOM_FIELD) {
    throw new RestError(400, `Invalid parameter: CustomField exceeds ${MAX_CUSTOM_FIELD} characters`);
  }
  return {
    from,
    to,
    callerId,
    callType: params.get('CallType'),
    timeLimitSec: optionalSeconds(params, 'TimeLimit', MAX_TIME_LIMIT_SEC),
    timeOutSec: optionalSeconds(params, 'TimeOut', MAX_TIME_LIMIT_SEC),
    record: bool(params, 'Record'),
    customField,
    statusCallback: optionalUrl(params, 'StatusCallback'),
    statusCallbackEvents: callbackEvents(params, variants),
    statusCallbackContentType: callbackContentType(params),
    waitUrl: params.get('WaitUrl'),
    ...startPlayback(params),
  };
}
