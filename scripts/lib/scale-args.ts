// `npm start -- --api N --workers M`: how many API processes (sharing PORT, api/cluster.ts) and
// worker processes (each its own process on the same task queue) to run. Without --api, the
// environment's API_PROCESSES (default 1); without --workers, 1.
import path from 'node:path';

export interface Scale {
  api: number;
  workers: number;
}

export function parseScale(argv: readonly string[], defaults: Scale = { api: 1, workers: 1 }): Scale {
  const scale: Scale = { ...defaults };
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split('=', 2);
    if (flag !== '--api' && flag !== '--workers') continue;
    const value = inline ?? argv[++index];
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1 || count > 16)
      throw new Error(`${flag} takes a number of processes from 1 to 16 (got ${value ?? 'nothing'})`);
    scale[flag === '--api' ? 'api' : 'workers'] = count;
  }
  return scale;
}

/** Worker i's Temporal metrics address: the configured port + i, so processes never collide. */
export function workerMetricsAddress(base: string | undefined, index: number): string | undefined {
  if (!base) return undefined;
  const colon = base.lastIndexOf(':');
  return `${base.slice(0, colon)}:${Number(base.slice(colon + 1)) + index}`;
}

/** `--profile DIR` (or `--profile=DIR`): where CPU profiles go; absolute, so every child agrees. */
export function profileDirFrom(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split('=', 2);
    if (flag !== '--profile') continue;
    const value = inline ?? argv[index + 1];
    if (!value || value.startsWith('--')) throw new Error('--profile takes a directory');
    return path.resolve(value);
  }
  return undefined;
}
