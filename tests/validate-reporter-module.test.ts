/**
 * `validate --reporter ./my-reporter.js` (#17): a module with the reporter
 * contract (report/custom.ts), resolved from the working folder. A module
 * that cannot be used is one line and exit 2, before any file is read.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, runCli } from './helpers.js';

const REPORTERS = path.join(FIXTURES, 'reporters');
const FILES = ['clean.md', 'mojibake.md', 'yaml-syntax.md'].map((name) => path.join(FIXTURES, 'validate', name));

describe('validate --reporter <module>', () => {
  const cases: Array<[string, string[], string, RegExp]> = [
    ['an ES module returning text, relative to the working folder', ['--reporter', './compact.mjs'], REPORTERS, /mojibake\.md:\d+ warning mojibake-found\n[\s\S]*yaml-syntax\.md:\d+ error front-matter-syntax\n3 files, 1 errors, \d+ warnings\n$/],
    ['a path with folders, from the repository', ['--reporter', 'fixtures/reporters/compact.mjs'], path.dirname(FIXTURES), /\n3 files, 1 errors, \d+ warnings\n$/],
    ['a CommonJS module that writes for itself', ['--reporter', './count.cjs'], REPORTERS, /^problems: \d+\n$/],
  ];
  for (const [title, flags, cwd, stdout] of cases) {
    it(`prints through ${title}`, async () => {
      const result = await runCli(['validate', ...flags, ...FILES], { cwd });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toMatch(stdout);
      expect(result.stderr).toBe('');
    });
  }

  it('writes what the module returns to --output-file', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'postings-reporter-')), 'report.txt');
    const result = await runCli(['validate', '--reporter', './compact.mjs', '--output-file', out, ...FILES], { cwd: REPORTERS });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/\n3 files, 1 errors, \d+ warnings\n$/);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-bad-reporters-'));
  const modules: Record<string, string> = {
    'syntax.mjs': 'export default function (results {\n',
    'no-function.mjs': 'export const name = "not a reporter";\n',
    'throws.mjs': 'export default function () { throw new Error("boom\\nsecond line"); }\n',
    'number.mjs': 'export default function () { return 42; }\n',
  };
  for (const [name, text] of Object.entries(modules)) writeFileSync(path.join(dir, name), text);
  const bad: Array<[string, string, RegExp]> = [
    ['a missing file', './missing.mjs', /^postings: --reporter \.\/missing\.mjs: cannot find .*missing\.mjs\n$/],
    ['a syntax error', './syntax.mjs', /^postings: --reporter \.\/syntax\.mjs: cannot load it: .+\n$/],
    ['no function', './no-function.mjs', /^postings: --reporter \.\/no-function\.mjs: exports no reporter function .*\n$/],
    ['a reporter that throws', './throws.mjs', /^postings: --reporter \.\/throws\.mjs: the reporter failed: boom\n$/],
    ['a reporter that returns a number', './number.mjs', /^postings: --reporter \.\/number\.mjs: the reporter returned number, not text\n$/],
    ['an unknown name', 'stylsh', /^postings: --reporter stylsh: not a built-in reporter \(stylish, json, github, sarif\), and cannot find the module "stylsh" from .*\n$/],
  ];
  for (const [title, reporter, stderr] of bad) {
    it(`refuses ${title}: one line, exit 2`, async () => {
      const result = await runCli(['validate', '--reporter', reporter, ...FILES], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(stderr);
      expect(result.stdout).toBe('');
    });
  }
});
