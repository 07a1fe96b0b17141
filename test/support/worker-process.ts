// exoflow's processes started as a deployment runs them (worker/main.ts, api/main.ts) with a
// stack's environment, for fault and scale-out tests: killed with SIGKILL (no shutdown, no
// cleanup) at the moment a test chooses, or stopped with SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { workerHeapFlag } from '../../config/worker-heap.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface AppProcess {
  /** Resolves once the process says it is ready (`readyLine`, `readyCount` times). */
  ready: Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  output(): string;
}

function startAppProcess(
  entry: string,
  variables: Record<string, string>,
  readyLine: string,
  readyCount = 1,
): AppProcess {
  // Workers start as npm start starts them: with their heap ceiling (WORKER_MAX_HEAP_MB).
  const flags = entry.includes('worker/') ? [workerHeapFlag(variables.WORKER_MAX_HEAP_MB)] : [];
  const child: ChildProcess = spawn(process.execPath, [...flags, '--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, ...variables, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split(readyLine).length - 1 >= readyCount) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    ready,
    output: () => output,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    },
  };
}

/** A worker; ready once it polls its task queue. */
export function startWorkerProcess(variables: Record<string, string>): AppProcess {
  return startAppProcess('worker/main.ts', variables, 'worker running');
}

/** An API on `PORT` (API_PROCESSES of them sharing it); ready once every one listens. */
export function startApiProcess(variables: Record<string, string> & { PORT: string }): AppProcess {
  return startAppProcess('api/main.ts', variables, 'api listening', Number(variables.API_PROCESSES ?? 1));
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
