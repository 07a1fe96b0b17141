// Retention: deletes the recordings of calls older than RECORDING_RETENTION_DAYS from our bucket
// and records each deletion on its call log (status deleted, when, reason `retention`). A
// Temporal Schedule starts one run a day (worker/recordings-setup.ts); a run is short-lived, so a
// change to this code never meets a history older than a day.
import { continueAsNew, proxyActivities } from '@temporalio/workflow';
import type { RecordingActivities } from '../activities/recordings.js';
import type { RecordingRetentionInput, RecordingRetentionResult } from '../contracts/recordings.js';

/** Batches of deletions: a listing, then a call log update and a DELETE per recording; retried on store or database errors. */
const { deleteExpiredRecordings } = proxyActivities<RecordingActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 10 },
});

const BATCH_SIZE = 500;
/** Batches per run before continuing as new, so a large backlog never grows one history without bound. */
const BATCHES_PER_RUN = 100;

export async function recordingRetention(input: RecordingRetentionInput): Promise<RecordingRetentionResult> {
  if (input.retentionDays === 0 && !input.cutoff) return { cutoff: null, deleted: 0 };
  // Workflow time: the day this run started, the same on replay.
  const asOf = new Date().toISOString();
  let cutoff = input.cutoff;
  let deleted = input.deletedSoFar ?? 0;
  for (let batch = 0; batch < BATCHES_PER_RUN; batch++) {
    const result = await deleteExpiredRecordings({
      retentionDays: input.retentionDays,
      asOf,
      cutoff,
      limit: BATCH_SIZE,
    });
    deleted += result.deleted;
    // Later batches (and runs) keep the first batch's cutoff, whatever the clock says by then.
    cutoff = result.cutoff;
    if (result.done) return { cutoff, deleted };
  }
  return continueAsNew<typeof recordingRetention>({ ...input, cutoff, deletedSoFar: deleted });
}
