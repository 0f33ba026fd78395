/**
 * The terminal, with the real binary: Ctrl-C (SIGINT) ends a run with valid
 * output and a restored terminal, and messages printed while the progress bar
 * is drawn are printed whole (line wrap on).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

const line = (id: string, content: string) => JSON.stringify({ id, content }) + '\n';
const POSTING = '# Backend Engineer\n\nWe build payment systems. Full time.\n';

describe('Ctrl-C', () => {
  it('closes the JSON array written so far and ends by the signal (a shell reports 130)', async () => {
    // stdin stays open, so the run is still going when the signal comes. Each record has one source.sha256.
    const child = spawn(process.execPath, [BIN, 'normalize', '--input', 'ndjson', '--format', 'json'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
    child.stdin.write(line('a', POSTING) + line('b', POSTING));
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    let signalled = false;
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      if (!signalled && (stdout.match(/"sha256"/g) ?? []).length === 2) signalled = child.kill('SIGINT');
    });
    expect(await closed).toBe('SIGINT');
    expect(stderr).not.toMatch(/^\s+at /m);
    const records = JSON.parse(stdout) as Array<{ source: { path: string } }>;
    expect(records.map((record) => record.source.path)).toEqual(['a', 'b']);
  });
});

/** util-linux `script` runs a command on a pseudo-terminal; without it (or bash) these are skipped. */
const hasPty = spawnSync('script', ['--version']).status === 0 && existsSync('/bin/bash');
// `script` runs the command with $SHELL, which a CI machine may leave unset (then sh, which may be dash: no `kill --`).
const PTY_ENV = { ...process.env, SHELL: '/bin/bash', CI: '', TERM: 'xterm', NO_COLOR: '1' };
// Waits (up to a minute) until the progress bar has reached the terminal's log: no fixed delay to lose under load.
const UNTIL_BAR = `for i in $(seq 600); do grep -q 'postings |' tty.log 2>/dev/null && break; sleep 0.1; done`;

describe('on a real terminal', () => {
  it.skipIf(!hasPty)('Ctrl-C while the bar is drawn shows the cursor again, turns line wrap back on, and leaves valid JSON', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'postings-sigint-'));
    writeFileSync(path.join(folder, 'in.ndjson'), line('a', POSTING));
    const out = path.join(folder, 'out.json');
    // The signal comes once the bar is on the terminal (script -f writes it to tty.log as it comes), however slow the machine;
    // as with a real Ctrl-C, which reaches the whole pipeline, the feeder stops too.
    const command = `(cat in.ndjson; until [ -e done ]; do sleep 0.1; done) 2>/dev/null | '${process.execPath}' '${BIN}' normalize --input ndjson --format json > out.json & ${UNTIL_BAR}; kill -INT $!; touch done; wait $!`;
    const result = spawnSync('script', ['-qefc', command, 'tty.log'], { cwd: folder, encoding: 'utf8', env: PTY_ENV });
    const terminal = result.stdout;
    expect(terminal).toMatch(/1 postings \| \d+\/s/);
    expect(terminal.lastIndexOf('\u001b[?25h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?25l'));
    expect(terminal.lastIndexOf('\u001b[?7h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?7l'));
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1);
  });

  it.skipIf(!hasPty)('Ctrl-C while validate draws its bar (the same for dedupe and report) shows the cursor again and turns line wrap back on', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'postings-sigint-validate-'));
    // Enough files for the run to last past the bar's one-second delay.
    mkdirSync(path.join(folder, 'in'));
    for (let i = 0; i < 400; i++) writeFileSync(path.join(folder, 'in', `p${i}.md`), POSTING);
    const untilFilesBar = UNTIL_BAR.replace("'postings |'", "'files |'");
    const command = `'${process.execPath}' '${BIN}' validate in --jobs 1 > report.txt & ${untilFilesBar}; kill -INT $!; wait $!; echo "exit=$?"`;
    const result = spawnSync('script', ['-qefc', command, 'tty.log'], { cwd: folder, encoding: 'utf8', env: PTY_ENV });
    const terminal = result.stdout;
    expect(terminal).toMatch(/\d+\/400 files \|/);
    expect(terminal).toContain('exit=130');
    expect(terminal.lastIndexOf('\u001b[?25h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?25l'));
    expect(terminal.lastIndexOf('\u001b[?7h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?7l'));
  });

  it.skipIf(!hasPty)('Ctrl-C stops the shell script that ran the command, as it stops any command', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'postings-sigint-script-'));
    mkdirSync(path.join(folder, 'in'));
    for (let i = 0; i < 400; i++) writeFileSync(path.join(folder, 'in', `p${i}.md`), POSTING);
    const untilFilesBar = UNTIL_BAR.replace("'postings |'", "'files |'");
    // A Ctrl-C reaches the terminal's whole foreground process group: here the script (its own group, set -m) and the command.
    // bash goes on after a command that exits 130 by itself, and stops after one the signal ended.
    const script = `'${process.execPath}' '${BIN}' validate in --jobs 1 > report.txt; echo "AFTER=$?"`;
    const command = `set -m; bash -c '${script.replaceAll("'", "'\\''")}' & ${untilFilesBar}; kill -INT -- -$!; wait $!; echo "script=$?"`;
    const result = spawnSync('script', ['-qefc', command, 'tty.log'], { cwd: folder, encoding: 'utf8', env: PTY_ENV });
    const terminal = result.stdout;
    expect(terminal).toMatch(/\d+\/400 files \|/);
    expect(terminal).toContain('script=130');
    expect(terminal).not.toMatch(/AFTER=\d/);
  });

  it.skipIf(!hasPty)('a message wider than the terminal, printed while the bar is drawn, is printed with line wrap on', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'postings-wide-'));
    const id = `careers/${'very-long-folder-name/'.repeat(6)}posting.md`;
    writeFileSync(path.join(folder, 'first.ndjson'), line('a', POSTING));
    writeFileSync(path.join(folder, 'second.ndjson'), line(id, `${POSTING}\n{% include apply_button.html %}\n`));
    // The second posting (with the warning) comes once the bar is on the terminal.
    const command = `(cat first.ndjson; ${UNTIL_BAR}; cat second.ndjson) | '${process.execPath}' '${BIN}' normalize --input ndjson -v --format ndjson > /dev/null`;
    const result = spawnSync('script', ['-qefc', command, 'tty.log'], { cwd: folder, encoding: 'utf8', env: { ...PTY_ENV, COLUMNS: '80' } });
    const terminal = result.stdout;
    const at = terminal.indexOf(`${id}:5 warning template-include-unresolved`);
    expect(at, terminal).toBeGreaterThan(-1);
    expect(terminal.slice(at)).toMatch(/^[^\r\n]*"apply_button\.html" cannot be resolved; its content is missing/);
    // The bar turned wrap off; the message was printed after it was turned on again.
    expect(terminal.lastIndexOf('\u001b[?7l', at)).toBeGreaterThan(-1);
    expect(terminal.lastIndexOf('\u001b[?7h', at)).toBeGreaterThan(terminal.lastIndexOf('\u001b[?7l', at));
  });
});
