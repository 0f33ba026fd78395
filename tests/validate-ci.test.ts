/**
 * What CI users copy: the composite action's script runs with its inputs
 * (npx replaced by the built bin), and the pre-commit hooks match the files
 * postings reads.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { BIN, ROOT } from './helpers.js';
import { POSTING_EXTENSIONS } from '../src/input/expand.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

/** Run the action's one step as the runner would, with a fake npx that drops "--yes postings@version". */
function runAction(inputs: Record<string, string>): { code: number; stdout: string; stderr: string; cwd: string } {
  const step = action.runs.steps[0];
  const fakeBin = mkdtempSync(path.join(tmpdir(), 'postings-action-'));
  const npx = path.join(fakeBin, 'npx');
  writeFileSync(npx, `#!/usr/bin/env bash\nshift 2\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(npx, 0o755);
  const env: Record<string, string> = { ...process.env as Record<string, string>, PATH: `${fakeBin}:${process.env.PATH}`, NO_COLOR: '1' };
  for (const [name, spec] of Object.entries<any>(action.inputs)) {
    const value = inputs[name] ?? String(spec.default ?? '');
    env[`POSTINGS_${name.toUpperCase()}`] = value;
  }
  const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: ROOT, env, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, cwd: ROOT };
}

describe('action.yml', () => {
  it('is a composite action whose inputs all reach the script through env', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'reporter', 'require', 'config', 'strict', 'output', 'version']);
    expect(action.inputs.reporter.default).toBe('github');
    const step = action.runs.steps[0];
    expect(step.run).not.toContain('${{');
    for (const name of Object.keys(action.inputs)) expect(step.env[`POSTINGS_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
  });

  it('annotates the problems of the paths it is given and fails the step', () => {
    const result = runAction({ paths: 'fixtures/validate/yaml-syntax.md fixtures/validate/clean.*', require: 'title' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('::error file=fixtures/validate/yaml-syntax.md,line=4,col=20,title=front-matter-syntax::Unexpected flow-seq-end token in YAML stream: "]"\n');
  });

  it('passes on clean files and writes the report to `output` when asked', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'postings-action-out-')), 'report.sarif');
    const result = runAction({ paths: 'fixtures/validate/clean.md', reporter: 'sarif', output: out, strict: 'true' });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('offers postings-validate as a node hook over the files postings reads', () => {
    const hook = hooks.find((h: any) => h.id === 'postings-validate');
    expect(hook).toMatchObject({ entry: 'postings validate', language: 'node' });
    const files = new RegExp(hook.files.replace('(?i)', ''), 'i');
    for (const ext of POSTING_EXTENSIONS) expect(files.test(`jobs/posting${ext.toUpperCase()}`), ext).toBe(true);
    expect(files.test('package.json')).toBe(false);
  });
});
