// A NOTIFY sent after the commit instead of inside it. PostgreSQL serialises the commits of all
// transactions that NOTIFY (they take one lock on the notification queue and keep it through the
// commit's WAL flush), so a NOTIFY inside the webhook inbox's insert made each acknowledgement
// queue behind every other notifying commit in the database (the event log's, the worker's).
// Sent afterwards on its own, and coalesced (one in flight; pokes meanwhile make one more), it
// costs the acknowledgement nothing. It is only a wake-up: readers also poll (lib/notified-loop.ts),
// so a lost one delays, never loses.
import type pg from 'pg';

export class PostCommitNotifier {
  private inFlight = false;
  private again = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly channel: string,
  ) {}

  /** Wakes the channel's listeners soon; never waits, never throws. */
  poke(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    this.pool
      .query('SELECT pg_notify($1, $2)', [this.channel, ''])
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }
}
