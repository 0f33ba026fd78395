/**
 * `postings repair --write` and `--dry-run`: fix mojibake in place.
 *
 * - A file is rewritten only when its text changes; a clean file keeps its
 *   bytes and its mtime. A file in another byte encoding (a legacy page,
 *   UTF-16, UTF-32) is never rewritten as UTF-8 unless `--to-utf8` asks for
 *   exactly that; then it is converted even when there is nothing to repair.
 * - The write is the one atomic writer (emit/atomic.ts): temp file, fsync,
 *   rename, with the file's mode, owner and group kept, and nothing written
 *   when another process changed the file since it was read. Files with hard
 *   links are refused, and read-only files unless `--force`.
 * - Line endings survive because the repair works line by line and keeps
 *   each line's separator. The output is UTF-8 (with the BOM kept when the
 *   original had one).
 * - `--dry-run` prints a unified diff on stdout instead; the repair never
 *   changes the number of lines, so a line-by-line comparison is a diff. It
 *   refuses what the write would (hard links, read-only, not a file), and
 *   says on stderr which files it would convert (`--to-utf8`).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createDoc, type Message } from '../document.js';
import type { Io } from '../io.js';
import { describeError, expandInputs } from '../input/expand.js';
import { readInput, DEFAULT_MAX_BYTES } from '../input/read.js';
import type { RepairStep } from '../repair/index.js';
import { repairWithin, stoppedArgs } from './repair-budget.js';
import { decode, textBytes } from '../stages/decode.js';
import { safeForTerminal } from '../terminal.js';
import { decodeWarnings, explainSteps, type RepairSettings } from './repair.js';
import { loadRules } from '../config/load.js';
import { nodeOps, removeStaleTemps, replaceRefusal, writeAtomic, WriteRefused, type WriteOps } from '../emit/atomic.js';
import { messageText } from '../messages.js';
import { formatMessageLine } from '../format-message.js';

export type { WriteOps } from '../emit/atomic.js';

/** What happened to one file. */
export type FileOutcome =
  | { status: 'unchanged'; warnings?: Message[] }
  | { status: 'repaired'; steps: RepairStep[]; lines: number; encoding: string; diff?: string }
  | { status: 'failed'; ruleId: FailedRule; reason: string };

type FailedRule = 'read-failed' | 'write-failed' | 'write-refused' | 'file-changed' | 'file-too-complex';

/** A failed outcome worded by the message catalog (src/messages.ts). */
function failure(ruleId: FailedRule, args: Record<string, string | number> = {}): FileOutcome & { status: 'failed' } {
  return { status: 'failed', ruleId, reason: messageText(ruleId, args).text };
}

/** How repairFile may write. */
export interface RepairFileOptions {
  dryRun?: boolean;
  maxBytes?: number;
  label?: string;
  /** Convert a file in another byte encoding to UTF-8 (else it is never rewritten). */
  toUtf8?: boolean;
  /** Write read-only files too. */
  force?: boolean;
  /** Seconds the repair may take (--timeout). */
  timeoutSeconds?: number;
}

export async function runRepairWrite(settings: RepairSettings, io: Io, ops: WriteOps = nodeOps): Promise<number> {
  let failed = 0;
  let repaired = 0;
  let converted = 0;
  // The config's ignores protect a file from the rewrite as they keep it from validate (the pre-commit hooks name each file).
  const loaded = await loadRules(io.cwd);
  if ('error' in loaded) {
    io.stderr.write(`postings: ${safeForTerminal(loaded.error)}\n`);
    return 2;
  }
  const found = await expandInputs(settings.paths, io.cwd, { allowSpecial: settings.allowSpecial, followSymlinks: settings.followSymlinks });
  const ignored = loaded.rules.ignored;
  const entries = found.filter((entry) => entry.error || entry.path === '-' || !ignored?.has(path.resolve(io.cwd, entry.path)));
  for (const entry of entries) {
    const shown = entry.path === '-' ? '<stdin>' : path.normalize(entry.path);
    const outcome: FileOutcome = entry.error
      ? failure('read-failed', { reason: entry.error })
      : entry.path === '-'
        ? failure('write-failed', { name: 'standard input', reason: 'name a file' })
        : await repairFile(path.resolve(io.cwd, entry.path), {
          dryRun: settings.dryRun, maxBytes: settings.maxBytes, label: entry.path.split(path.sep).join('/'), toUtf8: settings.toUtf8, force: settings.force, timeoutSeconds: settings.timeoutSeconds,
        }, ops);
    if (outcome.status === 'failed') {
      failed++;
      io.stderr.write(formatMessageLine(shown, { ruleId: outcome.ruleId, reason: outcome.reason, severity: messageText(outcome.ruleId, {}).severity }) + '\n');
      continue;
    }
    if (outcome.status === 'unchanged') {
      if (!settings.quiet) for (const warning of outcome.warnings ?? []) io.stderr.write(formatMessageLine(shown, warning) + '\n');
      continue;
    }
    // A conversion to UTF-8 (--to-utf8) is counted as one, not as a repair: the file may hold no mojibake at all.
    if (outcome.steps.length) repaired++;
    if (outcome.encoding) converted++;
    if (settings.explain) {
      for (const line of explainSteps(shown, outcome.steps)) io.stderr.write(safeForTerminal(line) + '\n');
    }
    if (outcome.diff !== undefined) {
      io.stdout.write(io.stdout.isTTY ? outcome.diff.split('\n').map(safeForTerminal).join('\n') : outcome.diff);
      // The diff is of the text; the change of encoding is said on its own line, as the write says it.
      if (outcome.encoding) io.stderr.write(safeForTerminal(`${shown}: would convert${outcome.encoding.slice('; converted'.length)}`) + '\n');
    } else {
      const what = outcome.steps.length ? `repaired ${outcome.lines} line(s) (${describeSteps(outcome.steps)})${outcome.encoding}` : outcome.encoding.slice(2);
      io.stderr.write(safeForTerminal(`${shown}: ${what}`) + '\n');
    }
  }
  const would = settings.dryRun ? 'would be ' : '';
  const conversions = settings.toUtf8 ? `, ${converted} ${would}converted` : '';
  const left = found.length - entries.length;
  const ignoredPart = left ? `, ${left} ignored (the config's ignores)` : '';
  io.stderr.write(`postings: ${entries.length} read, ${repaired} ${would}repaired${conversions}, ${failed} failed${ignoredPart}\n`);
  return failed ? 1 : 0;
}

/** Repair one file in place (or only diff it); never throws. */
export async function repairFile(file: string, options: RepairFileOptions = {}, ops: WriteOps = nodeOps): Promise<FileOutcome> {
  // A killed run's temp files go whether or not this run writes.
  if (!options.dryRun) await removeStaleTemps(await fs.realpath(file).catch(() => file));
  // Stat before reading: a change after the stat shows at the check before the rename.
  const stat = await fs.stat(file).catch(() => undefined);
  // A pipe or device (read with --allow-special) has no content to replace: the rename would put a file in its place.
  if (stat && !stat.isFile()) return { status: 'failed', ruleId: 'write-refused', reason: 'not rewritten: not a regular file; --write rewrites files only (without --write, repair prints the repaired text)' };
  const read = await readInput(file, '/', options.maxBytes ?? DEFAULT_MAX_BYTES, async () => new Uint8Array());
  if ('error' in read) return failure('read-failed', { reason: read.error });
  const doc = decode(createDoc(file, read.bytes));
  const fatal = doc.messages.find((m) => m.fatal);
  if (fatal || doc.text === undefined || !stat) return { status: 'failed', ruleId: 'read-failed', reason: fatal?.reason ?? 'not text' };
  const result = repairWithin(doc.text, options.timeoutSeconds, textBytes(doc));
  if (!result) return failure('file-too-complex', stoppedArgs(options.timeoutSeconds));
  const utf8 = doc.encoding === 'utf-8' || doc.encoding === 'utf-8-bom';
  const convert = !utf8 && options.toUtf8 === true;
  // Nothing to repair, but stray bytes that reading made U+FFFD: the file stays as it is, and the user is told.
  if (!result.steps.length && !convert) return { status: 'unchanged', warnings: decodeWarnings(doc.messages) };
  if (!utf8 && !convert) {
    // Writing UTF-8 would change every byte of the file, not only the mojibake: that is a conversion, asked for by name.
    return failure('write-refused', { why: `it is encoded in ${doc.encoding}, and writing it would convert it to UTF-8 (use --to-utf8 to convert it)` });
  }
  if (doc.messages.some((m) => m.ruleId === 'invalid-bytes')) {
    // Rewriting would turn those bytes into U+FFFD for good; leave the file for a person.
    return failure('write-refused', { why: 'it holds bytes that are not valid UTF-8, and they would be lost' });
  }
  const lines = new Set(result.steps.map((step) => step.line)).size;
  const encoding = utf8 ? '' : `; converted from ${doc.encoding} to utf-8`;
  if (options.dryRun) {
    // A dry run refuses what the write would refuse, with the same message and exit code.
    const refusal = replaceRefusal(stat, options.force ?? false);
    if (refusal) return failure(refusal.ruleId, { why: refusal.message.replace(/^not rewritten: /, '') });
    const label = options.label ?? path.basename(file);
    return { status: 'repaired', steps: result.steps, lines, encoding, diff: unifiedDiff(doc.text, result.text, label) };
  }
  const bom = doc.encoding === 'utf-8-bom' ? '\uFEFF' : '';
  try {
    await writeAtomic(file, Buffer.from(bom + result.text, 'utf8'), { replace: { size: stat.size, mtimeMs: stat.mtimeMs, bytes: read.bytes }, force: options.force, ops });
  } catch (error) {
    // The atomic writer words its refusals "not rewritten: <why>"; the catalog words them here.
    if (error instanceof WriteRefused) return failure(error.ruleId, { why: error.message.replace(/^not rewritten: /, '') });
    return failure('write-failed', { name: 'file', reason: describeError(error as NodeJS.ErrnoException) });
  }
  return { status: 'repaired', steps: result.steps, lines, encoding };
}

function describeSteps(steps: RepairStep[]): string {
  return [...new Set(steps.map((step) => step.detail))].join(', ');
}

const CONTEXT = 3;

/**
 * A unified diff of two texts with the same number of lines: changed lines
 * with three lines of context, hunks merged when their context touches.
 */
export function unifiedDiff(before: string, after: string, label: string): string {
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  const changed: number[] = [];
  for (let i = 0; i < oldLines.length; i++) if (oldLines[i] !== newLines[i]) changed.push(i);
  if (!changed.length) return '';
  const hunks: Array<[start: number, end: number]> = [];
  for (const index of changed) {
    const start = Math.max(0, index - CONTEXT);
    const end = Math.min(oldLines.length, index + CONTEXT + 1);
    const last = hunks[hunks.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else hunks.push([start, end]);
  }
  const out = [`--- a/${label}`, `+++ b/${label}`];
  const endsWithNewline = /(\r\n|\n|\r)$/.test(before);
  for (const [start, end] of hunks) {
    out.push(`@@ -${start + 1},${end - start} +${start + 1},${end - start} @@`);
    for (let i = start; i < end; i++) {
      const noNewline = i === oldLines.length - 1 && !endsWithNewline;
      if (oldLines[i] === newLines[i]) {
        out.push(` ${oldLines[i]}`);
        if (noNewline) out.push('\\ No newline at end of file');
      } else {
        out.push(`-${oldLines[i]}`);
        if (noNewline) out.push('\\ No newline at end of file');
        out.push(`+${newLines[i]}`);
        if (noNewline) out.push('\\ No newline at end of file');
      }
    }
  }
  return out.join('\n') + '\n';
}

/** Lines without their separators; a final separator does not start an extra line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
