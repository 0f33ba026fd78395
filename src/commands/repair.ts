/** `postings repair`: print each input's repaired text; `--explain` lists the steps on stderr. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createDoc, message, type Message } from '../document.js';
import { formatMessageLine } from '../format-message.js';
import type { Io } from '../io.js';
import { expandInputs } from '../input/expand.js';
import { readInput, DEFAULT_MAX_BYTES } from '../input/read.js';
import { decode, textBytes } from '../stages/decode.js';
import type { RepairStep } from '../repair/index.js';
import { repairWithin, stoppedArgs } from './repair-budget.js';
import { safeForTerminal } from '../terminal.js';

export interface RepairSettings {
  paths: string[];
  explain: boolean;
  write: boolean;
  dryRun: boolean;
  maxBytes?: number;
  /** With --write: convert files in other byte encodings to UTF-8. */
  toUtf8?: boolean;
  /** With --write: write read-only files too. */
  force?: boolean;
  /** Read pipes named as paths; follow links out of the folders given (as normalize). */
  allowSpecial?: boolean;
  followSymlinks?: boolean;
  /** Seconds one file's repair may take (--timeout; default 30). */
  timeoutSeconds?: number;
  /** Report errors only: no warnings on stderr (as validate's --quiet). */
  quiet?: boolean;
}

/** Print each input's repaired text on stdout; exit code 1 when an input could not be read or decoded. */
export async function runRepair(settings: RepairSettings, io: Io): Promise<number> {
  if (settings.write || settings.dryRun) {
    const { runRepairWrite } = await import('./repair-write.js');
    return runRepairWrite(settings, io);
  }
  const folder = await firstFolder(settings.paths, io.cwd);
  if (folder !== undefined) {
    // The texts of a folder's files would run together on stdout, with nothing to say where each starts.
    io.stderr.write(`postings: repair prints one file's text: ${safeForTerminal(folder)} is a folder (name its files, or repair them in place with --write)\n`);
    return 2;
  }
  let failed = 0;
  let repaired = 0;
  const entries = await expandInputs(settings.paths, io.cwd, { allowSpecial: settings.allowSpecial, followSymlinks: settings.followSymlinks });
  for (const entry of entries) {
    const shown = entry.path === '-' ? '<stdin>' : path.normalize(entry.path);
    const read = entry.error
      ? { ruleId: 'read-failed' as const, args: { reason: entry.error } }
      : await readInput(entry.path, io.cwd, settings.maxBytes ?? DEFAULT_MAX_BYTES, io.readStdin);
    if ('ruleId' in read) {
      // The same wording as normalize and validate: the message catalog's.
      io.stderr.write(formatMessageLine(shown, message(createDoc(entry.path, new Uint8Array()), read.ruleId, { fatal: true, args: read.args })) + '\n');
      failed++;
      continue;
    }
    const doc = decode(createDoc(entry.path, read.bytes));
    const fatal = doc.messages.find((m) => m.fatal);
    if (fatal || doc.text === undefined) {
      if (fatal) io.stderr.write(formatMessageLine(shown, fatal) + '\n');
      failed++;
      continue;
    }
    // Stray bytes became U+FFFD: say so, as normalize and validate do, at the first one.
    if (!settings.quiet) for (const warning of decodeWarnings(doc.messages)) io.stderr.write(formatMessageLine(shown, warning) + '\n');
    const result = repairWithin(doc.text, settings.timeoutSeconds, textBytes(doc));
    if (!result) {
      io.stderr.write(formatMessageLine(shown, message(createDoc(entry.path, new Uint8Array()), 'file-too-complex', { fatal: true, args: stoppedArgs(settings.timeoutSeconds) })) + '\n');
      failed++;
      continue;
    }
    if (result.steps.length) repaired++;
    if (settings.explain) for (const line of explainSteps(shown, result.steps)) io.stderr.write(safeForTerminal(line) + '\n');
    // A byte-order mark is part of the file's first line: keep it, so a clean file comes out byte for byte.
    io.stdout.write(doc.encoding === 'utf-8-bom' ? `\uFEFF${result.text}` : result.text);
  }
  if (settings.explain || entries.length > 1) io.stderr.write(`postings: ${entries.length} read, ${repaired} repaired, ${failed} failed\n`);
  return failed ? 1 : 0;
}

/** The first argument that names a folder (links followed), if any. */
async function firstFolder(paths: string[], cwd: string): Promise<string | undefined> {
  for (const input of paths) {
    if (input === '-') continue;
    const stat = await fs.stat(path.resolve(cwd, input)).catch(() => undefined);
    if (stat?.isDirectory()) return input;
  }
  return undefined;
}

/** The decode warnings (`invalid-bytes` at the first invalid byte sequence, `decode-fallback`). */
export function decodeWarnings(messages: Message[]): Message[] {
  return messages.filter((m) => m.severity === 'warning');
}


/** One line per step, as `file:line:col utf-8 read as mac-roman: 3 characters changed`. */
export function explainSteps(shown: string, steps: RepairStep[]): string[] {
  return steps.map((step) => `${shown}:${step.line}:${step.column} ${step.detail}: ${step.chars} character${step.chars === 1 ? '' : 's'} changed`);
}
