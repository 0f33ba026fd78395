/**
 * Every reporter prints the same problems: each output is parsed back and
 * compared with the json reporter's. SARIF is checked for the structure
 * 2.1.0 requires; github for the runner's escaping rules.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from './helpers.js';
import { githubCommand } from '../src/report/github.js';
import { reportStylish } from '../src/report/stylish.js';
import type { FileResult } from '../src/report/index.js';
import type { Io } from '../src/io.js';

const FILES = ['fixtures/validate/yaml-syntax.md', 'fixtures/validate/mojibake.md', 'fixtures/validate/clean.md', 'fixtures/validate/missing.md'];

interface Problem { file: string; line?: number; column?: number; severity: string; ruleId: string; message: string }

const json = await runCli(['validate', '--reporter', 'json', ...FILES]);
const expected: Problem[] = JSON.parse(json.stdout).problems;

describe('reporters print the same problems', () => {
  it('json: the problems, sorted, with a summary', async () => {
    expect(json.code).toBe(1);
    expect(expected.map((p) => [p.file, p.line, p.ruleId])).toEqual([
      ['fixtures/validate/missing.md', undefined, 'read-failed'],
      ['fixtures/validate/mojibake.md', 8, 'mojibake-found'],
      ['fixtures/validate/mojibake.md', 9, 'mojibake-found'],
      ['fixtures/validate/yaml-syntax.md', 4, 'front-matter-syntax'],
    ]);
    expect(JSON.parse(json.stdout).summary).toEqual({ files: 4, errors: 2, warnings: 2 });
  });

  it('github: one workflow command a problem on stdout', async () => {
    const result = await runCli(['validate', '--reporter', 'github', ...FILES]);
    expect(result.code).toBe(1);
    const pattern = /^::(error|warning) file=([^,]+)(?:,line=(\d+))?(?:,col=(\d+))?,title=([^,:]+)::(.*)$/;
    const parsed = result.stdout.trimEnd().split('\n').map((line) => {
      const match = pattern.exec(line);
      expect(match, line).not.toBeNull();
      const [, severity, file, lineNo, col, ruleId, message] = match!;
      return {
        file: decodeURIComponent(file!),
        ...(lineNo ? { line: Number(lineNo) } : {}),
        ...(col ? { column: Number(col) } : {}),
        severity,
        ruleId,
        message: decodeURIComponent(message!),
      };
    });
    expect(parsed).toEqual(expected);
  });

  it('sarif: a valid 2.1.0 log with a rule for every result', async () => {
    const result = await runCli(['validate', '--reporter', 'sarif', ...FILES]);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(run.tool.driver).toMatchObject({ name: 'postings', version: pkg.version });
    const rules: Array<{ id: string; shortDescription: { text: string } }> = run.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(['front-matter-syntax', 'mojibake-found', 'read-failed']);
    for (const rule of rules) expect(rule.shortDescription.text.length).toBeGreaterThan(5);
    const back = run.results.map((r: any) => {
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.locations).toHaveLength(1);
      const location = r.locations[0].physicalLocation;
      expect(typeof location.artifactLocation.uri).toBe('string');
      return {
        file: decodeURI(location.artifactLocation.uri),
        ...(location.region ? { line: location.region.startLine } : {}),
        ...(location.region?.startColumn ? { column: location.region.startColumn } : {}),
        severity: r.level,
        ruleId: r.ruleId,
        message: r.message.text,
      };
    });
    expect(back).toEqual(expected);
  });

  it('stylish: grouped by file, a summary line, all on stderr, no colour off a terminal', async () => {
    const result = await runCli(['validate', ...FILES]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain('\u001b');
    const groups = result.stderr.trimEnd().split('\n\n');
    expect(groups.at(-1)).toBe('postings: 4 files checked, 2 errors, 2 warnings');
    const lines = groups.slice(0, -1).map((group) => group.split('\n'));
    expect(lines).toEqual([
      ['fixtures/validate/missing.md error read-failed cannot read file: no such file or folder'],
      [
        'fixtures/validate/mojibake.md:8:34 warning mojibake-found mojibake found (utf-8 read as windows-1252); `postings repair --write` can fix it',
        'fixtures/validate/mojibake.md:9:38 warning mojibake-found mojibake found (utf-8 read as windows-1252); `postings repair --write` can fix it',
      ],
      ['fixtures/validate/yaml-syntax.md:4:20 error front-matter-syntax Unexpected flow-seq-end token in YAML stream: "]"'],
    ]);
  });
});

describe('reporter details', () => {
  const results: FileResult[] = [
    { file: 'jobs/a,b:c.md', problems: [{ file: 'jobs/a,b:c.md', line: 2, column: 5, severity: 'error', ruleId: 'front-matter-syntax', message: '100% wrong\r\nsecond line \u001b[31mred' }] },
  ];

  it('github escapes %, CR and LF in the message, and also , and : in properties', async () => {
    expect(githubCommand(results[0]!.problems[0]!)).toBe(
      '::error file=jobs/a%2Cb%3Ac.md,line=2,col=5,title=front-matter-syntax::100%25 wrong%0D%0Asecond line red',
    );
  });

  function captureIo(isTTY: boolean, env: Record<string, string>): { io: Io; err: () => string } {
    let err = '';
    const io: Io = {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => { err += chunk; return true; }, isTTY },
      readStdin: async () => new Uint8Array(),
      stdinIsTTY: true,
      cwd: ROOT,
      env,
    };
    return { io, err: () => err };
  }

  it('stylish colours only on a terminal without NO_COLOR, and strips escapes from posting text', async () => {
    const tty = captureIo(true, {});
    reportStylish(results, tty.io);
    expect(tty.err()).toContain('\u001b[31merror');
    expect(tty.err()).not.toContain('\u001b[31mred');
    for (const [isTTY, env] of [[false, {}], [true, { NO_COLOR: '1' }]] as const) {
      const plain = captureIo(isTTY, env);
      reportStylish(results, plain.io);
      expect(plain.err()).not.toContain('\u001b');
      expect(plain.err()).toContain('jobs/a,b:c.md:2:5 error front-matter-syntax 100% wrong  second line red');
    }
  });
});
