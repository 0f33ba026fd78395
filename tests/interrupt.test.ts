/**
 * The terminal, with the real binary, in one run: Ctrl-C (SIGINT) ends a run
 * with valid output and a restored terminal, and stops the script that ran it;
 * messages printed while the progress bar is drawn are printed whole (line
 * wrap on). Validate's bar at a Ctrl-C and a run's own end with the bar drawn
 * are progress.test.ts's, in process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

const line = (id: string, content: string) => JSON.stringify({ id, content }) + '\n';
const POSTING = '# Backend Engineer\n\nWe build payment systems. Full time.\n';

/** util-linux `script` runs a command on a pseudo-terminal; without it (or bash, or mkfifo) these are skipped. */
const hasPty = spawnSync('script', ['--version']).status === 0 && existsSync('/bin/bash') && spawnSync('mkfifo', ['--version']).status === 0;

// Where a terminal can be had, the terminal's Ctrl-C tests below cover this one: the JSON test leaves valid JSON with
// its record and no stack trace, and the script test sees a death by the signal (the one handler in src/io.ts, which
// raises the signal again, for every command). So this process starts only where they are skipped.
describe.skipIf(hasPty)('Ctrl-C (without a terminal)', () => {
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

// `script` runs the command with $SHELL, which a CI machine may leave unset (then sh, which may be dash: no `kill --`).
const PTY_ENV = { ...process.env, SHELL: '/bin/bash', CI: '', TERM: 'xterm', NO_COLOR: '1' };
// Waits (up to four minutes, under the tests' five: at load 20 a minute was not enough for a bar) until the progress bar has reached
// the terminal's log: no fixed delay to lose under load, and no cost where the bar comes at once.
// script writes the command itself into tty.log's first line, so the pattern is written so that it does not match its
// own text ('[p]ostings |' matches "postings |", not "[p]ostings |"): the wait once ended at once, and a busy machine
// sent the signal before the bar.
const UNTIL_BAR = `for i in $(seq 2400); do grep -q '[p]ostings |' tty.log 2>/dev/null && break; sleep 0.1; done`;
// And until the second posting's warning is on the terminal and both records are in out.json (one "sha256" line each).
const UNTIL_SECOND = `for i in $(seq 2400); do grep -q '[t]emplate-include-unresolved' tty.log 2>/dev/null && [ "$(grep -c '"sha256"' out.json 2>/dev/null)" = 2 ] && break; sleep 0.1; done`;

const WIDE_ID = `careers/${'very-long-folder-name/'.repeat(6)}posting.md`;

/**
 * The one run on a terminal, started when the file starts (it waits a second or more for the bar, without CPU):
 * normalize -v --format json on a pseudo-terminal 80 columns wide, fed one posting, then (once the bar is drawn) a
 * second whose warning is wider than the terminal, then ended by one Ctrl-C to its whole foreground process group,
 * as a terminal sends it: here a script (its own group, set -m) and the command in it. bash goes on after a command
 * that exits 130 by itself, and stops after one the signal ended. The feeder writes to a FIFO from a group of its own
 * and holds it open until the end: the command is still reading when the signal comes, and the script's only child
 * is the command (a child of the script that ends by itself after a Ctrl-C, as the feeder would, lets bash go on).
 * What the terminal showed, then out.json, split by a NUL.
 */
function terminalRun(): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'postings-terminal-'));
  writeFileSync(path.join(folder, 'first.ndjson'), line('a', POSTING));
  writeFileSync(path.join(folder, 'second.ndjson'), line(WIDE_ID, `${POSTING}\n{% include apply_button.html %}\n`));
  const feeder = `(cat first.ndjson; ${UNTIL_BAR}; cat second.ndjson; until [ -e done ]; do sleep 0.1; done) > in.fifo 2>/dev/null &`;
  const inner = `'${process.execPath}' '${BIN}' normalize --input ndjson -v --format json < in.fifo > out.json; echo "AFTER=$?"`;
  const command = `set -m; mkfifo in.fifo; ${feeder} bash -c '${inner.replaceAll("'", "'\\''")}' & ${UNTIL_BAR}; ${UNTIL_SECOND}; kill -INT -- -$!; touch done; wait $!; echo "script=$?"; wait`;
  return new Promise((resolve) => {
    const child = spawn('script', ['-qefc', command, 'tty.log'], { cwd: folder, env: { ...PTY_ENV, COLUMNS: '80' }, stdio: ['ignore', 'pipe', 'ignore'] });
    let terminal = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (terminal += text));
    child.on('close', () => resolve(terminal + '\u0000' + readFileSync(path.join(folder, 'out.json'), 'utf8')));
  });
}

describe.skipIf(!hasPty)('on a real terminal', () => {
  let run: Promise<[terminal: string, out: string]>;
  beforeAll(() => {
    run = terminalRun().then((both) => both.split('\u0000') as [string, string]);
  });

  it('Ctrl-C while the bar is drawn shows the cursor again, turns line wrap back on, and leaves valid JSON', async () => {
    const [terminal, out] = await run;
    expect(terminal).toMatch(/1 postings \| \d+\/s/);
    expect(terminal).not.toMatch(/^\s+at /m);
    expect(terminal.lastIndexOf('\u001b[?25h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?25l'));
    expect(terminal.lastIndexOf('\u001b[?7h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?7l'));
    expect((JSON.parse(out) as Array<{ source: { path: string } }>).map((record) => record.source.path)).toEqual(['a', WIDE_ID]);
  });

  // The command ended by the signal (a shell reports 130) is what stops the script: one that exits 130 itself does not.
  it('Ctrl-C stops the shell script that ran the command, as it stops any command', async () => {
    const [terminal] = await run;
    expect(terminal).toMatch(/1 postings \| \d+\/s/);
    expect(terminal).toContain('script=130');
    expect(terminal).not.toMatch(/AFTER=\d/);
  });

  // A run's own end with the bar drawn (the summary, exit 0) is progress.test.ts's, in process.
  it('a message wider than the terminal, printed while the bar is drawn, is printed with line wrap on', async () => {
    const [terminal] = await run;
    expect(terminal).toMatch(/1 postings \| \d+\/s/);
    const at = terminal.indexOf(`${WIDE_ID}:5 warning template-include-unresolved`);
    expect(at, terminal).toBeGreaterThan(-1);
    expect(terminal.slice(at)).toMatch(/^[^\r\n]*"apply_button\.html" cannot be resolved; its content is missing/);
    // The bar turned wrap off; the message was printed after it was turned on again.
    expect(terminal.lastIndexOf('\u001b[?7l', at)).toBeGreaterThan(-1);
    expect(terminal.lastIndexOf('\u001b[?7h', at)).toBeGreaterThan(terminal.lastIndexOf('\u001b[?7l', at));
  });
});
