/**
 * The input side every reading command shares (normalize, validate, dedupe,
 * report): one settings shape, one way to turn it into the runner's options
 * with the progress bar wired in, and one wording for "nothing to read".
 */
import type { Budget } from '../budget.js';
import { GitignoreMatcher } from '../config/gitignore.js';
import type { PostingDoc } from '../document.js';
import { POSTING_EXTENSIONS } from '../input/expand.js';
import type { Io } from '../io.js';
import type { Progress } from '../progress.js';
import { processNdjson, processPaths, type RunOptions } from '../run.js';
import { safeForTerminal } from '../terminal.js';

/** How a command reads its inputs: the flags normalize, validate, dedupe and report share. */
export interface InputSettings {
  paths: string[];
  strict: boolean;
  maxBytes?: number;
  /** Print warnings, not only errors. */
  verbose?: boolean;
  /** Threads to work in; default ('auto'): as many as pay for themselves (pool-size.ts). */
  jobs?: number | 'auto';
  /** What the inputs are: files (default), or NDJSON lines on stdin. */
  input?: 'files' | 'ndjson';
  /** Draw a progress bar when stderr is a terminal (default true). */
  progress?: boolean;
  /** Time and memory one file may take, the limits given (budget.ts). */
  budget?: Partial<Budget>;
  /** Read pipes and devices named as paths; follow links out of the folders given. */
  allowSpecial?: boolean;
  followSymlinks?: boolean;
  /** Leave out what .gitignore files ignore, in folder walks and globs (config/gitignore.ts). */
  gitignore?: boolean;
}

export interface InputRun {
  /** The documents, in input order. */
  docs: AsyncGenerator<PostingDoc>;
  /** The number of inputs, once known (never for an NDJSON stream). */
  total(): number | undefined;
  /** How many files found were left out unread (the config's ignores, .gitignore). */
  skipped(): number;
}

/** Start reading the inputs; the bar learns the total as soon as it is known. `extra` adds runner options (validate's). */
export function readInputs(settings: InputSettings, io: Io, progress: Progress, extra: Partial<RunOptions> = {}): InputRun {
  let total: number | undefined;
  let skipped = 0;
  const gitignore = settings.gitignore ? new GitignoreMatcher(io.cwd) : undefined;
  const skipAlso = extra.skip;
  const skip: RunOptions['skip'] = gitignore || skipAlso
    ? async (file, named) => {
        const left = (await skipAlso?.(file, named)) === true || (!named && gitignore !== undefined && (await gitignore.ignores(file)));
        if (left) skipped += 1;
        return left;
      }
    : undefined;
  const options: RunOptions = {
    maxBytes: settings.maxBytes,
    // Tests of the budgets may give a budget worker's wall-clock backstop apart from --timeout (Budget.testWallSeconds).
    budget: io.env.POSTINGS_TEST_WALL_SECONDS ? { ...settings.budget, testWallSeconds: Number(io.env.POSTINGS_TEST_WALL_SECONDS) } : settings.budget,
    allowSpecial: settings.allowSpecial,
    followSymlinks: settings.followSymlinks,
    jobs: settings.jobs ?? 'auto',
    // Tests of the budgets add a stage that hangs on a marker (RunOptions.testStage).
    ...(io.env.POSTINGS_TEST_STAGE ? { testStage: io.env.POSTINGS_TEST_STAGE } : {}),
    ...(io.pool && typeof settings.jobs === 'number' && settings.jobs > 1 ? { pool: io.pool } : {}),
    ...extra,
    skip,
    onTotal: (count) => {
      total = count;
      progress.setTotal(count);
    },
  };
  const docs = settings.input === 'ndjson' ? processNdjson(io, options) : processPaths(settings.paths, io, options);
  return { docs, total: () => total, skipped: () => skipped };
}

/** The one line for a run that found nothing to read (a usage problem: exit 2). */
export function noInputLine(settings: Pick<InputSettings, 'paths' | 'input'>, total: number | undefined): string {
  return settings.input === 'ndjson' || total === undefined
    ? 'postings: no input: standard input held no NDJSON lines'
    : `postings: no posting files found in ${settings.paths.map(safeForTerminal).join(', ')} (looked for ${POSTING_EXTENSIONS.join(' ')})`;
}
