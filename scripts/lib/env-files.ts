// The environment as `npm start` sees it: the process environment, then .env, then .env.example.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { repoRoot } from './paths.js';

const envFiles = ['.env', '.env.example'].map((name) => path.join(repoRoot, name));

/** Loads .env, then .env.example, into process.env; neither overrides a variable already set. */
export function loadEnvFiles(): void {
  for (const file of envFiles) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

/** One variable with the same precedence, read without touching process.env. Empty counts as unset. */
export function readEnvValue(key: string): string | undefined {
  const fromProcess = process.env[key];
  if (fromProcess) return fromProcess;
  for (const file of envFiles) {
    if (!existsSync(file)) continue;
    const value = parseEnv(readFileSync(file, 'utf8'))[key];
    if (value) return value;
  }
  return undefined;
}

/** A variable that is set and not empty (`.env` files may leave blanks). */
export function envValue(key: string): string | undefined {
  const value = process.env[key];
  return value === undefined || value === '' ? undefined : value;
}
