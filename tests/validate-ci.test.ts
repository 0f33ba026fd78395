/**
 * What CI users copy: the composite action's steps run as a runner runs them,
 * with this checkout as the action's folder (its install step becomes a no-op:
 * the test run has already installed and built it), and the pre-commit hooks
 * match the files postings reads.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';
import { POSTING_EXTENSIONS } from '../src/input/expand.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

/** Run the action's steps in order as the runner would; `npm` is replaced by a recorder, since this checkout is installed already. */
function runAction(inputs: Record<string, string>): { code: number; stdout: string; stderr: string; npm: string } {
  const fakeBin = mkdtempSync(path.join(tmpdir(), 'postings-action-'));
  const npmLog = path.join(fakeBin, 'npm.log');
  writeFileSync(path.join(fakeBin, 'npm'), `#!/usr/bin/env bash\necho "$@" >> "${npmLog}"\n`);
  chmodSync(path.join(fakeBin, 'npm'), 0o755);
  writeFileSync(npmLog, '');
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PATH: `${fakeBin}:${path.dirname(process.execPath)}:${process.env.PATH}`,
    GITHUB_ACTION_PATH: ROOT,
    NO_COLOR: '1',
  };
  for (const [name, spec] of Object.entries<any>(action.inputs)) {
    env[`POSTINGS_${name.toUpperCase()}`] = inputs[name] ?? String(spec.default ?? '');
  }
  let last = { code: 0, stdout: '', stderr: '' };
  for (const step of action.runs.steps) {
    const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: ROOT, env, encoding: 'utf8' });
    last = { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
    if (last.code !== 0) break;
  }
  return { ...last, npm: readFileSync(npmLog, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action whose inputs all reach the script through env', async () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'reporter', 'require', 'config', 'strict', 'output']);
    expect(action.inputs.reporter.default).toBe('github');
    const step = action.runs.steps.find((s: { name: string }) => s.name === 'postings validate');
    expect(step.run).not.toContain('${{');
    for (const name of Object.keys(action.inputs)) expect(step.env[`POSTINGS_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
  });

  it('annotates the problems of the paths it is given and fails the step', async () => {
    const result = runAction({ paths: 'fixtures/validate/yaml-syntax.md fixtures/validate/clean.*', require: 'title' });
    // It installs its own checkout, never a package of the same name from the registry.
    expect(result.npm).toBe(`ci --prefix ${ROOT} --no-audit --no-fund --loglevel=error\n`);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('::error file=fixtures/validate/yaml-syntax.md,line=4,col=20,title=front-matter-syntax::Unexpected flow-seq-end token in YAML stream: "]"\n');
  });

  it('passes on clean files and writes the report to `output` when asked', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'postings-action-out-')), 'report.sarif');
    const result = runAction({ paths: 'fixtures/validate/clean.md', reporter: 'sarif', output: out, strict: 'true' });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('offers postings-validate as a node hook over the files postings reads', async () => {
    const hook = hooks.find((h: any) => h.id === 'postings-validate');
    expect(hook).toMatchObject({ entry: 'postings validate', language: 'node' });
    const files = new RegExp(hook.files.replace('(?i)', ''), 'i');
    for (const ext of POSTING_EXTENSIONS) expect(files.test(`jobs/posting${ext.toUpperCase()}`), ext).toBe(true);
    expect(files.test('package.json')).toBe(false);
  });
});
