// Every delayed action of the simulator goes through here, so reset/close can stop them all.

export class Timers {
  private pending = new Map<NodeJS.Timeout, () => void>();
  private controller = new AbortController();

  /** Aborted by cancelAll(): in-flight work (callback POSTs) listens to it. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  after(ms: number, action: () => void): void {
    const handle = setTimeout(
      () => {
        this.pending.delete(handle);
        action();
      },
      Math.max(0, ms),
    );
    this.pending.set(handle, () => undefined);
  }

  /** Resolves true after `ms`, or false as soon as everything is cancelled. */
  sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const handle = setTimeout(
        () => {
          this.pending.delete(handle);
          resolve(true);
        },
        Math.max(0, ms),
      );
      this.pending.set(handle, () => resolve(false));
    });
  }

  cancelAll(): void {
    for (const [handle, onCancel] of this.pending) {
      clearTimeout(handle);
      onCancel();
    }
    this.pending.clear();
    this.controller.abort();
    this.controller = new AbortController();
  }
}
