/**
 * The corpus commands (dedupe, report) read their inputs exactly as
 * normalize does: the same runner (src/run.ts) with its worker pool, the
 * same progress bar, messages and summary line. `collectDocs` runs that loop
 * and hands each finished document to `visit`.
 */
import { count, reportMessages, summaryLine, type RunSummary } from '../commands/normalize.js';
import type { PostingDoc } from '../document.js';
import type { Io } from '../io.js';
import { startProgress } from '../progress.js';
import { noInputLine, readInputs, type InputSettings } from '../commands/inputs.js';

/** The input options every corpus command shares with normalize. */
export type CorpusInput = InputSettings;

export interface Collected {
  summary: RunSummary;
  /** A usage problem (nothing to read): print it and exit 2. */
  noInput?: string;
}

/**
 * Run every input through the pipeline, report its messages, and pass each document to `visit`, in input order.
 * A document `skip` says yes to is left out entirely (the report's own output file, read back from a folder).
 */
export async function collectDocs(settings: CorpusInput, io: Io, visit: (doc: PostingDoc) => void, skip?: (doc: PostingDoc) => boolean): Promise<Collected> {
  const summary: RunSummary = { read: 0, repaired: 0, warnings: 0, failed: 0 };
  const progress = await startProgress(io, settings.progress ?? true);
  // Signatures are made in the workers, beside the records.
  const { docs, total } = readInputs(settings, io, progress, { signatures: true });
  const isNdjson = settings.input === 'ndjson';
  try {
    for await (const doc of docs) {
      progress.tick();
      if (skip?.(doc)) continue;
      count(doc, summary);
      reportMessages(doc, progress, (settings.verbose ?? false) || settings.strict, !isNdjson);
      visit(doc);
    }
  } finally {
    progress.stop();
  }
  if (summary.read > 0) return { summary };
  const noInput = noInputLine(settings, total());
  return { summary, noInput };
}

/** The summary line on stderr and the exit code, as normalize decides them. */
export function finish(collected: Collected, settings: CorpusInput, io: Io): number {
  if (collected.noInput) {
    io.stderr.write(`${collected.noInput}\n`);
    return 2;
  }
  const { summary } = collected;
  io.stderr.write(`${summaryLine(summary, io)}\n`);
  return summary.failed > 0 || (settings.strict && summary.warnings > 0) ? 1 : 0;
}
