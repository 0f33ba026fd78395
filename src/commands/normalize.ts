/** `postings normalize`: files in, records out (stdout or --out), messages and a summary on stderr. */
import path from 'node:path';
import { Chalk } from 'chalk';
import { isDroppedDuplicate, markDuplicates } from '../corpus/dedupe.js';
import { createDoc, message, recordsOf, type PostingDoc } from '../document.js';
import { describeError, POSTING_EXTENSIONS } from '../input/expand.js';
import type { Emitter } from '../emit/emitter.js';
import type { OutputFormat } from '../emit/index.js';
import { loadEmitter } from '../emit/load.js';
import { FolderError, makeFolders } from '../emit/folders.js';
import { isRecordOutput, outputFileName, writeInside } from '../emit/out.js';
import { formatMessageLine } from '../format-message.js';
import { outputFailure, useColor, type Io, type Writer } from '../io.js';
import { startProgress, type Progress } from '../progress.js';
import { safeForTerminal } from '../terminal.js';
import { noInputLine, readInputs, type InputSettings } from './inputs.js';

export interface NormalizeSettings extends InputSettings {
  format: OutputFormat;
  out?: string;
  /** Keep one record per group of duplicates (see `postings dedupe`). */
  dedupe?: boolean;
  /** The day closing dates are compared with (YYYY-MM-DD); tests pass a fixed day. */
  today?: string;
  /** `--bom`: start CSV output with a byte order mark. */
  bom?: boolean;
}

export interface RunSummary {
  read: number;
  repaired: number;
  warnings: number;
  failed: number;
}

export async function runNormalize(settings: NormalizeSettings, io: Io): Promise<number> {
  const emitter: Emitter = await loadEmitter(settings.format, { bom: settings.bom });
  const summary: RunSummary = { read: 0, repaired: 0, warnings: 0, failed: 0 };
  const written = new Set<string>();
  if (settings.out) {
    // One clear usage error up front, rather than one failure per posting.
    const problem = await prepareOutFolder(path.resolve(io.cwd, settings.out));
    if (problem) {
      io.stderr.write(`postings: --out ${safeForTerminal(settings.out)} ${problem}\n`);
      return 2;
    }
  }
  const progress = await startProgress(io, settings.progress ?? true);
  const { docs: source, total } = readInputs(settings, io, progress, { today: settings.today, ...(settings.dedupe ? { signatures: true } : {}) });
  // --dedupe needs every record before it can choose; the bar moves while they are read.
  const docs = settings.dedupe ? markDuplicates(source, () => progress.tick()) : source;
  let emitted = 0;
  // Ctrl-C: the bar goes (cursor and line wrap restored) and a JSON array is closed, so the output so far stays valid.
  let interrupted = false;
  const stopListening = io.onInterrupt?.(() => {
    interrupted = true;
    progress.stop();
    if (!settings.out) io.stdout.write(emitter.end(emitted));
  });
  try {
    if (!settings.out) await writeOut(io.stdout, emitter.start());
    for await (const doc of docs) {
      if (interrupted) break;
      if (!settings.dedupe) progress.tick();
      count(doc, summary);
      // With --strict a warning fails the run, so the user is shown which.
      reportMessages(doc, progress, (settings.verbose ?? false) || settings.strict, settings.input !== 'ndjson');
      for (const record of recordsOf(doc)) {
        if (isDroppedDuplicate(doc, record)) continue;
        if (settings.out) {
          const first = outputFileName(record, emitter.extension);
          let name = first;
          // Two postings never share a file: identical inputs get a counter after the id.
          for (let n = 2; written.has(name); n++) name = first.replace(/\.\w+$/, `-${n}$&`);
          written.add(name);
          try {
            // A rerun replaces this record's earlier file; any other file of that name is kept, and this write refused.
            await writeInside(path.resolve(io.cwd, settings.out), name, emitter.single(record), (head) => isRecordOutput(head, record, emitter.extension));
          } catch (error) {
            // A full or failing disk fails every later write too: one line, and the run stops.
            const reason = outputFailure(error as NodeJS.ErrnoException);
            if (reason) {
              io.stderr.write(`postings: cannot write output: ${reason}\n`);
              return 1;
            }
            summary.failed++;
            const failure = createDoc(doc.path, new Uint8Array());
            message(failure, 'write-failed', { fatal: true, args: { name: path.join(settings.out, name), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message } });
            reportMessages(failure, progress, false, settings.input !== 'ndjson');
          }
        } else {
          await writeOut(io.stdout, emitter.record(record, emitted));
        }
        emitted++;
      }
    }
    if (!settings.out && !interrupted) await writeOut(io.stdout, emitter.end(emitted));
  } finally {
    stopListening?.();
    progress.stop();
  }
  if (summary.read === 0) {
    // Nothing to read is a usage problem (exit 2), not a failed input.
    io.stderr.write(`${noInputLine(settings, total())}\n`);
    return 2;
  }
  io.stderr.write(summaryLine(summary, io) + '\n');
  return summary.failed > 0 || (settings.strict && summary.warnings > 0) ? 1 : 0;
}

/** Make the --out folder; a reason when it cannot be used. */
async function prepareOutFolder(dir: string): Promise<string | undefined> {
  try {
    await makeFolders(dir);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof FolderError && code !== 'EEXIST' && code !== 'ENOTDIR') return `cannot be created: ${safeForTerminal(error.message)}`;
    return code === 'EEXIST' || code === 'ENOTDIR' ? 'is not a folder' : `cannot be created: ${describeError(error as NodeJS.ErrnoException)}`;
  }
}

/**
 * Write, and when the stream says its buffer is full, wait until it drains:
 * the run then pulls no further results, so memory stays flat behind a slow pipe.
 */
export function writeOut(writer: Writer, chunk: string): Promise<void> | undefined {
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

export function count(doc: PostingDoc, summary: RunSummary): void {
  summary.read++;
  if (doc.repairs.length) summary.repaired++;
  summary.warnings += doc.messages.filter((m) => m.severity === 'warning').length;
  if (!doc.record) summary.failed++;
}

/** NDJSON ids are shown as given; file paths are normalized. */
export function reportMessages(doc: PostingDoc, progress: Progress, verbose: boolean, isFilePath: boolean): void {
  const shown = doc.path === '-' ? '<stdin>' : isFilePath ? path.normalize(doc.path) : doc.path;
  for (const message of doc.messages) {
    // A fatal message says why a file gave no record: always shown.
    if (message.severity === 'error' || message.fatal || (verbose && message.severity === 'warning')) {
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
