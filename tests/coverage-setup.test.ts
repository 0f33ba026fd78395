/**
 * #17: a coverage report is one command away. `npm run coverage` runs the suite
 * with vitest's v8 provider, which must be installed (a devDependency) at the
 * version of vitest itself (vitest refuses or warns on another), and the
 * configuration measures src/.
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
