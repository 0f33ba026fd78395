/**
 * Reporters from the user's own module (`--reporter ./my-reporter.js`), after
 * ESLint's formatters and markdownlint-cli2's output formatters. The contract:
 *
 *   export default function report(results, context) { return text; }
 *
 * `results` is what the built-in reporters get (FileResult[], sorted); the
 * context holds `cwd`, `summary` ({files, errors, warnings}), `color`
 * (whether stderr takes colour) and `stdout`/`stderr` writers. Text returned
 * (or resolved) is written to stdout, or to --output-file; the reporter may
 * also write itself. A path (`./x.js`, `/abs/x.mjs`) is resolved from the
 * working folder, a bare name as a package installed there.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io, Writer } from '../io.js';
import { useColor } from '../io.js';
import { countProblems, type FileResult } from './index.js';

export interface ReporterContext {
  cwd: string;
  summary: { files: number; errors: number; warnings: number };
  color: boolean;
  stdout: Writer;
  stderr: Writer;
}

export type CustomReporter = (results: FileResult[], context: ReporterContext) => string | void | Promise<string | void>;

/** Load the reporter module; a reason (one line) when it cannot be used. */
export async function loadReporter(name: string, cwd: string): Promise<{ reporter: CustomReporter } | { error: string }> {
  let file: string;
  try {
    file = /^\.{1,2}(?:[\\/]|$)|^[\\/]|^[A-Za-z]:[\\/]/.test(name) || /\.[cm]?js$/.test(name)
      ? path.resolve(cwd, name)
      : createRequire(path.join(cwd, 'package.json')).resolve(name);
  } catch {
    return { error: `cannot find the module "${name}" from ${cwd}` };
  }
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(file)) return { error: `cannot find ${file}` };
    return { error: `cannot load it: ${firstLine(error)}` };
  }
  // ESM default export, or CommonJS module.exports (which import() gives as the default).
  const candidate = typeof loaded.default === 'function' ? loaded.default : (loaded.default as Record<string, unknown> | undefined)?.default;
  if (typeof candidate !== 'function') return { error: 'exports no reporter function (export default function (results, context) { return text; })' };
  return { reporter: candidate as CustomReporter };
}

/** Run a custom reporter; a reason when it throws or returns something that is not text. */
export async function runCustomReporter(reporter: CustomReporter, results: FileResult[], io: Io): Promise<string | undefined> {
  const context: ReporterContext = { cwd: io.cwd, summary: countProblems(results), color: useColor(io), stdout: io.stdout, stderr: io.stderr };
  let text: unknown;
  try {
    text = await reporter(results, context);
  } catch (error) {
    return `the reporter failed: ${firstLine(error)}`;
  }
  if (text === undefined || text === null) return undefined;
  if (typeof text !== 'string') return `the reporter returned ${typeof text}, not text`;
  io.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
  return undefined;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
