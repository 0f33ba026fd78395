/**
 * The package as users get it, installed into an empty project: the release
 * tag's install by npm (what npm publishes from the tag, packed by the same list
 * of files), or, where pre-commit made that install, `npm pack` of this checkout;
 * then loaded from ESM and CommonJS, type-checked both ways, and its JSON
 * Schema read through the export. And a clone's first run builds once. The
 * installs and the clone's build are jobs that tests/global-setup.ts starts at
 * the start of the run (tests/background.ts); the tests await them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';
import { backgroundJob, COPIED_BUILD, type Run } from './background.js';
import { DEEP_RUN } from './property-runs.js';

const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', npm_config_loglevel: 'warn' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
};

describe('the packed package', { timeout: 600_000 }, () => {
  let app: string;
  let install: Run;
  beforeAll(async () => {
    // The release tag installed by npm (no pre-commit here) is the published package; else the packed checkout (the
    // test run has built dist/ already, pretest, so the job packs without scripts).
    const release = await backgroundJob(inject('runOnceDir'), 'release-install');
    if (release.installed?.by === 'npm') {
      app = release.installed.npmCwd;
      install = release.runs.install!;
      return;
    }
    const job = await backgroundJob(inject('runOnceDir'), 'packed-package');
    app = job.dir;
    expect(job.runs.pack!.code, job.runs.pack!.stderr).toBe(0);
    install = job.runs.install!;
  }, 600_000);

  it('installs with no warning', () => {
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/warn/i);
  });

  // One CommonJS process for both CommonJS tests (each start loads the whole build): the API's line, then a pool run's count.
  let commonJs: ReturnType<typeof run> | undefined;
  const commonJsRun = () => {
    if (commonJs) return commonJs;
    const many = path.join(app, 'many');
    mkdirSync(many);
    const input = path.join(ROOT, 'fixtures', 'postings', 'markdown-plain', 'input.md');
    for (let i = 0; i < 12; i++) cpSync(input, path.join(many, `${i}.md`));
    writeFileSync(path.join(app, 'cjs.cjs'), "const { normalizeText, repairText, processPaths } = require('postings');\nconsole.log(normalizeText('# Barista\\n\\nJoin Bean Co. Part-time.').record.title, repairText('We‚Äôre hiring').text);\n(async () => { let n = 0; for await (const doc of processPaths(['many'], { stdout: process.stdout, stderr: process.stderr, readStdin: async () => new Uint8Array(), stdinIsTTY: false, cwd: __dirname, env: {} }, { jobs: 2 })) if (doc.record) n++; console.log(n); })();\n");
    return (commonJs = run(process.execPath, ['cjs.cjs'], app));
  };

  it('loads from ESM (import) and CommonJS (require), with the same API', () => {
    writeFileSync(path.join(app, 'esm.mjs'), "import { normalizeText, repairText } from 'postings';\nconsole.log(normalizeText('# Barista\\n\\nJoin Bean Co. Part-time.').record.title, repairText('We‚Äôre hiring').text);\n");
    const esm = run(process.execPath, ['esm.mjs'], app);
    expect(esm.stderr, 'esm.mjs').toBe('');
    expect(esm.stdout, 'esm.mjs').toBe('Barista We’re hiring\n');
    const cjs = commonJsRun();
    expect(cjs.stderr, 'cjs.cjs').toBe('');
    expect(cjs.stdout.split('\n')[0], 'cjs.cjs').toBe('Barista We’re hiring');
  });

  it('runs normalizeFiles on a worker pool from CommonJS too', () => {
    const result = commonJsRun();
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(1)).toEqual(['12', '']);
  });

  it('has types for both: TypeScript (nodenext) checks an ESM and a CommonJS file', () => {
    writeFileSync(path.join(app, 'esm.mts'), "import { normalizeText, type Posting } from 'postings';\nconst title: string | null | undefined = normalizeText('x').record?.title;\nexport const p: Posting | null = null;\nexport const shown = title;\n");
    writeFileSync(path.join(app, 'cjs.cts'), "import postings = require('postings');\nconst title: string | null | undefined = postings.normalizeText('x').record?.title;\nexport const shown = title;\n");
    // lib es2022, not nodenext's default (esnext and the DOM's types, about 40% of tsc's CPU here); so no console.
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['esm.mts', 'cjs.cts'] }));
    // One thread: TypeScript 7's tsc checks on several by default, more CPU for two small files.
    const result = run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--singleThreaded'], app);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('exports the record JSON Schema as postings/schema.json', () => {
    writeFileSync(path.join(app, 'schema.cjs'), "console.log(require('postings/schema.json').properties.title !== undefined);\n");
    writeFileSync(path.join(app, 'schema.mjs'), "import schema from 'postings/schema.json' with { type: 'json' };\nconsole.log(schema.properties.title !== undefined);\n");
    for (const file of ['schema.cjs', 'schema.mjs']) expect(run(process.execPath, ['--no-warnings', file], app).stdout, file).toBe('true\n');
  });

  it('exports the config file\'s JSON Schema as postings/config.schema.json, for editors', () => {
    writeFileSync(path.join(app, 'config-schema.cjs'), "console.log(Object.keys(require('postings/config.schema.json').properties).includes('rules'));\n");
    expect(run(process.execPath, ['config-schema.cjs'], app).stdout).toBe('true\n');
  });

  it('names its license, repository, homepage, bugs and keywords in package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(app, 'node_modules', 'postings', 'package.json'), 'utf8'));
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/postings\.git$/);
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/[^/]+\/postings#readme$/);
    expect(manifest.bugs.url).toMatch(/^https:\/\/github\.com\/[^/]+\/postings\/issues$/);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['job-posting', 'mojibake', 'pre-commit', 'github-action']));
  });

  // The bin answers `--version` and `-V` itself, without loading the CLI's bundle (#18), as commander does in the CLI.
  it('ships LICENSE and CHANGELOG.md, and its bin answers --version and -V as the CLI does', async () => {
    const installed = path.join(app, 'node_modules', 'postings');
    for (const file of ['LICENSE', 'CHANGELOG.md', 'package.json']) expect(existsSync(path.join(installed, file)), file).toBe(true);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = run(path.join(app, 'node_modules', '.bin', 'postings'), [flag], app);
      expect(result, flag).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
      expect((await runCli([flag])).stdout, flag).toBe(result.stdout);
    }
  });
});

describe('a clone without a build', { timeout: 300_000 }, () => {
  it('builds on its first run, once, with the build output on stderr', async () => {
    const { first, second } = (await backgroundJob(inject('runOnceDir'), 'clone-build')).runs;
    expect(first!.code, first!.stderr).toBe(0);
    expect(first!.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(first!.stderr).toContain('postings: building the CLI once');
    // The stand-in build (tests/background.ts) prints one line on its stdout: the CLI keeps it off its own.
    if (!DEEP_RUN) expect(first!.stderr).toContain(COPIED_BUILD);
    expect(second!.stderr).toBe('');
    expect(second!.stdout).toBe(first!.stdout);
  });
});
