/**
 * `postings report`: read a corpus as normalize does and write one page about
 * it (HTML, self-contained) or its numbers (JSON), to --out or stdout.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { collectDocs, finish, type CorpusInput } from '../corpus/collect.js';
import { ReportBuilder, type ReportData } from '../corpus/report-data.js';
import type { Io } from '../io.js';
import { FolderError, outputErrorText } from '../emit/folders.js';
import { writeInside } from '../emit/out.js';
import { renderPage } from '../report-html/page.js';
import { safeForTerminal } from '../terminal.js';
import { writeOut } from './normalize.js';

export interface ReportSettings extends CorpusInput {
  format: 'html' | 'json';
  /** The file to write; stdout when absent. */
  out?: string;
}

/** The report's numbers for these documents (library use). */
export { ReportBuilder } from '../corpus/report-data.js';

export async function runReport(settings: ReportSettings, io: Io): Promise<number> {
  const target = settings.out === undefined ? undefined : path.resolve(io.cwd, settings.out);
  if (target && (await isFolder(target))) {
    io.stderr.write(`postings: --out ${safeForTerminal(settings.out!)} is a folder; name the report file, e.g. ${safeForTerminal(path.join(settings.out!, 'report.html'))}\n`);
    return 2;
  }
  const builder = new ReportBuilder();
  const isOwnOutput = (doc: { path: string }) => target !== undefined && settings.input !== 'ndjson' && doc.path !== '-' && path.resolve(io.cwd, doc.path) === target;
  const collected = await collectDocs(settings, io, (doc) => builder.add(doc), isOwnOutput);
  if (collected.noInput) return finish(collected, settings, io);
  const data = builder.finish();
  const text = settings.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : renderPage(data, { inputs: settings.paths, linkTo: linker(settings, io, target) });
  if (target) {
    try {
      await writeInside(path.dirname(target), path.basename(target), text, isEarlierReport);
      io.stderr.write(`postings: wrote ${safeForTerminal(settings.out!)} (${data.totals.records} records, ${data.totals.groups} duplicate groups)\n`);
    } catch (error) {
      io.stderr.write(`postings: cannot write ${safeForTerminal(settings.out!)}: ${safeForTerminal(outputErrorText(error))}\n`);
      finish(collected, settings, io);
      // A folder that cannot be made is a bad output target (exit 2, as --out naming a folder); a failing write is 1.
      return error instanceof FolderError ? 2 : 1;
    }
  } else {
    await writeOut(io.stdout, text);
  }
  return finish(collected, settings, io);
}

/** Links from the page's folder to each posting file; none for stdin or NDJSON ids. */
function linker(settings: ReportSettings, io: Io, target: string | undefined): (file: string) => string | null {
  const from = target ? path.dirname(target) : io.cwd;
  return (file) => {
    if (settings.input === 'ndjson' || file === '-') return null;
    const relative = path.relative(from, path.resolve(io.cwd, file));
    return relative.split(path.sep).map(encodeURIComponent).join('/');
  };
}

async function isFolder(file: string): Promise<boolean> {
  return fs.stat(file).then((stat) => stat.isDirectory(), () => false);
}

export type { ReportData };

/** A rerun replaces its own earlier report (the HTML page's generator, or the JSON report's first key); any other file of that name is kept. */
function isEarlierReport(head: string): boolean {
  return head.includes('<meta name="generator" content="postings report">') || /^\{\s*"totals":\s*\{\s*"inputs":/.test(head);
}
