/**
 * Postings as an accordion: a careers page, in HTML or in Markdown with HTML
 * in it, folds each role into a `<details>` element headed by its
 * `<summary>` ("<summary>Senior Backend Engineer</summary>", then the role's
 * text). The page's conversion keeps the summary's text as a plain line, so
 * the summaries are read from the file as written: each posting runs from
 * its summary's line to the next summary, the last one to its `</details>`.
 * Precision first: two summaries or more, all different, and every one a
 * role heading (an FAQ's questions, "How do I apply?", are none), each with
 * a body; a page that reads as one posting before the first is left whole.
 */
import type { BodyLine } from '../document.js';
import { BOLD_LINE, type Mark } from './marks.js';
import { hasText, inlineHtmlText, isRoleHeading, namesOneRole, postingBefore, type Range } from './ranges.js';
import { lineFinder } from './line-finder.js';

/** A summary's opening tag and its text, up to its closing tag (a summary is one short line of a few words). */
const SUMMARY = /<summary\b[^<>]{0,200}>([\s\S]{1,300}?)<\/summary\s*>/gi;
/** Past this size a file is read without its summaries. */
const MAX_SOURCE = 400_000;

/** `text`: the file as written (its lines are the body lines' `line`). */
export function summaryHeadSegments(text: string, body: BodyLine[], marks: Mark[]): Range[] | undefined {
  if (!body.length || text.length > MAX_SOURCE || !/<summary\b/i.test(text)) return undefined;
  const lineOf = lineFinder(text);
  const heads = [...text.matchAll(SUMMARY)].map((match) => ({ line: lineOf(match.index), end: match.index + match[0].length, title: inlineHtmlText(match[1]!) }));
  if (heads.length < 2 || !heads.every((head) => isRoleHeading(head.title))) return undefined;
  if (new Set(heads.map((head) => head.title.toLowerCase())).size < heads.length) return undefined;
  const starts = heads.map((head) => body.findIndex((line) => line.line >= head.line));
  if (starts.some((start, i) => start === -1 || (i > 0 && start <= starts[i - 1]!))) return undefined;
  if (postingBefore(marks, starts[0]!)) return undefined;
  // A page headed by one role ("<h1>Werkstudent Marketing</h1>") is that posting: accordions under it are its FAQ (review27a).
  const top = marks.find((mark) => mark.start < starts[0]! && mark.depth === 1);
  if (top && namesOneRole(top.text)) return undefined;
  // The last role ends with its <details>: what follows is the page's (how to apply, its footer).
  const close = /<\/details\s*>/i.exec(text.slice(heads.at(-1)!.end));
  const closeLine = close ? lineOf(heads.at(-1)!.end + close.index) : Infinity;
  const after = body.findIndex((line) => line.line > closeLine);
  const ranges = heads.map((head, i) => ({ start: starts[i]!, end: starts[i + 1] ?? (after === -1 ? body.length : after), depth: BOLD_LINE, mark: head.title }));
  return ranges.every((range) => hasText(body, range.start + 1, range.end)) ? ranges : undefined;
}
