/**
 * Where one thread's time goes: each pipeline stage, and the NDJSON output,
 * timed in process over a corpus folder after one untimed pass (so the JIT
 * has compiled the hot code, as it has in a long run), with the process's
 * CPU time around each stage. Prints JSON: {files, cpuSeconds: {stage: s}}.
 * With --families, also the extract stage's CPU by field family (each
 * extractor of src/extract/index.ts timed alone; the rest of the stage is
 * its context's set-up, the posting-kind check and the record).
 * With --cold, the first pass is the timed one (no warm-up): what a one-pass
 * run pays, patterns compiled and code run before the JIT has compiled it.
 *
 *   node bench/stages.js <folder> [--families] [--cold]   (after npm run build)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Per-stage CPU seconds (user + system) over every file in `folder`, after a warm-up pass (`cold`: without one). */
export async function stageTimes(folder, { families = false, cold = false } = {}) {
  const { stages } = await import(pathToFileURL(path.join(DIST, 'pipeline.js')).href);
  const familySeconds = families ? await timeFamilies() : undefined;
  const { createDoc } = await import(pathToFileURL(path.join(DIST, 'document.js')).href);
  const { emitters } = await import(pathToFileURL(path.join(DIST, 'emit', 'index.js')).href);
  const files = readdirSync(folder).sort().map((name) => [name, readFileSync(path.join(folder, name))]);
  const cpuSeconds = Object.fromEntries([...stages.map(([name]) => [name, 0]), ['emit', 0]]);
  const pass = (timed) => {
    for (const [name, bytes] of files) {
      const doc = createDoc(name, bytes);
      // The same loop as processBytes, with a clock around each stage.
      for (const [stage, run] of stages) {
        const before = timed && process.cpuUsage();
        try {
          run(doc);
        } catch {
          // A stage that throws ends this file, as processBytes makes it a fatal message.
          doc.messages.push({ fatal: true });
        }
        if (timed) cpuSeconds[stage] += seconds(process.cpuUsage(before));
        if (doc.messages.some((m) => m.fatal)) break;
      }
      const before = timed && process.cpuUsage();
      if (doc.record) emitters.ndjson.record(doc.record, 0);
      if (timed) cpuSeconds.emit += seconds(process.cpuUsage(before));
    }
  };
  if (!cold) pass(false);
  familySeconds?.reset();
  pass(true);
  return { files: files.length, ...(cold && { cold }), cpuSeconds, ...(familySeconds && { familySeconds: familySeconds.totals }) };
}

/** Wraps each extractor (the module's own array, so the pipeline runs the wrapped ones) with a CPU clock. */
async function timeFamilies() {
  const { extractors } = await import(pathToFileURL(path.join(DIST, 'extract', 'index.js')).href);
  let totals = {};
  extractors.forEach((extractor, index) => {
    const name = extractor.name.replace(/^extract/, '').toLowerCase() || `#${index}`;
    extractors[index] = (ctx) => {
      const before = process.cpuUsage();
      try {
        extractor(ctx);
      } finally {
        totals[name] = (totals[name] ?? 0) + seconds(process.cpuUsage(before));
      }
    };
  });
  return {
    get totals() { return Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]).map(([name, s]) => [name, Number(s.toFixed(3))])); },
    reset() { totals = {}; },
  };
}

const seconds = ({ user, system }) => (user + system) / 1e6;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: node bench/stages.js <folder> [--families] [--cold]');
  process.stdout.write(JSON.stringify(await stageTimes(folder, { families: process.argv.includes('--families'), cold: process.argv.includes('--cold') })) + '\n');
}
