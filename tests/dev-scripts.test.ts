/**
 * The development scripts of #17. A coverage report is one command away:
 * `npm run coverage` runs the suite with vitest's v8 provider, which must be
 * installed (a devDependency) at the version of vitest itself (vitest refuses
 * or warns on another), and the configuration measures src/. `npm test`
 * builds and type-checks at once (scripts/run-parallel.js), failing when
 * either fails.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';
import { ROOT } from './helpers.js';

const require = createRequire(path.join(ROOT, 'package.json'));
const versionOf = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

describe('npm run coverage', () => {
  it('runs vitest with coverage, through the installed v8 provider of vitest\'s own version, over src/', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts.coverage).toMatch(/\bvitest run --coverage\b/);
    expect(Object.keys(pkg.devDependencies)).toContain('@vitest/coverage-v8');
    expect(versionOf('@vitest/coverage-v8')).toBe(versionOf('vitest'));
    expect(config.test?.coverage).toMatchObject({ provider: 'v8', include: ['src/**/*.ts'] });
  });
});

/** scripts/run-parallel.js with these npm scripts named, in a project that has them: its exit code. */
function runParallel(scripts: Record<string, string>, names: string[]): Promise<number> {
  const project = mkdtempSync(path.join(tmpdir(), 'postings-run-parallel-'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'project', private: true, scripts }));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'run-parallel.js'), ...names], { cwd: project, stdio: 'ignore' });
    child.on('close', (code) => resolve(code ?? -1));
  });
}

describe('npm test builds and type-checks at once', () => {
  it('pretest runs build and typecheck through scripts/run-parallel.js', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.pretest).toBe('node scripts/run-parallel.js build typecheck');
  });

  it('passes when every script passes, and fails with the exit code of one that fails', async () => {
    const scripts = { ok: 'node -e 0', slow: 'node -e "setTimeout(() => {}, 300)"', bad: 'node -e "process.exit(3)"' };
    const [pass, fail] = await Promise.all([runParallel(scripts, ['ok', 'slow']), runParallel(scripts, ['slow', 'bad'])]);
    expect(pass).toBe(0);
    expect(fail).toBe(3);
  });
});
