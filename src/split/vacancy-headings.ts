/**
 * Postings as the sub-headings of a vacancies heading: a page headed
 * "Вакансии" / "Open positions" gives each role a heading of its own one or
 * more levels down, and many role names read as no job title ("Фандрайзер",
 * "Ведущий трансляции"). What marks them as roles is the heading above them
 * and their sameness: at one level under it, every heading has a body of the
 * same shape (the same kinds of blocks in the same order: a list of duties,
 * a paragraph then a list), two or more of them read as job titles, and none
 * is a section of a posting ("Requirements", "Benefits") or of the page
 * ("Our values", "Why Lisbon?": tables.ts pageSectionWords). A page whose front
 * matter's title names a careers page ("加入我们", "Karriere") counts as such a
 * heading over all its headings. Lines in bold under it count as a level of
 * their own, below the headings, as an editor's page heads its roles. A page of such
 * sections beside its role headings is left to the other rules.
 */
import type { Root, RootContent } from 'mdast';
import type { BodyLine } from '../document.js';
import { sectionKindOf } from '../extract/sections.js';
import { BOLD_LINE, startOf, type Mark } from './marks.js';
import { hasText, isRoleHeading, postingBefore, type Range } from './ranges.js';
import { namesCareersPage, namesVacancies } from './vacancy-names.js';
import { pageSectionWords } from './tables.js';
import { escapeRegExp } from '../extract/text.js';

/** A page-section word whole ("our", "почему"): Latin and Cyrillic words between non-letters. */
export const PAGE_SECTION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.values(pageSectionWords).flat().map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** A heading that may name a role though it reads as no job title: short, no question, none of the page's own words. */
const mayNameRole = (text: string) => isRoleHeading(text) || (text.split(/\s+/).length <= 5 && !/[?？]/.test(text) && !PAGE_SECTION.test(text));

export function vacancyHeadingSegments(tree: Root, body: BodyLine[], marks: Mark[], pageTitle?: string): Range[] | undefined {
  // Headings and lines in bold: an editor's page heads its roles in bold as another heads them with `###`.
  const heads = marks.filter((mark) => mark.depth <= 6 || mark.depth === BOLD_LINE);
  const headings = heads.filter((mark) => mark.depth <= 6);
  let best: Range[] | undefined;
  const tryScope = (from: number, to: number, fromDepth: number, scopeEnd: number) => {
    const scope = heads.filter((mark) => mark.start > from && mark.start < to);
    for (const depth of [1, 2, 3, 4, 5, 6, BOLD_LINE]) {
      if (depth < fromDepth) continue;
      const ranges = rolesAt(tree, body, scope, depth, scopeEnd);
      if (ranges && ranges.length > (best?.length ?? 0) && !postingBefore(marks, ranges[0]!.start)) best = ranges;
    }
  };
  // A page whose front matter names it a careers page ("加入我们", "Karriere") heads the whole page as a vacancies heading would.
  if (pageTitle !== undefined && namesCareersPage(pageTitle)) tryScope(-1, body.length, 1, body.length);
  headings.forEach((parent, index) => {
    if (!namesVacancies(parent.text)) return;
    const next = headings.find((other, at) => at > index && other.depth <= parent.depth);
    tryScope(parent.start, next?.start ?? body.length, parent.depth + 1, next?.start ?? body.length);
  });
  return best;
}

/** The headings of one level under a vacancies heading, when they are alike enough to be its roles. */
function rolesAt(tree: Root, body: BodyLine[], scope: Mark[], depth: number, scopeEnd: number): Range[] | undefined {
  const level = scope.filter((mark) => mark.depth === depth);
  if (level.length < 2 || level.some((mark) => sectionKindOf(mark.text) !== 'other' || !mayNameRole(mark.text))) return undefined;
  if (new Set(level.filter((mark) => isRoleHeading(mark.text)).map((mark) => mark.text.toLowerCase())).size < 2) return undefined;
  const ranges = level.map((mark) => ({
    start: mark.start,
    end: scope.find((other) => other.start > mark.start && other.depth <= depth)?.start ?? scopeEnd,
    depth,
    mark: mark.text,
  }));
  if (!ranges.every((range) => hasText(body, range.start + 1, range.end))) return undefined;
  // Alike: each role's body is the same run of block kinds, and has no headings of its own.
  const shapes = new Set(ranges.map((range) => shapeOf(tree.children, range)));
  return shapes.size === 1 && ![...shapes][0]!.includes('heading') ? ranges : undefined;
}

/** The kinds of the top-level blocks after a range's heading, in order, runs of one kind as one. */
function shapeOf(nodes: RootContent[], range: Range): string {
  const kinds = nodes.filter((node) => startOf(node) > range.start && startOf(node) < range.end).map((node) => node.type);
  return kinds.filter((kind, i) => kind !== kinds[i - 1]).join(' ');
}
