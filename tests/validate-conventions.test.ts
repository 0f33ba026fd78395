/**
 * The conventions CI checkers share (markdownlint-cli2, ESLint), through the
 * CLI: the config found by walking up to the repository root,
 * --max-warnings, --quiet and --output-file.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from './helpers.js';

const fixture = (name: string) => path.join(FIXTURES, 'validate', name);

/** A repository: .git at its root, a config beside it, postings two folders down. */
function repository(config: string): { root: string; jobs: string } {
  const outside = mkdtempSync(path.join(tmpdir(), 'postings-walk-'));
  const root = path.join(outside, 'site');
  const jobs = path.join(root, 'content', 'jobs');
  mkdirSync(path.join(root, '.git'), { recursive: true });
  mkdirSync(jobs, { recursive: true });
  writeFileSync(path.join(root, 'postings.config.yaml'), config);
  writeFileSync(path.join(jobs, 'bare.md'), 'We are hiring someone great. Write to us.\n');
  return { root, jobs };
}

describe('validate: the config found by walking up', () => {
  it('from a subfolder, the nearest config up to the repository root applies, shown relative', async () => {
    const { jobs } = repository('required: [title]\n');
    const result = await runCli(['validate', '--reporter', 'json', 'bare.md'], { cwd: jobs });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems.map((p: { ruleId: string }) => p.ruleId)).toContain('required-field');
    const broken = repository('maxAge: 3\n');
    const bad = await runCli(['validate', 'bare.md'], { cwd: broken.jobs });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`postings: ${path.join('..', '..', 'postings.config.yaml')}: Unrecognized key: "maxAge"`);
  });

  it('two configs in one folder: the first of .yaml, .yml, .json is read, and a line names each other one', async () => {
    const { root, jobs } = repository('required: [salary]\n');
    writeFileSync(path.join(root, 'postings.config.json'), '{"required": ["title"]}');
    const result = await runCli(['validate', '--reporter', 'json', 'bare.md'], { cwd: jobs });
    const yaml = path.join('..', '..', 'postings.config.yaml');
    expect(result.stderr).toContain(`postings: ${path.join('..', '..', 'postings.config.json')} is not read: ${yaml} beside it is (one config a folder)\n`);
    expect(JSON.parse(result.stdout).problems.filter((p: { ruleId: string }) => p.ruleId === 'required-field').map((p: { message: string }) => p.message)).toEqual(['required field "salary" could not be extracted']);
    // A config named with --config is the one read: nothing is said of the folder's.
    expect((await runCli(['validate', '--config', path.join(root, 'postings.config.json'), 'bare.md'], { cwd: jobs })).stderr).not.toContain('is not read');
  });

  it('stops at the repository root: a config above it is not read', async () => {
    const { root, jobs } = repository('');
    writeFileSync(path.join(root, 'postings.config.yaml'), '');
    writeFileSync(path.join(path.dirname(root), 'postings.config.yaml'), 'required: [title]\n');
    const result = await runCli(['validate', '--reporter', 'json', 'bare.md'], { cwd: jobs });
    expect(JSON.parse(result.stdout).problems.map((p: { ruleId: string }) => p.ruleId)).not.toContain('required-field');
    const noConfigInRepo = repository('');
    const { rmSync } = await import('node:fs');
    rmSync(path.join(noConfigInRepo.root, 'postings.config.yaml'));
    writeFileSync(path.join(path.dirname(noConfigInRepo.root), 'postings.config.yaml'), 'required: [title]\n');
    const above = await runCli(['validate', '--reporter', 'json', 'bare.md'], { cwd: noConfigInRepo.jobs });
    expect(above.code).toBe(0);
  });
});

describe('validate: --max-warnings, --quiet, --output-file', () => {
  it('--max-warnings N: more than N warnings fail the run, with one line saying so', async () => {
    // mojibake.md holds two lines of mojibake: two warnings.
    expect((await runCli(['validate', '--max-warnings', '2', fixture('mojibake.md')])).code).toBe(0);
    const over = await runCli(['validate', '--max-warnings', '1', fixture('mojibake.md')]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('postings: 2 warnings, more than --max-warnings 1');
    expect((await runCli(['validate', '--max-warnings', '0', fixture('mojibake.md')])).code).toBe(1);
    const one = await runCli(['validate', '--max-warnings', '0', fixture('no-title.md')]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('postings: 1 warning, more than --max-warnings 0\n');
    const wrong = await runCli(['validate', '--max-warnings', 'many', fixture('mojibake.md')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe('postings: --max-warnings takes a whole number (0 or more), not "many"');
    expect((await runCli(['validate', '--max-warnings', '-1', fixture('mojibake.md')])).stderr.trim()).toBe('postings: --max-warnings takes a whole number (0 or more), not "-1"');
  });

  it('--quiet reports errors only; warnings still count for --max-warnings', async () => {
    const args = ['validate', '--reporter', 'json', fixture('mojibake.md'), fixture('yaml-syntax.md')];
    const all = JSON.parse((await runCli(args)).stdout);
    expect(new Set(all.problems.map((p: { severity: string }) => p.severity))).toEqual(new Set(['error', 'warning']));
    const quiet = await runCli([...args, '--quiet']);
    expect(JSON.parse(quiet.stdout).problems.map((p: { severity: string }) => p.severity)).toEqual(['error']);
    expect((await runCli(['validate', '--quiet', '--max-warnings', '0', fixture('mojibake.md')])).code).toBe(1);
    // --strict fails on the warnings --quiet hides: one line says why, where the summary counts none.
    const strictQuiet = await runCli(['validate', '--quiet', '--strict', fixture('mojibake.md')]);
    expect(strictQuiet.code).toBe(1);
    expect(strictQuiet.stderr).toContain('postings: 2 warnings (not shown: --quiet) fail the run under --strict\n');
    expect((await runCli(['validate', '--quiet', fixture('mojibake.md')])).stderr).not.toContain('not shown');
  });

  it('--output-file writes the report there, not to stdout or stderr, creating its folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-report-'));
    const sarif = await runCli(['validate', '--reporter', 'sarif', '--output-file', path.join(dir, 'out', 'report.sarif'), fixture('yaml-syntax.md')]);
    expect(sarif.code).toBe(1);
    expect(sarif.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    const stylish = await runCli(['validate', '--output-file', 'report.txt', fixture('mojibake.md')], { cwd: dir });
    expect(stylish.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toMatch(/mojibake-found[\s\S]*postings: 1 file checked, 0 errors, 2 warnings\n$/);
  });

  it('--output-file that cannot be written is one line and exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-report-'));
    writeFileSync(path.join(dir, 'taken'), 'a file, not a folder');
    const result = await runCli(['validate', '--output-file', path.join(dir, 'taken', 'report.txt'), fixture('clean.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^postings: --output-file .*taken.*report\.txt: cannot write: /);
  });
});

describe('validate: rules and ignores in the config', () => {
  const withConfig = (config: string) => {
    const { root } = repository(config);
    copyFileSync(fixture('mojibake.md'), path.join(root, 'cafe.md'));
    mkdirSync(path.join(root, 'drafts'));
    copyFileSync(fixture('yaml-syntax.md'), path.join(root, 'drafts', 'broken.md'));
    return root;
  };
  const severities = (stdout: string) => JSON.parse(stdout).problems.map((p: { ruleId: string; severity: string }) => `${p.ruleId}:${p.severity}`);

  it('a rule set to error fails the run; set to off it is never reported', async () => {
    const asError = await runCli(['validate', '--reporter', 'json', 'cafe.md'], { cwd: withConfig('rules:\n  mojibake-found: error\n') });
    expect(asError.code).toBe(1);
    expect(severities(asError.stdout)).toEqual(['mojibake-found:error', 'mojibake-found:error']);
    const off = await runCli(['validate', '--reporter', 'json', '--strict', 'cafe.md'], { cwd: withConfig('rules:\n  mojibake-found: off\n') });
    expect(off.code).toBe(0);
    expect(severities(off.stdout)).toEqual([]);
  });

  it('a rule set to warning is reported as a warning: the run passes, and fails with --strict', async () => {
    const root = withConfig('required: [title]\nrules:\n  required-field: warning\n');
    copyFileSync(fixture('no-title.md'), path.join(root, 'no-title.md'));
    const asWarning = await runCli(['validate', '--reporter', 'json', 'no-title.md'], { cwd: root });
    expect(asWarning.code).toBe(0);
    expect(severities(asWarning.stdout)).toEqual(['required-field:warning']);
    expect((await runCli(['validate', '--reporter', 'json', '--strict', 'no-title.md'], { cwd: root })).code).toBe(1);
  });

  it('an unknown rule id or severity is a config error: one line, exit 2', async () => {
    for (const config of ['rules:\n  mojibake-fund: off\n', 'rules:\n  mojibake-found: fatal\n']) {
      const result = await runCli(['validate', 'cafe.md'], { cwd: withConfig(config) });
      expect(result.code, config).toBe(2);
      expect(result.stderr.trim().split('\n'), config).toHaveLength(1);
      expect(result.stderr, config).toMatch(/^postings: postings\.config\.yaml: rules/);
    }
  });

  it('ignores: globs relative to the config are never checked, from any folder', async () => {
    const root = withConfig('ignores: ["drafts/**"]\n');
    const result = await runCli(['validate', '--reporter', 'json', '.'], { cwd: root });
    expect(JSON.parse(result.stdout).summary.files).toBe(2);
    expect(result.stdout).not.toContain('broken.md');
    // A file named on the command line and ignored (pre-commit names each staged file) is no usage error: nothing to check, exit 0.
    const fromBelow = await runCli(['validate', '--reporter', 'json', 'broken.md'], { cwd: path.join(root, 'drafts') });
    expect(fromBelow.code).toBe(0);
    expect(JSON.parse(fromBelow.stdout).summary).toEqual({ files: 0, errors: 0, warnings: 0 });
    expect(fromBelow.stderr).toBe("postings: nothing to check: the 1 file found is ignored (the config's ignores, or .gitignore)\n");
    copyFileSync(fixture('mojibake.md'), path.join(root, 'drafts', 'second.md'));
    const stylish = await runCli(['validate', 'drafts'], { cwd: root });
    expect(stylish.code).toBe(0);
    expect(stylish.stderr).toBe("postings: nothing to check: all 2 files found are ignored (the config's ignores, or .gitignore)\npostings: 0 files checked, 0 errors, 0 warnings\n");
    // Nothing found at all is still a usage error.
    mkdirSync(path.join(root, 'empty'));
    const none = await runCli(['validate', 'empty'], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('postings: no posting files found in empty');
  });

  it('the config has a JSON Schema for editors: schemas/config.schema.json, as `postings schema --config` prints it', async () => {
    const printed = await runCli(['schema', '--config']);
    expect(printed.stdout).toBe(readFileSync(path.join(ROOT, 'schemas', 'config.schema.json'), 'utf8'));
    const schema = JSON.parse(printed.stdout);
    expect(schema.additionalProperties).toBe(false);
    for (const key of ['required', 'allowed', 'maxAgeDays', 'frontMatter', 'rules', 'ignores']) expect(schema.properties, key).toHaveProperty(key);
    expect(schema.properties.rules.additionalProperties.enum).toEqual(['off', 'warning', 'error']);
  });
});
