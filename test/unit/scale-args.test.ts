// `npm start -- --api N --workers M`: what the flags mean and what they refuse.
import { describe, expect, it } from 'vitest';
import { parseScale, workerMetricsAddress } from '../../scripts/lib/scale-args.js';

describe('npm start scale flags', () => {
  it('reads --api and --workers, as separate words or with =, over the defaults', () => {
    expect(parseScale([])).toEqual({ api: 1, workers: 1 });
    expect(parseScale(['--api', '2', '--workers=3'])).toEqual({ api: 2, workers: 3 });
    expect(parseScale(['--codec', 'x'], { api: 2, workers: 1 })).toEqual({ api: 2, workers: 1 });
  });

  it('refuses a count that is not a whole number from 1 to 16, naming the flag', () => {
    expect(() => parseScale(['--api', '0'])).toThrow('--api takes a number of processes from 1 to 16 (got 0)');
    expect(() => parseScale(['--workers'])).toThrow('--workers takes a number of processes from 1 to 16 (got nothing)');
    expect(() => parseScale(['--workers', 'two'])).toThrow('(got two)');
  });

  it('gives each worker its own metrics port', () => {
    expect(workerMetricsAddress('0.0.0.0:9464', 0)).toBe('0.0.0.0:9464');
    expect(workerMetricsAddress('0.0.0.0:9464', 2)).toBe('0.0.0.0:9466');
    expect(workerMetricsAddress(undefined, 1)).toBeUndefined();
  });
});
