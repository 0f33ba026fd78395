/**
 * The command line: commander wiring only. Commands are imported when they
 * run, so `--version` and `--help` load almost nothing.
 */
import { Command, CommanderError, Option } from 'commander';
import { processIo, type Io } from './io.js';
import { VERSION } from './version.js';
import { safeForTerminal } from './terminal.js';
import type { Budget } from './budget.js';
import type { InputSettings } from './commands/inputs.js';

const FORMATS = ['json', 'ndjson', 'yaml', 'jsonld', 'csv'];

/** Run the CLI with these arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('postings')
    .description('Turn messy job-posting files into clean, validated records.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Arguments are echoed in usage errors: stripped, so an argument cannot drive the terminal.
      outputError: (text, write) => write(`postings: ${safeForTerminal(text.replace(/^error: /, '').trim())}\n`),
    })
    .showSuggestionAfterError(true)
    .option('--color', 'colour messages even when stderr is not a terminal')
    .option('--no-color', 'never colour messages');
  // --color / --no-color, anywhere on the line, override FORCE_COLOR, NO_COLOR and the terminal check.
  program.hook('preAction', () => {
    const { color } = program.opts<{ color?: boolean }>();
    if (color !== undefined) io = { ...io, env: { ...io.env, FORCE_COLOR: color ? '1' : '0' } };
  });

  withCorpusInput(program.command('normalize'))
    .description('read posting files and print clean records')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out <dir>', 'write one file per posting into <dir> instead of stdout')
    .option('--dedupe', 'keep one record per group of duplicates (see dedupe)', false)
    .option('--bom', 'with --format csv: start with a UTF-8 byte order mark (for spreadsheet programs)', false)
    .addOption(new Option('--now <date>', 'the day closing dates are compared with, for expired (YYYY-MM-DD)').hideHelp())
    .addHelpText('after', '\nExamples:\n  $ postings normalize ./postings\n  $ postings normalize "jobs/**/*.md" --format ndjson | jq .title\n  $ cat posting.md | postings normalize - --format yaml\n  $ postings normalize ./postings --format jsonld --out ./public/jobs\n  $ postings normalize --input ndjson < postings.ndjson > records.ndjson')
    .action(async (paths: string[], options) => {
      const input = inputSettings(paths, options, io);
      if (options.out === '') throw usage('--out needs a folder name');
      if (options.bom && options.format !== 'csv') throw usage('--bom is for --format csv');
      const { runNormalize } = await import('./commands/normalize.js');
      exitCode = await runNormalize({ ...input, format: options.format, out: options.out, dedupe: options.dedupe, bom: options.bom, today: parseDay(options.now) }, io);
    });

  withCorpusInput(program.command('dedupe'))
    .description('group records that describe the same job, found on several boards')
    .addOption(new Option('-f, --format <format>', 'groups (NDJSON, one group a line), or the deduplicated records in a normalize format').choices(['groups', ...FORMATS]).default('groups'))
    .option('--bom', 'with --format csv: start with a UTF-8 byte order mark (as normalize)', false)
    .addHelpText('after', '\nExamples:\n  $ postings dedupe ./postings\n  $ postings dedupe ./postings | jq -c \'{size, differs, representative}\'\n  $ postings dedupe ./postings --format ndjson > distinct.ndjson')
    .action(async (paths: string[], options) => {
      const input = inputSettings(paths, options, io);
      if (options.bom && options.format !== 'csv') throw usage('--bom is for --format csv');
      const { runDedupe } = await import('./commands/dedupe.js');
      exitCode = await runDedupe({ ...input, format: options.format, bom: options.bom }, io);
    });

  withCorpusInput(program.command('report'))
    .description('one self-contained HTML page about a corpus: counts, salaries, missing fields, warnings, duplicates')
    .addOption(new Option('-f, --format <format>', 'html (a page) or json (the same numbers)').choices(['html', 'json']).default('html'))
    .option('-o, --out <file>', 'write the report to this file instead of stdout')
    .addHelpText('after', '\nExamples:\n  $ postings report ./postings --out report.html\n  $ postings report ./postings --format json | jq .totals')
    .action(async (paths: string[], options) => {
      const { runReport } = await import('./commands/report.js');
      exitCode = await runReport({ ...inputSettings(paths, options, io), format: options.format, out: options.out }, io);
    });

  withRunOptions(program.command('validate'))
    .description('check posting files for CI: broken front matter, mojibake, missing fields, config rules')
    .option('--reporter <name>', 'how problems are printed: stylish, json, github, sarif, or a module (./my-reporter.js)', 'stylish')
    .option('--require <fields>', 'comma list of record fields that must be extracted, e.g. title,company,apply')
    .option('--config <file>', 'postings.config.(yaml|yml|json); found from the working folder up to the repository root when not given')
    .addOption(new Option('--now <date>', 'the day maxAgeDays counts back from (YYYY-MM-DD)').hideHelp())
    .option('--max-warnings <n>', 'more than n warnings fail the run')
    .option('--quiet', 'report errors only (warnings still count for --strict and --max-warnings)', false)
    .option('--output-file <file>', 'write the report to this file instead of stdout/stderr')
    .addHelpText('after', '\nExamples:\n  $ postings validate ./postings\n  $ postings validate "jobs/**/*.md" --require title,company,apply --strict\n  $ postings validate ./postings --reporter github\n  $ postings validate ./postings --reporter sarif > postings.sarif')
    .action(async (paths: string[], options) => {
      const input = inputSettings(paths, options, io);
      const day = parseDay(options.now);
      const now = day === undefined ? undefined : new Date(`${day}T00:00:00Z`);
      const { runValidate } = await import('./commands/validate.js');
      exitCode = await runValidate(
        { ...input, reporter: options.reporter, require: options.require, config: options.config, now,
          maxWarnings: parseWarningCount(options.maxWarnings), quiet: options.quiet, outputFile: options.outputFile },
        io,
      );
    });

  program
    .command('repair')
    .description('print the repaired text of each input (mojibake undone, line by line)')
    .argument('[files...]', 'files, or "-" for stdin')
    .option('--explain', 'list every repair step on stderr', false)
    .option('--write', 'repair the files in place (atomic, only when something changed)', false)
    .option('--dry-run', 'with --write: print a unified diff instead of writing', false)
    .option('--to-utf8', 'with --write: convert files in other encodings (legacy pages, UTF-16, UTF-32) to UTF-8', false)
    .option('--force', 'with --write: write read-only files too', false)
    .option('--max-bytes <n>', 'refuse files larger than this many bytes (default 5 MiB)')
    .option('--allow-special', 'read pipes and devices named as paths (they may never end)', false)
    .option('--follow-symlinks', 'follow symbolic links that lead outside the folders given', false)
    .option('--timeout <seconds>', "time one file's repair may take before it fails as too complex (default 30)")
    .option('--quiet', 'report errors only (no decode warnings: invalid-bytes, decode-fallback)', false)
    .addHelpText('after', '\nExamples:\n  $ postings repair posting.md > fixed.md\n  $ postings repair --explain posting.md\n  $ postings repair --write postings/*.md')
    .action(async (files: string[], options) => {
      const inputs = files.length ? files : io.stdinIsTTY ? [] : ['-'];
      if (!inputs.length) throw usage('no input: name files, or pipe text on stdin');
      if (options.write && inputs.includes('-')) throw usage('--write needs file paths, not stdin');
      const { runRepair } = await import('./commands/repair.js');
      exitCode = await runRepair({ paths: inputs, explain: options.explain, write: options.write, dryRun: options.dryRun, maxBytes: parseCount(options.maxBytes, '--max-bytes'), toUtf8: options.toUtf8, force: options.force, allowSpecial: options.allowSpecial, followSymlinks: options.followSymlinks, timeoutSeconds: parseBudget(options)?.timeoutSeconds, quiet: options.quiet }, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of a record')
    .option('--config', 'print the JSON Schema of postings.config.* instead', false)
    .addHelpText('after', '\nExamples:\n  $ postings schema > posting.schema.json\n  $ postings schema --config > config.schema.json')
    .action(async (options) => {
      const { runSchema } = await import('./commands/schema.js');
      exitCode = await runSchema(io, options.config ? 'config' : 'record');
    });

  program.addHelpText('after', '\nExamples:\n  $ postings normalize ./postings --format ndjson\n  $ postings dedupe ./postings\n  $ postings report ./postings --out report.html\n  $ postings validate ./postings --reporter github\n  $ postings repair --explain posting.md\n  $ postings schema');

  if (!argv.length) {
    // No command is a usage error: say what there is, on stderr, exit 2.
    io.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      if (error.code === 'commander.executeSubCommandAsync') return 2;
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`postings: ${safeForTerminal(error.message)}\n`);
      return 2;
    }
    io.stderr.write(`postings: internal error: ${safeForTerminal((error as Error)?.message ?? String(error))}\n`);
    return 1;
  }
  return exitCode;
}

export { onOutputError } from './io.js';

/** The flags every command that reads postings shares: which inputs, how many threads, and each file's limits. */
function withRunOptions(command: Command): Command {
  return command
    .argument('[paths...]', 'files, folders (searched recursively), globs, or "-" for stdin')
    .option('--strict', 'warnings count as failures for the exit code', false)
    .option('--jobs <n>', 'threads to work in (default: as many as pay for themselves, see README)')
    .option('--no-progress', 'never draw a progress bar')
    .option('--max-bytes <n>', 'refuse files larger than this many bytes (default 5 MiB)')
    .option('--allow-special', 'read pipes and devices named as paths (they may never end)', false)
    .option('--follow-symlinks', 'follow symbolic links that lead outside the folders given', false)
    .option('--gitignore', 'leave out files that .gitignore files ignore, in folders and globs', false)
    .option('--timeout <seconds>', 'time one file may take before it fails as too complex (default 30)')
    .option('--max-memory <mb>', 'memory one file may use before it fails as too complex (default 512)');
}

/** normalize, dedupe and report also read NDJSON on stdin and print warnings with -v. */
function withCorpusInput(command: Command): Command {
  return withRunOptions(command)
    .addOption(new Option('--input <kind>', 'what stdin holds').choices(['files', 'ndjson']).default('files'))
    .option('-v, --verbose', 'print warnings as well as errors', false);
}

/** The flags of withRunOptions (and withCorpusInput) as settings; a bad value is a usage error. */
function inputSettings(paths: string[], options: Record<string, any>, io: Io): InputSettings {
  const inputs = paths.length ? paths : io.stdinIsTTY ? [] : ['-'];
  if (!inputs.length) throw usage('no input: name files or folders, or pipe a posting on stdin');
  if (options.input === 'ndjson' && inputs.some((input) => input !== '-')) throw usage('--input ndjson reads standard input: name no files');
  return {
    paths: inputs,
    strict: options.strict,
    maxBytes: parseCount(options.maxBytes, '--max-bytes'),
    verbose: options.verbose,
    jobs: parseCount(options.jobs, '--jobs'),
    input: options.input,
    progress: options.progress,
    budget: parseBudget(options),
    allowSpecial: options.allowSpecial,
    followSymlinks: options.followSymlinks,
    gitignore: options.gitignore,
  };
}

export class UsageError extends Error {}

function usage(text: string): UsageError {
  return new UsageError(text);
}

/** --max-warnings takes 0 too (no warning allowed). */
function parseWarningCount(value: string | undefined): number | undefined {
  return parseCount(value, '--max-warnings', 0);
}

/** The limits given (a limit not given keeps its default: budget.ts). */
function parseBudget(options: { timeout?: string; maxMemory?: string }): Partial<Budget> | undefined {
  if (options.timeout === undefined && options.maxMemory === undefined) return undefined;
  const timeoutSeconds = options.timeout === undefined ? undefined : Number(options.timeout);
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0 && timeoutSeconds <= 86400)) throw usage(`--timeout takes seconds above 0, not "${options.timeout}"`);
  const maxMemoryMb = parseCount(options.maxMemory, '--max-memory');
  return { ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }), ...(maxMemoryMb === undefined ? {} : { maxMemoryMb }) };
}

function parseCount(value: string | undefined, flag: string, least = 1): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < least) throw usage(`${flag} takes a whole number ${least === 0 ? '(0 or more)' : 'above 0'}, not "${value}"`);
  return number;
}

/** `--now`: a day as YYYY-MM-DD that exists on the calendar. */
function parseDay(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) throw usage(`--now takes a date as YYYY-MM-DD, not "${value}"`);
  return value;
}
