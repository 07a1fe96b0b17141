// What we accept as a recording: the Content-Type must be MP3 or WAV audio, or the generic binary
// type S3 gives objects uploaded without one; and the first bytes must really be MP3 (an ID3 tag
// or a frame sync) or WAV (RIFF....WAVE), matching the header and the key's extension. A 200 with
// an HTML error page is refused whatever its header says.
import { RecordingContentTypeError } from '../domain/recording-errors.js';
import type { RecordingFormat } from './recording-key.js';

const DECLARED = new Map<string, RecordingFormat | 'generic'>([
  ['audio/mpeg', 'mp3'],
  ['audio/mp3', 'mp3'],
  ['audio/mpeg3', 'mp3'],
  ['audio/x-mpeg-3', 'mp3'],
  ['audio/x-mp3', 'mp3'],
  ['audio/wav', 'wav'],
  ['audio/wave', 'wav'],
  ['audio/x-wav', 'wav'],
  ['audio/vnd.wave', 'wav'],
  ['application/octet-stream', 'generic'],
  ['binary/octet-stream', 'generic'],
  ['', 'generic'], // no Content-Type at all
]);

/** The Content-Type we store each format under. */
export const storedContentType: Record<RecordingFormat, string> = { mp3: 'audio/mpeg', wav: 'audio/wav' };

/** Enough bytes to recognise either format. */
export const SNIFF_BYTES = 12;

const mediaType = (header: string | null): string => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** Checks the header before reading the body; throws for anything that is not audio we keep. */
export function checkDeclaredType(header: string | null, expected: RecordingFormat): void {
  const declared = DECLARED.get(mediaType(header));
  if (declared === undefined) throw new RecordingContentTypeError(mediaType(header), 'not an audio type');
  if (declared !== 'generic' && declared !== expected) {
    throw new RecordingContentTypeError(mediaType(header), `the URL names a .${expected} file`);
  }
}

export function sniffFormat(head: Uint8Array): RecordingFormat | undefined {
  const ascii = (from: number, to: number): string => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 3 && ascii(0, 3) === 'ID3') return 'mp3';
  // MPEG audio frame sync: 11 set bits, and a layer that is not the reserved 00.
  if (head.length >= 2 && head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1] ?? 0) & 0x06) !== 0)
    return 'mp3';
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  return undefined;
}

/** Checks the first bytes against the expected format; throws when they are something else. */
export function checkAudioBytes(head: Uint8Array, expected: RecordingFormat, header: string | null): void {
  const found = sniffFormat(head);
  if (found !== expected) {
    throw new RecordingContentTypeError(
      mediaType(header),
      found ? `the bytes are ${found}, the URL names .${expected}` : 'the bytes are not MP3 or WAV audio',
    );
  }
}
