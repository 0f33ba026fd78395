/**
 * The development scripts of #17. A coverage report is one command away:
 * `npm run coverage` runs the suite with vitest's v8 provider, which must be
 * installed (a devDependency) at the version of vitest itself (vitest refuses
 * or warns on another), and the configuration measures src/. `npm test`
 * type-checks src/, tests/ and bench/ and builds src/ in one TypeScript
 * program (scripts/check-and-build.js), failing on any type error.
 */
import { readFileSync } from 'node:fs';
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

describe('npm test type-checks and builds in one TypeScript program', () => {
  it('pretest is scripts/check-and-build.js, which reads the project\'s two tsconfigs and makes the bundles', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.pretest).toBe('node scripts/check-and-build.js');
    const script = readFileSync(path.join(ROOT, 'scripts', 'check-and-build.js'), 'utf8');
    for (const part of ["'tsconfig.json'", "'tsconfig.build.json'", "'bundle'", "'bundle:cjs'"]) expect(script).toContain(part);
  });
});
