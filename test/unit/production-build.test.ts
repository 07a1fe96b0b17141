// The production image compiles tsconfig.build.json: production code only, never the Exotel
// simulator, the tests, the benchmarks or the dev scripts (except the search-attribute job).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the production build', () => {
  it('compiles production code only', { timeout: 60_000 }, () => {
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const listed = execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--listFilesOnly'], {
      cwd: root,
      encoding: 'utf8',
    });
    const ours = listed
      .split('\n')
      .filter((file) => file.startsWith(root) && !file.includes('/node_modules/'))
      .map((file) => path.relative(root, file));
    const folders = new Set(ours.map((file) => file.split(path.sep)[0]));

    expect(ours).toContain('api/main.ts');
    expect(ours).toContain('worker/main.ts');
    expect(ours).toContain('scripts/register-search-attributes.ts');
    for (const excluded of ['exotel-sim', 'test', 'bench', 'console']) expect(folders).not.toContain(excluded);
    expect(ours.filter((file) => file.startsWith('scripts/') && !file.startsWith('scripts/lib/'))).toEqual([
      'scripts/register-search-attributes.ts',
    ]);
  });

  it('ships the built console, not its sources', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('COPY --from=build --chown=node:node /app/console/dist ./console/dist');
    expect(dockerfile).not.toMatch(/COPY --from=build[^\n]* \/app\/console(\/src)? /);
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.build).toContain('build:console');
  });

  it('ships the failure converter the SDK require()s (lib/temporal.ts failureConverterPath)', () => {
    const build = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.build as string;
    expect(build).toContain('cp lib/encoded-failures.cjs dist/lib/');
  });
});
