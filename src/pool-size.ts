/**
 * The default `--jobs`: how many threads a run gets when the user does not
 * say. A worker thread is not free: it loads every module again, compiles
 * the extraction patterns again and runs its first files before the JIT has
 * compiled anything, all on CPU the main thread could have used. It pays only
 * when it has enough work to earn that back and a core of its own to do it
 * on. So the default is the least of:
 *
 * - the cores this process may use (os.availableParallelism());
 * - the physical cores, where the system says (Linux: one per distinct
 *   package and core id in /sys): a hyperthread adds little to this work;
 * - the idle cores: the cores less the one-minute load average, rounded
 *   (where the system has one), since a busy core gives a worker only turns;
 * - the run's size: one thread per POOL_RULE.filesPerThread files and
 *   POOL_RULE.bytesPerThread bytes, and at least one thread.
 *
 * Small runs therefore never start a pool. An explicit `--jobs` overrides all of it.
 */
import { readdirSync, readFileSync, promises as fs } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';

/** The work each thread needs before a worker pays for its own start (calibrated with `npm run bench`). */
export const POOL_RULE = {
  filesPerThread: 1250,
  bytesPerThread: 5 * 1024 * 1024,
  /** Files whose size is read to estimate a run's bytes; the rest are assumed alike. */
  sizeSample: 64,
} as const;

/** What the rule needs to know about the machine. */
export interface MachineFacts {
  cores: number;
  /** Physical cores, when the system says. */
  physicalCores?: number;
  /** The one-minute load average, when the system has one. */
  load?: number;
}

/** A run's size; unknown for a stream (NDJSON on stdin). */
export interface RunSize {
  files: number;
  bytes: number;
}

/** The number of threads (this one included) for a run of this size on this machine. */
export function defaultJobs(size: RunSize | undefined, machine: MachineFacts | (() => MachineFacts) = thisMachine): number {
  const bySize = size ? Math.min(Math.floor(size.files / POOL_RULE.filesPerThread), Math.floor(size.bytes / POOL_RULE.bytesPerThread)) : Infinity;
  // The machine is only asked about when the run is large enough for a worker.
  if (bySize <= 1) return 1;
  const facts = typeof machine === 'function' ? machine() : machine;
  const idle = facts.load === undefined ? Infinity : Math.round(facts.cores - facts.load);
  return Math.max(1, Math.min(facts.cores, facts.physicalCores ?? Infinity, idle, bySize));
}

/**
 * The threads of a pool made by createPool (this one included): the ones asked for, at most the cores; unasked, what
 * `--jobs auto` gives a stream of unknown size (the least of the cores, physical cores and idle cores). A pool has no
 * run size to weigh, and every worker loads the whole pipeline: all 64 cores of a busy box would cost memory and turns.
 */
export function poolJobs(requested: number | undefined, machine: MachineFacts | (() => MachineFacts) = thisMachine): number {
  if (requested === undefined) return defaultJobs(undefined, machine);
  const wanted = Math.floor(requested);
  if (Number.isNaN(wanted)) return 1;
  const { cores } = typeof machine === 'function' ? machine() : machine;
  return Math.max(1, Math.min(cores, wanted));
}

/** This machine's cores, physical cores and load. */
export function thisMachine(): MachineFacts {
  const load = loadavg()[0];
  // Windows has no load average: os.loadavg() gives zeros there.
  return { cores: availableParallelism(), physicalCores: physicalCores(), load: process.platform === 'win32' ? undefined : load };
}

/**
 * Distinct (package, core) pairs under a Linux CPU folder; undefined where
 * there is none (other systems, containers without /sys).
 */
export function physicalCores(cpuFolder = '/sys/devices/system/cpu'): number | undefined {
  try {
    const cores = new Set<string>();
    for (const name of readdirSync(cpuFolder)) {
      if (!/^cpu\d+$/.test(name)) continue;
      const topology = path.join(cpuFolder, name, 'topology');
      const read = (file: string) => readFileSync(path.join(topology, file), 'utf8').trim();
      cores.add(`${read('physical_package_id')}:${read('core_id')}`);
    }
    return cores.size || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A run's size from its input paths: the count, and the bytes estimated from
 * the sizes of up to POOL_RULE.sizeSample files spread over the list (a stat
 * of ten thousand files would cost more than the decision is worth).
 */
export async function runSize(files: string[], cwd: string): Promise<RunSize> {
  if (!files.length) return { files: 0, bytes: 0 };
  const step = Math.max(1, Math.floor(files.length / POOL_RULE.sizeSample));
  const sample = files.filter((_, index) => index % step === 0).slice(0, POOL_RULE.sizeSample);
  const sizes = await Promise.all(sample.map((file) => fs.stat(path.resolve(cwd, file)).then((stat) => (stat.isFile() ? stat.size : 0), () => 0)));
  const mean = sizes.reduce((sum, size) => sum + size, 0) / sample.length;
  return { files: files.length, bytes: Math.round(mean * files.length) };
}
