/** `postings normalize`: files in, records out (stdout or --out), messages and a summary on stderr. */
import path from 'node:path';
import { Chalk } from 'chalk';
import type { PostingDoc } from '../document.js';
import { emitters, type Emitter, type OutputFormat } from '../emit/index.js';
import { outputFileName, writeInside } from '../emit/out.js';
import { formatMessageLine } from '../format-message.js';
import { useColor, type Io } from '../io.js';
import { processPaths } from '../run.js';
import { safeForTerminal } from '../terminal.js';

export interface NormalizeSettings {
  paths: string[];
  format: OutputFormat;
  out?: string;
  strict: boolean;
  maxBytes?: number;
  /** Print warnings, not only errors. */
  verbose?: boolean;
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
  let emitted = 0;
  if (!settings.out) io.stdout.write(emitter.start());
  for await (const doc of processPaths(settings.paths, io, { maxBytes: settings.maxBytes })) {
    count(doc, summary);
    reportMessages(doc, io, settings.verbose ?? false);
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
        io.stderr.write(`${safeForTerminal(doc.path)} error write-failed ${safeForTerminal((error as Error).message)}\n`);
      }
    } else {
      io.stdout.write(emitter.record(doc.record, emitted));
    }
    emitted++;
  }
  if (!settings.out) io.stdout.write(emitter.end(emitted));
  io.stderr.write(summaryLine(summary, io) + '\n');
  if (summary.read === 0) return 1;
  return summary.failed > 0 || (settings.strict && summary.warnings > 0) ? 1 : 0;
}

function count(doc: PostingDoc, summary: RunSummary): void {
  summary.read++;
  if (doc.repairs.length) summary.repaired++;
  summary.warnings += doc.messages.filter((m) => m.severity === 'warning').length;
  if (!doc.record) summary.failed++;
}

function reportMessages(doc: PostingDoc, io: Io, verbose: boolean): void {
  for (const message of doc.messages) {
    if (message.severity === 'error' || (verbose && message.severity === 'warning')) {
      io.stderr.write(formatMessageLine(doc.path === '-' ? '<stdin>' : path.normalize(doc.path), message) + '\n');
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
