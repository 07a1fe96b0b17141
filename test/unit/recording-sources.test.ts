// The SSRF guard in front of every recording download: what a webhook-supplied URL may point at.
import { describe, expect, it } from 'vitest';
import {
  checkRecordingUrl,
  checkRedirect,
  parseAllowedSource,
  type SourceGuard,
} from '../../domain/recording-sources.js';
import { RecordingSourceRefusedError, type SourceRefusal } from '../../domain/recording-errors.js';
import { storageEnvSchema } from '../../config/recordings-env.js';
import { recordingSourcePolicy } from '../../recordings/source-policy.js';

/** The defaults: Exotel's recording buckets, HTTPS only. */
const production: SourceGuard = recordingSourcePolicy(storageEnvSchema.parse({}));
const sandbox: SourceGuard = { allowed: [parseAllowedSource('127.0.0.1:4010/exotelrecordings/')], requireHttps: false };

const exotelUrl = 'https://s3-ap-southeast-1.amazonaws.com/exotelrecordings/acme/c5797dcbaaeed7678c4062a4a3ed2f8a.mp3';

function refusal(run: () => unknown): SourceRefusal | 'allowed' {
  try {
    run();
    return 'allowed';
  } catch (error) {
    if (error instanceof RecordingSourceRefusedError) return error.reason;
    throw error;
  }
}

describe('allowed recording sources', () => {
  it('allows Exotel recording URLs by default, presigned ones included', () => {
    expect(checkRecordingUrl(exotelUrl, production).href).toBe(exotelUrl);
    const presigned = `${exotelUrl}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Signature=abc`;
    expect(checkRecordingUrl(presigned, production).search).toContain('X-Amz-Signature=abc');
    expect(
      refusal(() => checkRecordingUrl('https://s3-ap-south-1.amazonaws.com/exotelrecordings/acme/x.mp3', production)),
    ).toBe('allowed');
  });

  it('allows the simulator over plain HTTP in sandbox', () => {
    expect(refusal(() => checkRecordingUrl('http://127.0.0.1:4010/exotelrecordings/sandbox/CA1.mp3', sandbox))).toBe(
      'allowed',
    );
  });

  it.each([
    ['not a URL', 'not a url', 'invalid_url'],
    ['a relative URL', '/exotelrecordings/acme/x.mp3', 'invalid_url'],
    ['file:', 'file:///etc/passwd', 'scheme_not_allowed'],
    ['ftp:', 'ftp://s3-ap-southeast-1.amazonaws.com/exotelrecordings/x.mp3', 'scheme_not_allowed'],
    ['plain HTTP in production', exotelUrl.replace('https:', 'http:'), 'https_required'],
    ['another host', 'https://evil.example.com/exotelrecordings/acme/x.mp3', 'host_not_allowed'],
    [
      'a look-alike suffix',
      'https://s3-ap-southeast-1.amazonaws.com.evil.example/exotelrecordings/x.mp3',
      'host_not_allowed',
    ],
    ['a subdomain', 'https://x.s3-ap-southeast-1.amazonaws.com/exotelrecordings/x.mp3', 'host_not_allowed'],
    ['a trailing-dot host', 'https://s3-ap-southeast-1.amazonaws.com./exotelrecordings/x.mp3', 'host_not_allowed'],
    ['the cloud metadata address', 'https://169.254.169.254/latest/meta-data/', 'host_not_allowed'],
    [
      'another bucket on the allowed host',
      'https://s3-ap-southeast-1.amazonaws.com/someone-else/x.mp3',
      'path_not_allowed',
    ],
    [
      'a bucket name that only starts alike',
      'https://s3-ap-southeast-1.amazonaws.com/exotelrecordings-evil/x.mp3',
      'path_not_allowed',
    ],
    [
      'dot segments out of the prefix',
      'https://s3-ap-southeast-1.amazonaws.com/exotelrecordings/../private/x.mp3',
      'path_not_allowed',
    ],
    [
      'encoded dot segments',
      'https://s3-ap-southeast-1.amazonaws.com/exotelrecordings/%2e%2e/private/x.mp3',
      'path_not_allowed',
    ],
    ['a non-default port', 'https://s3-ap-southeast-1.amazonaws.com:8443/exotelrecordings/x.mp3', 'port_not_allowed'],
    [
      'credentials in the URL',
      'https://user:secret@s3-ap-southeast-1.amazonaws.com/exotelrecordings/x.mp3',
      'userinfo_not_allowed',
    ],
    [
      'the allowed host as userinfo of another',
      'https://s3-ap-southeast-1.amazonaws.com@evil.example.com/exotelrecordings/x.mp3',
      'userinfo_not_allowed',
    ],
  ] as const)('refuses %s', (_name, url, reason) => {
    expect(refusal(() => checkRecordingUrl(url, production))).toBe(reason);
  });

  it('compares the host the request would really reach, whatever spelling the URL uses', () => {
    // Decimal, octal and hex spellings of 127.0.0.1 are the same host: allowed where 127.0.0.1 is.
    expect(checkRecordingUrl('http://2130706433:4010/exotelrecordings/sandbox/CA1.mp3', sandbox).hostname).toBe(
      '127.0.0.1',
    );
    expect(checkRecordingUrl('http://0x7f.0.0.1:4010/exotelrecordings/sandbox/CA1.mp3', sandbox).hostname).toBe(
      '127.0.0.1',
    );
    expect(
      checkRecordingUrl('HTTP://S3-AP-SOUTHEAST-1.AMAZONAWS.COM/exotelrecordings/a.mp3', {
        ...production,
        requireHttps: false,
      }).hostname,
    ).toBe('s3-ap-southeast-1.amazonaws.com');
    // ...and an address that is not the configured one is refused in any spelling.
    expect(refusal(() => checkRecordingUrl('http://[::1]:4010/exotelrecordings/sandbox/CA1.mp3', sandbox))).toBe(
      'host_not_allowed',
    );
    expect(refusal(() => checkRecordingUrl('http://[::ffff:127.0.0.1]:4010/exotelrecordings/x.mp3', sandbox))).toBe(
      'host_not_allowed',
    );
    expect(refusal(() => checkRecordingUrl('http://localhost:4010/exotelrecordings/sandbox/CA1.mp3', sandbox))).toBe(
      'host_not_allowed',
    );
    expect(refusal(() => checkRecordingUrl('http://0251.0376.0251.0376/latest/meta-data/', sandbox))).toBe(
      'host_not_allowed',
    );
  });

  it('allows only the configured port, or the default one when none is configured', () => {
    expect(refusal(() => checkRecordingUrl('http://127.0.0.1:4011/exotelrecordings/x.mp3', sandbox))).toBe(
      'port_not_allowed',
    );
    expect(refusal(() => checkRecordingUrl('http://127.0.0.1/exotelrecordings/x.mp3', sandbox))).toBe(
      'port_not_allowed',
    );
    const explicit443: SourceGuard = { allowed: [parseAllowedSource('rec.example.com:443')], requireHttps: true };
    expect(refusal(() => checkRecordingUrl('https://rec.example.com/a.mp3', explicit443))).toBe('allowed');
    expect(refusal(() => checkRecordingUrl('https://rec.example.com:443/a.mp3', production))).toBe('host_not_allowed');
    expect(
      refusal(() =>
        checkRecordingUrl('https://s3-ap-southeast-1.amazonaws.com:443/exotelrecordings/a.mp3', production),
      ),
    ).toBe('allowed');
  });

  it('drops the fragment and keeps the query', () => {
    const url = checkRecordingUrl(`${exotelUrl}?a=1#frag`, production);
    expect(url.hash).toBe('');
    expect(url.search).toBe('?a=1');
  });

  it('never echoes a query (presigned signatures) or a password in the refusal', () => {
    try {
      checkRecordingUrl('https://user:hunter2@evil.example.com/x.mp3?X-Amz-Signature=secret', production);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toMatch(/hunter2|secret/);
    }
  });
});

describe('redirects from an allowed source', () => {
  const from = checkRecordingUrl(exotelUrl, production);

  it('follows a redirect within the same origin and allowed path', () => {
    expect(checkRedirect(from, '/exotelrecordings/acme/other.mp3?sig=1', production).href).toBe(
      'https://s3-ap-southeast-1.amazonaws.com/exotelrecordings/acme/other.mp3?sig=1',
    );
  });

  it.each([
    ['another host', 'https://evil.example.com/x.mp3', 'redirect_not_allowed'],
    ['another allowed host', 'https://s3-ap-south-1.amazonaws.com/exotelrecordings/x.mp3', 'redirect_not_allowed'],
    [
      'plain HTTP on the same host',
      'http://s3-ap-southeast-1.amazonaws.com/exotelrecordings/x.mp3',
      'redirect_not_allowed',
    ],
    ['another port', 'https://s3-ap-southeast-1.amazonaws.com:8443/exotelrecordings/x.mp3', 'redirect_not_allowed'],
    ['the metadata address', 'http://169.254.169.254/latest/meta-data/', 'redirect_not_allowed'],
    ['a protocol-relative URL elsewhere', '//evil.example.com/x.mp3', 'redirect_not_allowed'],
    ['outside the allowed path', '/private/x.mp3', 'path_not_allowed'],
    [
      'userinfo on the same origin',
      'https://u:p@s3-ap-southeast-1.amazonaws.com/exotelrecordings/x.mp3',
      'userinfo_not_allowed',
    ],
  ] as const)('refuses a redirect to %s', (_name, location, reason) => {
    expect(refusal(() => checkRedirect(from, location, production))).toBe(reason);
  });
});

describe('RECORDING_ALLOWED_HOSTS entries', () => {
  it('parses host, port and path prefix', () => {
    expect(parseAllowedSource('Rec.Example.com')).toEqual({
      hostname: 'rec.example.com',
      port: undefined,
      pathPrefix: '/',
    });
    expect(parseAllowedSource('127.0.0.1:4010/exotelrecordings')).toEqual({
      hostname: '127.0.0.1',
      port: '4010',
      pathPrefix: '/exotelrecordings/',
    });
    expect(parseAllowedSource('[::1]:9000/a/b/')).toEqual({ hostname: '[::1]', port: '9000', pathPrefix: '/a/b/' });
  });

  it.each([
    'https://rec.example.com',
    'user@rec.example.com',
    'rec.example.com:99999',
    'rec.example.com/a?b',
    ':4010',
    '',
  ])('rejects %j', (entry) => {
    expect(() => parseAllowedSource(entry)).toThrow();
  });

  it('names the bad entry in the configuration error', () => {
    const parsed = storageEnvSchema.safeParse({ RECORDING_ALLOWED_HOSTS: 'rec.example.com,https://bad.example.com' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['RECORDING_ALLOWED_HOSTS']);
    expect(parsed.error?.issues[0]?.message).toContain('https://bad.example.com');
  });
});
