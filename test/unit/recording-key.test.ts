// Where recordings live in the bucket, and what counts as audio we archive.
import { describe, expect, it } from 'vitest';
import { checkAudioBytes, checkDeclaredType, sniffFormat } from '../../recordings/audio-type.js';
import { RecordingContentTypeError } from '../../domain/recording-errors.js';
import { formatFromUrl, isRecordingKey, parseRecordingKey, recordingKey } from '../../recordings/recording-key.js';
import { retentionCutoff } from '../../recordings/delete-recordings.js';
import { silentMp3 } from '../../exotel-sim/mp3.js';

const callId = 'c23f6f0e-8f0a-4c1e-9d55-0a4f7f1b2c3d';

describe('recording keys', () => {
  it('are recordings/YYYY/MM/DD/<callId>.<ext>, dated by the call start in UTC', () => {
    expect(recordingKey({ callId, startedAt: new Date('2026-11-25T10:00:00Z'), format: 'mp3' })).toBe(
      `recordings/2026/11/25/${callId}.mp3`,
    );
    // 02:00 in India on the 26th is still the 25th in UTC.
    expect(recordingKey({ callId, startedAt: new Date('2026-11-26T02:00:00+05:30'), format: 'wav' })).toBe(
      `recordings/2026/11/25/${callId}.wav`,
    );
  });

  it.each(['', '../etc', 'a/b', 'a.b', '-leading', 'x'.repeat(129), 'ca ll'])('refuses call ID %j', (bad) => {
    expect(() => recordingKey({ callId: bad, startedAt: new Date(), format: 'mp3' })).toThrow(
      /cannot name a recording/,
    );
  });

  it('refuses an invalid start time', () => {
    expect(() => recordingKey({ callId, startedAt: new Date('nope'), format: 'mp3' })).toThrow(/not a valid date/);
  });

  it('parse back into call ID, day and format; other keys are not recordings', () => {
    expect(parseRecordingKey(`recordings/2026/11/25/${callId}.mp3`)).toEqual({
      callId,
      day: new Date('2026-11-25T00:00:00Z'),
      format: 'mp3',
    });
    for (const key of [
      'recordings/2026/02/30/a.mp3',
      'recordings/2026/11/25/a.ogg',
      'other/2026/11/25/a.mp3',
      'recordings/2026/11/25/../a.mp3',
      '.exoflow-probe/x',
    ]) {
      expect(isRecordingKey(key), key).toBe(false);
    }
  });

  it('take the format from the source URL', () => {
    expect(formatFromUrl(new URL('https://h/exotelrecordings/a/CA1.mp3?sig=1'))).toBe('mp3');
    expect(formatFromUrl(new URL('https://h/exotelrecordings/a/CA1.WAV'))).toBe('wav');
    expect(formatFromUrl(new URL('https://h/exotelrecordings/a/CA1'))).toBe('mp3');
  });

  it('expire by whole UTC days', () => {
    expect(retentionCutoff(new Date('2026-11-25T23:59:00Z'), 30)).toEqual(new Date('2026-10-26T00:00:00Z'));
    expect(retentionCutoff(new Date('2026-11-25T00:00:00Z'), 0)).toEqual(new Date('2026-11-25T00:00:00Z'));
  });
});

describe('recording content', () => {
  const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')]);

  it('recognises MP3 (frame sync or ID3) and WAV by their first bytes', () => {
    expect(sniffFormat(silentMp3)).toBe('mp3');
    expect(sniffFormat(Buffer.from('ID3\u0004\u0000'))).toBe('mp3');
    expect(sniffFormat(wav)).toBe('wav');
    expect(sniffFormat(Buffer.from('<html><body>Access Denied'))).toBeUndefined();
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?><Error>'))).toBeUndefined();
    expect(sniffFormat(Buffer.alloc(0))).toBeUndefined();
  });

  it.each([
    'audio/mpeg',
    'audio/mpeg; charset=binary',
    'Audio/MP3',
    'binary/octet-stream',
    'application/octet-stream',
    null,
  ])('accepts Content-Type %j for an .mp3', (type) => {
    expect(() => checkDeclaredType(type, 'mp3')).not.toThrow();
  });

  it.each([
    ['text/html', 'mp3'],
    ['application/xml', 'mp3'],
    ['application/json', 'mp3'],
    ['video/mp4', 'mp3'],
    ['audio/wav', 'mp3'],
    ['audio/mpeg', 'wav'],
    ['constructor', 'mp3'],
  ] as const)('refuses Content-Type %s for a .%s', (type, format) => {
    expect(() => checkDeclaredType(type, format)).toThrow(RecordingContentTypeError);
  });

  it('refuses bytes that are not the format the URL names, whatever the header says', () => {
    expect(() => checkAudioBytes(silentMp3, 'mp3', 'audio/mpeg')).not.toThrow();
    expect(() => checkAudioBytes(Buffer.from('<html>denied</html>'), 'mp3', 'audio/mpeg')).toThrow(/not MP3 or WAV/);
    expect(() => checkAudioBytes(wav, 'mp3', 'binary/octet-stream')).toThrow(/bytes are wav/);
  });
});
