/**
 * Postings as bare role headings: a careers or "coming soon" page names its
 * roles as headings of one level, one right after another, with nothing under
 * them ("### Backend Engineer" / "### Product Designer", the links to their
 * pages dropped, or roles still to be advertised). Each heading is a short
 * posting that states only its title; what the page says around them (how to
 * apply, the company) is the page's, shared by all.
 * Precision first: the run needs two headings or more, each a short line that
 * names no section of a posting or of the page, with no section of a posting
 * above it or at its level (a single posting's "## Responsibilities" /
 * "## Requirements" are never bare roles; a deeper "### Who we want" after
 * the run is the page's, for all its roles); every heading must read as a job title, or, when a
 * line above announces vacancies ("We are hiring for these roles:", a heading
 * "Open positions") or the page is named as a careers page ("Karriere",
 * "채용정보"), half of them (the page says what the others are).
 * A page that is one posting has no bare roles: under a heading above the run
 * that reads as a role and has prose (the page's own posting: "# Backend
 * Engineer" / "## Your team" / "### Engineering Manager"), or after prose
 * under the run's parent that hires one role or states pay, the headings are
 * its team, its peers or its empty fields; a heading that names a field of a
 * posting ("Location", "Kontakt": tables.ts postingFieldHeadings) is never a
 * role; a line that states pay after the run is the posting's, no closing line.
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import { isGenericHeading } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import type { Mark } from './marks.js';
import { hasText, INTRO_OF_A_POSTING, isRoleHeading, type Range } from './ranges.js';
import { announcesVacancies, namesCareersPage, namesVacancies, pageNameOf } from './vacancy-names.js';
import { PAGE_SECTION } from './vacancy-headings.js';
import { onePostingLines, type OnePostingLines } from './one-posting.js';
import { namesPostingField } from './field-headings.js';

/** Text a page may close with after its last bare role ("Send your CV to jobs@…"), in lines and characters, before that role has a body of its own. */
const CLOSING_LINES = 2;
const CLOSING_CHARACTERS = 160;

export function bareHeadingSegments(tree: Root, body: BodyLine[], marks: Mark[], pageTitle?: string): Range[] | undefined {
  const headings = marks.filter((mark) => mark.depth <= 6);
  const sections = marks.filter((mark) => INTRO_OF_A_POSTING.has(sectionKindOf(mark.text)));
  const careersPage = namesCareersPage(pageNameOf(tree, pageTitle));
  const statesOnePosting = onePostingLines(body);
  let best: Range[] | undefined;
  for (let first = 0; first < headings.length; first++) {
    const run = runFrom(headings, first, body, statesOnePosting);
    if (run.length < 2 || run.length <= (best?.length ?? 0)) continue;
    if (onePostingAbove(headings, first, body, statesOnePosting)) continue;
    // A section of a posting above the run, or at its level or above anywhere, makes the page one posting; deeper ones after it are the page's own ("### Who we want").
    if (sections.some((mark) => mark.start < run[0]!.start || mark.depth <= run[0]!.depth)) continue;
    if (!run.every((mark) => mayNameRole(mark.text)) || new Set(run.map((mark) => mark.text.toLowerCase())).size < run.length) continue;
    // A table of contents names headings that come again below, with their bodies.
    if (run.some((mark) => headings.some((other) => !run.includes(other) && other.text.toLowerCase() === mark.text.toLowerCase()))) continue;
    const titled = run.filter((mark) => isRoleHeading(mark.text)).length;
    // On a page named as a careers page, bare headings name what it hires (labs, teams: "UX LAB"); under an announcing line, half must read as roles.
    if (titled < run.length && !careersPage && !(announcedAbove(tree, headings, first) && titled * 2 >= run.length)) continue;
    best = run.map((mark) => ({ start: mark.start, end: mark.start + 1, depth: mark.depth, mark: mark.text }));
  }
  return best;
}

/** The headings of one level from `first` on, each with no text before the next; the last too, but for a closing line or two at the page's end. */
function runFrom(headings: Mark[], first: number, body: BodyLine[], statesOnePosting: OnePostingLines): Mark[] {
  const depth = headings[first]!.depth;
  const run = [headings[first]!];
  let at = first;
  while (headings[at + 1]?.depth === depth && !hasText(body, headings[at]!.start + 1, headings[at + 1]!.start)) run.push(headings[++at]!);
  // A heading of another level (a deeper "### Who we want" of the page) may follow the last; text under it is a body of its own.
  const next = headings[at + 1];
  const after = body.slice(run.at(-1)!.start + 1, next?.start ?? body.length).map((line) => line.text.trim()).filter((text) => /[\p{L}\p{N}]/u.test(text));
  if (!after.length) return run;
  // A line that states pay ("Salary 60k EUR.") or hires one role is the posting's, no closing line.
  const closing = next === undefined && after.length <= CLOSING_LINES && after.join(' ').length <= CLOSING_CHARACTERS;
  return closing && !statesOnePosting(run.at(-1)!.start + 1, body.length) ? run : [];
}

/**
 * Is the page one posting above the run: a heading above it that reads as a role and has prose under
 * it ("# Backend Engineer" and its intro), or prose under the run's parent that hires one role or states pay?
 */
function onePostingAbove(headings: Mark[], first: number, body: BodyLine[], statesOnePosting: OnePostingLines): boolean {
  const { depth, start } = headings[first]!;
  const above = headings.slice(0, first).filter((mark) => mark.depth < depth);
  const ownPosting = above.some((mark) => {
    const next = headings.find((other) => other.start > mark.start);
    return isRoleHeading(mark.text) && hasText(body, mark.start + 1, next?.start ?? body.length);
  });
  if (ownPosting) return true;
  const parent = above.at(-1);
  return statesOnePosting(parent ? parent.start + 1 : 0, start);
}

/** A heading that may name a role: short, no question, not a section of a posting or the page, no careers or vacancies heading. */
const mayNameRole = (text: string): boolean => text.length <= 100 && text.split(/\s+/).length <= 8 && !/[?？!！]/.test(text)
  && sectionKindOf(text) === 'other' && !namesPostingField(text) && !isGenericHeading(text) && !namesVacancies(text) && !PAGE_SECTION.test(text);

/** The heading above the run names vacancies, or the paragraph just before it announces them ("We are hiring for these roles:"). */
function announcedAbove(tree: Root, headings: Mark[], first: number): boolean {
  const start = headings[first]!.start;
  const parent = headings.slice(0, first).reverse().find((mark) => mark.depth < headings[first]!.depth);
  if (parent && namesVacancies(parent.text)) return true;
  const before = [...tree.children].reverse().find((node) => (node.position?.end.line ?? Infinity) - 1 < start);
  return before !== undefined && announcesVacancies(before);
}
