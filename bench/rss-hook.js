/**
 * Preloaded with `node --import` into a process under measurement: at exit,
 * write the peak resident set size (KB) and the CPU time (user + system,
 * seconds) to the file named by POSTINGS_BENCH_RSS_FILE, as JSON. Both cover
 * the whole process, worker threads included. Also the main thread's young
 * and old generation as they are at exit (KB), to see which heap settings
 * took effect (bench/memory.js).
 */
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';

const target = process.env.POSTINGS_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const space = (name) => Math.round((v8.getHeapSpaceStatistics().find((entry) => entry.space_name === name)?.space_size ?? 0) / 1024);
    writeFileSync(target, JSON.stringify({ rssKB: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, newSpaceKB: space('new_space'), oldSpaceKB: space('old_space') }));
  });
}
