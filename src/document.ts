/**
 * The document every pipeline stage receives and returns. Stages add to it and
 * attach messages; bad input never throws, it becomes a message.
 */
import type { Root } from 'mdast';
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
  | 'text';

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
  record?: Posting;
  messages: Message[];
  /** The day a stated closing date is compared with (YYYY-MM-DD); the current UTC day when not set. */
  today?: string;
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
