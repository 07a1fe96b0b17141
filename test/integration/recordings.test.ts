// Recording archival over the real stack: a recorded call through the API, the workflow's
// archive step streaming the simulator's MP3 into the run's SeaweedFS, the call log, playback by
// presigned redirect, retention and erasure. The bytes are compared with what the simulator
// serves; the bucket is read directly. This file uses a bucket of its own, so retention (which
// deletes whatever is expired in the bucket) touches nothing else.
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingActivities } from '../../activities/recordings.js';
import type { RecordingOutcome } from '../../contracts/recordings.js';
import type { CallView } from '../../contracts/calls.js';
import { exotelClientFromEnv } from '../../exotel/client.js';
import { recordingKey } from '../../recordings/recording-key.js';
import { headRecording } from '../../recordings/recording-metadata.js';
import { recordingSourcePolicy } from '../../recordings/source-policy.js';
import { ensureRetentionSchedule, retentionScheduleId } from '../../worker/recordings-setup.js';
import { recordingRetention } from '../../workflows/recording-retention.js';
import { type AppStack, DISCLOSURE_URL, eventually, startAppStack } from '../support/app-stack.js';
import { testS3Env } from '../support/stack.js';

let stack: AppStack;

beforeAll(async () => {
  stack = await startAppStack({
    S3_BUCKET: `it-recordings-${randomUUID().slice(0, 8)}`,
    // The store as API clients reach it, under another name than the app uses (as in docker-compose).
    S3_PUBLIC_ENDPOINT: testS3Env().S3_ENDPOINT.replace('127.0.0.1', 'localhost'),
    RECORDING_URL_TTL_SEC: '120',
  });
});
afterAll(async () => {
  await stack?.stop();
});

type CallLog = Record<string, any> & { id: string; recording: Record<string, any> | null };

const nationalNumber = () => `98${String(randomInt(0, 1e8)).padStart(8, '0')}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Places a call to a fresh (or the given) customer number, scripted in the simulator; returns its
 * ID. Its recording is published with the terminal callback unless the script says otherwise.
 */
async function call(
  options: { script?: Record<string, unknown>; record?: boolean; customer?: string; on?: AppStack } = {},
) {
  const on = options.on ?? stack;
  const customer = options.customer ?? nationalNumber();
  on.sim.script({
    match: { to: `+91${customer}` },
    script: { talkMs: 300, recordingAvailableAfterMs: 0, ...options.script },
    times: 1,
  });
  const response = await on.api('/v1/calls', {
    method: 'POST',
    body: JSON.stringify({ agentNumber: nationalNumber(), customerNumber: customer, record: options.record ?? true }),
  });
  expect(response.status).toBe(202);
  return { id: ((await response.json()) as { id: string }).id, customer };
}

const readCall = async (id: string, on = stack): Promise<CallLog> =>
  (await (await on.api(`/v1/calls/${id}`)).json()) as CallLog;

/** The call log once its recording is no longer pending (archived, none, failed or deleted). */
function recordingSettled(id: string, on = stack, timeoutMs = 60_000): Promise<CallLog> {
  return eventually(
    async () => {
      const log = await readCall(id, on);
      return log.recording && log.recording.status !== 'pending' ? log : undefined;
    },
    timeoutMs,
    `the recording of call ${id} to settle`,
  );
}

/** What Exotel (the simulator) serves at the call's RecordingUrl, fetched with the account's credentials. */
async function simulatorBytes(log: CallLog, on = stack): Promise<Buffer> {
  const auth = Buffer.from(`${on.sim.apiKey}:${on.sim.apiToken}`).toString('base64');
  const response = await fetch(log.recordingUrl, { headers: { authorization: `Basic ${auth}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function bucketBytes(key: string): Promise<Buffer> {
  const object = await stack.recordings.client.send(
    new GetObjectCommand({ Bucket: stack.recordings.bucket, Key: key }),
  );
  return Buffer.from(await object.Body!.transformToByteArray());
}

const recordingDownloads = (callSid: string, on = stack) =>
  on.sim.requests({ path: `/exotelrecordings/`, method: 'GET' }).filter((request) => request.path.includes(callSid));

const workflowResult = (id: string) => stack.temporal.workflow.getHandle(`call-${id}`).result() as Promise<CallView>;

describe('recording archival', () => {
  it('archives a recorded call, plays the disclosure first, and serves the same bytes through a presigned redirect', async () => {
    const { id } = await call();
    const log = await recordingSettled(id);
    const expected = await simulatorBytes(log);

    expect(log.recording).toMatchObject({
      status: 'archived',
      sha256: sha256(expected),
      bytes: expected.length,
      error: null,
      deletedAt: null,
    });
    expect(log.recording!.key).toMatch(new RegExp(`^recordings/\\d{4}/\\d{2}/\\d{2}/${id}\\.mp3$`));
    expect(Date.parse(log.recording!.archivedAt)).toBeGreaterThanOrEqual(Date.parse(log.endedAt));
    expect((await bucketBytes(log.recording!.key)).equals(expected)).toBe(true);
    const head = await stack.recordings.client.send(
      new HeadObjectCommand({ Bucket: stack.recordings.bucket, Key: log.recording!.key }),
    );
    expect(head.ServerSideEncryption).toBe('AES256');

    // The customer heard the disclosure before the conversation: Exotel was asked to play it.
    const [connect] = stack.sim
      .requests({ path: '/Calls/connect', method: 'POST' })
      .filter((request) => request.callSid === log.exotelCallSid);
    expect(connect?.body).toMatchObject({
      Record: 'true',
      StartPlaybackToNew: 'Callee',
      StartPlaybackValueNew: DISCLOSURE_URL,
    });

    const redirect = await stack.api(`/v1/calls/${id}/recording`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('cache-control')).toBe('no-store');
    const location = redirect.headers.get('location')!;
    expect(new URL(location).hostname).toBe('localhost');
    expect(new URL(location).searchParams.get('X-Amz-Expires')).toBe('120');
    expect(await redirect.json()).toMatchObject({ url: location, expiresAt: expect.any(String) });
    const played = await fetch(location);
    expect(played.status).toBe(200);
    expect(played.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await played.arrayBuffer()).equals(expected)).toBe(true);

    // The bucket is private: the same object without a signature is refused.
    const unsigned = await fetch(`${stack.env.S3_ENDPOINT}/${stack.recordings.bucket}/${log.recording!.key}`);
    expect(unsigned.status).toBe(403);
    // And playback needs an API key.
    expect((await fetch(`${stack.apiUrl}/v1/calls/${id}/recording`, { redirect: 'manual' })).status).toBe(401);
  });

  it('does not download or upload again when the archive is replayed or retried', async () => {
    const { id } = await call();
    const log = await recordingSettled(id);
    expect(log.recording?.status).toBe('archived');
    const before = await headRecording(stack.recordings, log.recording!.key);
    const downloads = recordingDownloads(log.exotelCallSid).length;

    const exotel = exotelClientFromEnv(stack.env);
    const activities = createRecordingActivities({
      db: stack.db,
      exotel,
      store: stack.recordings,
      policy: recordingSourcePolicy(stack.env),
      credentials: { username: stack.env.EXOTEL_API_KEY, password: stack.env.EXOTEL_API_TOKEN },
      logger: stack.logger,
    });
    const input = { callId: id, callSid: log.exotelCallSid as string, recordingUrl: log.recordingUrl as string };
    try {
      // The first attempt again (a replay after a worker died) and a retry (which asks Call Details).
      for (const attempt of [1, 2]) {
        const outcome = (await new MockActivityEnvironment({ attempt }).run(
          activities.archiveCallRecording,
          input,
        )) as RecordingOutcome;
        expect(outcome).toEqual({
          status: 'archived',
          key: log.recording!.key,
          sha256: log.recording!.sha256,
          bytes: log.recording!.bytes,
          uploaded: false,
        });
      }
    } finally {
      await exotel.close();
    }
    const after = await headRecording(stack.recordings, log.recording!.key);
    expect(after?.etag).toBe(before?.etag);
    expect(after?.lastModified).toEqual(before?.lastModified);
    expect(recordingDownloads(log.exotelCallSid)).toHaveLength(downloads);
    expect((await readCall(id)).recording).toMatchObject({ status: 'archived', sha256: log.recording!.sha256 });
  });

  it('archives a recording that Exotel publishes late (404 first), by retrying with a fresh URL', async () => {
    const { id } = await call({ script: { recordingAvailableAfterMs: 6_000 } });
    const log = await recordingSettled(id, stack, 90_000);
    const downloads = recordingDownloads(log.exotelCallSid);
    expect(downloads[0]?.responseStatus).toBe(404);
    expect(downloads.at(-1)?.responseStatus).toBe(200);
    // The retry asked Call Details for the URL again, and used its pre-signed form.
    expect(stack.sim.requests({ path: `/Calls/${log.exotelCallSid}`, method: 'GET' }).length).toBeGreaterThan(0);
    expect(downloads.at(-1)?.query).toHaveProperty('X-Amz-Signature');
    const expected = await simulatorBytes(log);
    expect(log.recording).toMatchObject({ status: 'archived', sha256: sha256(expected), bytes: expected.length });
  });

  it('skips archival when nobody talked, and when the call was not recorded, saying why playback is refused', async () => {
    const busy = await call({ script: { outcome: 'busy' } });
    const unrecorded = await call({ record: false });
    const busyLog = await recordingSettled(busy.id);
    expect(busyLog.recording).toMatchObject({ status: 'none', key: null, error: null });
    const refusedBusy = await stack.api(`/v1/calls/${busy.id}/recording`, { redirect: 'manual' });
    expect(refusedBusy.status).toBe(404);
    expect(((await refusedBusy.json()) as { error: { code: string } }).error.code).toBe('no_recording');

    const result = await workflowResult(unrecorded.id);
    expect(result).toMatchObject({ status: 'completed', recording: null });
    expect((await readCall(unrecorded.id)).recording).toBeNull();
    const refused = await stack.api(`/v1/calls/${unrecorded.id}/recording`, { redirect: 'manual' });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('not_recorded');
  });

  it('refuses a recording URL outside RECORDING_ALLOWED_HOSTS, fetches nothing, and records the refusal', async () => {
    // A stack whose allow-list holds only Exotel's bucket: the simulator's host is not on it.
    const strict = await startAppStack({
      S3_BUCKET: stack.recordings.bucket,
      RECORDING_ALLOWED_HOSTS: 's3-ap-south-1.amazonaws.com/exotelrecordings/',
    });
    try {
      const { id } = await call({ on: strict });
      const log = await recordingSettled(id, strict);
      expect(log.recording).toMatchObject({
        status: 'failed',
        key: null,
        error: { type: 'RecordingSourceRefusedError', message: expect.stringContaining('host_not_allowed') },
      });
      expect(recordingDownloads(log.exotelCallSid, strict)).toHaveLength(0);
      // Refused at once, not retried for the archive budget.
      expect(await workflowResult(id)).toMatchObject({
        recording: { status: 'failed', errorType: 'RecordingSourceRefusedError' },
      });
      const refused = await strict.api(`/v1/calls/${id}/recording`, { redirect: 'manual' });
      expect(refused.status).toBe(404);
      expect(await refused.json()).toMatchObject({
        error: { code: 'recording_failed', message: expect.stringContaining('host_not_allowed') },
      });
    } finally {
      await strict.stop();
    }
  });
});

describe('retention', () => {
  const runRetention = (args: { retentionDays: number; cutoff?: string }) =>
    stack.temporal.workflow.execute(recordingRetention, {
      taskQueue: stack.env.TEMPORAL_TASK_QUEUE,
      workflowId: `recording-retention-test-${randomUUID()}`,
      args: [args],
    });

  it('keeps recordings younger than the retention period, deletes expired ones, and keeps the record on the call log', async () => {
    const { id } = await call();
    const archived = await recordingSettled(id);
    const { key, sha256: hash, bytes } = archived.recording!;

    // A year's retention: today's recording is kept.
    expect(await runRetention({ retentionDays: 365 })).toMatchObject({ deleted: 0 });
    expect(await headRecording(stack.recordings, key)).toBeDefined();
    // 0 keeps everything forever.
    expect(await runRetention({ retentionDays: 0 })).toEqual({ cutoff: null, deleted: 0 });

    // The clock moved on: with the cutoff tomorrow, today's recordings have expired.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const result = await runRetention({ retentionDays: 365, cutoff: tomorrow });
    expect(result.cutoff).toBe(tomorrow);
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await headRecording(stack.recordings, key)).toBeUndefined();

    const log = await readCall(id);
    expect(log.recording).toMatchObject({ status: 'deleted', deletionReason: 'retention', key, sha256: hash, bytes });
    expect(Date.parse(log.recording!.deletedAt)).toBeGreaterThan(Date.parse(log.recording!.archivedAt));
    const refused = await stack.api(`/v1/calls/${id}/recording`, { redirect: 'manual' });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({
      error: { code: 'recording_deleted', message: expect.stringContaining('retention') },
    });
  });

  it('is a Temporal Schedule, created once and updated at every worker start; paused when retention is 0', async () => {
    const env = { TEMPORAL_TASK_QUEUE: `schedule-test-${randomUUID()}`, RECORDING_RETENTION_DAYS: 90 };
    const scheduleId = await ensureRetentionSchedule(stack.temporal, env, stack.logger);
    expect(scheduleId).toBe(retentionScheduleId(env.TEMPORAL_TASK_QUEUE));
    const handle = stack.temporal.schedule.getHandle(scheduleId);
    try {
      await ensureRetentionSchedule(stack.temporal, env, stack.logger);
      let described = await handle.describe();
      expect(described.action).toMatchObject({
        type: 'startWorkflow',
        workflowType: 'recordingRetention',
        taskQueue: env.TEMPORAL_TASK_QUEUE,
        args: [{ retentionDays: 90 }],
      });
      expect(described.state.paused).toBe(false);

      await ensureRetentionSchedule(stack.temporal, { ...env, RECORDING_RETENTION_DAYS: 0 }, stack.logger);
      described = await handle.describe();
      expect(described.state).toMatchObject({ paused: true, note: expect.stringContaining('kept forever') });
      expect(described.action).toMatchObject({ args: [{ retentionDays: 0 }] });
    } finally {
      await handle.delete();
    }
  });
});

describe('erasure', () => {
  const auditOf = async (callId: string) =>
    (
      await stack.db.pool.query<{ action: string; actor: string; details: Record<string, unknown> }>(
        `SELECT action, actor, details FROM audit_log WHERE subject_type = 'call' AND subject_id = $1 ORDER BY id`,
        [callId],
      )
    ).rows;

  it("deletes one call's recording in one request, records it on the call log, and audits it", async () => {
    const { id } = await call();
    const { recording } = await recordingSettled(id);
    expect(recording?.status).toBe('archived');

    const erased = await stack.api(`/v1/calls/${id}/recording`, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({
      callId: id,
      deletionReason: 'erasure',
      objectDeleted: true,
      alreadyDeleted: false,
    });
    expect(await headRecording(stack.recordings, recording!.key)).toBeUndefined();
    expect((await readCall(id)).recording).toMatchObject({
      status: 'deleted',
      deletionReason: 'erasure',
      key: recording!.key,
      sha256: recording!.sha256,
    });

    // Erasing again changes nothing but is answered (and audited) the same way.
    const again = await stack.api(`/v1/calls/${id}/recording`, { method: 'DELETE' });
    expect(await again.json()).toMatchObject({
      callId: id,
      deletionReason: 'erasure',
      objectDeleted: false,
      alreadyDeleted: true,
    });
    const audit = await auditOf(id);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      action: 'call.recording_erased',
      actor: expect.stringMatching(/^key:[0-9a-f]{12}$/),
    });
    expect(audit[0]?.details).toMatchObject({ requestedBy: 'call', objectDeleted: true, key: recording!.key });
    expect(JSON.stringify(audit)).not.toContain((await readCall(id)).customerNumber);

    const gone = await stack.api(`/v1/calls/${id}/recording`, { redirect: 'manual' });
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('recording_deleted');
  });

  it('deletes every recording of a customer number, and only theirs', async () => {
    const first = await call();
    const second = await call({ customer: first.customer });
    const other = await call();
    const logs = await Promise.all([first, second, other].map(({ id }) => recordingSettled(id)));
    expect(logs.map((log) => log.recording?.status)).toEqual(['archived', 'archived', 'archived']);

    const response = await stack.api('/v1/recordings/erasure', {
      method: 'POST',
      body: JSON.stringify({ customerNumber: `0${first.customer}` }),
    });
    expect(response.status).toBe(200);
    const { calls } = (await response.json()) as { calls: { callId: string; objectDeleted: boolean }[] };
    expect(calls.map((erased) => erased.callId).sort()).toEqual([first.id, second.id].sort());
    expect(calls.every((erased) => erased.objectDeleted)).toBe(true);
    expect(await headRecording(stack.recordings, logs[0]!.recording!.key)).toBeUndefined();
    expect(await headRecording(stack.recordings, logs[1]!.recording!.key)).toBeUndefined();
    expect(await headRecording(stack.recordings, logs[2]!.recording!.key)).toBeDefined();
    expect((await auditOf(second.id))[0]?.details).toMatchObject({
      requestedBy: 'customer_number',
      objectDeleted: true,
    });
    expect((await readCall(other.id)).recording?.status).toBe('archived');

    const invalid = await stack.api('/v1/recordings/erasure', {
      method: 'POST',
      body: JSON.stringify({ customerNumber: '12' }),
    });
    expect(invalid.status).toBe(400);
  });

  it('wins over an archive still in progress: the recording never stays in the bucket', async () => {
    const { id } = await call({ script: { recordingAvailableAfterMs: 5_000 } });
    await eventually(async () => ((await readCall(id)).endedAt ? true : undefined), 30_000, 'the call to end');
    const erased = await stack.api(`/v1/calls/${id}/recording`, { method: 'DELETE' });
    expect(await erased.json()).toMatchObject({ objectDeleted: false, alreadyDeleted: false });

    const result = await workflowResult(id);
    expect(result.recording).toEqual({ status: 'deleted' });
    const log = await readCall(id);
    expect(log.recording).toMatchObject({ status: 'deleted', deletionReason: 'erasure' });
    const { createdAt } = await stack.db.call.findUniqueOrThrow({ where: { id } });
    expect(
      await headRecording(stack.recordings, recordingKey({ callId: id, startedAt: createdAt, format: 'mp3' })),
    ).toBeUndefined();
  });
});
