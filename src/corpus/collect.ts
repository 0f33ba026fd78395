/**
 * The corpus commands (dedupe, report) read their inputs exactly as
 * normalize does: the same runner (src/run.ts) with its worker pool, the
 * same progress bar, messages and summary line. `collectDocs` runs that loop
 * and hands each finished document to `visit`.
 */
import { count, reportMessages, summaryLine, type RunSummary } from '../commands/normalize.js';
import type { PostingDoc } from '../document.js';
import { POSTING_EXTENSIONS } from '../input/expand.js';
import type { Io } from '../io.js';
import { startProgress } from '../progress.js';
import { processNdjson, processPaths, type RunOptions } from '../run.js';
import { safeForTerminal } from '../terminal.js';

/** The input options every corpus command shares with normalize. */
export interface CorpusInput {
  paths: string[];
  strict: boolean;
  maxBytes?: number;
  verbose?: boolean;
  jobs?: number;
  input?: 'files' | 'ndjson';
  progress?: boolean;
}

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
  let total: number | undefined;
  const options: RunOptions = {
    maxBytes: settings.maxBytes,
    jobs: settings.jobs ?? 'auto',
    onTotal: (value) => {
      total = value;
      progress.setTotal(value);
    },
  };
  const isNdjson = settings.input === 'ndjson';
  try {
    for await (const doc of isNdjson ? processNdjson(io, options) : processPaths(settings.paths, io, options)) {
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
  const noInput = isNdjson || total === undefined
    ? 'postings: no input: standard input held no NDJSON lines'
    : `postings: no posting files found in ${settings.paths.map(safeForTerminal).join(', ')} (looked for ${POSTING_EXTENSIONS.join(' ')})`;
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
