/**
 * The library: everything the CLI does, callable from code.
 *
 *   import { normalizeText, normalizeFiles, repairText } from 'postings';
 */
import { kindOf } from './argument-kind.js';
import { recordsOf, type PostingDoc } from './document.js';
import { processBytes } from './pipeline.js';
import { processPaths, type RunOptions } from './run.js';
import { processIo, type Io } from './io.js';
import type { Posting } from './schema/posting.js';

export { processBytes, stages } from './pipeline.js';
export { processPaths } from './run.js';
export type { RunOptions } from './run.js';
export { createPool } from './run-pool.js';
export type { WorkerPool } from './run-pool.js';
export { repairText, fixEncoding, applyPlan } from './repair/index.js';
export type { RepairResult, RepairStep } from './repair/index.js';
export { PostingSchema, postingJsonSchema } from './schema/posting.js';
export type { Posting, Evidence, Salary, Section, Location } from './schema/posting.js';
export { emitters, emitterFor, emitRecords, outputFormats } from './emit/index.js';
export type { OutputFormat, Emitter, EmitOptions } from './emit/index.js';
export { toJobPosting } from './emit/jsonld.js';
export type { JobPostingLd } from './emit/jsonld.js';
export { detectFormat, formats } from './formats/index.js';
export type { PostingDoc, Message, Severity, SourceFormat, Segment } from './document.js';
export { recordsOf } from './document.js';
export { main } from './cli.js';
export { postingFingerprint } from './corpus/fingerprint.js';
export { findDuplicates, representativesOnly } from './corpus/dedupe.js';
export type { DuplicateGroup, GroupMember } from './corpus/group.js';
export { ReportBuilder } from './corpus/report-data.js';
export type { ReportData } from './corpus/report-data.js';
export { renderPage as renderReportPage } from './report-html/page.js';

/** The outcome for one input: its records when it succeeded (several when the file holds several postings), and every message either way. */
export interface NormalizeResult {
  path: string;
  /** The first record (the only one for most files). */
  record: Posting | null;
  /** Every record of the input, in file order. */
  records: Posting[];
  messages: PostingDoc['messages'];
}

function toResult(doc: PostingDoc): NormalizeResult {
  return { path: doc.path, record: doc.record ?? null, records: recordsOf(doc), messages: doc.messages };
}

/** Normalize one posting given as text or bytes; `today` (YYYY-MM-DD) is the day closing dates are compared with. Never throws for bad input. */
export function normalizeText(input: string | Uint8Array, options: { path?: string; today?: string } = {}): NormalizeResult {
  // Bad input is a message on the result; a value that is no text at all is the caller's mistake.
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw new TypeError(`normalizeText takes a string or a Uint8Array, not ${kindOf(input)}`);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return toResult(processBytes(options.path ?? '<text>', bytes, { today: options.today }));
}

/** Normalize files, folders and globs; yields results in a stable input order. */
export async function* normalizeFiles(paths: string[], options: RunOptions & { cwd?: string } = {}): AsyncGenerator<NormalizeResult> {
  const io: Io = { ...processIo(), ...(options.cwd ? { cwd: options.cwd } : {}) };
  for await (const doc of processPaths(paths, io, options)) yield toResult(doc);
}
