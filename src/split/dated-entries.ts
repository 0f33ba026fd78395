/**
 * Postings as a board's dated entries: a job board README or a noticeboard
 * heads each ad with the day it was put up ("### 21/06/2021 - [Werkstudent
 * IT-Administration (Behrens)](…)", "## 2024-03-01 — Backend Engineer at
 * Acme"), newest or oldest first, each with its blurb. The date says the
 * heading is an entry of the board, so an entry whose role reads as no job
 * title ("Einstieg in die SAP Beratung") is one too. Precision first: three
 * entries or more at one level, every heading of that level dated, each with
 * a body, and half of them (their date left out) reading as job titles. An
 * entry that names jobs in the plural ("11 Jobs (COM Software GmbH)",
 * "Diverse Jobs") points to a company's job page: no posting, the page's.
 */
import type { BodyLine } from '../document.js';
import { namesJobs } from '../extract/posting-kind.js';
import type { Mark } from './marks.js';
import { hasText, isRoleHeading, postingBefore, type Range } from './ranges.js';

/** A date first in a heading, then a separator: "21/06/2021 -", "2024-03-01 —", "01.07.2021:", "[2021-06-21]". */
const DATE_FIRST = /^\[?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{4}\/\d{2}\/\d{2})\]?\s*[-–—:|]\s*/;
const MIN_ENTRIES = 3;

export function datedEntrySegments(marks: Mark[], body: BodyLine[]): Range[] | undefined {
  let best: Range[] | undefined;
  for (let depth = 1; depth <= 6; depth++) {
    const level = marks.filter((mark) => mark.depth === depth);
    if (level.length < MIN_ENTRIES || !level.every((mark) => DATE_FIRST.test(mark.text))) continue;
    const titles = level.map((mark) => mark.text.replace(DATE_FIRST, '').trim());
    if (titles.filter((title) => isRoleHeading(title)).length * 2 < level.length || postingBefore(marks, level[0]!.start)) continue;
    const ends = marks.filter((mark) => mark.depth <= depth).map((mark) => mark.start);
    const ranges = level.map((mark, i) => ({ start: mark.start, end: ends.find((line) => line > mark.start) ?? body.length, depth, mark: titles[i]! }));
    if (!ranges.every((range) => hasText(body, range.start + 1, range.end))) continue;
    const postings = ranges.filter((range) => !namesJobs(range.mark));
    if (postings.length >= 2 && postings.length > (best?.length ?? 0)) best = postings;
  }
  return best;
}
