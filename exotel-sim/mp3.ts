// A real, decodable MP3: silent MPEG-1 Layer III frames (32 kbit/s, 44.1 kHz, mono). An
// all-zero side info means zero-length granules, which decoders play as silence.

const FRAME_HEADER = [0xff, 0xfb, 0x10, 0xc4];
/** floor(144 * 32000 / 44100) bytes per unpadded frame. */
const FRAME_BYTES = 104;
/** About one second of audio (1152 samples per frame). */
const FRAME_COUNT = 38;

function buildSilentMp3(): Buffer {
  const audio = Buffer.alloc(FRAME_BYTES * FRAME_COUNT);
  for (let frame = 0; frame < FRAME_COUNT; frame++) {
    Buffer.from(FRAME_HEADER).copy(audio, frame * FRAME_BYTES);
  }
  return audio;
}

export const silentMp3: Buffer = buildSilentMp3();
