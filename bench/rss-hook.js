/**
 * Preloaded with `node --import` into a process under measurement: at exit,
 * write the peak resident set size (KB) and the CPU time (user + system,
 * seconds) to the file named by POSTINGS_BENCH_RSS_FILE, as JSON. Both cover
 * the whole process, worker threads included.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.POSTINGS_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ rssKB: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
