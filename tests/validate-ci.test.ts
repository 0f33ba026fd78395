/**
 * What CI users copy: the composite action's steps run as a runner runs them,
 * with this checkout as the action's folder (its npm is a recorder: the test
 * run has already installed and built it), and the pre-commit hooks installed
 * by pre-commit itself from a release commit, when pre-commit is installed
 * (a job started with the run, tests/background.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { main } from '../src/cli.js';
import { cliIo, ROOT, runCli } from './helpers.js';
import { backgroundJob, hasPreCommit } from './background.js';
import { POSTING_EXTENSIONS } from '../src/input/expand.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

/** The environment GitHub gives a step, with `bin` first on the PATH. */
function githubEnv(bin: string, workspace: string, actionPath: string): Record<string, string> {
  return {
    PATH: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH}`,
    HOME: process.env.HOME ?? tmpdir(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: actionPath,
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: tmpdir(),
  };
}

/**
 * Run the action's shell steps in order as a runner does: `bash --noprofile --norc -eo pipefail`,
 * GitHub's environment, `${{ inputs.x }}` and `${{ github.action_path }}` filled in, in the
 * workspace. `npm` is replaced by a recorder, since this checkout is installed and built already;
 * `uses:` steps (setup-node) are the runner's business and are skipped. `actionPath` is always named: this checkout
 * there (ROOT) would start the real CLI, which no test here does (docs/test-suite.md counts such starts by a grep).
 */
function runAction(inputs: Record<string, string>, workspace: string, actionPath: string): { code: number; stdout: string; stderr: string; npm: string } {
  const fakeBin = mkdtempSync(path.join(tmpdir(), 'postings-action-'));
  const npmLog = path.join(fakeBin, 'npm.log');
  writeFileSync(path.join(fakeBin, 'npm'), `#!/usr/bin/env bash\necho "$@" >> "${npmLog}"\n`);
  chmodSync(path.join(fakeBin, 'npm'), 0o755);
  writeFileSync(npmLog, '');
  const value = (name: string) => inputs[name] ?? String(action.inputs[name]?.default ?? '');
  const fill = (text: string) => text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => value(name)).replace(/\$\{\{\s*github\.action_path\s*\}\}/g, actionPath);
  const github = githubEnv(fakeBin, workspace, actionPath);
  let last = { code: 0, stdout: '', stderr: '' };
  for (const step of action.runs.steps) {
    if (!step.run) continue;
    const env = { ...github, ...Object.fromEntries(Object.entries<string>(step.env ?? {}).map(([key, text]) => [key, fill(text)])) };
    const cwd = step['working-directory'] ? fill(step['working-directory']) : workspace;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd, env, encoding: 'utf8' });
    last = { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
    if (last.code !== 0) break;
  }
  return { ...last, npm: readFileSync(npmLog, 'utf8') };
}

/**
 * An action folder at a release (dist/bundle/cli.js is there) whose `postings` only prints the arguments it was given,
 * as JSON: for what the step's shell decides, at a fraction of a start of the real CLI.
 */
function recordingActionPath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-action-recorder-'));
  mkdirSync(path.join(dir, 'bin'));
  mkdirSync(path.join(dir, 'dist', 'bundle'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'bundle', 'cli.js'), '');
  writeFileSync(path.join(dir, 'bin', 'postings.js'), 'process.stdout.write(JSON.stringify(process.argv.slice(2)));\n');
  return dir;
}

/**
 * The action's steps with the recorder as `postings`, then the arguments it was given run through the CLI in process
 * (`main`, in the step's working folder and with its output going where the step sends it): what a real run of the
 * step gives, without a start of the CLI for each case. A step that ends
 * before it runs postings gives its own result.
 */
async function runActionInProcess(inputs: Record<string, string>, workspace = ROOT) {
  const step = runAction(inputs, workspace, recordingActionPath());
  if (step.code !== 0) return { ...step, args: undefined };
  const args = JSON.parse(step.stdout) as string[];
  const result = await runCli(args, { cwd: workspace, env: { GITHUB_ACTIONS: 'true' } });
  return { ...result, npm: step.npm, args };
}

/**
 * The action's steps as a runner runs them, with what the real command prints and its exit code: the arguments the
 * step gives (the recorder), run in process with the step's environment (GitHub's, no NO_COLOR) and working folder,
 * then the steps again with a `postings` that prints that run's output and exits with its code. So the step's shell
 * decides on the command's own result, at two node starts instead of a start of the CLI (about a second of CPU).
 */
async function runActionReplayed(inputs: Record<string, string>, workspace = ROOT) {
  const recorded = runAction(inputs, workspace, recordingActionPath());
  expect(recorded.code, recorded.stderr).toBe(0);
  const args = JSON.parse(recorded.stdout) as string[];
  const io = cliIo({ cwd: workspace });
  const replay = recordingActionPath();
  const code = await main(args, { ...io, env: githubEnv(path.join(replay, 'bin'), workspace, replay) });
  const result = path.join(replay, 'result.json');
  writeFileSync(result, JSON.stringify({ code, stdout: io.stdout.text(), stderr: io.stderr.text() }));
  writeFileSync(path.join(replay, 'bin', 'postings.js'), `const run = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(result)}, 'utf8'));\nprocess.stdout.write(run.stdout);\nprocess.stderr.write(run.stderr);\nprocess.exitCode = run.code;\n`);
  return { ...runAction(inputs, workspace, replay), args };
}

const annotated = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => /file=([^,]+)/.exec(line)?.[1]);

describe('action.yml', () => {
  it('is a composite action that sets up Node (setup-node pinned to a major) and passes every input through env', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0].uses).toMatch(/^actions\/setup-node@v\d+$/);
    const step = action.runs.steps.find((s: { name: string }) => s.name === 'postings validate');
    expect(step.run).not.toContain('${{');
    for (const name of ['paths', 'reporter', 'require', 'config', 'strict', 'output']) expect(step.env[`POSTINGS_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
  });

  it('at a release (the build shipped) installs only runtime dependencies: no devDependencies, no scripts, no build', async () => {
    const result = await runActionInProcess({ paths: 'fixtures/validate/clean.md' });
    expect(result.code).toBe(0);
    expect(result.npm).toBe('ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error\n');
  });

  // The step's shell with the command's own output and exit code (runActionReplayed): the step fails because the command did.
  it('checks a broken file named on the second line of `paths`, and fails the step', async () => {
    const result = await runActionReplayed({ paths: 'fixtures/validate/clean.md\nfixtures/validate/yaml-syntax.md\n', require: 'title' });
    expect(result.args.slice(-2)).toEqual(['fixtures/validate/clean.md', 'fixtures/validate/yaml-syntax.md']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('::error file=fixtures/validate/yaml-syntax.md,line=4,col=20,title=front-matter-syntax::Unexpected flow-seq-end token in YAML stream: "]"\n');
  });

  it('reads quoted paths with spaces, and globs it leaves to postings', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'postings-workspace-'));
    mkdirSync(path.join(workspace, 'my jobs'));
    copyFileSync(path.join(ROOT, 'fixtures/validate/yaml-syntax.md'), path.join(workspace, 'my jobs', 'broken posting.md'));
    copyFileSync(path.join(ROOT, 'fixtures/validate/no-title.md'), path.join(workspace, 'untitled.md'));
    copyFileSync(path.join(ROOT, 'fixtures/validate/clean.md'), path.join(workspace, 'clean.md'));
    const result = await runActionInProcess({ paths: '"my jobs/broken posting.md"   \'unt*.md\' clean.md', require: 'title' }, workspace);
    expect(result.code).toBe(1);
    expect(annotated(result.stdout)).toEqual(['my jobs/broken posting.md', 'untitled.md']);
  });

  it('reads `paths` written with CRLF line endings (a workflow saved on Windows): no path keeps a \\r', async () => {
    const paths = 'fixtures/validate/clean.md\r\n"my jobs/a b.md"\r\nfixtures/validate/yaml-syntax.md\r\n';
    const recorded = runAction({ paths }, ROOT, recordingActionPath());
    expect(recorded.code).toBe(0);
    expect((JSON.parse(recorded.stdout) as string[]).slice(-4)).toEqual(['--', 'fixtures/validate/clean.md', 'my jobs/a b.md', 'fixtures/validate/yaml-syntax.md']);
    const result = await runActionInProcess({ paths: 'fixtures/validate/clean.md\r\nfixtures/validate/yaml-syntax.md\r\n', require: 'title' });
    expect(result.code).toBe(1);
    expect(annotated(result.stdout)).toEqual(['fixtures/validate/yaml-syntax.md']);
  });

  it('says so when a quote in `paths` is not closed, and fails the step', async () => {
    const result = await runActionInProcess({ paths: '"my jobs/a.md' });
    expect(result.args).toBeUndefined();
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('::error title=postings::paths: a quote is not closed');
  });

  it('takes strict as true, True or TRUE (and false alike); anything else is an error', async () => {
    // Strict fails a file with warnings only.
    expect((await runActionInProcess({ paths: 'fixtures/validate/mojibake.md', strict: 'True' })).code).toBe(1);
    // The spellings, through a postings that prints what it was given.
    const recorder = recordingActionPath();
    const given = (strict: string) => {
      const run = runAction({ paths: 'fixtures/validate/mojibake.md', strict }, ROOT, recorder);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as string[];
    };
    for (const strict of ['true', 'True', 'TRUE']) expect(given(strict), strict).toEqual(['validate', '--reporter', 'github', '--strict', '--', 'fixtures/validate/mojibake.md']);
    for (const strict of ['false', 'False', 'FALSE', '']) expect(given(strict), strict).toEqual(['validate', '--reporter', 'github', '--', 'fixtures/validate/mojibake.md']);
    const wrong = await runActionInProcess({ paths: 'fixtures/validate/mojibake.md', strict: 'yes' });
    expect(wrong.args).toBeUndefined();
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toContain('strict must be true or false, not "yes"');
  });

  it('passes on clean files and writes the report to `output` when asked', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'postings-action-out-')), 'report.sarif');
    const result = await runActionInProcess({ paths: 'fixtures/validate/clean.md', reporter: 'sarif', output: out, strict: 'true' });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    // stylish writes to stderr, which a shell redirect of stdout left in the log with the file empty; a folder not made yet is made.
    const inFolder = path.join(mkdtempSync(path.join(tmpdir(), 'postings-action-out-')), 'reports', 'postings.txt');
    const stylish = await runActionInProcess({ paths: 'fixtures/validate/yaml-syntax.md', reporter: 'stylish', output: inFolder });
    expect(stylish.code).toBe(1);
    expect(readFileSync(inFolder, 'utf8')).toBe('fixtures/validate/yaml-syntax.md:4:20 error front-matter-syntax Unexpected flow-seq-end token in YAML stream: "]"\n\npostings: 1 file checked, 1 error, 0 warnings\n');
    expect(stylish.stdout + stylish.stderr).toBe('');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('offers node hooks whose default files are the folders postings usually live in', () => {
    for (const id of ['postings-validate', 'postings-repair']) {
      const hook = hooks.find((h: any) => h.id === id);
      expect(hook, id).toMatchObject({ language: 'node', entry: id === 'postings-validate' ? 'postings validate' : 'postings repair --write' });
      const files = new RegExp(hook.files.replace('(?i)', ''), 'i');
      for (const folder of ['_jobs', '_posts', 'jobs', 'careers', 'content/jobs', 'vacancies', 'site/_jobs/2024']) {
        for (const ext of POSTING_EXTENSIONS) expect(files.test(`${folder}/posting${ext.toUpperCase()}`), `${folder} ${ext}`).toBe(true);
      }
      for (const other of ['README.md', 'docs/guide.md', 'CHANGELOG.md', 'jobs/data.json', 'package.json', 'myjobs/a.md']) expect(files.test(other), other).toBe(false);
    }
  });

  const preCommit = hasPreCommit();
  if (!preCommit) process.stderr.write('skipped "pre-commit run" and "pre-commit try-repo": pre-commit is not installed (pip install pre-commit)\n');
  it.skipIf(!preCommit)('installs from a release commit with only Node and the registry, and checks only the posting folders (pre-commit run, the release as `repo:` at its tag)', { timeout: 600_000 }, async () => {
    // The release commit, the project and pre-commit's install and run are a job started with the run (tests/background.ts),
    // whose install release-install.test.ts checks too.
    const { hook } = (await backgroundJob(inject('runOnceDir'), 'release-install')).runs;
    const output = hook!.stdout + hook!.stderr;
    expect(output, output).not.toMatch(/An unexpected error|git dep preparation failed/);
    expect(hook!.code, output).toBe(1);
    expect(output).toMatch(/jobs\/broken\.md:4:20 +error +front-matter-syntax|jobs\/broken\.md[\s\S]*front-matter-syntax/);
    expect(output).toMatch(/2 files checked/);
    expect(output).not.toContain('README.md');
  });

  it.skipIf(!preCommit)('installs and runs through `pre-commit try-repo <clone> postings-validate --ref <tag>`, as the issue tries it', { timeout: 600_000 }, async () => {
    // The same job, the same release tag: try-repo's run after the project's.
    const { tryRepo } = (await backgroundJob(inject('runOnceDir'), 'release-install')).runs;
    const output = tryRepo!.stdout + tryRepo!.stderr;
    expect(output, output).not.toMatch(/An unexpected error|git dep preparation failed|tsc: not found/);
    expect(tryRepo!.code, output).toBe(1);
    expect(output).toMatch(/jobs\/broken\.md:4:20 +error +front-matter-syntax|jobs\/broken\.md[\s\S]*front-matter-syntax/);
    expect(output).toMatch(/2 files checked/);
    expect(output).not.toContain('README.md');
  });
});
