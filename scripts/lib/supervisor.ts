// Runs the dev stack's processes: prefixes each line of their output with the process's name,
// notices the first one that exits on its own, and stops them all together.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';

export interface ChildExit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Managed {
  name: string;
  process: ChildProcess;
  exited: Promise<ChildExit>;
}

const colors = [36, 35, 33, 32, 34, 31];

export class Supervisor {
  private readonly children: Managed[] = [];
  private stopping = false;
  private reportFailure: (exit: ChildExit) => void = () => {};
  /** Settles with the first child that exits while the stack is meant to run. */
  readonly failure: Promise<ChildExit> = new Promise((resolve) => {
    this.reportFailure = resolve;
  });

  constructor(private readonly nameWidth = 8) {
    process.on('exit', () => this.killAll('SIGKILL'));
  }

  start(name: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
    // Own process group: Ctrl-C reaches only this supervisor, which then stops the children in order.
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const prefix = this.prefix(name);
    pipeLines(child.stdout, prefix, process.stdout);
    pipeLines(child.stderr, prefix, process.stderr);
    const exited = new Promise<ChildExit>((resolve) => {
      child.once('error', (error) => {
        process.stderr.write(`${prefix}could not start ${command}: ${error.message}\n`);
        resolve({ name, code: null, signal: null });
      });
      child.once('exit', (code, signal) => resolve({ name, code, signal }));
    });
    void exited.then((exit) => {
      if (!this.stopping) this.reportFailure(exit);
    });
    this.children.push({ name, process: child, exited });
    return child;
  }

  /**
   * Stops the children newest first (the API and worker before the simulator and Temporal they
   * use): SIGTERM, then SIGKILL for one still running after `graceMs`.
   */
  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    for (const child of [...this.children].reverse()) {
      signalGroup(child.process, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child.process, 'SIGKILL'), graceMs);
      await child.exited;
      clearTimeout(timer);
    }
  }

  private killAll(signal: NodeJS.Signals): void {
    for (const child of this.children) signalGroup(child.process, signal);
  }

  private prefix(name: string): string {
    const label = `[${name}]`.padEnd(this.nameWidth + 2);
    if (!process.stdout.isTTY) return `${label} `;
    const color = colors[this.children.length % colors.length] ?? 36;
    return `\u001b[${color}m${label}\u001b[0m `;
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function pipeLines(stream: NodeJS.ReadableStream | null, prefix: string, target: Writable): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => target.write(`${prefix}${line}\n`));
}

/** How a child's end reads in a log line. */
export function describeExit(exit: ChildExit): string {
  if (exit.signal) return `killed by ${exit.signal}`;
  if (exit.code === null) return 'failed to start';
  return `exited with code ${exit.code}`;
}
