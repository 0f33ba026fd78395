/**
 * The extract stage of two builds, in one process, alternated round by round:
 * its CPU over the files a splitter split into postings, and over all files,
 * after the stages before it (untimed) and two warm-up rounds. On a loaded
 * machine a whole-process round swings by a fifth; two builds timed in turn
 * in one warm process see the same load.
 *
 *   node bench/extract-ab.js <folder> <dist A> <dist B> [rounds=7]
 *
 * (each dist a built checkout's `dist/`, e.g. a copy of main's). Prints each
 * build's median CPU and B/A per round with its median.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const [folder, A, B, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 7);
const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort().map((n) => [n, readFileSync(path.join(folder, n))]);
const cpu = (b) => { const u = process.cpuUsage(b); return (u.user + u.system) / 1e6; };
async function load(dist) {
  const from = (file) => pathToFileURL(path.resolve(dist, file)).href;
  const { stages } = await import(from('pipeline.js'));
  const { createDoc } = await import(from('document.js'));
  const extract = stages.find(([n]) => n === 'extract')[1];
  const prepare = (onlySplit) => {
    const docs = [];
    for (const [name, bytes] of files) {
      const doc = createDoc(name, bytes);
      let ok = true;
      for (const [stage, run] of stages) { if (stage === 'extract') break; try { run(doc); } catch { ok = false; } if (doc.messages.some((m) => m.fatal)) { ok = false; break; } }
      if (ok && (!onlySplit || doc.segments)) docs.push(doc);
    }
    return docs;
  };
  return { extract, prepare };
}
const builds = { A: await load(A), B: await load(B) };
const times = { A: { split: [], all: [] }, B: { split: [], all: [] } };
for (let r = -2; r < rounds; r++) {
  for (const k of r % 2 ? ['A', 'B'] : ['B', 'A']) {
    const b = builds[k];
    for (const which of ['split', 'all']) {
      const docs = b.prepare(which === 'split');
      const t = process.cpuUsage();
      for (const doc of docs) { try { b.extract(doc); } catch {} }
      if (r >= 0) times[k][which].push(cpu(t));
    }
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const which of ['split', 'all']) {
  const ratios = times.A[which].map((a, i) => times.B[which][i] / a);
  console.log(which, 'A', med(times.A[which]).toFixed(3), 'B', med(times.B[which]).toFixed(3), 'B/A per round', ratios.map((x) => x.toFixed(2)).join(' '), 'median', med(ratios).toFixed(3));
}
