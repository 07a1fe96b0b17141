// A background loop woken by PostgreSQL: it runs a pass whenever a NOTIFY arrives on its channel
// (new rows were committed), and otherwise every `idlePollMs`, so a lost notification only
// delays work. A pass returns how much it did; a busy loop runs again at once.
import type { Logger } from './logger.js';
import { PgListener } from './pg-listener.js';

export interface NotifiedLoopOptions {
  /** What the loop is, for logs. */
  name: string;
  channel: string;
  idlePollMs: number;
  logger: Logger;
  /** Milliseconds to pause after a pass (pacing); none by default. */
  pauseAfterPass?: (passMs: number) => number;
}

export class NotifiedLoop {
  private running = false;
  private listener: PgListener | null = null;
  private wakeUp: (() => void) | null = null;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly pass: () => Promise<number>,
    private readonly options: NotifiedLoopOptions,
  ) {}

  /** Starts the loop; `databaseUrl` opens the connection that LISTENs. */
  async start(databaseUrl: string): Promise<void> {
    if (this.running) return;
    const { channel, logger, name } = this.options;
    this.listener = new PgListener({ databaseUrl, channel, name, logger, onNotify: () => this.wake() });
    await this.listener.start();
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    await this.listener?.stop();
  }

  /** Runs a pass now rather than at the next idle poll. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let done = 0;
      const started = performance.now();
      try {
        done = await this.pass();
      } catch (error) {
        this.options.logger.error(`${this.options.name} pass failed`, { error });
      }
      const pauseMs = this.options.pauseAfterPass?.(performance.now() - started) ?? 0;
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      if (done === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.idlePollMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
      }
    }
  }
}
