/**
 * The pipeline, declared once. Invariants:
 * - each stage is `stage(doc) -> doc`, and reports bad input as messages;
 * - a fatal message stops that file only: later stages are skipped;
 * - an unexpected exception in a stage becomes a fatal message, never a crash;
 * - reporting always runs, whatever happened to the file.
 */
import { createDoc, message, type PostingDoc } from './document.js';
import { decode } from './stages/decode.js';
import { detect } from './stages/detect.js';
import { repair } from './stages/repair.js';
import { parse } from './stages/parse.js';
import { split } from './stages/split.js';
import { extract } from './stages/extract.js';
import { validate } from './stages/validate.js';

export type Stage = (doc: PostingDoc) => PostingDoc;

export const stages: Array<[name: string, stage: Stage]> = [
  ['decode', decode],
  ['detect', detect],
  ['repair', repair],
  ['parse', parse],
  ['split', split],
  ['extract', extract],
  ['validate', validate],
];

/** Settings of one file's run. */
export interface ProcessOptions {
  /** The day a closing date is compared with, for `expired` (YYYY-MM-DD; default: the current UTC day). */
  today?: string;
  /** The stages to run instead of `stages` (tests of the budgets add one that hangs). */
  stages?: Array<[name: string, stage: Stage]>;
}

/** Run every stage over one file's bytes. Never throws. */
export function processBytes(path: string, bytes: Uint8Array, options: ProcessOptions = {}): PostingDoc {
  const doc = createDoc(path, bytes);
  if (options.today) doc.today = options.today;
  for (const [name, stage] of options.stages ?? stages) {
    try {
      stage(doc);
    } catch (error) {
      message(doc, 'worker-failed', { fatal: true, args: { reason: `${name}: ${(error as Error)?.message ?? String(error)}` } });
    }
    if (doc.messages.some((m) => m.fatal)) break;
  }
  return doc;
}
