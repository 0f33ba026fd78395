import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNdjson, ROOT, runCli, SEEDS } from './helpers.js';

describe('postings CLI basics', () => {
  it('prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('prints the four seed titles as NDJSON', () => {
    const result = runCli(['normalize', SEEDS, '--format', 'ndjson']);
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout).map((r) => r.title)).toEqual([
      'Senior DevOps Engineer',
      'DevOps & Automation Developer',
      'Software Engineer - Release [IC2]',
      'Operations Manager',
    ]);
  });

  it('rejects an unknown option with one line and exit 2', () => {
    const result = runCli(['normalize', '--nope', SEEDS]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown option '--nope'/);
  });

  it('names a missing file in one line and exits 1', () => {
    const result = runCli(['normalize', 'does-not-exist.md']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does-not-exist.md error read-failed cannot read file: no such file or folder');
  });
});

describe('help', () => {
  it('shows an example for every command', () => {
    const top = runCli(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['normalize', 'repair', 'schema']) {
      expect(top.stdout).toContain(command);
      const help = runCli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(/Examples?:\n\s+\$ postings /);
    }
  });

  it('explains a wrong format choice in one line, exit 2', () => {
    const result = runCli(['normalize', '--format', 'xml', SEEDS]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain("'xml' is invalid");
  });
});

describe('colour', () => {
  it('never colours output on a pipe, nor with NO_COLOR', async () => {
    const { useColor } = await import('../src/io.js');
    const io = (isTTY: boolean, env: Record<string, string>) => ({ stderr: { write: () => true, isTTY }, env }) as never;
    expect(useColor(io(true, {}))).toBe(true);
    expect(useColor(io(true, { NO_COLOR: '1' }))).toBe(false);
    expect(useColor(io(false, {}))).toBe(false);
    const result = runCli(['normalize', SEEDS], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(result.stderr).not.toContain('\u001b[');
  });
});
