/**
 * Postings as repeated sibling blocks, whatever the page's wording: a page
 * that holds several postings repeats one block per role, each headed the
 * same way (a heading of one level, a line in bold, an image or a link line,
 * a chunk between thematic breaks). Each run of such heads is scored from
 * what it shows (SIBLING_SCORE, one table): heads that read as job titles,
 * bodies alike (the same inner headings or labels, the same kinds of blocks,
 * comparable lengths), heads numbered in sequence, a vacancies heading or
 * page title above them. A run splits the page when it scores
 * SIBLING_SCORE.threshold or more. Precision first, as guards that no score
 * outweighs:
 * - two heads or more, all different, none a section of a posting or of the
 *   page ("Requirements", "Our values") nor a generic heading;
 * - each block has a body: bare titles are a table of contents, not postings;
 * - no section of a posting above the first head (a posting with "Other jobs"
 *   below it stays whole);
 * - a run whose heads name no job needs a vacancies heading or page title
 *   above it (or a page whose name, its title or first heading, names vacancies):
 *   one posting's teams with the same inner sections are no roles.
 */
import type { List, Nodes, Root, RootContent } from 'mdast';
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import { isGenericHeading } from '../extract/title.js';
import { textOf } from '../extract/tree.js';
import { marksOf, startOf, type Mark } from './marks.js';
import { hasText, INTRO_OF_A_POSTING, postingBefore, type Range } from './ranges.js';
import { namesVacancies, pageNameOf, rolesNamed } from './vacancy-names.js';
import { PAGE_SECTION } from './vacancy-headings.js';
import { tableRowSegments } from './table-rows.js';
import { countsOpenings } from './counted-roles.js';
import { inDifferentLanguages, onePostingLines } from './one-posting.js';
import { nextLineAfter, nodesBetween, someLineBetween, textElsewhere } from './page-index.js';

/** What a run of sibling blocks earns, in one place. */
export const SIBLING_SCORE = {
  /** Every head reads as a job title. */
  allTitles: 3,
  /** Half the heads or more read as job titles, not all (one of two may be a page's section). */
  mostTitles: 1,
  /** Every block shares an inner heading or label ("Requirements:") with another block. */
  sharedInner: 2,
  /** Every body is the same run of block kinds (paragraphs, then a list). */
  sameShape: 1,
  /** The shortest body is at least a quarter of the longest, in lines. */
  comparableLength: 1,
  /** Heads numbered in sequence ("1 …", "2 …"; "Area 1", "Area 2"). */
  numbered: 1,
  /** A heading above the run, or the page's title, names vacancies ("Open positions", "Vacatures"). */
  underVacancies: 1,
  /** A run splits the page from this score on. */
  threshold: 4,
} as const;

/** Heads of chunks between thematic breaks and of list items: levels of their own, below the marks (marks.ts). */
const BREAK_CHUNK = 10;
const LIST_ITEM = 11;

interface Head { start: number; depth: number; text: string }
interface Block { head: Head; end: number; nodes: RootContent[] }

export interface SiblingRun { ranges: Range[]; score: number; why: string[] }

/** The best-scoring run of sibling blocks, when it reaches the threshold. */
export function siblingBlockSegments(tree: Root, body: BodyLine[], marks: Mark[] = marksOf(tree), title?: string): SiblingRun | undefined {
  let best: SiblingRun | undefined;
  // The page's name: its front matter's title, else its first heading ("Nous rejoindre" over "# Rejoindre Acme").
  const pageTitle = pageNameOf(tree, title);
  const levels = new Set(marks.map((mark) => mark.depth));
  // Asked per level and per head: indexed once for the page.
  const nodesIn = nodesBetween(tree);
  const elsewhere = textElsewhere(marks);
  for (const depth of levels) {
    const run = scored(blocksAt(marks, depth, body.length, nodesIn), body, marks, pageTitle, elsewhere);
    if (run && run.score >= SIBLING_SCORE.threshold && run.ranges.length > (best?.ranges.length ?? 0)) best = run;
  }
  const chunks = scored(breakChunks(tree, body.length), body, marks, pageTitle, elsewhere, true);
  if (chunks && chunks.score >= SIBLING_SCORE.threshold && chunks.ranges.length > (best?.ranges.length ?? 0)) best = chunks;
  // A list's items as postings only on a page with no section of a posting anywhere: one posting's bullets name things too.
  if (marks.some((mark) => INTRO_OF_A_POSTING.has(sectionKindOf(mark.text)))) return best;
  // Asked once per list and per table: the page's lines are read once, not from the top for each.
  const statesOnePosting = onePostingLines(body);
  const headings = marks.filter((mark) => mark.depth <= 6).map((mark) => mark.start);
  let headingsAbove = 0;
  for (const list of tree.children) {
    if (list.type !== 'list') continue;
    // The intro above a list: after the nearest heading above it, or from the top (lists and headings both in page order).
    while (headingsAbove < headings.length && headings[headingsAbove]! < startOf(list)) headingsAbove++;
    const introStart = headingsAbove ? headings[headingsAbove - 1]! + 1 : 0;
    // An intro that hires one role or states its pay ("Acme is hiring a Staff Engineer. €110,000.") makes the items that posting's peers.
    if (statesOnePosting(introStart, startOf(list))) continue;
    const items = scored(itemBlocks(list, body.length), body, marks, pageTitle, elsewhere);
    if (items && items.score >= SIBLING_SCORE.threshold && items.ranges.length > (best?.ranges.length ?? 0)) best = items;
  }
  const rows = tableRowSegments(tree, body, statesOnePosting);
  return rows && rows.length > (best?.ranges.length ?? 0) ? { ranges: rows, score: SIBLING_SCORE.threshold, why: ['rows of a table of roles'] } : best;
}

/** A head that a posting may have: no section of a posting or of the page, no generic heading. */
function mayHeadPosting(text: string): boolean {
  // "One position in data engineering" reads as a posting's section on "position"; its count makes it a role's head.
  if (text.length <= 120 && countsOpenings(text)) return true;
  if (!text || text.length > 120 || sectionKindOf(text) !== 'other' || isGenericHeading(text)) return false;
  return looksLikeJobTitle(headText(text)) || !PAGE_SECTION.test(text);
}

/** A head's text without its number ("1 Leerkracht…", "2. Designer", "#3 –"). */
const headText = (text: string) => text.replace(/^(?:#?\d{1,2}[.):]?\s+|[-–—]\s*)/, '').trim();
const NUMBER = /^#?(\d{1,2})\b|\b(\d{1,2})[.:]?$|^\p{L}+\s+(\d{1,2})\b/u;

/** The blocks headed at one level: each runs to the next head of its level or the next heading above it; the longest run of heads that may head a posting. */
function blocksAt(marks: Mark[], depth: number, bodyLength: number, nodesIn: (start: number, end: number) => RootContent[]): Block[] {
  const endAfter = nextLineAfter(marks.filter((mark) => depth <= 6 ? mark.depth <= depth : mark.depth <= 6 || mark.depth === depth).map((mark) => mark.start));
  const headingAboveBetween = someLineBetween(marks.filter((other) => other.depth < depth && other.depth <= 6).map((other) => other.start));
  const runs: Block[][] = [[]];
  for (const mark of marks) {
    if (mark.depth !== depth) continue;
    // An empty heading ("## " between roles, a page builder's spacer) heads nothing and ends no run.
    if (!/[\p{L}\p{N}]/u.test(mark.text)) continue;
    const end = endAfter(mark.start) ?? bodyLength;
    if (!mayHeadPosting(mark.text)) {
      runs.push([]);
      continue;
    }
    // A heading above the level between two heads ends the run.
    const last = runs[runs.length - 1]!.at(-1);
    if (last && headingAboveBetween(last.head.start, mark.start)) runs.push([]);
    runs[runs.length - 1]!.push({ head: mark, end, nodes: nodesIn(mark.start, end) });
  }
  return runs.reduce((a, b) => (b.length > a.length ? b : a), []);
}

/** Chunks between thematic breaks, each headed by its first line: one walk over the page's blocks, each grouped by the break before it. */
function breakChunks(tree: Root, bodyLength: number): Block[] {
  const groups: Array<{ nodes: RootContent[]; end: number }> = [{ nodes: [], end: bodyLength }];
  for (const node of tree.children) {
    if (node.type !== 'thematicBreak') {
      groups[groups.length - 1]!.nodes.push(node);
      continue;
    }
    groups[groups.length - 1]!.end = startOf(node);
    groups.push({ nodes: [], end: bodyLength });
  }
  if (groups.length < 2) return [];
  const blocks: Block[] = [];
  for (const { nodes, end } of groups) {
    const first = nodes[0];
    if (!first || first.type === 'html' || first.type === 'yaml') continue;
    const text = textOf(first).split('\n')[0]!.replace(/\s+/g, ' ').trim();
    blocks.push({ head: { start: startOf(first), depth: BREAK_CHUNK, text }, end, nodes: nodes.slice(1) });
  }
  return blocks;
}

/** A list's items, each headed by its first line ("Ruby 工程师：" over a line about the role), when every item has lines after it. */
function itemBlocks(list: List, bodyLength: number): Block[] {
  const blocks: Block[] = [];
  for (const item of list.children) {
    // Headed by its first line, or by a heading of its own (an HTML page's `<li><h3>Role</h3>…`).
    const first = item.children[0];
    if (first?.type !== 'paragraph' && first?.type !== 'heading') return [];
    const start = startOf(item as Nodes);
    const end = Math.min(item.position?.end.line ?? start + 1, bodyLength);
    const text = textOf(first).split('\n')[0]!.replace(/\s+/g, ' ').replace(/[:：]\s*$/, '').trim();
    if (end - start < 2 || !mayHeadPosting(text)) return [];
    blocks.push({ head: { start, depth: LIST_ITEM, text }, end, nodes: item.children.slice(1) as RootContent[] });
  }
  return blocks;
}

/** A chunk's first line that may name its role: a short line, or a header line's parts ("Acme – Senior Engineer – Remote"). */
function headParts(text: string): string[] {
  if (text.length <= 120) return [headText(text)];
  const parts = text.split(/\s[|–—·•-]\s/).map((part) => headText(part.trim()));
  return parts.length >= 3 && text.length <= 300 ? parts.filter((part) => part.length <= 80) : [];
}

function scored(blocks: Block[], body: BodyLine[], marks: Mark[], pageTitle: string | undefined, elsewhere: (head: Head) => boolean, chunks = false): SiblingRun | undefined {
  if (blocks.length < 2) return undefined;
  const heads = blocks.map((block) => block.head);
  if (rolesNamed(heads.map((head) => head.text)) < heads.length) return undefined;
  // A chunk between thematic breaks is a posting only when its first line names a role.
  if (chunks && heads.some((head) => !headParts(head.text).some(looksLikeJobTitle) || (head.text.length <= 120 && !mayHeadPosting(head.text)))) return undefined;
  // A head text that comes back elsewhere at its level ("Goals" under each stage of a plan) is a section's name.
  if (!chunks && heads.some(elsewhere)) return undefined;
  // Heads under a heading that reads as one role are that posting's sections.
  if (!chunks && roleAbove(marks, heads[0]!)) return undefined;
  // Each block needs a body of its own (a chunk's long head line may be all of it, as a Hacker News post is one paragraph).
  // A chunk of one short line is no posting (a contact line under a rule: "Jane Doe – Head of Talent – jane@…").
  if (!blocks.every((block) => hasText(body, block.head.start + 1, block.end) || (chunks && block.head.text.length > 120))) return undefined;
  if (postingBefore(marks, heads[0]!.start)) return undefined;
  // Chunks in different languages are one posting and its translation.
  if (chunks && inDifferentLanguages(body, blocks.map((block) => ({ start: block.head.start, end: block.end })))) return undefined;
  const why: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => { score += points; why.push(`${reason} (+${points})`); };
  // A head that counts its openings ("Δύο (2) θέσεις …", "Two positions as …") names a role in any wording.
  const titles = heads.filter((head) => (chunks ? headParts(head.text) : [headText(head.text)]).some(looksLikeJobTitle) || countsOpenings(head.text)).length;
  if (titles === heads.length) add(SIBLING_SCORE.allTitles, 'every head a job title');
  else if (titles * 2 >= heads.length) add(SIBLING_SCORE.mostTitles, 'most heads job titles');
  const inner = blocks.map(innerKeys);
  const count = new Map<string, number>();
  for (const keys of inner) for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  if (inner.every((keys) => [...keys].some((key) => count.get(key)! >= 2))) add(SIBLING_SCORE.sharedInner, 'inner headings or labels shared');
  const shapes = new Set(blocks.map(shapeOf));
  if (shapes.size === 1) add(SIBLING_SCORE.sameShape, 'bodies of one shape');
  const lengths = blocks.map((block) => block.end - block.head.start);
  if (Math.min(...lengths) * 4 >= Math.max(...lengths)) add(SIBLING_SCORE.comparableLength, 'bodies of comparable length');
  if (numberedInSequence(heads.map((head) => head.text))) add(SIBLING_SCORE.numbered, 'heads numbered in sequence');
  const vacancies = (pageTitle !== undefined && namesVacancies(pageTitle)) || headingAbove(marks, heads[0]!);
  if (vacancies) add(SIBLING_SCORE.underVacancies, 'under a vacancies heading');
  // Heads that name no job: only under a vacancies heading or page title.
  if (!titles && !vacancies) return undefined;
  const ranges = blocks.map((block): Range => {
    const { start, depth, text } = block.head;
    if (depth === BREAK_CHUNK) return { start, end: block.end };
    // An item's first line is its title, as a role list's is (segments.ts); its other lines are its body.
    if (depth === LIST_ITEM) return { start, end: block.end, role: { title: text } };
    return { start, end: block.end, depth, mark: text };
  });
  return { ranges, score, why };
}

/** Does the nearest heading above the run read as one role ("# Data Analyst" over "### Goals")? */
function roleAbove(marks: Mark[], first: Head): boolean {
  const nearest = marks.filter((mark) => mark.start < first.start && mark.depth <= 6 && mark.depth < first.depth).at(-1);
  return nearest !== undefined && looksLikeJobTitle(nearest.text) && !isGenericHeading(nearest.text) && !namesVacancies(nearest.text);
}

/** Does the nearest heading above the run name vacancies? */
function headingAbove(marks: Mark[], first: Head): boolean {
  const above = marks.filter((mark) => mark.start < first.start && mark.depth <= 6 && (first.depth > 6 || mark.depth < first.depth));
  const nearest = above[above.length - 1];
  return nearest !== undefined && namesVacancies(nearest.text);
}

/** Inner headings and label lines (bold only, or ending in a colon), compared without case or punctuation. */
function innerKeys(block: Block): Set<string> {
  const keys = new Set<string>();
  for (const node of block.nodes) {
    if (node.type !== 'heading' && node.type !== 'paragraph') continue;
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    if (!text || text.length > 60) continue;
    const bold = node.type === 'paragraph' && node.children.filter((c) => !(c.type === 'text' && !c.value.trim())).every((c) => c.type === 'strong');
    if (node.type === 'heading' || bold || /[:：]$/.test(text)) keys.add(text.toLowerCase().replace(/[\s\p{P}\p{S}\d]+/gu, ''));
  }
  keys.delete('');
  return keys;
}

/** The kinds of a body's blocks in order, runs of one kind as one. */
function shapeOf(block: Block): string {
  const kinds = block.nodes.map((node) => node.type);
  return kinds.filter((kind, i) => kind !== kinds[i - 1]).join(' ');
}

function numberedInSequence(texts: string[]): boolean {
  const numbers = texts.map((text) => {
    const match = NUMBER.exec(text);
    return match ? Number(match[1] ?? match[2] ?? match[3]) : NaN;
  });
  return numbers.every((n, i) => n === numbers[0]! + i);
}
