// Exotel v1 timestamps are `YYYY-MM-DD HH:mm:ss` with no zone (IST for India accounts).

export function formatExotelTime(epochMs: number, offsetMinutes: number): string {
  return new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Inverse of formatExotelTime; undefined when the text is not in that format. */
export function parseExotelTime(text: string, offsetMinutes: number): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
}

/** WhatsApp timestamps: ISO 8601 with an explicit offset, e.g. `2024-01-15T10:30:05+05:30`. */
export function formatIsoWithOffset(epochMs: number, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}
