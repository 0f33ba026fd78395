/**
 * Preloaded with `node --import` into a process under measurement: at exit,
 * write the peak resident set size (KB) and the CPU time (user + system,
 * seconds) to the file named by POSTINGS_BENCH_RSS_FILE, as JSON. Both cover
 * the whole process, worker threads included. Also the main thread's young
 * and old generation as they are at exit (KB), to see which heap settings
 * took effect (bench/memory.js).
 *
 * And where the peak went (`peak`, KB): the resident set is sampled every
 * 50 ms, and at its highest sample split into mapped files (the node binary
 * and its libraries), the main thread's V8 heap by space, ArrayBuffers, and
 * the rest (worker isolates and native allocations outside V8's heap).
 * Also the largest the main thread's semi-spaces were at any sample
 * (`youngMaxKB`): whether bin/young-generation.js's cap held all run long.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const target = process.env.POSTINGS_BENCH_RSS_FILE;
const kb = (bytes) => Math.round(bytes / 1024);

/** Resident KB of mapped files and of anonymous memory (Linux; undefined elsewhere). */
function residentKinds() {
  try {
    const rollup = readFileSync('/proc/self/smaps_rollup', 'utf8');
    const field = (name) => Number(rollup.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1]);
    return { files: field('Rss') - field('Anonymous'), anonymous: field('Anonymous') };
  } catch {
    return undefined;
  }
}

/** The resident set now, split as far as this thread can see. */
function split() {
  const usage = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
  const heap = {
    young: kb(spaces.new_space ?? 0),
    // Objects over 128 KB allocated young: not the semi-spaces the command caps, but counted apart from old.
    youngLarge: kb(spaces.new_large_object_space ?? 0),
    old: kb((spaces.old_space ?? 0) + (spaces.large_object_space ?? 0)),
    code: kb((spaces.code_space ?? 0) + (spaces.code_large_object_space ?? 0)),
  };
  const kinds = residentKinds();
  const heapKB = kb(usage.heapTotal);
  const arrayBuffersKB = kb(usage.arrayBuffers);
  return {
    rssKB: kb(usage.rss),
    filesKB: kinds?.files,
    heapKB,
    heap,
    arrayBuffersKB,
    restKB: kinds ? kinds.anonymous - heapKB - arrayBuffersKB : undefined,
  };
}

if (target && isMainThread) {
  let peak = split();
  let youngMaxKB = 0;
  const sample = () => {
    youngMaxKB = Math.max(youngMaxKB, kb(v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0));
    const rss = process.memoryUsage.rss();
    if (rss / 1024 > peak.rssKB) peak = split();
  };
  setInterval(sample, 50).unref();
  process.on('exit', () => {
    sample();
    const usage = process.resourceUsage();
    const space = (name) => Math.round((v8.getHeapSpaceStatistics().find((entry) => entry.space_name === name)?.space_size ?? 0) / 1024);
    writeFileSync(target, JSON.stringify({ rssKB: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, newSpaceKB: space('new_space'), oldSpaceKB: space('old_space'), youngMaxKB, peak }));
  });
}
