/**
 * The evidence rule, tried when no layout rule and no role-like heads fit:
 * split a page where its blocks each SAY what a posting says, whatever their
 * heads look like. For each shape of head on the page (a heading level, lines
 * in bold, image or link lines: marks.ts; chunks between rules; an HTML
 * page's cards, sibling elements opened alike: html-cards.ts), the page is
 * cut at the heads of that shape (a head that names a section of a role,
 * "Requirements", is inside a block, never a cut); a block is a posting when
 * its head is no section, page or careers heading and no question, and its
 * own lines carry enough evidence (block-evidence.ts): a role head, a
 * sentence that hires a role or a duties/requirements section, and
 * `minScore` signs in all. The shape is accepted when two or more blocks are
 * postings, they share a kind of sign with one another (one posting's parts
 * say different things: its pay here, its requirements there), and they hold
 * most of the page's evidence (`minShare`: an intro or a benefits-for-all
 * block may hold a little). The shallowest such shape wins. A single posting
 * stays whole: a role's section (duties, requirements) outside every posting
 * block, an intro that hires one role or states pay, a page titled or headed
 * as one role, heads that repeat, and bodies in two languages (a posting and
 * its translation) each keep it one.
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import { isGenericHeading } from '../extract/title-clean.js';
import { isOtherJobsHeading } from '../extract/title-page-names.js';
import { namesJobs } from '../extract/posting-kind.js';
import { isHeaderLine } from './header-line.js';
import { marksOf, type Mark } from './marks.js';
import { hasText, INTRO_OF_A_POSTING, namesOneRole, type Range } from './ranges.js';
import { inDifferentLanguages, statesOnePosting } from './one-posting.js';
import { htmlCardGroups, type Card } from './html-cards.js';
import { blockEvidence, hiredRole, lineSigns, ROLE_SECTION_KINDS, sectionOf, signCount, type BlockEvidence, type Sign } from './block-evidence.js';

/** Thresholds of the rule (measured in the README, "Several postings in one file"). */
export const BLOCK_EVIDENCE = { minScore: 2, minShare: 0.5, maxHeadWords: 12, minBlocks: 2 };

/** A block of the page cut at one shape, with its evidence. */
export interface EvidenceBlock { start: number; end: number; head: Mark & { end?: number }; evidence: BlockEvidence; posting: boolean }

/** What the rule weighed on a page: the blocks of each shape (depth -> blocks, shallowest first), the page's marks and each line's signs. */
export interface Weighed { shapes: Map<number, EvidenceBlock[]>; marks: Mark[]; signs: Array<Set<Sign>> }

/** `source` is the page's HTML, or its groups of cards already read from it (html-cards.ts). */
export function evidenceBlocksByShape(tree: Root, body: BodyLine[], limits = BLOCK_EVIDENCE, source?: string | Card[][]): Weighed {
  const all = marksOf(tree);
  const otherJobs = all.findIndex((mark) => mark.depth <= 6 && isOtherJobsHeading(mark.text));
  const marks = otherJobs === -1 ? all : all.slice(0, otherJobs);
  const stop = otherJobs === -1 ? body.length : all[otherJobs]!.start;
  const shapes = new Map<number, EvidenceBlock[]>();
  const depths = [...new Set(marks.map((mark) => mark.depth))].sort((a, b) => a - b);
  const cutsAt = new Map<number, Array<Mark & { end?: number }>>(depths.map((depth) => [depth, marks.filter((mark) => mark.depth === depth && mark.text && !namesRoleSection(mark.text))]));
  // Chunks between thematic breaks (`---`), each headed by its first line: a shape of their own, after the heads'.
  const chunks = ruleChunks(tree, body, stop);
  if (chunks.length >= limits.minBlocks) {
    depths.push(RULE_CHUNK);
    cutsAt.set(RULE_CHUNK, chunks);
  }
  // An HTML page's cards (sibling elements opened alike, html-cards.ts): a shape per group, after every other.
  if (source !== undefined) {
    (typeof source === 'string' ? htmlCardGroups(source, body) : source).map((cards) => cards.filter((card) => card.start < stop)).forEach((cards, i) => {
      depths.push(HTML_CARD + i);
      cutsAt.set(HTML_CARD + i, cards.map((card) => ({ start: card.start, end: Math.min(card.end, stop), depth: HTML_CARD + i, text: card.text })));
    });
  }
  if (![...cutsAt.values()].some((cuts) => cuts.length >= limits.minBlocks)) return { shapes, marks: all, signs: [] };
  const signs = lineSigns(body.slice(0, stop));
  for (const depth of depths) {
    const cuts = cutsAt.get(depth)!;
    if (cuts.length < limits.minBlocks) continue;
    shapes.set(depth, cuts.map((head, i) => {
      const end = head.end ?? blockEnd(head, cuts[i + 1], marks, stop);
      const evidence = blockEvidence(head.text, signs, head.start + 1, end);
      // A head that names no role needs the block to describe a role (its duties or requirements): terms alone are a benefit's ("Flexible hours").
      const describesRole = evidence.roleHead || evidence.kinds.has('hire') || [...evidence.kinds].some((sign) => INTRO_OF_A_POSTING.has(sign.slice(8)));
      const posting = mayHeadPosting(head.text, limits.maxHeadWords) && evidence.score >= limits.minScore && describesRole && hasText(body, head.start + 1, end);
      return { start: head.start, end, head, evidence, posting };
    }));
  }
  return { shapes, marks: all, signs };
}

/** The postings of a page by the evidence of its blocks, or undefined when no shape of head cuts it into two or more. */
export function evidenceBlockSegments(tree: Root, body: BodyLine[], pageTitle?: string, limits = BLOCK_EVIDENCE, source?: string | Card[][], { cardsOnly = false } = {}): Range[] | undefined {
  if (pageTitle !== undefined && namesOneRole(pageTitle)) return undefined;
  const { shapes, marks, signs } = evidenceBlocksByShape(tree, body, limits, source);
  for (const [depth, blocks] of shapes) {
    if (cardsOnly && depth < HTML_CARD) continue;
    const postings = blocks.filter((block) => block.posting);
    if (refusal(postings, blocks, marks, body, signs, depth, limits) !== undefined) continue;
    return postings.map(({ start, end, head }) => {
      if (depth !== RULE_CHUNK) return { start, end, depth, mark: head.text };
      const mark = chunkTitle(head, body, end);
      return mark === undefined ? { start, end } : { start, end, depth, mark };
    });
  }
  return undefined;
}

/** Why a shape's blocks are not the page's postings, or undefined when they are. */
export function refusal(postings: EvidenceBlock[], blocks: EvidenceBlock[], marks: Mark[], body: BodyLine[], signs: Array<Set<Sign>>, depth: number, limits = BLOCK_EVIDENCE): string | undefined {
  if (postings.length < limits.minBlocks) return `${postings.length} block(s) with a posting's evidence`;
  // One head again and again ("Details" under each step) is a section's name, not several postings; a board may list one role twice.
  const heads = new Set(postings.map((block) => block.head.text.toLowerCase()));
  if (heads.size < 2 || heads.size * 3 < postings.length * 2) return 'heads repeat';
  // Postings say the same kinds of things (naming the role is one, in the head or in a sentence that hires it); the parts of one posting each say something else.
  const namesItsRole = (block: EvidenceBlock) => block.evidence.roleHead || block.evidence.kinds.has('hire');
  const says = (block: EvidenceBlock, sign: Sign | 'role') => sign === 'role' || sign === 'hire' ? namesItsRole(block) : block.evidence.kinds.has(sign);
  const alone = postings.find((block, i) => !postings.some((other, j) => j !== i
    && [...block.evidence.kinds, ...(namesItsRole(block) ? ['role' as const] : [])].some((sign) => says(other, sign))));
  if (alone) return `"${alone.head.text}" shares no kind of sign with another block`;
  const restated = restatedRole(postings, body, signs);
  if (restated) return `"${restated}" names again the role of another block`;
  // Postings repeat their sections (each its requirements); one posting's sections each come once, under heads a table may not know ("Mô Tả Công Việc").
  const sectioned = postings.flatMap((block) => [...block.evidence.kinds].filter((sign) => sign.startsWith('section:')));
  if (sectioned.length && new Set(sectioned).size === sectioned.length && !postings.every((block) => block.evidence.roleHead)) return 'no section comes in two blocks';
  const inPostings = postings.reduce((sum, block) => sum + signCount(signs, block.start, block.end), 0);
  const onPage = signCount(signs, 0, body.length);
  if (inPostings < limits.minShare * onPage) return `the blocks hold ${inPostings} of the page's ${onPage} signs`;
  const inside = (line: number) => postings.some((block) => line >= block.start && line < block.end);
  // A role's own section outside every posting: the page is that posting.
  const outside = signs.findIndex((line, at) => !inside(at) && [...line].some((sign) => INTRO_OF_A_POSTING.has(sign.slice(8))));
  if (outside !== -1) return `a role's section outside the blocks ("${body[outside]!.text.trim().slice(0, 40)}")`;
  // A page headed by one role above the blocks ("# Product Designer" over "## Team Alpha") is that posting.
  const first = marks.find((mark) => mark.depth <= 6);
  if (first && first.start < postings[0]!.start && first.depth < Math.min(depth, 7) && namesOneRole(first.text)) return `headed by one role ("${first.text}")`;
  if (statesOnePosting(body, 0, postings[0]!.start)) return 'the intro hires one role or states pay';
  return inDifferentLanguages(body, postings) ? 'a posting and its translation' : undefined;
}

/**
 * A block whose head names no role and that names its role only in a sentence that hires it ("As a Data Analyst you
 * will…", "We're looking for a Data Analyst who…") is a part of the posting that names that role elsewhere: a section
 * of one posting restates its role, another posting hires another. Roles are the same when one's words hold the
 * other's ("Data Analyst", "analyst"). Gives the block's head, or undefined.
 */
function restatedRole(postings: EvidenceBlock[], body: BodyLine[], signs: Array<Set<Sign>>): string | undefined {
  const roles = postings.map((block) => {
    if (block.evidence.roleHead) return { block, hiredOnly: false, words: wordsOf(block.head.text) };
    const at = signs.slice(block.start, block.end).findIndex((line) => line.has('hire'));
    return { block, hiredOnly: true, words: at === -1 ? [] : wordsOf(hiredRole(body[block.start + at]!.text) ?? '') };
  });
  const same = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && (a.every((word) => b.includes(word)) || b.every((word) => a.includes(word)));
  // Against a role a head names, the head noun alone ("a senior analyst" under "## Data Analyst"): a section describes
  // its posting's role with other modifiers; two hired-only roles of one noun stay apart (cards that each hire one).
  const sameNoun = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1];
  return roles.find((role, i) => role.hiredOnly && roles.some((other, j) => j !== i && (same(role.words, other.words) || (!other.hiredOnly && sameNoun(role.words, other.words)))))?.block.head.text;
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1);

/** The shape of chunks between thematic breaks, below every mark's level; an HTML page's groups of cards come after it. */
const RULE_CHUNK = 10;
export const HTML_CARD = 11;

/** The chunks between thematic breaks, when the page has one or more: each from its first line to the next break (or `stop`). */
function ruleChunks(tree: Root, body: BodyLine[], stop: number): Array<Mark & { end: number }> {
  const breaks = tree.children.filter((node) => node.type === 'thematicBreak').map((node) => (node.position?.start.line ?? 1) - 1).filter((line) => line < stop);
  if (!breaks.length) return [];
  const chunks: Array<Mark & { end: number }> = [];
  for (const [from, to] of [-1, ...breaks].map((start, i) => [start + 1, breaks[i] ?? stop] as const)) {
    let first = from;
    while (first < to && !/[\p{L}\p{N}]/u.test(body[first]?.text ?? '')) first++;
    // A chunk that opens with a list item or a long line has no head: one posting's part between rules.
    if (first >= to || /^\s*(?:[-*+•]|\d{1,3}[.)])\s/u.test(body[first]!.text) || body[first]!.text.length > 120) continue;
    const text = body[first]!.text.replace(/^\s*#{1,6}\s+|\*\*|__/g, '').trim();
    chunks.push({ start: first, end: to, depth: RULE_CHUNK, text });
  }
  return chunks;
}

/**
 * A chunk's first line heads it as its title ("Team Alpha" under a `---` rule) when it is a paragraph of its own; as
 * every posting's head, it is short (mayHeadPosting). A paragraph of several lines stays whole, and a header line
 * ("Acme | Engineer | Berlin", "Acme - Engineer - Berlin") stays as it is, for the title's own rule to read.
 */
function chunkTitle(head: Mark, body: BodyLine[], end: number): string | undefined {
  const line = body[head.start]?.text ?? '';
  const alone = head.start + 1 >= end || !body[head.start + 1]!.text.trim();
  return alone && head.text && !line.includes('|') && !isHeaderLine(line, body, head.start) ? head.text : undefined;
}

/** A block runs to the next cut of its shape, or to a heading above its level (any heading, for a line in bold, an image or a link). */
function blockEnd(head: Mark, next: Mark | undefined, marks: Mark[], stop: number): number {
  const ends = marks.filter((mark) => mark.start > head.start && (head.depth <= 6 ? mark.depth < head.depth : mark.depth <= 6)).map((mark) => mark.start);
  return Math.min(next?.start ?? Infinity, ends[0] ?? Infinity, stop);
}

/** A head that names a section of a role ("Requirements", "Benefits"): inside a block, never a cut. */
const namesRoleSection = (text: string): boolean => !NUMBERED.test(text) && ROLE_SECTION_KINDS.has(sectionOf(text));

/** A numbered head ("Position #2", "Stelle 1") is one of a series, no section of a posting, whatever word it starts with. */
const NUMBERED = /(?:^|\s|#)\d{1,3}\b/u;

/** A head that may name a posting: short, no question or lead-in, and no section, careers or jobs heading of the page ("About us", "Careers"). */
function mayHeadPosting(text: string, maxWords: number): boolean {
  // A lead-in ending in a colon ("要求：", "Stack:") labels what follows inside a posting.
  return text.split(/\s+/).length <= maxWords && !/[?？:：]\s*$/.test(text) && (NUMBERED.test(text) || sectionOf(text) === 'other') && !isGenericHeading(text) && !namesJobs(text);
}
