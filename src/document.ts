/**
 * The document every pipeline stage receives and returns. Stages add to it and
 * attach messages; bad input never throws, it becomes a message.
 */
import type { Root } from 'mdast';
import type { Document as DataDocument } from 'yaml';
import type { Posting } from './schema/posting.js';
import { messageText, type RuleId } from './messages.js';

export type Severity = 'error' | 'warning' | 'info';

/** A problem attached to one file, shaped like vfile-message. */
export interface Message {
  ruleId: RuleId;
  reason: string;
  severity: Severity;
  line?: number;
  column?: number;
  /** A fatal message stops the pipeline for this file only. */
  fatal?: boolean;
  /** The values filled into `reason`, so code can read them without parsing the text. */
  args?: Record<string, string | number>;
}

export type SourceFormat =
  | 'yaml-frontmatter'
  | 'toml-frontmatter'
  | 'json-frontmatter'
  | 'markdown'
  | 'html'
  | 'text'
  | 'json'
  | 'yaml'
  | 'xml';

export interface RepairSummary {
  kind: string;
  detail: string;
  count: number;
}

/** One line of the cleaned body, with the source line it came from. */
export interface BodyLine {
  text: string;
  line: number;
}

export interface PostingDoc {
  /** The path as the user named it, or the stream id; "-" for stdin. */
  path: string;
  bytes: Uint8Array;
  encoding?: string;
  /** Decoded (and later repaired) text of the whole file. */
  text?: string;
  format?: SourceFormat;
  repairs: RepairSummary[];
  frontmatter?: Record<string, unknown>;
  /** Source line (1-based) where the body starts. */
  bodyLine?: number;
  /** The cleaned body, one entry per line, each mapped to its source line. */
  body?: BodyLine[];
  tree?: Root;
  /** A data file's parsed document (format json or yaml), with source positions. */
  data?: DataDocument;
  /** The postings found in a file that holds several (split.ts); absent for a file of one posting. */
  segments?: Segment[];
  /** The file's first record (its only one, for most files): kept for code written for one record a file. */
  record?: Posting;
  /** Every record of the file, in file order; set with `record` by setRecords(). */
  records?: Posting[];
  messages: Message[];
  /** The day a stated closing date is compared with (YYYY-MM-DD); the current UTC day when not set. */
  today?: string;
}

/**
 * One posting of a file that holds several: its own body lines and tree, the
 * front matter it sees (the page's, or a data item's fields), and the text
 * the extractors look front-matter keys up in (split/segments.ts).
 */
export interface Segment {
  body: BodyLine[];
  tree: Root;
  frontmatter: Record<string, unknown>;
  sourceText: string;
  /** A data item's key lines: line n of `sourceText` is source line keyLines[n - 1]. */
  keyLines?: number[];
  /** First source line of the posting. */
  line: number;
  /** Where its fields came from: the page's text, a data file's item (evidence rules read `data.<key>`), or a role list's item (`list.<key>`). */
  origin: 'text' | 'data' | 'list';
}

/** Every record of a document, in file order. */
export function recordsOf(doc: PostingDoc): Posting[] {
  return doc.records ?? (doc.record ? [doc.record] : []);
}

/** Set a document's records (none, one or several). */
export function setRecords(doc: PostingDoc, records: Posting[]): void {
  if (records.length) {
    doc.records = records;
    doc.record = records[0];
  } else {
    delete doc.records;
    delete doc.record;
  }
}

export function createDoc(path: string, bytes: Uint8Array): PostingDoc {
  return { path, bytes, repairs: [], messages: [] };
}

/** Attach a message from the catalog to the document and return it. */
export function message(
  doc: PostingDoc,
  ruleId: RuleId,
  details: { line?: number; column?: number; fatal?: boolean; severity?: Severity; args?: Record<string, string | number> } = {},
): Message {
  const { text, severity } = messageText(ruleId, details.args ?? {});
  const msg: Message = { ruleId, reason: text, severity: details.severity ?? (details.fatal ? 'error' : severity) };
  if (details.line !== undefined) msg.line = details.line;
  if (details.column !== undefined) msg.column = details.column;
  if (details.fatal) msg.fatal = true;
  if (details.args && Object.keys(details.args).length) msg.args = details.args;
  doc.messages.push(msg);
  return msg;
}

export function isFailed(doc: PostingDoc): boolean {
  return doc.messages.some((m) => m.fatal || m.severity === 'error');
}
