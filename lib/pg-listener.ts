// One connection that LISTENs on a PostgreSQL channel, and comes back after the database does.
// A restart or failover ends the connection; until it is back, whoever relies on it runs on its
// timer, so a lost connection only delays work. It reconnects every few seconds and, once
// listening again, calls `onNotify` once for whatever was committed while it was away.
import pg from 'pg';
import type { Logger } from './logger.js';

const RECONNECT_EVERY_MS = 2_000;

export class PgListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: {
      databaseUrl: string;
      channel: string;
      /** What listens, for logs. */
      name: string;
      logger: Logger;
      onNotify: () => void;
    },
  ) {}

  /** Connects and LISTENs; throws if the first connection fails (a process should not start without its database). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    client.on('notification', () => this.options.onNotify());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  /** The connection ended (once per client: 'error' is usually followed by 'end'). */
  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.options.logger.warn(`${this.options.name} lost its LISTEN connection; on the timer until it is back`, {
      error,
    });
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.stopped) return;
      this.connect().then(
        () => {
          this.options.logger.info(`${this.options.name} listening again`, { channel: this.options.channel });
          this.options.onNotify();
        },
        () => this.scheduleReconnect(),
      );
    }, RECONNECT_EVERY_MS);
    this.retry.unref();
  }
}
