/**
 * What a page's name and headings say of vacancies: the page's name, a careers page's name, a heading or a
 * line that names or announces vacancies, and the role a heading names without a careers template's tail.
 * Shared by the splitters of several postings (role lists, role headings, sibling blocks, bare headings).
 */
import type { Root, RootContent } from 'mdast';
import { isGenericHeading } from '../extract/title-clean.js';
import { textOf } from '../extract/tree.js';
import { wholeWordsOrCjkAnywhere } from '../extract/match/bounded.js';
import { namesJobs } from '../extract/posting-kind.js';
import { vacancyIntroWords } from './tables.js';

/** A vacancy word whole in Latin and Cyrillic text ("вакансии", "open positions"), anywhere in CJK text ("募集"). */
export const VACANCY_INTRO = wholeWordsOrCjkAnywhere(Object.values(vacancyIntroWords).flat());

/** The page's name: its front matter's title, its first heading, or a first short line ("#Работа в компании" written without a space). */
export function pageNameOf(tree: Root, pageTitle: string | undefined): string | undefined {
  if (pageTitle !== undefined) return pageTitle;
  const first = tree.children.find((node) => node.type === 'heading' || node.type === 'paragraph');
  const text = first && textOf(first).replace(/^#+\s*/, '').trim();
  return text && (first!.type === 'heading' || text.length <= 80) ? text : undefined;
}

/** A careers page's name: "Karriere", "Jobs at Acme", "Работа в компании" (tables/not-posting.ts, tables.ts vacancyIntroWords). */
export const namesCareersPage = (name: string | undefined): boolean => name !== undefined && (namesVacancies(name) || isGenericHeading(name));

/** A heading's text that names vacancies: tables.ts vacancyIntroWords ("Вакансии", "Open positions") or the careers words of tables/not-posting.ts ("Jobs", "Karriere"). */
export function namesVacancies(heading: string): boolean {
  const text = heading.replace(/\s+/g, ' ').trim().toLowerCase();
  return VACANCY_INTRO.test(text) || namesJobs(text);
}

/**
 * A heading's role, lower-cased, without the careers page a title template names after a dash or bar ("{role} — Careers
 * at {company}", seen in several sites' templates): that title over "# {role}" is one posting's, named twice. A place
 * after the dash stays ("Sales Manager — Berlin").
 */
export function roleNamed(heading: string): string {
  const tail = /\s+[—–|-]\s+([^—–|]+)$/u.exec(heading);
  return (tail && namesVacancies(tail[1]!) ? heading.slice(0, tail.index) : heading).trim().toLowerCase();
}

/**
 * How many roles the headings name: a heading without its careers tail counts as another only when that role is another
 * heading's whole text ("Store Manager — Careers at Acme" over "# Store Manager": one). Two different tails stay two
 * ("Store Manager — Careers at Acme Leeds" / "— Careers at Acme York": each its own posting).
 */
export function rolesNamed(headings: readonly string[]): number {
  const whole = headings.map((heading) => heading.trim().toLowerCase());
  const bare = new Set(whole);
  return new Set(headings.map((heading, index) => {
    const role = roleNamed(heading);
    return bare.has(role) ? role : whole[index]!;
  })).size;
}

/** A heading, or a paragraph ending in a colon, that names vacancies (tables.ts vacancyIntroWords; a heading also by the careers words of tables/not-posting.ts: "Jobs", "Karriere"). */
export function announcesVacancies(node: RootContent): boolean {
  if (node.type !== 'heading' && node.type !== 'paragraph') return false;
  const text = textOf(node).replace(/\s+/g, ' ').trim().toLowerCase();
  if (node.type === 'paragraph' && !/[:：]$/.test(text)) return false;
  return VACANCY_INTRO.test(text) || (node.type === 'heading' && namesJobs(text));
}
