// The SSRF guard: a recording URL arrives in a webhook, so it is fetched only from the configured
// hosts (Exotel's recording buckets; the simulator in sandbox), over HTTPS unless configured
// otherwise, on the default port unless an entry names one, under the entry's path, without
// userinfo, and a redirect may not leave the origin. Pure functions: the URL they return is the
// one fetched, parsed by the same WHATWG parser fetch uses, so there is no parser disagreement.
import { RecordingSourceRefusedError } from './recording-errors.js';

/** One RECORDING_ALLOWED_HOSTS entry: `host[:port][/path/prefix/]`. */
export interface AllowedSource {
  /** As URL.hostname spells it: lower case, punycode, IPv4 normalised, IPv6 in brackets. */
  hostname: string;
  /** Only this port; undefined = only the scheme's default port (443 or 80). */
  port?: string | undefined;
  /** Paths must start with this; always ends with `/`. */
  pathPrefix: string;
}

export interface SourceGuard {
  allowed: readonly AllowedSource[];
  /** false only in sandbox and tests (the simulator speaks plain HTTP). */
  requireHttps: boolean;
}

const AUTHORITY = /^(\[[0-9a-fA-F:.]+\]|[^:/[\]@?#\s]+)(?::(\d{1,5}))?$/;

/** Parses one entry; throws an Error saying what is wrong with it (for the config check). */
export function parseAllowedSource(entry: string): AllowedSource {
  const trimmed = entry.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed))
    throw new Error(`"${entry}": give host[:port][/path], without a scheme`);
  const slash = trimmed.indexOf('/');
  const authority = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const path = slash === -1 ? '/' : trimmed.slice(slash);
  const match = AUTHORITY.exec(authority);
  if (!match?.[1] || /[?#]/.test(path)) throw new Error(`"${entry}" is not host[:port][/path]`);
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65_535)) throw new Error(`"${entry}": port out of range`);
  let parsed: URL;
  try {
    parsed = new URL(`http://${match[1]}${path}`);
  } catch {
    throw new Error(`"${entry}" is not a valid host`);
  }
  const pathPrefix = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  return { hostname: parsed.hostname, port: port === undefined ? undefined : String(port), pathPrefix };
}

/** Where a URL may be fetched from, as the refusal names it (no query: it may hold a signature). */
const describe = (url: URL): string => `${url.protocol}//${url.host}${url.pathname}`;

const portAllowed = (url: URL, source: AllowedSource): boolean =>
  source.port === undefined
    ? url.port === ''
    : (url.port || (url.protocol === 'https:' ? '443' : '80')) === source.port;

/** The URL to fetch, or RecordingSourceRefusedError before any request is made. */
export function checkRecordingUrl(raw: string | URL, guard: SourceGuard): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RecordingSourceRefusedError('invalid_url', 'not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RecordingSourceRefusedError('scheme_not_allowed', `${url.protocol} is not http(s)`);
  }
  if (url.protocol === 'http:' && guard.requireHttps) {
    throw new RecordingSourceRefusedError('https_required', `${describe(url)} is plain HTTP (RECORDING_REQUIRE_HTTPS)`);
  }
  if (url.username || url.password) {
    throw new RecordingSourceRefusedError('userinfo_not_allowed', `${describe(url)} carries user:password@`);
  }
  const sameHost = guard.allowed.filter((source) => source.hostname === url.hostname);
  if (sameHost.length === 0) {
    throw new RecordingSourceRefusedError('host_not_allowed', `${url.hostname} is not in RECORDING_ALLOWED_HOSTS`);
  }
  const samePort = sameHost.filter((source) => portAllowed(url, source));
  if (samePort.length === 0) {
    throw new RecordingSourceRefusedError('port_not_allowed', `${describe(url)}: port not in RECORDING_ALLOWED_HOSTS`);
  }
  if (!samePort.some((source) => url.pathname.startsWith(source.pathPrefix))) {
    throw new RecordingSourceRefusedError('path_not_allowed', `${describe(url)}: path outside RECORDING_ALLOWED_HOSTS`);
  }
  url.hash = '';
  return url;
}

/** A redirect's target: only within the same origin, and only where checkRecordingUrl allows. */
export function checkRedirect(from: URL, location: string, guard: SourceGuard): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new RecordingSourceRefusedError('invalid_url', `${describe(from)} redirected to an invalid URL`);
  }
  if (target.origin !== from.origin) {
    throw new RecordingSourceRefusedError(
      'redirect_not_allowed',
      `${describe(from)} redirected to another origin (${target.protocol}//${target.host})`,
    );
  }
  return checkRecordingUrl(target, guard);
}
