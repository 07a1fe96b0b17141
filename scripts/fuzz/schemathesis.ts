// Runs Schemathesis (installed by scripts/fuzz.sh into .tools/fuzz-venv) against a live API's
// /openapi.json, every operation, and reads its HAR and JSON reports for the figures that
// matter: requests sent, 5xx answers, and answers that do not conform to the document.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../lib/paths.js';

export const SCHEMATHESIS = path.join(repoRoot, '.tools/fuzz-venv/bin/schemathesis');

/** Checks that fail the run: server errors and every kind of disagreement with the document. */
export const FUZZ_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
  'missing_required_header',
  'unsupported_method',
  'allow_header_conformance',
  'ignored_auth',
];

export interface FuzzOptions {
  apiUrl: string;
  /** A key with every role (admin), so every operation is reachable. */
  apiKey: string;
  /** Test cases per operation and phase (Schemathesis's --max-examples); 250 gives 10,000+ requests. */
  maxExamples: number;
  seed?: number;
  reportDir?: string;
}

export interface FuzzResult {
  requests: number;
  operations: number;
  serverErrors: number;
  /** Failures by check, as Schemathesis reports them (unique failures, not requests). */
  failures: Record<string, number>;
  exitCode: number;
}

interface Har {
  log: { entries: { request: { method: string; url: string }; response: { status: number } }[] };
}

export async function runSchemathesis(options: FuzzOptions): Promise<FuzzResult> {
  const reportDir = options.reportDir ?? path.join(repoRoot, '.tools/fuzz-report');
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const args = [
    '--config-file',
    path.join(repoRoot, 'scripts/fuzz/schemathesis.toml'),
    'run',
    `${options.apiUrl}/openapi.json`,
    '--url',
    options.apiUrl,
    '--header',
    `Authorization: Bearer ${options.apiKey}`,
    '--checks',
    FUZZ_CHECKS.join(','),
    '--max-examples',
    String(options.maxExamples),
    // One worker: Schemathesis's threads trip a CPython 3.11 compiler race ("AST constructor
    // recursion depth mismatch") that ends operations with runtime errors.
    '--workers',
    '1',
    '--continue-on-failure',
    '--request-timeout',
    '30',
    '--generation-database',
    'none',
    '--suppress-health-check',
    'all',
    '--report',
    'har,junit',
    '--report-har-path',
    path.join(reportDir, 'network.har'),
    '--report-junit-path',
    path.join(reportDir, 'junit.xml'),
    '--no-color',
    ...(options.seed === undefined ? [] : ['--seed', String(options.seed)]),
  ];
  const exitCode = await new Promise<number>((resolve, reject) => {
    // Its own cache (.schemathesis/) lands in .tools, not in the repository.
    const child = spawn(SCHEMATHESIS, args, { stdio: 'inherit', cwd: path.join(repoRoot, '.tools') });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });

  const har = JSON.parse(readFileSync(path.join(reportDir, 'network.har'), 'utf8')) as Har;
  const entries = har.log.entries;
  const junit = readFileSync(path.join(reportDir, 'junit.xml'), 'utf8');
  const failures: Record<string, number> = {};
  const count = (title: string) => (failures[title] = (failures[title] ?? 0) + 1);
  // Each failing test case lists its checks as "- ST103 Undocumented status code".
  for (const [, text] of junit.matchAll(/<failure[^>]*>([\s\S]*?)<\/failure>/g))
    for (const [, title] of text!.matchAll(/^- (ST\d+ .+)$/gm)) count(title!.trim());
  // Operations Schemathesis could not test at all.
  for (const [, message] of junit.matchAll(/<error[^>]*message="([^"]*)"/g)) count(`runtime error: ${message}`);
  const operations = [...junit.matchAll(/<testcase name="([^"]+)"/g)].length;
  return {
    requests: entries.length,
    operations,
    serverErrors: entries.filter((entry) => entry.response.status >= 500).length,
    failures,
    exitCode,
  };
}

export function printFuzzResult(result: FuzzResult): void {
  const failed = Object.values(result.failures).reduce((sum, count) => sum + count, 0);
  const lines = [
    '',
    'Fuzz run (Schemathesis against /openapi.json)',
    `  requests sent            ${result.requests}`,
    `  operations tested        ${result.operations}`,
    `  5xx answers              ${result.serverErrors}`,
    `  conformance failures     ${failed}`,
    ...Object.entries(result.failures).map(([check, count]) => `    ${check}: ${count}`),
    `  schemathesis exit code   ${result.exitCode}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Non-zero when anything failed, or when the run was too small to count. */
export function fuzzExitCode(result: FuzzResult, minimumRequests: number): number {
  if (result.serverErrors > 0 || Object.keys(result.failures).length > 0 || result.exitCode !== 0) return 1;
  if (result.requests < minimumRequests) {
    process.stdout.write(`only ${result.requests} requests, fewer than ${minimumRequests}\n`);
    return 1;
  }
  return 0;
}
