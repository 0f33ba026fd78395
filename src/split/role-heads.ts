/**
 * The general rule of a page of several postings, tried when no layout rule
 * fits: collect the page's heads by shape (each heading level, lines wholly in
 * bold, images or links, the first lines of one list's items, one table's first
 * cells, a Markdown table's or an HTML one's). A shape whose heads are two or more distinct short role names, most
 * of its heads, is a list of roles: the page splits at them. Recall first, but
 * a single posting stays whole: no section of a posting (duties, requirements)
 * may stand outside the roles' own parts, no role head may come twice, the page
 * must not be titled as one role, and bodies in two languages are a posting and
 * its translation. Thresholds are `ROLE_HEADS` below.
 */
import type { List, ListItem, Root } from 'mdast';
import type { BodyLine } from '../document.js';
import { cleanTitle, isGenericHeading, namesRole } from '../extract/title-clean.js';
import { isOtherJobsHeading } from '../extract/title-page-names.js';
import { sectionKindOf } from '../extract/sections.js';
import { namesJobs } from '../extract/posting-kind.js';
import { textOf } from '../extract/tree.js';
import { marksOf, startOf, type Mark } from './marks.js';
import { hasText, INTRO_OF_A_POSTING, type Range } from './ranges.js';
import { inDifferentLanguages, statesOnePosting } from './one-posting.js';
import { namesVacancies } from './vacancy-names.js';
import { HTML_ROW } from './table-rows.js';
import { LINK_AS_TEXT } from './link-text.js';

/** Thresholds of the rule (measured in the README, "Several postings in one file"). */
export const ROLE_HEADS = { maxWords: 10, minShare: 0.5, listShare: 0.67, minRoles: 2 };

/** A list item's line that starts with a link (`- [QA Engineer](roles/qa.md) - full-time`). */
const LINKED_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[^\]]+\]\([^)]+\)/;

/** One head of the page: where its part starts and ends (body indexes), its text, and its shape. */
interface Head { start: number; end?: number; text: string; shape: string; depth?: number; item?: boolean }

export function roleHeadSegments(tree: Root, body: BodyLine[], pageTitle?: string, limits = ROLE_HEADS): Range[] | undefined {
  if (pageTitle !== undefined && namesOneRole(pageTitle)) return undefined;
  const all = marksOf(tree);
  const otherJobs = all.findIndex((mark) => mark.depth <= 6 && isOtherJobsHeading(mark.text));
  const marks = otherJobs === -1 ? all : all.slice(0, otherJobs);
  const stop = otherJobs === -1 ? Infinity : all[otherJobs]!.start;
  const heads = [...markHeads(marks), ...itemHeads(tree, body, stop)];
  const shapes = new Map<string, Head[]>();
  for (const head of heads) shapes.set(head.shape, [...(shapes.get(head.shape) ?? []), head]);
  let best: Head[] | undefined;
  for (const group of shapes.values()) {
    const roles = group.filter((head) => isRoleLike(head.text, limits.maxWords));
    const texts = new Set(roles.map((head) => head.text.toLowerCase()));
    // A role head again and again ("Support" under each step) is a section's name; a shape of sections with a role or two among them is
    // one posting's; a list needs more of its items to name roles, since one posting's lists of steps and duties name people at work.
    const share = group[0]!.item ? limits.listShare : limits.minShare;
    // Sections of a posting among them ("仕事内容", "**Requirements**") are each role's own, and no other kind of head.
    const others = group.filter((head) => sectionKindOf(head.text) === 'other');
    if (texts.size < limits.minRoles || texts.size * 3 < roles.length * 2 || roles.length < share * others.length) continue;
    if (roles.length > (best?.length ?? 0)) best = roles;
  }
  if (!best) return undefined;
  // A page headed by one role ("# Product Designer" over "You will work with:") is that posting.
  const first = marks.find((mark) => mark.depth <= 6);
  if (first && first.start < best[0]!.start && first.depth < (best[0]!.depth ?? 7) && namesOneRole(first.text)) return undefined;
  // Items of one line right after prose ("You will work closely with:") are whom a posting names; after a heading or at the top they are roles.
  // Under a heading, they are roles only when it names jobs or the careers page ("Our process" lists steps that name people).
  if (best[0]!.item && best.every((head) => head.end! - head.start <= 1) && !bareRolesFit(tree, marks, best[0]!.start)) return undefined;
  // Items of one line that link to their roles' pages are an index of postings kept elsewhere: the role-list rule and the
  // careers-index reason of posting-kind decide those (fixtures/not-posting/readme-index.md), not this fallback.
  if (best[0]!.item && best.every((head) => head.end! - head.start <= 1 && LINKED_ITEM.test(body[head.start]?.text ?? ''))) return undefined;
  const ranges = best.map((head, i) => ({ start: head.start, end: endOf(head, best![i + 1], marks, body.length, stop), head }));
  // A posting's own section outside every role's part: the page is that posting, its role heads whom it works with.
  if (marks.some((mark) => INTRO_OF_A_POSTING.has(sectionKindOf(mark.text)) && !ranges.some((range) => mark.start > range.start && mark.start < range.end))) return undefined;
  // Text around the roles that hires one role or states its pay ("Acme is hiring a Staff Engineer. €110,000.") makes them its peers.
  if (statesOnePosting(body, 0, ranges[0]!.start) || statesOnePosting(body, ranges[ranges.length - 1]!.end, body.length, { pay: false })) return undefined;
  // A heading with nothing under it is a table of contents unless it is an item of a list of roles.
  if (!ranges.every((range) => range.head.item || hasText(body, range.start + 1, range.end))) return undefined;
  if (inDifferentLanguages(body, ranges)) return undefined;
  return ranges.map(({ start, end, head }) => head.item
    ? { start, end, role: { title: head.text, line: body[start]?.line ?? start + 1 } }
    : { start, end, depth: head.depth!, mark: head.text });
}

/** Short, naming a role in any language, and no section or generic heading ("Requirements", "Careers"), nor a person with a role. */
function isRoleLike(text: string, maxWords: number): boolean {
  return text.length <= 120 && text.split(/\s+/).length <= maxWords && namesRole(text) && sectionKindOf(text) === 'other' && !isGenericHeading(text) && !namesJobs(text)
    && !namesPerson(text);
}

/** "Ana Lima, Senior Engineer", "Jane Doe – CTO": two or three capitalised words that name no role, then the role (a team page). */
function namesPerson(text: string): boolean {
  const [before] = text.split(/\s*(?:,|\s[-–—|]\s)\s*/u);
  return before !== undefined && before !== text && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}.]*){1,2}$/u.test(before) && !namesRole(before);
}

/**
 * One-line items right after a heading that names jobs or the careers page, or at the top of a page with no heading above them.
 * The heading's words are the vacancy headings' of every other split rule ("Postes ouverts", "Volné pozice", "募集職種"), so a
 * table of roles under them splits as under "Open positions" or "Offene Stellen".
 */
function bareRolesFit(tree: Root, marks: Mark[], start: number): boolean {
  const at = tree.children.findIndex((node) => startOf(node) >= start);
  const before = at > 0 ? tree.children[at - 1]! : undefined;
  if (before?.type === 'paragraph') return false;
  const heading = [...marks].reverse().find((mark) => mark.start < start && mark.depth <= 6);
  return heading === undefined || isGenericHeading(heading.text) || namesVacancies(heading.text);
}

/** Headings of each level and heading-like lines (bold, image, link): a shape each level. */
function markHeads(marks: Mark[]): Head[] {
  return marks.filter((mark) => mark.text).map((mark) => ({ start: mark.start, text: mark.text, shape: `mark:${mark.depth}`, depth: mark.depth }));
}

/** The first line of each top-level list's items (a shape per list), and the first cell of each table's rows (a shape per table). */
function itemHeads(tree: Root, body: BodyLine[], stop: number): Head[] {
  const heads: Head[] = [];
  tree.children.forEach((node, index) => {
    if (startOf(node) >= stop) return;
    if (node.type === 'list') for (const item of (node as List).children) heads.push(...itemHead(item, `list:${index}`));
    if (node.type === 'paragraph') heads.push(...tableHeads(body, startOf(node), (node.position?.end.line ?? 0), `table:${index}`));
  });
  return heads;
}

/** A Markdown table (the parser keeps it a paragraph): the first cell of each row under its delimiter row. */
function tableHeads(body: BodyLine[], start: number, end: number, shape: string): Head[] {
  // An HTML table as the page's conversion writes it (each <tr> a line of cells, no delimiter row): every row, its header a head that names no role.
  const htmlRows = end - start >= 2 && body.slice(start, end).every((line) => HTML_ROW.test(line.text));
  if (!htmlRows && !TABLE_DELIMITER.test(body[start + 1]?.text ?? '')) return [];
  const heads: Head[] = [];
  for (let i = htmlRows ? start : start + 2; i < end; i++) {
    const cells = (body[i]?.text ?? '').trim().replace(/^\|/, '').split('|');
    const text = inlineText(cells[0] ?? '');
    // An HTML table's first row that names no role is its header (<th> cells read as <td> ones: "Job Title | Location").
    if (htmlRows && i === start && !namesRole(text)) continue;
    if (cells.length >= 2 && text) heads.push({ start: i, end: i + 1, text, shape, item: true });
  }
  return heads;
}

/** Spaces around a pipe read one way, as table-rows.ts's DELIMITER (review28: quadratic on a long run of spaces). */
const TABLE_DELIMITER = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+(?:\|\s*)?$/;

/** A cell's text as a reader sees it: link text, no emphasis marks. */
const inlineText = (cell: string): string => cell.replace(LINK_AS_TEXT, '$1').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();

function itemHead(item: ListItem, shape: string): Head[] {
  const first = item.children[0];
  if (!first || (first.type !== 'paragraph' && first.type !== 'heading')) return [];
  // The item's first line: its head, whatever follows on the lines below.
  const text = textOf(first).split('\n')[0]!.replace(/\s+/g, ' ').trim();
  return text ? [{ start: startOf(item), end: item.position?.end.line ?? startOf(item) + 1, text, shape, item: true }] : [];
}

/** A part runs to the next role, or to a heading at the role's level or above (a heading of the page after the last one). */
function endOf(head: Head, next: Head | undefined, marks: Mark[], length: number, stop: number): number {
  if (head.item) return head.end!;
  const depth = head.depth!;
  const ends = marks.filter((mark) => mark.start > head.start && (depth <= 6 ? mark.depth <= depth : mark.depth <= 6)).map((mark) => mark.start);
  return Math.min(next?.start ?? Infinity, ends[0] ?? Infinity, stop, length);
}

/** A page title that reads as one role and names no careers page or jobs in the plural (as split/text.ts reads it). */
function namesOneRole(raw: string): boolean {
  const title = cleanTitle(raw);
  return title.split(/\s+/).length <= 10 && namesRole(title) && !isGenericHeading(title) && !namesJobs(title);
}
