// CPU time of the processes under test, read from /proc (Linux): the API's (the process that
// listens on its port, plus its node:cluster children) and a baseline child's. CPU seconds per
// acknowledged request do not depend on who else shares the machine, unlike latencies.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

const CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux Node supports

/** utime + stime of one process, in seconds (0 once it has gone). */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

export function cpuSeconds(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0);
}

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const parts = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN; the inode is the tenth column.
      if (parts[3] === '0A' && parts[1]?.endsWith(`:${port.toString(16).toUpperCase().padStart(4, '0')}`))
        inodes.add(parts[9]!);
    }
  }
  return inodes;
}

const pidsOf = () =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);

export function parentOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? NaN);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The API processes serving `port`: the one holding the listening socket and its children
 * (API_PROCESSES > 1). Empty when none can be seen (another user's processes, not Linux).
 */
export function apiProcessIds(port: number): number[] {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return [];
  const owner = pidsOf().find((pid) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        return target.startsWith('socket:[') && inodes.has(target.slice(8, -1));
      });
    } catch {
      return false;
    }
  });
  if (owner === undefined) return [];
  // node:cluster children run the primary's command line; other children (tsx's esbuild) are not API processes.
  const command = commandOf(owner);
  return [owner, ...pidsOf().filter((pid) => parentOf(pid) === owner && pid !== owner && commandOf(pid) === command)];
}

/** The processes that serve requests: the children of a cluster primary, else the one process. */
export const servingProcesses = (pids: readonly number[]) => Math.max(1, pids.length - 1);
