/**
 * #18: a budget worker is stopped once it has nothing to do, so a run with one
 * costly file does not keep a second isolate to its end; a costly file after
 * that gets a fresh worker, and the budget still stops a runaway file, once,
 * ending that worker. That the file after a stop gets a fresh worker and its
 * record is budgets.test.ts's (--jobs 1: three stops, each followed by files
 * that must all come out), so this file starts two workers, not three.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HANGING_POSTING, writeHangStage } from './background.js';
import { ROOT } from './helpers.js';

const built = async () => (await import(pathToFileURL(path.join(ROOT, 'dist', 'budget.js')).href)) as typeof import('../src/budget.js');

async function until(done: () => boolean): Promise<boolean> {
  for (let waited = 0; waited < 60_000; waited += 50) {
    if (done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return done();
}

describe('the budget worker stops when idle', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-budget-idle-'));
  writeFileSync(path.join(dir, 'good.md'), '# Barista\n\nJoin Bean Co. Part-time.\n');
  writeFileSync(path.join(dir, 'runaway.md'), HANGING_POSTING);
  // The runaway: a test stage that blocks on the file's marker without CPU, until the budget's wall-clock backstop (4 times
  // the timeout) stops it, leaving a note beside itself each time it starts: how many times the file ran. A spin (1 s of
  // CPU) was stopped by the CPU clock instead: that stop is budgets-precheck's, on a file that really is costly.
  const notes = mkdtempSync(path.join(dir, 'notes-'));
  const stage = writeHangStage(notes);
  const tries = () => readdirSync(notes).filter((name) => name.startsWith('hung-')).length;
  const task = (name: string) => ({ path: path.join(dir, name), cwd: dir, maxBytes: 5 * 1024 * 1024, budgeted: true, testStage: stage });

  it('after its file, and a later file gets a fresh one that still keeps the budget: one stop, which ends it', async () => {
    const { budgetRunner } = await built();
    const runner = budgetRunner({ timeoutSeconds: 1, maxMemoryMb: 512 }, 1, 0);
    try {
      const first = await runner.run(task('good.md'));
      expect(first.record?.title).toBe('Barista');
      expect(await until(() => runner.liveWorkers() === 0)).toBe(true);
      // A fresh worker: its first file warms its Markdown path, so the runaway after it is stopped at the time budget
      // once (a stop on a cold path runs the warm-up and the file again in another worker: two more starts, twice the CPU).
      const again = await runner.run(task('good.md'));
      expect(again.record?.title).toBe('Barista');
      expect(runner.liveWorkers()).toBe(1);
      const runaway = await runner.run(task('runaway.md'));
      expect(runaway.messages.map((m) => m.ruleId)).toEqual(['file-too-complex']);
      expect(tries(), 'the runaway ran once: no warm-up retry').toBe(1);
      // The stopped worker is gone (a later file would get a fresh one: budgets.test.ts).
      expect(runner.liveWorkers()).toBe(0);
    } finally {
      await runner.close();
    }
    expect(runner.liveWorkers()).toBe(0);
  }, 300_000);
});
