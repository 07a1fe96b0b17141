import { describe, expect, it } from 'vitest';
import { Batcher } from '../../lib/batcher.js';

describe('Batcher (group commit)', () => {
  it('writes items submitted together in one batch and gives each its own result', async () => {
    const writes: number[][] = [];
    const batcher = new Batcher<number, string>(async (items) => {
      writes.push(items);
      return items.map((item) => `#${item}`);
    });
    const results = await Promise.all([1, 2, 3].map((item) => batcher.submit(item)));
    expect(results).toEqual(['#1', '#2', '#3']);
    expect(writes).toEqual([[1, 2, 3]]);
  });

  it('gathers what arrives during a write into the next one, up to the batch size', async () => {
    const writes: number[][] = [];
    let release: () => void = () => {};
    const batcher = new Batcher<number, number>(
      async (items) => {
        writes.push(items);
        if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return items;
      },
      { maxBatch: 2, maxConcurrentWrites: 1 },
    );
    const first = batcher.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const rest = [2, 3, 4].map((item) => batcher.submit(item));
    release();
    expect(await Promise.all([first, ...rest])).toEqual([1, 2, 3, 4]);
    expect(writes).toEqual([[1], [2, 3], [4]]);
  });

  it('rejects every item of a failed write, and keeps working', async () => {
    let fail = true;
    const batcher = new Batcher<number, number>(async (items) => {
      if (fail) throw new Error('database down');
      return items;
    });
    await expect(Promise.all([batcher.submit(1), batcher.submit(2)])).rejects.toThrow('database down');
    fail = false;
    expect(await batcher.submit(3)).toBe(3);
  });
});
