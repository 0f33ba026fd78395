/**
 * A process's CPU as the suite's logs read it (tests/cpu-log.ts, and SUITE_PROCESS_CPU_LOG's lines from global setup):
 * its own, from process.cpuUsage(), and that of the children it waited for, from /proc/self/stat (Linux only).
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** This process's CPU and its waited-for children's (cutime, cstime in /proc/self/stat), in seconds. */
export function sample(): { own: number; children: number; at: number } {
  const usage = process.cpuUsage();
  let children = 0;
  try {
    // The fields after the command's closing parenthesis; cutime and cstime are the 16th and 17th of the line.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    // Not Linux: children's CPU unknown.
  }
  return { own: (usage.user + usage.system) / 1e6, children, at: Date.now() };
}

/** This process's CPU since it started, and its waited-for children's, in seconds to a tenth. */
export function processCpu(): { cpu: number; children: number } {
  const { own, children } = sample();
  return { cpu: Math.round(own * 10) / 10, children: Math.round(children * 10) / 10 };
}
