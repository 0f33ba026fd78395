/** What the page shapes of split/ share: a posting's run of body lines, and the tests of a role heading and of a page that is one posting. */
import type { BodyLine } from '../document.js';
import { cleanTitle, isGenericHeading, looksLikeJobTitle } from '../extract/title-clean.js';
import { namesJobs } from '../extract/posting-kind.js';
import { sectionKindOf } from '../extract/sections.js';
import { decodeEntities } from '../extract/entities.js';
import type { Mark } from './marks.js';

/**
 * What a list item states of its role: the title, the link to the role's own page, the item's source line when
 * the posting's lines are elsewhere, and the company a table row names in a company column.
 */
export interface ListRole { title: string; url?: string; line?: number; company?: string }

/**
 * A run of body lines: [start, end) indexes into the body; `depth` is the
 * level of its role heading (7-9: a heading-like paragraph, marks.ts) and
 * `mark` its text; `role` is what a role list's item states.
 */
export interface Range { start: number; end: number; depth?: number; mark?: string; role?: ListRole }

/** Section kinds that only a posting has: seen above the first role heading, the page is one posting. */
export const INTRO_OF_A_POSTING = new Set(['role', 'responsibilities', 'requirements', 'niceToHave']);

export function isRoleHeading(text: string): boolean {
  return text.length <= 120 && looksLikeJobTitle(text) && sectionKindOf(text) === 'other';
}

/** Does the page read as one posting before `start` (its own duties or requirements)? */
export function postingBefore(marks: Mark[], start: number): boolean {
  return marks.some((mark) => mark.start < start && INTRO_OF_A_POSTING.has(sectionKindOf(mark.text)));
}

/** A title that reads as a job title and names no careers page or jobs in the plural. */
export function namesOneRole(raw: string): boolean {
  // Cleaned as a title is: a careers word written straight after a CJK role ("エンジニア採用情報") names that role's page.
  const title = cleanTitle(raw);
  return looksLikeJobTitle(title) && !isGenericHeading(title) && !namesJobs(title);
}

export function hasText(body: BodyLine[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(body[i]?.text ?? '')) return true;
  return false;
}

/** Postings that start at the given source lines, each with its role: none unless they start in order and each holds text. */
export function rangesAtLines(sections: Array<{ at: number; role: ListRole }>, body: BodyLine[]): Range[] | undefined {
  const starts = sections.map((section) => body.findIndex((line) => line.line >= section.at));
  if (starts.some((start, i) => start === -1 || (i > 0 && start <= starts[i - 1]!))) return undefined;
  const ranges = sections.map((section, i) => ({ start: starts[i]!, end: starts[i + 1] ?? body.length, role: section.role }));
  return ranges.every((range) => hasText(body, range.start, range.end)) ? ranges : undefined;
}

/** The text of an HTML fragment on one line: tags dropped, entities decoded, spaces collapsed. */
export function inlineHtmlText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}
