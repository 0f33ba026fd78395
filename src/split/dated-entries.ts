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
 * On a short board (three entries), an entry whose role reads as no job
 * title is a posting only when its blurb states a job (pay, a role hired, a
 * way to apply, a contract type: "full-time"): "2024-01-15 - Weekly update"
 * / "Nothing new this week." is the board's news.
 */
import type { BodyLine } from '../document.js';
import { namesJobs } from '../extract/posting-kind.js';
import { hasApplyWords } from '../extract/apply.js';
import { phraseFinder } from '../extract/match/phrases.js';
import { employmentLabelOnly, employmentWords } from '../extract/tables/employment.js';
import { namesRole } from '../extract/title-clean.js';
import type { Mark } from './marks.js';
import { hasText, isRoleHeading, postingBefore, type Range } from './ranges.js';
import { statesOnePosting } from './one-posting.js';

/** A date first in a heading, then a separator: "21/06/2021 -", "2024-03-01 —", "01.07.2021:", "[2021-06-21]". */
const DATE_FIRST = /^\[?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{4}\/\d{2}\/\d{2})\]?\s*[-–—:|]\s*/;
const MIN_ENTRIES = 3;
/** Entries from which the board's dates alone make every entry an ad, whatever its head. */
const BOARD_ENTRIES = 4;
const CONTRACT_WORDS = phraseFinder(employmentWords.map(([phrase]) => phrase).filter((phrase) => !employmentLabelOnly.has(phrase)));

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
    const postings = ranges.filter((range) => !namesJobs(range.mark)
      && (ranges.length >= BOARD_ENTRIES || isRoleHeading(range.mark) || statesAJob(body, range.start + 1, range.end)));
    if (postings.length >= 2 && postings.length > (best?.length ?? 0)) best = postings;
  }
  return best;
}

/** Does an entry's blurb state a job: pay or a role hired, a role's name, a way to apply, a contract type? */
function statesAJob(body: BodyLine[], start: number, end: number): boolean {
  if (statesOnePosting(body, start, end)) return true;
  return body.slice(start, end).some(({ text }) => namesRole(text) || hasApplyWords(text) || CONTRACT_WORDS.find(text, 0) !== null);
}
