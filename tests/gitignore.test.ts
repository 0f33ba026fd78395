/**
 * `.gitignore` respected on request (#17): `--gitignore` on every reading
 * command, `gitignore: true` in validate's config. Folder walks and globs
 * leave out what git would ignore (nested .gitignore files, negations,
 * .git/info/exclude); a file named on the command line is still read.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseNdjson, runCli } from './helpers.js';

const posting = (title: string) => `---\ntitle: ${title}\ncompany: Bean Co.\n---\n# ${title}\n\nJoin Bean Co. Part-time, in Berlin.\n`;

/** A repository (a .git folder is enough) or a plain folder, with ignore rules at several levels. */
function tree({ git }: { git: boolean }): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'postings-gitignore-'));
  const files: Record<string, string> = {
    '.gitignore': 'drafts/\n*.tmp.md\n!keep.tmp.md\n',
    'sub/.gitignore': 'local.md\n',
    'a.md': posting('Barista'),
    'drafts/d.md': posting('Draft Barista'),
    'x.tmp.md': posting('Temp Barista'),
    'keep.tmp.md': posting('Kept Barista'),
    'sub/local.md': posting('Local Barista'),
    'sub/b.md': posting('Head Barista'),
    'secret.md': posting('Secret Barista'),
  };
  if (git) files['.git/info/exclude'] = 'secret.md\n';
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const paths = (stdout: string) => parseNdjson(stdout).map((record) => record.source.path.split(path.sep).join('/')).sort();
const ALL = ['a.md', 'drafts/d.md', 'keep.tmp.md', 'sub/b.md', 'sub/local.md', 'x.tmp.md'];

describe('--gitignore', () => {
  const cases: Array<[string, { git: boolean }, string[], string[]]> = [
    ['reads every file without the flag', { git: true }, ['.'], [...ALL, 'secret.md'].sort()],
    ['leaves out what .gitignore files and .git/info/exclude ignore, in a repository', { git: true }, ['.', '--gitignore'], ['a.md', 'keep.tmp.md', 'sub/b.md']],
    ['reads .gitignore files from the working folder down, outside a repository', { git: false }, ['.', '--gitignore'], ['a.md', 'keep.tmp.md', 'secret.md', 'sub/b.md']],
    ['applies to globs', { git: true }, ['**/*.md', '--gitignore'], ['a.md', 'keep.tmp.md', 'sub/b.md']],
    ['still reads a file named on the command line', { git: true }, ['.', 'drafts/d.md', '--gitignore'], ['a.md', 'drafts/d.md', 'keep.tmp.md', 'sub/b.md']],
  ];
  for (const [title, shape, args, expected] of cases) {
    it(title, async () => {
      const result = await runCli(['normalize', ...args, '--format', 'ndjson'], { cwd: tree(shape) });
      expect(result.code, result.stderr).toBe(0);
      expect(paths(result.stdout)).toEqual(expected);
    });
  }

  it('works from a subfolder of the repository, with the rules above it', async () => {
    const root = tree({ git: true });
    writeFileSync(path.join(root, 'sub', 'y.tmp.md'), posting('Sub Temp Barista'));
    const result = await runCli(['normalize', '.', '--gitignore', '--format', 'ndjson'], { cwd: path.join(root, 'sub') });
    expect(paths(result.stdout)).toEqual(['b.md']);
  });

  it('is on dedupe and report too', async () => {
    const root = tree({ git: true });
    const report = await runCli(['report', '.', '--gitignore', '--format', 'json'], { cwd: root });
    expect(JSON.parse(report.stdout).totals.inputs).toBe(3);
    const dedupe = await runCli(['dedupe', '.', '--gitignore', '--format', 'ndjson'], { cwd: root });
    expect(paths(dedupe.stdout)).toEqual(['a.md', 'keep.tmp.md', 'sub/b.md']);
  });
});

describe('validate: gitignore in the config', () => {
  const checked = (stderr: string) => Number(/postings: (\d+) files? checked/.exec(stderr)?.[1]);
  it.each([
    ['no config, no flag', '', [], 7],
    ['the flag', '', ['--gitignore'], 3],
    ['gitignore: true in the config', 'gitignore: true\n', [], 3],
    ['gitignore: false in the config', 'gitignore: false\n', [], 7],
    ['the config key beside ignores', 'gitignore: true\nignores: ["sub/**"]\n', [], 2],
  ] as Array<[string, string, string[], number]>)('%s', async (_title, config, flags, files) => {
    const root = tree({ git: true });
    if (config) writeFileSync(path.join(root, 'postings.config.yaml'), config);
    const result = await runCli(['validate', '.', ...flags], { cwd: root });
    expect(result.code, result.stderr).toBe(0);
    expect(checked(result.stderr)).toBe(files);
  });

  it('refuses a gitignore key that is not true or false', async () => {
    const root = tree({ git: true });
    writeFileSync(path.join(root, 'postings.config.yaml'), 'gitignore: yes please\n');
    const result = await runCli(['validate', '.'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^postings: postings\.config\.yaml: gitignore: .*\n$/);
  });
});
