/**
 * The release recipe as the README tells it: the tags its examples name are
 * the ones scripts/release.sh makes, and every placeholder of the public home
 * (OWNER) is named in the recipe, so a release cannot ship one unnoticed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const releasing = readme.slice(readme.indexOf('\n## Releasing'), readme.indexOf('\n## ', readme.indexOf('\n## Releasing') + 1));
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('the README and the release recipe', () => {
  it('names, for the Action, the major tag that scripts/release.sh moves for this version', () => {
    expect(readFileSync(path.join(ROOT, 'scripts', 'release.sh'), 'utf8')).toContain('git tag -f "v${version%%.*}"');
    const tags = [...readme.matchAll(/postings@(v\d+)\b(?!\.)/g)].map((match) => match[1]);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toBe(`v${version.split('.')[0]}`);
  });

  it('pushes as scripts/release.sh says, in its header and when it ends (the major tag with -f: it moves)', () => {
    const script = readFileSync(path.join(ROOT, 'scripts', 'release.sh'), 'utf8');
    const push = /^git push .*$/m.exec(releasing)?.[0].replace(/\s+#.*$/, '');
    expect(push).toBe('git push origin main v0.2.0 && git push -f origin v0');
    expect(script).toContain(`#   ${push}`);
    expect(script).toContain('echo "then: git push origin $branch v$version && git push -f origin v${version%%.*}"');
  });

  it('says where to set every OWNER placeholder of the public home before the first release', () => {
    expect(releasing).toMatch(/OWNER/);
    const holders = ['package.json', 'src/config/schema.ts'].filter((file) => readFileSync(path.join(ROOT, file), 'utf8').includes('OWNER'));
    for (const file of holders) expect(releasing, file).toContain(`\`${file}\``);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['homepage', 'repository', 'bugs']) if (JSON.stringify(pkg[key]).includes('OWNER')) expect(releasing, key).toContain(`\`${key}\``);
  });
});
