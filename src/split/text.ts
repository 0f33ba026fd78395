/**
 * Postings in a page's text. Precision first: a file is split only when it
 * clearly holds several postings, because one posting cut into pieces is
 * worse than a list left whole. Two page shapes count:
 * - role headings: two or more headings of one level whose text reads as a
 *   job title (and not as a section: "Requirements" never counts), each with
 *   its own body. A posting's "Responsibilities / Requirements" headings are
 *   sections, so a single posting stays whole; so does a page whose own
 *   duties or requirements come before the first role heading (a posting
 *   with "Other jobs" below it); headings under an "Other jobs" /
 *   "Suggestions" heading are a job board's other postings and never count.
 * - header lines, as in Hacker News "Who is hiring" threads: two or more
 *   blocks whose first line is "Company | Role | Place | REMOTE" (three or
 *   more parts split by " | ", one of them a job title).
 * A posting runs from its heading or header line to the next one (or to a
 * heading above its level); what comes before the first is the page's intro,
 * shared by all.
 */
import type { Nodes, Root } from 'mdast';
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { isOtherJobsHeading } from '../extract/title.js';
import { sectionKindOf } from '../extract/sections.js';
import { textOf } from '../extract/tree.js';

/** A run of body lines: [start, end) indexes into the body; `depth` is the level of its role heading. */
export interface Range { start: number; end: number; depth?: number }

export interface TextSplit { ranges: Range[]; rule: 'role-headings' | 'header-lines' }

/** The postings of a page as body ranges, or undefined when it does not clearly hold several. */
export function textSegments(tree: Root, body: BodyLine[]): TextSplit | undefined {
  const roles = roleHeadingSegments(tree, body);
  if (roles) return { ranges: roles, rule: 'role-headings' };
  const headers = headerLineSegments(tree, body);
  return headers && { ranges: headers, rule: 'header-lines' };
}

/** Body index (0-based) where a top-level node starts. */
const startOf = (node: Nodes): number => (node.position?.start.line ?? 1) - 1;

/** Section kinds that only a posting has: seen above the first role heading, the page is one posting. */
const INTRO_OF_A_POSTING = new Set(['role', 'responsibilities', 'requirements', 'niceToHave']);

function isRoleHeading(text: string): boolean {
  return text.length <= 120 && looksLikeJobTitle(text) && sectionKindOf(text) === 'other';
}

function roleHeadingSegments(tree: Root, body: BodyLine[]): Range[] | undefined {
  const all = tree.children.filter((node) => node.type === 'heading') as Array<Extract<Nodes, { type: 'heading' }>>;
  // Headings under "Other jobs" / "Suggestions" list a job board's other postings, not this page's.
  const otherJobs = all.findIndex((h) => isOtherJobsHeading(textOf(h).trim()));
  const headings = otherJobs === -1 ? all : all.slice(0, otherJobs);
  // The level with the most role headings (the shallower on a tie).
  let best: { depth: number; roles: number[] } | undefined;
  for (let depth = 1; depth <= 6; depth++) {
    const roles = headings.filter((h) => h.depth === depth && isRoleHeading(textOf(h).trim())).map(startOf);
    if (roles.length >= 2 && roles.length > (best?.roles.length ?? 0)) best = { depth, roles };
  }
  if (!best) return undefined;
  const { depth, roles } = best;
  // A page that reads as one posting before its first role heading (its own duties or requirements) lists other jobs below it.
  const intro = headings.filter((h) => startOf(h) < roles[0]!).map((h) => sectionKindOf(textOf(h).trim()));
  if (intro.some((kind) => INTRO_OF_A_POSTING.has(kind))) return undefined;
  const ends = headings.filter((h) => h.depth <= depth).map(startOf);
  const ranges = roles.map((start) => ({ start, end: ends.find((line) => line > start) ?? body.length, depth }));
  // Each role needs its own body: a list of bare role headings is a table of contents, not postings.
  return ranges.every((range) => hasText(body, range.start + 1, range.end)) ? ranges : undefined;
}

/** "Acme | Senior Engineer | Berlin | REMOTE": three or more parts, none of them long. */
const HEADER_LINE = /^(?!\s*\|)[^|\n]{1,100}(?:\s\|\s[^|\n]{1,100}){2,}\s*$/;

function headerLineSegments(tree: Root, body: BodyLine[]): Range[] | undefined {
  const starts: number[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    const index = startOf(node);
    const first = body[index]?.text.replace(/^#+\s*|\*\*|__/g, '') ?? '';
    if (!HEADER_LINE.test(first)) continue;
    // A table row has a delimiter row under it.
    if (/^\s*\|?\s*:?-{3,}/.test(body[index + 1]?.text ?? '')) continue;
    if (first.split(/\s\|\s/).some((part) => looksLikeJobTitle(part.trim()))) starts.push(index);
  }
  if (starts.length < 2) return undefined;
  const ranges = starts.map((start, i) => ({ start, end: starts[i + 1] ?? body.length }));
  return ranges.every((range) => hasText(body, range.start, range.end)) ? ranges : undefined;
}

function hasText(body: BodyLine[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(body[i]?.text ?? '')) return true;
  return false;
}
