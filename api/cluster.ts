// Several API processes on one port (API_PROCESSES, `npm start -- --api N`): the primary forks
// them with node:cluster and hands each incoming connection to the next in turn; it serves
// nothing itself. The processes share nothing but PostgreSQL and Temporal (group commit, rate
// limits and the event feed are all per process or in the database). A process that dies
// stops the others, as under `npm start` (compose or systemd restarts the whole).
import cluster from 'node:cluster';
import type { Logger } from '../lib/logger.js';

export const isApiPrimary = (processes: number) => processes > 1 && cluster.isPrimary;

/** Forks and supervises the processes; never resolves (the primary ends by process.exit). */
export function superviseApiProcesses(processes: number, logger: Logger): Promise<never> {
  let stopping = false;
  for (let index = 0; index < processes; index++) cluster.fork({ API_PROCESS_INDEX: String(index) });
  logger.info('api processes started', { processes });
  cluster.on('exit', (child, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    logger.error('an api process stopped: stopping the others', { pid: child.process.pid, code, signal });
    stop(1);
  });
  const stop = (exitCode: number) => {
    stopping = true;
    const children = Object.values(cluster.workers ?? {});
    if (children.length === 0) process.exit(exitCode);
    for (const child of children) child?.process.kill('SIGTERM');
    // Each child lets its requests finish (up to 10 s) before it exits.
    setTimeout(() => process.exit(exitCode), 15_000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
  return new Promise<never>(() => undefined);
}
