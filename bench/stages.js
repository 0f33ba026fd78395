/**
 * Where one thread's time goes: each pipeline stage, and the NDJSON output,
 * timed in process over a corpus folder after one untimed pass (so the JIT
 * has compiled the hot code, as it has in a long run), with the process's
 * CPU time around each stage. Prints JSON: {files, cpuSeconds: {stage: s}}.
 *
 *   node bench/stages.js <folder>          (after npm run build)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Per-stage CPU seconds (user + system) over every file in `folder`, after a warm-up pass. */
export async function stageTimes(folder) {
  const { stages } = await import(pathToFileURL(path.join(DIST, 'pipeline.js')).href);
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
  pass(false);
  pass(true);
  return { files: files.length, cpuSeconds };
}

const seconds = ({ user, system }) => (user + system) / 1e6;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: node bench/stages.js <folder>');
  process.stdout.write(JSON.stringify(await stageTimes(folder)) + '\n');
}
