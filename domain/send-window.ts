// Allowed sending hours: marketing messages go out only between, by default, 09:00 and 21:00
// Asia/Kolkata; what falls outside waits for the next window. Pure (takes the time as input).

export interface SendWindow {
  /** "HH:MM", inclusive. */
  start: string;
  /** "HH:MM", exclusive; earlier than start means the window crosses midnight. */
  end: string;
  timezone: string;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** Minutes since local midnight, and the local midnight itself as an instant. */
function localClock(at: Date, timezone: string): { minute: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { minute: get('hour') * 60 + get('minute'), second: get('second') };
}

export function isInWindow(at: Date, window: SendWindow): boolean {
  const { minute } = localClock(at, window.timezone);
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === end) return true;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** `at` itself when it is inside the window, else the instant the next window opens. */
export function nextWindowOpening(at: Date, window: SendWindow): Date {
  if (isInWindow(at, window)) return at;
  const { minute, second } = localClock(at, window.timezone);
  const start = minutesOf(window.start);
  const waitMinutes = (start - minute + 24 * 60) % (24 * 60);
  // Time zones without daylight saving (India) make this exact; elsewhere it is re-checked.
  return new Date(at.getTime() + (waitMinutes * 60 - second) * 1000 - (at.getTime() % 1000));
}

/** When the window that `at` is in closes (`at` must be inside it). */
export function windowClosing(at: Date, window: SendWindow): Date {
  const { minute, second } = localClock(at, window.timezone);
  const end = minutesOf(window.end);
  if (minutesOf(window.start) === end) return new Date(at.getTime() + 24 * 3600 * 1000);
  const leftMinutes = (end - minute + 24 * 60) % (24 * 60) || 24 * 60;
  return new Date(at.getTime() + (leftMinutes * 60 - second) * 1000 - (at.getTime() % 1000));
}

/** Whether `zone` is an IANA time zone this runtime knows (Asia/Kolkata, Europe/London, ...). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
