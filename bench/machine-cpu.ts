// Where the machine's CPU went during a benchmark's load, by component: the API, the worker,
// Temporal, PostgreSQL, the simulator, the load generator (this process and its children), the
// kernel's own threads (network softirqs, memory monitoring), and the rest (interrupts charged to
// no process, SeaweedFS, other services), read from /proc (Linux). With everything on two
// cores, this is what says whether a missed target is our code's cost or the machine's limit.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { apiProcessIds, cpuSecondsOf, parentOf } from './process-cpu.js';

/** The parent's pid, or -1 when the process has gone. */
const parent = (pid: number) => parentOf(pid) ?? -1;

const CLOCK_TICKS = 100; // USER_HZ, as in process-cpu.ts

export const COMPONENTS = [
  'API',
  'worker',
  'Temporal',
  'PostgreSQL',
  'simulator',
  'load generator',
  'kernel threads',
  'other',
] as const;
export type Component = (typeof COMPONENTS)[number];

interface Snapshot {
  /** CPU seconds per process at the snapshot, with the component each belongs to. */
  processes: Map<number, { component: Component; seconds: number }>;
  /** The whole machine's busy CPU seconds (all cores, everything but idle and iowait). */
  machineBusy: number;
  at: number;
}

export interface CpuBreakdown {
  /** Wall-clock seconds between the two snapshots. */
  seconds: number;
  /** CPU seconds per component; `other` is the machine's busy time not claimed by the rest. */
  cpu: Record<Component, number>;
  machineBusy: number;
  cores: number;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function machineBusySeconds(): number {
  const line = (read('/proc/stat') ?? '').split('\n')[0] ?? '';
  // cpu user nice system idle iowait irq softirq steal ...
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / CLOCK_TICKS;
}

/** Which component a process belongs to, by its command line (and the API by its listening port). */
function classify(apiPort: number): Map<number, Component> {
  const api = new Set(apiProcessIds(apiPort));
  const pids = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const own = new Set([process.pid]);
  // The load generator's children (baseline servers) count as the load generator.
  for (let grew = true; grew;) {
    grew = false;
    for (const pid of pids)
      if (!own.has(pid) && own.has(parent(pid))) {
        own.add(pid);
        grew = true;
      }
  }
  const result = new Map<number, Component>();
  for (const pid of pids) {
    const cmdline = (read(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' ');
    const comm = (read(`/proc/${pid}/comm`) ?? '').trim();
    const component: Component | null = own.has(pid)
      ? 'load generator'
      : api.has(pid) || api.has(parent(pid))
        ? 'API'
        : cmdline.includes('worker/main')
          ? 'worker'
          : /temporal server|temporal-server/.test(cmdline)
            ? 'Temporal'
            : comm === 'postgres' || comm.startsWith('postgres')
              ? 'PostgreSQL'
              : cmdline.includes('exotel-sim/main')
                ? 'simulator'
                : pid === 2 || parent(pid) === 2
                  ? 'kernel threads'
                  : null;
    if (component) result.set(pid, component);
  }
  // esbuild services started by tsx belong to the process that started them.
  for (const pid of pids) {
    const owner = result.get(parent(pid));
    if (owner && !result.has(pid)) result.set(pid, owner);
  }
  return result;
}

/** Takes a snapshot now; `breakdown()` on it gives the CPU per component since. */
export function startCpuWatch(apiPort: number): { breakdown: () => CpuBreakdown } {
  const take = (): Snapshot => {
    const processes = new Map<number, { component: Component; seconds: number }>();
    for (const [pid, component] of classify(apiPort)) {
      const seconds = cpuSecondsOf(pid);
      // 0: the process ended while we looked (or used no CPU): nothing to subtract later.
      if (seconds > 0) processes.set(pid, { component, seconds });
    }
    return { processes, machineBusy: machineBusySeconds(), at: performance.now() };
  };
  const start = take();
  return {
    breakdown() {
      const end = take();
      const cpu = Object.fromEntries(COMPONENTS.map((name) => [name, 0])) as Record<Component, number>;
      // A process that started during the load counts from zero; one that ended is lost (small:
      // pooled database connections and services live for the whole run).
      for (const [pid, { component, seconds }] of end.processes)
        cpu[component] += seconds - (start.processes.get(pid)?.seconds ?? 0);
      const machineBusy = end.machineBusy - start.machineBusy;
      const claimed = COMPONENTS.filter((name) => name !== 'other').reduce((sum, name) => sum + cpu[name], 0);
      cpu.other = Math.max(0, machineBusy - claimed);
      return { seconds: (end.at - start.at) / 1000, cpu, machineBusy, cores: os.cpus().length };
    },
  };
}

/** "API 38 % · worker 21 % · …": each component's share of the machine's capacity (all cores). */
export function describeBreakdown(breakdown: CpuBreakdown): string {
  const capacity = breakdown.seconds * breakdown.cores;
  const share = (cpu: number) => `${((cpu / capacity) * 100).toFixed(0)} %`;
  const parts = COMPONENTS.map((name) => `${name} ${share(breakdown.cpu[name])}`);
  const idle = Math.max(0, capacity - breakdown.machineBusy);
  return `${parts.join(' · ')} · idle ${share(idle)}`;
}

/** The breakdown as columns for a saved result: each component's share of the machine in %. */
export function breakdownColumns(): string[] {
  return [...COMPONENTS.map((name) => `${name} CPU %`), 'idle %'];
}

export function breakdownCells(breakdown: CpuBreakdown): number[] {
  const capacity = breakdown.seconds * breakdown.cores;
  const percent = (cpu: number) => Math.round((cpu / capacity) * 100);
  return [
    ...COMPONENTS.map((name) => percent(breakdown.cpu[name])),
    percent(Math.max(0, capacity - breakdown.machineBusy)),
  ];
}
