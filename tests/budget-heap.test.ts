/**
 * #18: the budget worker's heap. Its memory budget is the old generation
 * (`--max-memory`); its young generation stays small, since the worker is kept
 * for the rest of a run once a costly file has started it. A test stage notes
 * the heap limits of the thread each file runs in (the built dist/, which has
 * the worker).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../src/io.js';
import { budgetWorkerLimits, BUDGET_YOUNG_GENERATION_MB } from '../src/budget.js';
import { ROOT } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'postings-budget-heap-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('the budget worker heap limits', () => {
  it.each([
    ['the default budget', 512, 512],
    ['a large budget', 4096, 4096],
    ['a small budget', 32, 32],
  ])('%s: the old generation is the budget and the young one is small', (_name, maxMemoryMb, old) => {
    const limits = budgetWorkerLimits({ timeoutSeconds: 30, maxMemoryMb });
    expect(limits.maxOldGenerationSizeMb).toBe(old);
    expect(limits.maxYoungGenerationSizeMb).toBeLessThanOrEqual(BUDGET_YOUNG_GENERATION_MB);
    expect(limits.maxYoungGenerationSizeMb).toBeGreaterThan(0);
  });

  it('a costly file runs in a worker with a young generation of at most 12 MB and the old generation of --max-memory', async () => {
    const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    const notes = mkdtempSync(path.join(tmp, 'notes-'));
    const stage = path.join(notes, 'note-limits.mjs');
    writeFileSync(stage, `import { writeFileSync } from 'node:fs';
import { isMainThread, resourceLimits } from 'node:worker_threads';
export default function noteLimits(doc) {
  writeFileSync(${JSON.stringify(notes)} + '/limits-' + Math.random() + '.json', JSON.stringify({ isMainThread, resourceLimits }));
  return doc;
}
`);
    const dir = path.join(tmp, 'costly');
    mkdirSync(dir);
    // Over 128 KiB: it runs in a budget worker. The bytes are an HTML comment, which the pipeline passes over in
    // milliseconds (144 KB of prose took 0.5 s of CPU cold).
    writeFileSync(path.join(dir, 'costly.md'), `# Barista\n\n<!-- ${'x'.repeat(140_000)} -->\n`);
    const budgeted: string[] = [];
    const docs = [];
    for await (const doc of processPaths([dir], quietIo(), { jobs: 1, testStage: stage, onBudgeted: (file) => budgeted.push(path.basename(file)) })) docs.push(doc);
    expect(docs.map((doc) => doc.record?.title)).toEqual(['Barista']);
    expect(budgeted).toEqual(['costly.md']);
    const seen = readdirSync(notes).filter((name) => name.startsWith('limits-')).map((name) => JSON.parse(readFileSync(path.join(notes, name), 'utf8')));
    expect(seen).toHaveLength(1);
    expect(seen[0].isMainThread).toBe(false);
    expect(seen[0].resourceLimits.maxOldGenerationSizeMb).toBe(512);
    expect(seen[0].resourceLimits.maxYoungGenerationSizeMb).toBeLessThanOrEqual(12);
  }, 300_000);
});

function quietIo(): Io {
  return { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false };
}
