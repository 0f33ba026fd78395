/**
 * The terminal, with the real binary: Ctrl-C (SIGINT) ends a run with valid
 * output and a restored terminal, and messages printed while the progress bar
 * is drawn are printed whole (line wrap on).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

const line = (id: string, content: string) => JSON.stringify({ id, content }) + '\n';
const POSTING = '# Backend Engineer\n\nWe build payment systems. Full time.\n';

/** util-linux `script` runs a command on a pseudo-terminal; without it (or bash) these are skipped. */
const hasPty = spawnSync('script', ['--version']).status === 0 && existsSync('/bin/bash');

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
// Waits (up to four minutes, under the tests' five: at load 20 a minute was not enough for validate's bar) until the progress bar has reached
// the terminal's log: no fixed delay to lose under load, and no cost where the bar comes at once.
// script writes the command itself into tty.log's first line, so the pattern is written so that it does not match its
// own text ('[p]ostings |' matches "postings |", not "[p]ostings |"): the wait once ended at once, and a busy machine
// sent the signal before the bar.
const UNTIL_BAR = `for i in $(seq 2400); do grep -q '[p]ostings |' tty.log 2>/dev/null && break; sleep 0.1; done`;
const UNTIL_FILES_BAR = UNTIL_BAR.replace("'[p]ostings |'", "'[f]iles |'");

/** `command` run by bash on a pseudo-terminal in `folder` (script -f writes the terminal to tty.log as it comes): what the terminal showed. */
function onTerminal(folder: string, command: string, env: Record<string, string | undefined> = PTY_ENV): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-qefc', command, 'tty.log'], { cwd: folder, env, stdio: ['ignore', 'pipe', 'ignore'] });
    let terminal = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (terminal += text));
    child.on('close', () => resolve(terminal));
  });
}

/**
 * A folder of postings for validate, with a test stage (POSTINGS_TEST_STAGE) that waits 100 ms a file without CPU: the
 * run lasts past the bar's one-second delay on any machine while its thread mostly waits (400 postings kept it busy).
 */
function validateFolder(prefix: string): { folder: string; env: Record<string, string | undefined> } {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(folder, 'in'));
  for (let i = 0; i < 100; i++) writeFileSync(path.join(folder, 'in', `p${i}.md`), POSTING);
  const stage = path.join(folder, 'wait-stage.mjs');
  writeFileSync(stage, 'const sleeper = new Int32Array(new SharedArrayBuffer(4));\nexport default function waitAWhile(doc) {\n  Atomics.wait(sleeper, 0, 0, 100);\n  return doc;\n}\n');
  return { folder, env: { ...PTY_ENV, POSTINGS_TEST_STAGE: stage } };
}

/**
 * Each case's terminal, all started at once when the file starts (each waits a second or more for the bar, without
 * CPU: in turn they held this test worker about 6 s).
 */
function terminalRuns(): Record<'sigintJson' | 'sigintScript' | 'wide', Promise<string>> {
  const json = mkdtempSync(path.join(tmpdir(), 'postings-sigint-'));
  writeFileSync(path.join(json, 'in.ndjson'), line('a', POSTING));
  // The signal comes once the bar is on the terminal, however slow the machine; as with a real Ctrl-C, which reaches
  // the whole pipeline, the feeder stops too.
  const sigintJson = onTerminal(json, `(cat in.ndjson; until [ -e done ]; do sleep 0.1; done) 2>/dev/null | '${process.execPath}' '${BIN}' normalize --input ndjson --format json > out.json & ${UNTIL_BAR}; kill -INT $!; touch done; wait $!; echo "exit=$?"`);

  // A Ctrl-C reaches the terminal's whole foreground process group: here the script (its own group, set -m) and the command.
  // bash goes on after a command that exits 130 by itself, and stops after one the signal ended. The one validate run
  // with Ctrl-C: its terminal shows the bar put away too.
  const script = validateFolder('postings-sigint-script-');
  const inner = `'${process.execPath}' '${BIN}' validate in --jobs 1 > report.txt; echo "AFTER=$?"`;
  const sigintScript = onTerminal(script.folder, `set -m; bash -c '${inner.replaceAll("'", "'\\''")}' & ${UNTIL_FILES_BAR}; kill -INT -- -$!; wait $!; echo "script=$?"`, script.env);

  const wide = mkdtempSync(path.join(tmpdir(), 'postings-wide-'));
  writeFileSync(path.join(wide, 'first.ndjson'), line('a', POSTING));
  writeFileSync(path.join(wide, 'second.ndjson'), line(WIDE_ID, `${POSTING}\n{% include apply_button.html %}\n`));
  // The second posting (with the warning) comes once the bar is on the terminal.
  const wideRun = onTerminal(wide, `(cat first.ndjson; ${UNTIL_BAR}; cat second.ndjson) | '${process.execPath}' '${BIN}' normalize --input ndjson -v --format ndjson > /dev/null; echo "exit=$?"`, { ...PTY_ENV, COLUMNS: '80' });
  return { sigintJson: sigintJson.then((terminal) => terminal + '\u0000' + readFileSync(path.join(json, 'out.json'), 'utf8')), sigintScript, wide: wideRun };
}

const WIDE_ID = `careers/${'very-long-folder-name/'.repeat(6)}posting.md`;

describe.skipIf(!hasPty)('on a real terminal', () => {
  let runs: ReturnType<typeof terminalRuns>;
  beforeAll(() => {
    runs = terminalRuns();
  });

  it('Ctrl-C while the bar is drawn shows the cursor again, turns line wrap back on, and leaves valid JSON', async () => {
    const [terminal, out] = (await runs.sigintJson).split('\u0000') as [string, string];
    expect(terminal).toMatch(/1 postings \| \d+\/s/);
    expect(terminal).toContain('exit=130');
    expect(terminal).not.toMatch(/^\s+at /m);
    expect(terminal.lastIndexOf('\u001b[?25h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?25l'));
    expect(terminal.lastIndexOf('\u001b[?7h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?7l'));
    expect(JSON.parse(out)).toHaveLength(1);
  });

  it('Ctrl-C while validate draws its bar (the same for dedupe and report) shows the cursor again and turns line wrap back on', async () => {
    // The script's run (below): the command and the script that ran it, both ended by the one Ctrl-C.
    const terminal = await runs.sigintScript;
    expect(terminal).toMatch(/\d+\/100 files \|/);
    expect(terminal).toContain('script=130');
    expect(terminal).not.toMatch(/^\s+at /m);
    expect(terminal.lastIndexOf('\u001b[?25h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?25l'));
    expect(terminal.lastIndexOf('\u001b[?7h')).toBeGreaterThan(terminal.lastIndexOf('\u001b[?7l'));
  });

  it('Ctrl-C stops the shell script that ran the command, as it stops any command', async () => {
    const terminal = await runs.sigintScript;
    expect(terminal).toMatch(/\d+\/100 files \|/);
    expect(terminal).toContain('script=130');
    expect(terminal).not.toMatch(/AFTER=\d/);
  });

  // This run is also progress.test.ts's real terminal: the bar drawn on stderr, and the run's own end.
  it('a message wider than the terminal, printed while the bar is drawn, is printed with line wrap on; the bar is drawn on a terminal and the run ends as usual', async () => {
    const terminal = await runs.wide;
    expect(terminal).toMatch(/1 postings \| \d+\/s/);
    expect(terminal).toContain('postings: 2 read');
    expect(terminal).toContain('exit=0');
    const at = terminal.indexOf(`${WIDE_ID}:5 warning template-include-unresolved`);
    expect(at, terminal).toBeGreaterThan(-1);
    expect(terminal.slice(at)).toMatch(/^[^\r\n]*"apply_button\.html" cannot be resolved; its content is missing/);
    // The bar turned wrap off; the message was printed after it was turned on again.
    expect(terminal.lastIndexOf('\u001b[?7l', at)).toBeGreaterThan(-1);
    expect(terminal.lastIndexOf('\u001b[?7h', at)).toBeGreaterThan(terminal.lastIndexOf('\u001b[?7l', at));
  });
});
