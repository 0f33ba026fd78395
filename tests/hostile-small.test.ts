/**
 * The small faults of issue 16, each through the CLI: output errors, TOML
 * int64, an NDJSON BOM, `--out ""` and --out names that keep the id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, FIXTURES, parseNdjson, runCli } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'postings-small-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('output errors', () => {
  it.skipIf(!existsSync('/dev/full'))('a full stdout is one line and exit 1, never a stack trace', () => {
    // Through a shell, so stdout is the device itself, as with `> /dev/full`.
    const full = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" normalize "${path.join(FIXTURES, 'postings')}" > /dev/full`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
    expect(full.status).toBe(1);
    expect(full.stderr.split('\n')[0]).toBe('postings: cannot write output: no space left on device');
    expect(full.stderr).not.toMatch(/\bat .*:\d+:\d+|Error:/);
  });
});

describe('input kinds', () => {
  const good = path.join(FIXTURES, 'postings', 'yaml-jekyll', 'input.md');

  // In process (a start of the CLI costs about a second of CPU). A run that opened the FIFO would wait for a writer,
  // perhaps blocking this thread: a watchdog process opens it every 20 s, so such a regression fails here instead of
  // hanging the test worker.
  it.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('a FIFO named on the command line is one error and never blocks, in every command', async () => {
    const fifo = path.join(tmp, 'posting.fifo');
    spawnSync('mkfifo', [fifo]);
    // A process group of its own, so that ending it ends its `sleep` too (a lone sleep would outlive the test).
    const watchdog = spawn('sh', ['-c', 'while sleep 20; do : <> "$1"; done', 'sh', fifo], { stdio: 'ignore', detached: true });
    try {
      for (const command of ['normalize', 'validate', 'repair']) {
        // --timeout: the good file is never stopped for the time it waits for a core on a busy machine (30 s of wall-clock time by default).
        // normalize prints NDJSON, so the same run shows the good file's record.
        const result = await runCli([command, fifo, good, '--timeout', '600', ...(command === 'normalize' ? ['-f', 'ndjson'] : [])]);
        expect(result.code, result.stderr).toBe(1);
        expect(result.stderr).toContain('posting.fifo error read-failed cannot read file: not a regular file (a pipe); pass --allow-special to read it');
        expect(result.stderr.match(/ error /g), result.stderr).toHaveLength(1);
        if (command === 'normalize') expect(parseNdjson(result.stdout)).toHaveLength(1);
      }
    } finally {
      try {
        process.kill(-watchdog.pid!);
      } catch {
        // Already gone.
      }
    }
  });

  it('a link to / inside a scanned folder is reported and skipped, not walked', async () => {
    const dir = path.join(tmp, 'link-to-root');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'good.md'), '# Barista\n\nJoin Bean Co.\n');
    symlinkSync('/', path.join(dir, 'everything'));
    const result = await runCli(['normalize', dir, '-f', 'ndjson']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/everything error read-failed cannot read file: symbolic link leads outside the folder given; skipped \(--follow-symlinks follows it\)/);
    expect(result.stderr.match(/ error /g)).toHaveLength(1);
    expect(parseNdjson(result.stdout).map((record) => record.title)).toEqual(['Barista']);
  });

  it('--follow-symlinks follows a link out of the tree', async () => {
    const outside = path.join(tmp, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'baker.md'), '# Baker\n\nJoin Bean Co.\n');
    const dir = path.join(tmp, 'link-out');
    mkdirSync(dir, { recursive: true });
    symlinkSync(outside, path.join(dir, 'shared'));
    expect((await runCli(['normalize', dir, '-f', 'ndjson'])).code).toBe(1);
    const result = await runCli(['normalize', dir, '-f', 'ndjson', '--follow-symlinks']);
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout).map((record) => record.title)).toEqual(['Baker']);
  });
});

describe('small faults', () => {
  it('a TOML integer past 2^53 is kept exactly, as a string, and the file gives its record', async () => {
    const result = await runCli(['normalize', '-', '-f', 'ndjson'], { input: '+++\ntitle = "Barista"\nbig = 9007199254740993\nsmall = 42\n+++\n# Barista\n\nJoin Bean Co.\n' });
    expect(result.code).toBe(0);
    const [record] = parseNdjson(result.stdout);
    expect(record!.title).toBe('Barista');
    expect(record!.source.frontmatter).toMatchObject({ big: '9007199254740993', small: 42 });
  });

  it('an NDJSON stream that starts with a byte order mark keeps its first line', async () => {
    const lines = ['\uFEFF{"id":"a","content":"# Barista\\n\\nJoin Bean Co."}', '{"id":"b","content":"# Baker\\n\\nJoin Bean Co."}'];
    const result = await runCli(['normalize', '--input', 'ndjson', '-f', 'ndjson'], { input: lines.join('\n') + '\n' });
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout).map((record) => record.source.path)).toEqual(['a', 'b']);
  });

  it('--out "" is a usage error, and nothing is written to stdout', async () => {
    const result = await runCli(['normalize', path.join(FIXTURES, 'postings'), '--out', '']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('postings: --out needs a folder name\n');
  });

  it('--out names keep the id when identical postings have an id that starts with ten digits', async () => {
    // This content's id starts with ten digits (2587027489…); two copies must share neither a file nor lose the id.
    const dir = path.join(tmp, 'digits');
    mkdirSync(dir, { recursive: true });
    const text = '+++\ntitle = "Barista"\nbig = 9007199254740993\n+++\n# Barista\n\nBody.\n';
    writeFileSync(path.join(dir, 'a.md'), text);
    writeFileSync(path.join(dir, 'b.md'), text);
    const out = path.join(tmp, 'digits-out');
    const result = await runCli(['normalize', dir, '--out', out]);
    expect(result.code).toBe(0);
    const [record] = parseNdjson((await runCli(['normalize', path.join(dir, 'a.md'), '-f', 'ndjson'])).stdout);
    const id = record!.id.slice(0, 10) as string;
    expect(id).toMatch(/^\d{10}$/);
    expect(readdirSync(out).sort()).toEqual([`barista-${id}-2.json`, `barista-${id}.json`]);
  });
});

describe('nothing raw on stderr', () => {
  it('a YAML tag the parser warns about is one warning line with the file and line, with no escape sequence', async () => {
    const text = '---\ntitle: Barista\nsteal: !!js/function "\u001b]0;pwned\u0007\u001b[2J"\n---\n# Barista\n\nJoin Bean Co.\n';
    const result = await runCli(['normalize', '-', '-f', 'ndjson', '-v'], { input: text });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^<stdin>:3:8 warning front-matter-warning Unresolved tag: /m);
    expect(result.stderr).not.toMatch(/[\u001b\u0007]|YAMLWarning|\(node:/);
    expect(parseNdjson(result.stdout)[0]!.title).toBe('Barista');
  });

  it('a usage error echoes its argument without escape sequences', async () => {
    const result = await runCli(['normalize', '--\u001b]0;pwned\u0007\u001b[31mbad']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(result.stderr).toMatch(/^postings: unknown option/);
  });
});

describe('a safe config', () => {
  const posting = `---\ntitle: ${'a'.repeat(40)}!\n---\n# Barista\n\nJoin Bean Co.\n`;
  const inFolder = (name: string, config: string) => {
    const dir = path.join(tmp, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'postings.config.yaml'), config);
    writeFileSync(path.join(dir, 'posting.md'), posting);
    return dir;
  };
  const refused: Array<[name: string, config: string, reason: RegExp]> = [
    ['ref-root', 'frontMatter: {$ref: "#"}', /\$ref "#" refers back to itself/],
    ['ref-chain', 'frontMatter: {$defs: {a: {properties: {x: {$ref: "#/$defs/b"}}}, b: {items: {$ref: "#/$defs/a"}}}, properties: {t: {$ref: "#/$defs/a"}}}', /refers back to itself \(a cycle\)/],
    ['ref-remote', 'frontMatter: {$ref: "https://example.com/schema.json"}', /points outside the config/],
    ['backreference', 'frontMatter: {type: object, properties: {title: {type: string, pattern: "^(a)\\\\1$"}}}', /backreference or lookaround/],
  ];
  // In process: the config is read from the working folder that runCli gives main.
  for (const [name, config, reason] of refused) {
    it(`${name}: refused with exit 2 and one line`, async () => {
      const run = await runCli(['validate', 'posting.md'], { cwd: inFolder(name, config) });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  // Config patterns read before any value meets them (src/config/pattern-safety.ts): the shapes that backtrack
  // exponentially are refused with the pattern's JSON pointer; ordinary patterns, and characters that only look like
  // quantifiers ("[+*]", "\\+", a "{" that opens no count), are accepted. Written as JSON strings, as in a JSON config.
  const patterns: Array<[pattern: string, refused: RegExp | 'accepted']> = [
    ['^(a+)+$', /repeats a group that holds a quantifier \("\(a\+\)\+"\)/],
    ['(\\w+\\s?)*', /repeats a group that holds a quantifier/],
    ['(a?a?)*', /repeats a group that holds a quantifier/],
    ['([a-z]+|[0-9]+)*', /repeats a group that holds a quantifier/],
    ['(a*-a*)*', /repeats a group that holds a quantifier/],
    ['((-[a-z]+)*)*', /repeats a group that holds a quantifier/],
    ['(-a*|-a*)+', /repeats a group that holds a quantifier/],
    ['(a|a)*', /repeats a group whose alternatives can match the same text/],
    ['(a|ab)*', /alternatives can match the same text/],
    ['(\\w|\\d)+', /alternatives can match the same text/],
    ['^(.|\\s)*$', /alternatives can match the same text/],
    ['^[a-z]+(-[a-z]+)*$', 'accepted'],
    ['^([a-z0-9]+(-[a-z0-9]+)*\\.)+[a-z]{2,}$', 'accepted'],
    ['^(\\w+\\.)*\\w+$', 'accepted'],
    ['(\\s?[a-z])+', 'accepted'],
    ['[+*]+', 'accepted'],
    ['(\\++)', 'accepted'],
    ['^(ab|ac)*$', 'accepted'],
    ['^(.|\\n)*$', 'accepted'],
    ['^(\\+\\d{1,3})?[0-9 ]+$', 'accepted'],
    ['^\\d{4}-\\d{2}-\\d{2}$', 'accepted'],
    ['^(a{2})*x{,3}$', 'accepted'],
    ['^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$', 'accepted'],
  ];
  for (const [pattern, refused] of patterns) {
    it(`pattern ${pattern}: ${refused === 'accepted' ? 'accepted' : 'refused at load'}`, async () => {
      const config = `{"frontMatter": {"type": "object", "properties": {"title": {"type": "string", "pattern": ${JSON.stringify(pattern)}}}}}`;
      const dir = inFolder(`pattern-${patterns.findIndex((row) => row[0] === pattern)}`, '');
      writeFileSync(path.join(dir, 'rules.json'), config);
      const run = await runCli(['validate', '--config', 'rules.json', 'posting.md'], { cwd: dir });
      if (refused === 'accepted') {
        // Checked: the title matches the pattern or gets a front-matter-schema error; no config error.
        expect(run.code).not.toBe(2);
        expect(run.stderr).not.toContain('postings: rules.json');
        return;
      }
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`postings: rules.json: frontMatter: at #/properties/title/pattern: pattern "${pattern}" `);
      expect(run.stderr).toMatch(refused);
    });
  }

  it('a patternProperties key is named by its escaped JSON pointer', async () => {
    const dir = inFolder('pattern-properties', 'frontMatter: {type: object, patternProperties: {"^x/(a|a)+~$": {type: string}}}\n');
    const run = await runCli(['validate', '--config', 'postings.config.yaml', 'posting.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^postings: postings\.config\.yaml: frontMatter: at #\/patternProperties\/\^x~1\(a\|a\)\+~0\$: pattern .* alternatives can match the same text/);
  });

  // A pattern that backtracks catastrophically is stopped at --timeout in the library, so in process:
  // validate.test.ts's 'a pattern that backtracks catastrophically is stopped at --timeout, and the run sets no V8 flag'.
});
