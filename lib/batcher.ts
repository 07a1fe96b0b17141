// Group commit for hot write paths: items submitted while a write is in flight are written
// together by the next one, so a burst costs a few multi-row statements instead of one commit
// per item. Each submitter's promise settles with its own result once its batch is committed.

export interface BatcherOptions {
  maxBatch?: number;
  maxConcurrentWrites?: number;
}

export class Batcher<Item, Result> {
  private queue: { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;
  private inFlight = 0;
  private readonly maxBatch: number;
  private readonly maxConcurrentWrites: number;

  /** `write` gets a batch and returns one result per item, in order. */
  constructor(
    private readonly write: (items: Item[]) => Promise<Result[]>,
    options: BatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 500;
    this.maxConcurrentWrites = options.maxConcurrentWrites ?? 4;
  }

  submit(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxConcurrentWrites) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    this.inFlight += 1;
    try {
      const results = await this.write(batch.map(({ item }) => item));
      batch.forEach(({ resolve }, index) => resolve(results[index]!));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    } finally {
      this.inFlight -= 1;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
