import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/cli.js';
import { cliIo, FIXTURES, fixturePostings, parseNdjson, POSTINGS, ROOT, runCli } from './helpers.js';

describe('postings CLI basics', () => {
  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('prints the titles of the fixtures as NDJSON, in the order of their folders', async () => {
    const result = await runCli(['normalize', POSTINGS, '--format', 'ndjson']);
    expect(result.code).toBe(0);
    const titles = fixturePostings().map((input) => JSON.parse(readFileSync(path.join(path.dirname(input), 'expected.json'), 'utf8')).title);
    expect(parseNdjson(result.stdout).map((r) => r.title)).toEqual(titles);
  });

  it('rejects an unknown option with one line and exit 2', async () => {
    const result = await runCli(['normalize', '--nope', POSTINGS]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown option '--nope'/);
  });

  it('names a missing file in one line and exits 1', async () => {
    const result = await runCli(['normalize', 'does-not-exist.md']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does-not-exist.md error read-failed cannot read file: no such file or folder');
  });
});

describe('help', () => {
  it('shows an example for every command', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['normalize', 'repair', 'schema']) {
      expect(top.stdout).toContain(command);
      const help = await runCli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(/Examples?:\n\s+\$ postings /);
    }
  });

  it('explains a wrong format choice in one line, exit 2', async () => {
    const result = await runCli(['normalize', '--format', 'xml', POSTINGS]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain("'xml' is invalid");
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  /** Colour on stderr for a normalize run, on a pipe or a terminal, with this environment. */
  const coloured = async (args: string[], env: Record<string, string | undefined>, isTTY = false): Promise<boolean> => {
    const io = cliIo();
    io.env = { ...process.env, CI: 'true', NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm', ...env };
    io.stderr.isTTY = isTTY;
    expect(await main(['normalize', path.join(POSTINGS, 'yaml-jekyll'), '-f', 'ndjson', ...args], io)).toBe(0);
    return io.stderr.text().includes(ESC);
  };

  it('follows chalk: FORCE_COLOR, then NO_COLOR, then the terminal', async () => {
    expect(await coloured([], {}, true)).toBe(true);
    expect(await coloured([], {}, false)).toBe(false);
    expect(await coloured([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await coloured([], { TERM: 'dumb' }, true)).toBe(false);
    expect(await coloured([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await coloured([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await coloured([], { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(await coloured([], { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
  });

  it('--color and --no-color come first, before or after the command', async () => {
    expect(await coloured(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
    expect(await coloured(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
    const io = cliIo({ env: { NO_COLOR: '' } });
    expect(await main(['--color', 'validate', path.join(FIXTURES, 'validate', 'mojibake.md')], io)).toBe(0);
    expect(io.stderr.text()).toContain(ESC);
  });

  it('never colours by default in tests and CI pipes', async () => {
    const result = await runCli(['normalize', POSTINGS], { env: { NO_COLOR: '' } });
    expect(result.stderr).not.toContain(ESC);
  });
});

describe('usage problems are one clear line and exit 2', () => {
  it('no command prints the usage on stderr', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: postings/);
  });

  it('a folder holding no posting files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-empty-'));
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    for (const command of ['normalize', 'validate']) {
      const result = await runCli([command, dir]);
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toContain(`postings: no posting files found in ${dir}`);
    }
  });

  it('--out naming a file, not a folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-outfile-'));
    const file = path.join(dir, 'taken');
    writeFileSync(file, 'keep me');
    const result = await runCli(['normalize', POSTINGS, '--out', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([`postings: --out ${file} is not a folder`]);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('inputs', () => {
  it('reads standard input once, however often "-" is named', async () => {
    const result = await runCli(['normalize', '-', '-', '-f', 'ndjson'], { input: '# Barista\n\nA job.\n' });
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout)).toHaveLength(1);
  });

  it('--strict shows the warnings that fail the run', async () => {
    const result = await runCli(['normalize', path.join(POSTINGS, 'yaml-jekyll', 'input.md'), '--strict', '-f', 'ndjson']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/yaml-jekyll\/input\.md:9 warning template-include-unresolved/);
  });

  it('repair keeps a byte-order mark, so a clean file comes out byte for byte', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-bom-'));
    const file = path.join(dir, 'bom.md');
    const bytes = Buffer.from('\uFEFF# Café\n\nClean text — nothing to do.\n', 'utf8');
    writeFileSync(file, bytes);
    const result = await runCli(['repair', file]);
    expect(result.code).toBe(0);
    expect(Buffer.compare(Buffer.from(result.stdout, 'utf8'), bytes)).toBe(0);
  });
});
