// Small structured logger for the tooling scripts: one line per event, `[scope] message key=value`,
// so people can read it and tools can grep it. The app has its own logger; this one stays tiny.
export type Fields = Record<string, string | number | boolean | undefined>;

function formatValue(value: string | number | boolean): string {
  const text = String(value);
  return /^[\w.:/@+-]*$/.test(text) && text !== '' ? text : JSON.stringify(text);
}

export function formatFields(fields: Fields = {}): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}=${formatValue(value)}`)
    .join('');
}

export interface Logger {
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
}

export function createLogger(scope: string): Logger {
  const write = (level: string, message: string, fields?: Fields): void => {
    const prefix = level === 'info' ? `[${scope}]` : `[${scope}] ${level}:`;
    process.stderr.write(`${prefix} ${message}${formatFields(fields)}\n`);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
