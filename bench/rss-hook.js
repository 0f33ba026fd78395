/**
 * Preloaded with `node --import` into a process under measurement: at exit,
 * write the peak resident set size (KB, the whole process, worker threads
 * included) to the file named by POSTINGS_BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.POSTINGS_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
