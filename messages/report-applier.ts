// The worker's side of WhatsApp delivery reports: the webhook commits each report and answers 200
// (messages/whatsapp-inbox.ts); this loop applies what was stored to the messages, in bulk
// (messages/delivery-reports.ts). At 1,000 messages a second Exotel posts about 3,000 reports a
// second, one per POST; applying each webhook's few reports inside its own transaction made every
// acknowledgement wait for five more round trips and the messages' row locks. Here one
// transaction applies up to 2,000, while the webhook path does a single INSERT.
//
// Woken by the webhook's NOTIFY (sent after its commit), and by a slow timer for a lost one. Any
// number of workers run it side by side: each pass claims its rows with SKIP LOCKED.
import type pg from 'pg';
import type { Logger } from '../lib/logger.js';
import { NotifiedLoop } from '../lib/notified-loop.js';
import { isTransientDatabaseError } from '../lib/db.js';
import { applyOldestAlone, applyPendingReports } from './delivery-reports.js';

/** Where the webhook announces newly stored reports. */
export const REPORTS_CHANNEL = 'whatsapp_reports';

export interface ReportApplierOptions {
  /** Reports per transaction at most. */
  batchSize?: number;
  idlePollMs?: number;
}

export class ReportApplier {
  private readonly loop: NotifiedLoop;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
    options: ReportApplierOptions = {},
  ) {
    const batchSize = options.batchSize ?? 2000;
    this.loop = new NotifiedLoop(() => this.applyOnce(batchSize), {
      name: 'delivery report applier',
      channel: REPORTS_CHANNEL,
      idlePollMs: options.idlePollMs ?? 1000,
      logger,
    });
  }

  /**
   * One batch. A batch that fails is retried as its oldest report alone, so the others go on in
   * the next passes; a report that fails alone for a reason other than the database (down, a
   * deadlock) is set aside rather than blocking every report behind it.
   */
  async applyOnce(batchSize: number): Promise<number> {
    try {
      return await applyPendingReports(this.pool, batchSize);
    } catch (error) {
      if (isTransientDatabaseError(error)) throw error;
      const { taken, setAside } = await applyOldestAlone(this.pool, isTransientDatabaseError);
      if (setAside)
        this.logger.error('delivery report could not be applied: set aside, unmatched', {
          eventId: setAside.id,
          error: setAside.error,
        });
      return taken;
    }
  }

  /** Starts applying; `databaseUrl` opens the connection that LISTENs for new reports. */
  start(databaseUrl: string): Promise<void> {
    return this.loop.start(databaseUrl);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
