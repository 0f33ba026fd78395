/** `postings normalize`: files in, records out (stdout or --out), messages and a summary on stderr. */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import type { PostingDoc } from '../document.js';
import { emitters, type Emitter, type OutputFormat } from '../emit/index.js';
import { outputFileName, writeInside } from '../emit/out.js';
import { formatMessageLine } from '../format-message.js';
import { useColor, type Io, type Writer } from '../io.js';
import { startProgress, type Progress } from '../progress.js';
import { processNdjson, processPaths, type RunOptions } from '../run.js';
import { safeForTerminal } from '../terminal.js';

export interface NormalizeSettings {
  paths: string[];
  format: OutputFormat;
  out?: string;
  strict: boolean;
  maxBytes?: number;
  /** Print warnings, not only errors. */
  verbose?: boolean;
  /** Worker threads; default: the number of cores. */
  jobs?: number;
  /** What the inputs are: files (default), or NDJSON lines on stdin. */
  input?: 'files' | 'ndjson';
  /** Draw a progress bar when stderr is a terminal (default true). */
  progress?: boolean;
}

export interface RunSummary {
  read: number;
  repaired: number;
  warnings: number;
  failed: number;
}

export async function runNormalize(settings: NormalizeSettings, io: Io): Promise<number> {
  const emitter: Emitter = emitters[settings.format];
  const summary: RunSummary = { read: 0, repaired: 0, warnings: 0, failed: 0 };
  const written = new Set<string>();
  const progress = await startProgress(io, settings.progress ?? true);
  const options: RunOptions = { maxBytes: settings.maxBytes, jobs: settings.jobs ?? availableParallelism(), onTotal: progress.setTotal };
  const docs = settings.input === 'ndjson' ? processNdjson(io, options) : processPaths(settings.paths, io, options);
  let emitted = 0;
  try {
    if (!settings.out) await writeOut(io.stdout, emitter.start());
    for await (const doc of docs) {
      progress.tick();
      count(doc, summary);
      reportMessages(doc, progress, settings.verbose ?? false, settings.input !== 'ndjson');
      if (!doc.record) continue;
      if (settings.out) {
        let name = outputFileName(doc.record, emitter.extension);
        // Two postings never share a file: identical inputs get a counter.
        for (let n = 2; written.has(name); n++) name = name.replace(/(-\d+)?(\.\w+)$/, `-${n}$2`);
        written.add(name);
        try {
          await writeInside(settings.out, name, emitter.single(doc.record));
        } catch (error) {
          summary.failed++;
          progress.log(`${safeForTerminal(doc.path)} error write-failed ${safeForTerminal((error as Error).message)}`);
        }
      } else {
        await writeOut(io.stdout, emitter.record(doc.record, emitted));
      }
      emitted++;
    }
    if (!settings.out) await writeOut(io.stdout, emitter.end(emitted));
  } finally {
    progress.stop();
  }
  io.stderr.write(summaryLine(summary, io) + '\n');
  if (summary.read === 0) return 1;
  return summary.failed > 0 || (settings.strict && summary.warnings > 0) ? 1 : 0;
}

/**
 * Write, and when the stream says its buffer is full, wait until it drains:
 * the run then pulls no further results, so memory stays flat behind a slow pipe.
 */
function writeOut(writer: Writer, chunk: string): Promise<void> | undefined {
  if (writer.write(chunk) !== false) return undefined;
  const stream = writer as Partial<NodeJS.EventEmitter>;
  if (typeof stream.once !== 'function' || typeof stream.off !== 'function') return undefined;
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) stream.off!(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.once!(event, done);
  });
}

function count(doc: PostingDoc, summary: RunSummary): void {
  summary.read++;
  if (doc.repairs.length) summary.repaired++;
  summary.warnings += doc.messages.filter((m) => m.severity === 'warning').length;
  if (!doc.record) summary.failed++;
}

/** NDJSON ids are shown as given; file paths are normalized. */
function reportMessages(doc: PostingDoc, progress: Progress, verbose: boolean, isFilePath: boolean): void {
  const shown = doc.path === '-' ? '<stdin>' : isFilePath ? path.normalize(doc.path) : doc.path;
  for (const message of doc.messages) {
    if (message.severity === 'error' || (verbose && message.severity === 'warning')) {
      progress.log(formatMessageLine(shown, message));
    }
  }
}

export function summaryLine(summary: RunSummary, io: Io): string {
  const chalk = new Chalk({ level: useColor(io) ? 1 : 0 });
  const parts = [
    `${summary.read} read`,
    `${summary.repaired} repaired`,
    summary.warnings ? chalk.yellow(`${summary.warnings} warnings`) : '0 warnings',
    summary.failed ? chalk.red(`${summary.failed} failed`) : chalk.green('0 failed'),
  ];
  return `postings: ${parts.join(', ')}`;
}
