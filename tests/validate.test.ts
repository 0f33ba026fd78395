/**
 * `postings validate` through the built CLI: each problem kind on its own
 * fixture at its source line, the exit codes, and the config file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { runCli } from './helpers.js';

const DIR = 'fixtures/validate';
const fixture = (name: string) => `${DIR}/${name}`;

interface JsonProblem { file: string; line?: number; column?: number; severity: string; ruleId: string; message: string }

async function validateJson(args: string[], options: { cwd?: string } = {}): Promise<{ code: number; problems: JsonProblem[]; summary: { files: number; errors: number; warnings: number }; stderr: string }> {
  const result = await runCli(['validate', '--reporter', 'json', ...args], options);
  const parsed = JSON.parse(result.stdout);
  return { code: result.code, problems: parsed.problems, summary: parsed.summary, stderr: result.stderr };
}

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-validate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const CLEAN = '---\ntitle: Platform Engineer\ncompany: Northwind Freight\n---\n\n# Platform Engineer\n\nKeep the deploys boring.\n';

describe('validate: each problem kind at its line', () => {
  const cases: Array<[name: string, problem: Partial<JsonProblem>]> = [
    ['missing.md', { ruleId: 'read-failed', severity: 'error', message: 'cannot read file: no such file or folder' }],
    ['binary.md', { ruleId: 'binary-file', severity: 'error' }],
    ['invalid-bytes.txt', { ruleId: 'invalid-bytes', severity: 'error', line: 3, column: 8 }],
    ['yaml-syntax.md', { ruleId: 'front-matter-syntax', severity: 'error', line: 4, column: 20, message: 'Unexpected flow-seq-end token in YAML stream: "]"' }],
    ['toml-syntax.md', { ruleId: 'front-matter-syntax', severity: 'error', line: 3, column: 11 }],
  ];
  // One run over every fixture (each holds one kind of problem), then one check per file.
  let all: Awaited<ReturnType<typeof validateJson>>;
  beforeAll(async () => {
    all = await validateJson([...cases.map(([name]) => fixture(name)), fixture('clean.md'), fixture('mojibake.md')]);
  });
  for (const [name, expected] of cases) {
    it(`${name}: ${expected.ruleId}`, async () => {
      expect(all.code).toBe(1);
      const problems = all.problems.filter((p) => p.file === fixture(name));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: fixture(name), ...expected });
      if (expected.line === undefined) expect(problems[0]).not.toHaveProperty('line');
    });
  }

  // JSON front matter, declared (---json) or Hugo's bare object: at the error's line and column, as YAML and TOML.
  it.each([
    ['a trailing comma', '---json\n{"title": "Cook",}\n---\nBody\n', 2, 18, 'Expected double-quoted property name in JSON'],
    ['a missing comma, several lines down', '---json\n{\n  "title": "Cook"\n  "company": "Joe"\n}\n---\nBody\n', 4, 3, "Expected ',' or '}' after property value in JSON"],
    ['a broken literal (V8 gives no position)', '---json\n{\n  "title": "Cook",\n  "remote": tru\n}\n---\nBody\n', 4, 16, "Unexpected token '\\n'"],
    ["Hugo's bare object", '{\n  "title": "Cook"\n  "company": "Joe"\n}\nBody\n', 3, 3, "Expected ',' or '}' after property value in JSON"],
  ])('JSON front matter with %s: front-matter-syntax at its line and column', async (_name, text, line, column, message) => {
    const dir = tempDir({ 'posting.md': text });
    const result = await validateJson([path.join(dir, 'posting.md')]);
    expect(result.problems).toEqual([{ file: path.join(dir, 'posting.md'), severity: 'error', ruleId: 'front-matter-syntax', line, column, message }]);
  });

  it('mojibake: one warning per broken line, at the first broken character', async () => {
    const problems = all.problems.filter((p) => p.file === fixture('mojibake.md'));
    expect(problems.map((p) => [p.ruleId, p.severity, p.line, p.column])).toEqual([
      ['mojibake-found', 'warning', 8, 34],
      ['mojibake-found', 'warning', 9, 38],
    ]);
    expect(problems[0]!.message).toBe('mojibake found (utf-8 read as windows-1252); `postings repair --write` can fix it');
  });

  it('required fields: --require names what must be extracted', async () => {
    const missing = await validateJson(['--require', 'title', fixture('no-title.md')]);
    expect(missing.code).toBe(1);
    expect(missing.problems).toEqual([
      { file: fixture('no-title.md'), severity: 'error', ruleId: 'required-field', message: 'required field "title" could not be extracted' },
    ]);
    const present = await validateJson(['--require', 'title', fixture('clean.md')]);
    expect(present).toMatchObject({ code: 0, problems: [] });
  });

  it('a clean file passes with exit 0 and a summary on stderr only', async () => {
    const result = await runCli(['validate', fixture('clean.md')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('postings: 1 file checked, 0 errors, 0 warnings\n');
  });
});

describe('validate: order and exit codes', () => {
  it('sorts problems by file, then line, whatever the order of the arguments', async () => {
    const names = ['yaml-syntax.md', 'mojibake.md', 'toml-syntax.md', 'invalid-bytes.txt', 'clean.md'];
    const forward = await validateJson(names.map(fixture));
    const backward = await validateJson([...names].reverse().map(fixture));
    expect(forward.problems).toEqual(backward.problems);
    const keys = forward.problems.map((p) => `${p.file}:${p.line}`);
    expect(keys).toEqual([
      'fixtures/validate/invalid-bytes.txt:3',
      'fixtures/validate/mojibake.md:8',
      'fixtures/validate/mojibake.md:9',
      'fixtures/validate/toml-syntax.md:3',
      'fixtures/validate/yaml-syntax.md:4',
    ]);
    expect(forward.summary).toEqual({ files: 5, errors: 3, warnings: 2 });
  });

  it('a warning fails only with --strict (exit 0 for clean and 1 for errors are checked above)', async () => {
    expect((await runCli(['validate', fixture('mojibake.md')])).code).toBe(0);
    expect((await runCli(['validate', '--strict', fixture('mojibake.md')])).code).toBe(1);
  });

  it('exit 2 with one line for wrong usage', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--reporter', 'xml', fixture('clean.md')], /^postings: --reporter xml: not a built-in reporter \(stylish, json, github, sarif\), and cannot find the module "xml"/],
      [['--require', 'title,salery', fixture('clean.md')], /--require: unknown field "salery"/],
      [['--config', 'nowhere.yaml', fixture('clean.md')], /nowhere\.yaml: cannot read config: no such file or folder/],
      [['--now', 'yesterday', fixture('clean.md')], /--now takes a date as YYYY-MM-DD/],
    ];
    for (const [args, pattern] of cases) {
      const result = await runCli(['validate', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(pattern);
      expect(result.stdout).toBe('');
    }
  });

  it('shows an example in its help', async () => {
    const result = await runCli(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ postings validate ./postings --reporter github');
    expect(result.stdout).toContain('--require <fields>');
    expect(result.stdout).not.toContain('--now');
  });
});

describe('validate: config file', () => {
  it('finds postings.config.yaml in the working folder and applies allowed values and a front-matter schema', async () => {
    const dir = tempDir({
      'postings.config.yaml': [
        'required: [title]',
        'allowed:',
        '  title: [Platform Engineer, Data Engineer]',
        'frontMatter:',
        '  type: object',
        '  required: [title, company]',
        '  properties:',
        '    company: {type: string, maxLength: 8}',
        '',
      ].join('\n'),
      'ok.md': CLEAN,
      'other.md': '---\ntitle: Sales Lead\nlocation: Oslo\n---\n\n# Sales Lead\n\nSell things.\n',
    });
    const { code, problems } = await validateJson(['ok.md', 'other.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(problems.map((p) => [p.file, p.line, p.column, p.ruleId, p.message])).toEqual([
      ['ok.md', 3, 1, 'front-matter-schema', 'front matter "company": Too big: expected string to have <=8 characters'],
      ['other.md', 1, undefined, 'front-matter-schema', 'front matter "company": required by the config, but missing'],
      ['other.md', 2, undefined, 'value-not-allowed', 'title is "Sales Lead", which the config does not allow (allowed: Platform Engineer, Data Engineer)'],
    ]);
  });

  // zod's fromJSONSchema alone dropped `required` names missing from `properties`: such a config passed every file.
  it.each([
    ['at the top, without properties', 'frontMatter: {type: object, required: [job_id]}', 'front matter "job_id": required by the config, but missing'],
    ['at the top, beside other properties', 'frontMatter: {type: object, required: [title, job_id], properties: {title: {type: string}}}', 'front matter "job_id": required by the config, but missing'],
    ['without a type', 'frontMatter: {required: [job_id]}', 'front matter "job_id": required by the config, but missing'],
    ['in a nested object', 'frontMatter: {type: object, properties: {meta: {type: object, required: [owner]}}}', 'front matter "meta.owner": required by the config, but missing'],
    ['inside allOf', 'frontMatter: {allOf: [{required: [job_id]}]}', 'front matter "job_id": required by the config, but missing'],
    ['beside additionalProperties: false', 'frontMatter: {type: object, additionalProperties: false, required: [job_id], properties: {title: {}, meta: {}}}', 'front matter "job_id": required by the config, but missing'],
  ])('a frontMatter schema\'s required key holds %s', async (_, config, message) => {
    const dir = tempDir({ 'postings.config.yaml': `${config}\n`, 'one.md': '---\ntitle: Cook\nmeta: {team: food}\n---\n\n# Cook\n\nCook at Joe.\n', 'two.md': '---\ntitle: Cook\njob_id: 7\nmeta: {owner: ann}\n---\n\n# Cook\n\nCook at Joe.\n' });
    const { problems } = await validateJson(['one.md', 'two.md'], { cwd: dir });
    expect(problems.filter((p) => p.ruleId === 'front-matter-schema').map((p) => [p.file, p.message])).toEqual([['one.md', message]]);
  });

  it('reads a JSON config given with --config; --require merges with it, each field reported once', async () => {
    const dir = tempDir({ 'rules.json': JSON.stringify({ required: ['title'] }), 'ok.md': CLEAN, 'bare.txt': 'We are hiring someone to count boxes.\n' });
    const fromConfig = await validateJson(['--config', 'rules.json', 'bare.txt', 'ok.md'], { cwd: dir });
    expect(fromConfig.problems.map((p) => [p.file, p.message])).toEqual([['bare.txt', 'required field "title" could not be extracted']]);
    const merged = await validateJson(['--config', 'rules.json', '--require', 'title', 'bare.txt', 'ok.md'], { cwd: dir });
    expect(merged.problems).toEqual(fromConfig.problems);
    // Without --config nothing is found in that folder, so nothing is required: a missing title is only a warning.
    expect((await validateJson(['bare.txt'], { cwd: dir })).problems.map((p) => [p.severity, p.ruleId])).toEqual([['warning', 'title-missing']]);
  });

  // The config's patterns are the user's. The shapes known to backtrack exponentially are refused at load
  // (hostile-small.test.ts, 'a safe config'); one the static check lets through (a group inside an alternative is not
  // looked into: "((a)|a)+" is 2^30 steps on this title, about 40 s of CPU on a 2-core CI machine) is stopped at the
  // file's time budget (in the library, so in process here), and the run sets no V8 flag: with V8's switch to its
  // linear-time engine on, this pattern would answer "must match pattern" at once. The budget is spent on one file
  // only: the files after it are reported "not checked" without trying the schema again. Half a second of budget: the
  // stop is what is tested, and each second of budget is a second of CPU.
  it('a pattern that backtracks catastrophically is stopped at --timeout once a run, and the run sets no V8 flag', async () => {
    const posting = `---\ntitle: ${'a'.repeat(30)}!\n---\n\n# Title\n\nBody.\n`;
    // The pipeline's tables are built on a worker's first file: not inside the short budget below.
    expect((await validateJson(['posting.md'], { cwd: tempDir({ 'posting.md': posting }) })).code).toBe(0);
    const dir = tempDir({ 'postings.config.yaml': 'frontMatter: {type: object, properties: {title: {type: string, pattern: "^((a)|a)+$"}}}\n', 'one.md': posting, 'two.md': posting, 'three.md': posting });
    const setFlags = v8.setFlagsFromString;
    const flagsSet: string[] = [];
    v8.setFlagsFromString = (flags: string) => {
      flagsSet.push(flags);
      setFlags(flags);
    };
    try {
      const { code, problems } = await validateJson(['--timeout', '0.5', 'one.md', 'two.md', 'three.md'], { cwd: dir });
      expect(code).toBe(1);
      expect(problems.map((p) => [p.line, p.ruleId])).toEqual([[1, 'front-matter-schema'], [1, 'front-matter-schema'], [1, 'front-matter-schema']]);
      // Files come back in the order they finish: whichever ran first spent the budget, the others name it.
      const stopped = problems.filter((p) => p.message.endsWith('went past the time budget of 0.5 s (--timeout); a pattern of it may backtrack on these values'));
      expect(stopped).toHaveLength(1);
      expect(stopped[0]!.message).toBe('front matter "(root)": not checked: the config\'s schema went past the time budget of 0.5 s (--timeout); a pattern of it may backtrack on these values');
      const others = problems.filter((p) => p !== stopped[0]).map((p) => [p.file, p.message]);
      const notTried = `front matter "(root)": not checked: the config's schema went past the time budget on ${stopped[0]!.file}, so it is not tried again in this run`;
      expect(others).toEqual(['one.md', 'two.md', 'three.md'].filter((file) => file !== stopped[0]!.file).sort().map((file) => [file, notTried]));
    } finally {
      v8.setFlagsFromString = setFlags;
    }
    expect(flagsSet).toEqual([]);
  });

  const badConfigs: Array<[name: string, text: string, message: string]> = [
    ['postings.config.yaml', 'maxAge: 90\n', 'postings: postings.config.yaml: Unrecognized key: "maxAge"'],
    ['postings.config.yaml', 'maxAgeDays: -3\n', 'postings: postings.config.yaml: maxAgeDays: Too small: expected number to be >0'],
    ['postings.config.yaml', 'required: [title, salery]\n', 'postings: postings.config.yaml: required.1: Invalid option:'],
    ['postings.config.yaml', 'allowed:\n  remote.policy: [remote\n', 'postings: postings.config.yaml:3:1: not valid YAML:'],
    // A value the record can never hold at that path would fail every posting: a typo, caught at load.
    ['postings.config.yaml', 'allowed:\n  employmentType: [FULLTIME]\n', 'postings: postings.config.yaml: allowed.employmentType.0: Invalid option: expected one of "FULL_TIME"|'],
    ['postings.config.yaml', 'allowed:\n  remote.policy: [remotely]\n', 'postings: postings.config.yaml: allowed.remote.policy.0: Invalid option: expected one of "remote"|"hybrid"|"onsite"'],
    ['postings.config.yaml', 'allowed:\n  draft: [no]\n', 'postings: postings.config.yaml: allowed.draft.0: Invalid input: expected boolean'],
    ['postings.config.yaml', 'allowed:\n  remote.polcy: [remote]\n', 'postings: postings.config.yaml: allowed: Unrecognized key: "remote.polcy"'],
    ['postings.config.json', '{"required": ["title"],}', 'postings: postings.config.json: not valid JSON:'],
    ['postings.config.yml', 'frontMatter:\n  if: {type: object}\n  then: {required: [title]}\n', 'postings: postings.config.yml: frontMatter: not a usable JSON Schema: Conditional schemas'],
  ];
  for (const [name, text, message] of badConfigs) {
    it(`a bad config is one line and exit 2: ${JSON.stringify(text).slice(0, 40)}`, async () => {
      const dir = tempDir({ [name]: text, 'ok.md': CLEAN });
      const result = await runCli(['validate', 'ok.md'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.startsWith(message)).toBe(true);
    });
  }
});
