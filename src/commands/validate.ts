/**
 * `postings validate`: normalize every file, turn its messages and the
 * config's rules into problems, sort them, hand them to one reporter, and
 * decide the exit code once at the end (0 clean, 1 an error or with --strict
 * a warning, 2 a bad config or flag).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Message, PostingDoc } from '../document.js';
import type { Io } from '../io.js';
import { messageText } from '../messages.js';
import { makeFolders, outputErrorText } from '../emit/folders.js';
import { compareNames } from '../input/expand.js';
import { startProgress } from '../progress.js';
import { noInputLine, readInputs, type InputSettings } from './inputs.js';
import { safeForTerminal } from '../terminal.js';
import { loadRules, type Rules } from '../config/load.js';
import { applyRules, type RulesRun } from '../config/rules.js';
import { compareProblems, countProblems, reporterNames, reporters, type FileResult, type Problem, type ReporterName } from '../report/index.js';
import { loadReporter, runCustomReporter } from '../report/custom.js';

export interface ValidateSettings extends InputSettings {
  /** A built-in reporter's name, or a module that follows the reporter contract (report/custom.ts). */
  reporter: ReporterName | string;
  /** `--require`, as typed: a comma list of field names. */
  require?: string;
  /** `--config`: a config file; without it the working folder is searched. */
  config?: string;
  /** The day maxAgeDays counts back from; tests pass a fixed date. */
  now?: Date;
  /** `--max-warnings N`: more than N warnings fail the run (ESLint's flag). */
  maxWarnings?: number;
  /** `--quiet`: report errors only; warnings still count for --max-warnings and --strict. */
  quiet?: boolean;
  /** `--output-file`: the report goes to this file instead of stdout or stderr. */
  outputFile?: string;
}

/** Warnings made redundant by a required-field error on the same field. */
const supersededBy: Record<string, string> = { 'title-missing': 'title' };

export async function runValidate(settings: ValidateSettings, io: Io): Promise<number> {
  const loaded = await loadRules(io.cwd, { config: settings.config, require: settings.require });
  if ('error' in loaded) {
    io.stderr.write(`postings: ${safeForTerminal(loaded.error)}\n`);
    return 2;
  }
  for (const other of loaded.rules.notRead ?? []) io.stderr.write(`postings: ${safeForTerminal(other)} is not read: ${safeForTerminal(loaded.rules.file!)} beside it is (one config a folder)\n`);
  const print = await reporterFor(settings.reporter, io);
  if (typeof print === 'string') {
    io.stderr.write(`postings: --reporter ${safeForTerminal(settings.reporter)}: ${safeForTerminal(print)}\n`);
    return 2;
  }
  const now = settings.now ?? new Date();
  const results: FileResult[] = [];
  // The same runner as normalize: the worker pool, budgets and the progress bar; the text comes back for locating problems.
  const progress = await startProgress(io, settings.progress ?? true);
  // The config's ignores hold for files named on the command line too (pre-commit names each file); .gitignore only in walks.
  const ignored = loaded.rules.ignored;
  const input = { ...settings, input: 'files' as const, gitignore: settings.gitignore || loaded.rules.gitignore };
  const { docs, total, skipped } = readInputs(input, io, progress, { today: now.toISOString().slice(0, 10), keepText: true, skip: ignored && ((file) => ignored.has(file)) });
  // This run's own state: a schema that went past the time budget once is not tried on the files after.
  const rulesRun: RulesRun = {};
  try {
    for await (const doc of docs) {
      progress.tick();
      applyRules(doc, loaded.rules, now, settings.budget?.timeoutSeconds, rulesRun);
      results.push(fileResult(doc, loaded.rules, settings.strict));
    }
  } finally {
    progress.stop();
  }
  // Files found but all ignored are a clean run, not a usage error: pre-commit names each staged file, and a commit
  // that touches only ignored ones (drafts) must pass.
  if (!results.length && skipped() === 0) {
    io.stderr.write(`${noInputLine({ paths: settings.paths }, total() ?? 0)}\n`);
    return 2;
  }
  if (!results.length) io.stderr.write(`postings: nothing to check: ${skipped() === 1 ? 'the 1 file found is' : `all ${skipped()} files found are`} ignored (the config's ignores, or .gitignore)\n`);
  results.sort((a, b) => compareNames(a.file, b.file));
  for (const result of results) result.problems.sort(compareProblems);
  const { errors, warnings } = countProblems(results);
  const shown = settings.quiet ? results.map((result) => ({ ...result, problems: result.problems.filter((problem) => problem.severity === 'error') })) : results;
  if (!(await report(settings, print, shown, io))) return 2;
  const tooManyWarnings = settings.maxWarnings !== undefined && warnings > settings.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`postings: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${settings.maxWarnings}\n`);
  // The report left them out: without this line a run that fails would say only "0 errors, 0 warnings".
  else if (settings.strict && settings.quiet && warnings > 0) io.stderr.write(`postings: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (not shown: --quiet) fail the run under --strict\n`);
  return errors > 0 || (settings.strict && warnings > 0) || tooManyWarnings ? 1 : 0;
}

/** Prints results; resolves to a one-line reason when the reporter fails. */
type PrintReport = (results: FileResult[], io: Io) => Promise<string | undefined>;

/** A built-in reporter, or the user's module loaded up front (a reason when it cannot be). */
async function reporterFor(name: string, io: Io): Promise<PrintReport | string> {
  if (Object.hasOwn(reporters, name)) {
    return async (results, to) => {
      reporters[name as ReporterName](results, to);
      return undefined;
    };
  }
  const loaded = await loadReporter(name, io.cwd);
  if ('error' in loaded) return /[\\/.]/.test(name) ? loaded.error : `not a built-in reporter (${reporterNames.join(', ')}), and ${loaded.error}`;
  return (results, to) => runCustomReporter(loaded.reporter, results, to);
}

/** Hand the results to the reporter; with --output-file, everything it prints goes to that file instead. */
async function report(settings: ValidateSettings, print: PrintReport, results: FileResult[], io: Io): Promise<boolean> {
  const fail = (reason: string) => {
    io.stderr.write(`postings: --reporter ${safeForTerminal(settings.reporter)}: ${safeForTerminal(reason)}\n`);
    return false;
  };
  if (settings.outputFile === undefined) {
    const failure = await print(results, io);
    return failure === undefined || fail(failure);
  }
  let text = '';
  const toFile = { write: (chunk: string) => (text += chunk), isTTY: false };
  const failure = await print(results, { ...io, stdout: toFile, stderr: toFile });
  if (failure !== undefined) return fail(failure);
  const file = path.resolve(io.cwd, settings.outputFile);
  try {
    await makeFolders(path.dirname(file));
    await fs.writeFile(file, text);
    return true;
  } catch (error) {
    io.stderr.write(`postings: --output-file ${safeForTerminal(settings.outputFile)}: cannot write: ${safeForTerminal(outputErrorText(error))}\n`);
    return false;
  }
}

/** Rules that are warnings, and errors under --strict in every reporter's output, not only in the exit code. */
const strictErrors: readonly string[] = ['not-a-posting'];

/** The problems of one processed document, in the shape reporters read. */
export function fileResult(doc: PostingDoc, rules: Pick<Rules, 'required'> & Partial<Pick<Rules, 'severities'>>, strict = false): FileResult {
  // Forward slashes everywhere: GitHub and SARIF read them on every runner.
  const file = doc.path === '-' ? '<stdin>' : path.normalize(doc.path).split(path.sep).join('/');
  const problems: Problem[] = [];
  for (const msg of doc.messages) {
    const problem = toProblem(file, doc, msg);
    if (!problem) continue;
    const field = supersededBy[problem.ruleId];
    if (field !== undefined && rules.required.includes(field)) continue;
    // The config's `rules` set a rule's severity, or turn it off.
    const severity = rules.severities?.[problem.ruleId] ?? (strict && strictErrors.includes(problem.ruleId) ? 'error' : undefined);
    if (severity === 'off') continue;
    problems.push(severity ? { ...problem, severity } : problem);
  }
  return { file, problems };
}

function toProblem(file: string, doc: PostingDoc, msg: Message): Problem | undefined {
  if (msg.ruleId === 'mojibake-repaired') {
    // The pipeline repaired the line in memory (one message a line); in the file it is still broken.
    const detail = String(msg.args?.detail ?? 'wrong code page');
    return problem(file, msg.line, msg.column, 'warning', 'mojibake-found', messageText('mojibake-found', { detail }).text);
  }
  if (msg.ruleId === 'invalid-bytes') {
    // Bytes that decode to nothing are lost text: an error in CI, placed at the first one (by decode).
    return problem(file, msg.line, msg.column, 'error', msg.ruleId, msg.reason);
  }
  // Info messages describe what normalizing did, not a problem in the file.
  if (msg.severity === 'info') return undefined;
  return problem(file, msg.line, msg.column, msg.severity, msg.ruleId, msg.reason);
}

/** A problem with its keys in reading order; line and column only where they exist. */
function problem(file: string, line: number | undefined, column: number | undefined, severity: Problem['severity'], ruleId: string, message: string): Problem {
  return {
    file,
    ...(line !== undefined ? { line } : {}),
    ...(line !== undefined && column !== undefined ? { column } : {}),
    severity,
    ruleId,
    message,
  };
}
