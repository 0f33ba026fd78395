/**
 * A period of work or study, as a résumé heads its entries: the line under a
 * role's heading ("*Januar 2020 - Heute*", "**05/2019 – Heden**", "TU München | 2015 - 2017") or the heading
 * itself ("2022–2025 — Senior Backend Engineer, Beispiel AG", "Senior Developer (2020 - Present)"). A posting
 * heads its roles with no such span of years behind them; several entries that each run over one are a
 * résumé's work history, not roles (split.ts keeps the page whole, posting-kind.ts counts them against it).
 */
import type { BodyLine } from '../document.js';
import { escapeRegExp, lazily } from '../extract/text.js';
import { resumeHeadings } from '../extract/tables/not-posting.js';
import { periodEndWords } from './tables.js';

/** A year, with a month before it ("März 2017", "05/2019", "Jan. 2020"). */
const WHEN = String.raw`(?:\p{L}{3,12}\.?\s+|\d{1,2}[./]\s?)?(?:19|20)\d{2}`;
/** From one time to another or to now: "2015 - 2017", "Januar 2020 – Heute", "2022–2025". */
const SPAN = lazily(() => {
  const ends = Object.values(periodEndWords).flat().map((word) => escapeRegExp(word).replace(/\s+/g, '\\s+')).join('|');
  return String.raw`${WHEN}\s*(?:[-–—]|\bto\b|\bbis\b)\s*(?:${WHEN}|(?:${ends})(?![\p{L}]))`;
});
/** A line that is a period, with at most a place or school beside it ("TU München | 2015 - 2017", "2017 - 2019, Berlin"). */
const PERIOD_LINE = lazily(() => new RegExp(String.raw`^(?:[^|]{1,60}[|·]\s*)?${SPAN()}(?:\s*(?:[|·,]\s*)[^|]{1,60})?$`, 'iu'));
/** A heading that starts with a period and a dash, or ends with one in brackets. */
const PERIOD_HEAD = lazily(() => new RegExp(String.raw`^${SPAN()}\s*[-–—|:]\s*\S|\(\s*${SPAN()}\s*\)\s*$`, 'iu'));

/** Emphasis and list marks around a line's text. */
const bare = (text: string): string => text.replace(/^[\s>*_#-]+|[\s*_]+$/g, '').replace(/\s+/g, ' ');

/** Is this line a period of work, alone or beside a place? */
export const isPeriodLine = (text: string): boolean => PERIOD_LINE().test(bare(text));

/** Does this heading carry its entry's period ("2022–2025 — Engineer, Acme", "Engineer (2020 - Present)")? */
export const headsWithPeriod = (text: string): boolean => PERIOD_HEAD().test(bare(text));

/** The period a line states, spaced and dashed alike ("2025 - 2028", "2025–2028": "2025-2028"), to compare entries by. */
const SPAN_ONLY = lazily(() => new RegExp(SPAN(), 'iu'));
const periodOf = (text: string): string => (SPAN_ONLY().exec(bare(text))?.[0] ?? '').toLowerCase().replace(/\s*[-–—]\s*/g, '-').replace(/\s+/g, ' ');

/**
 * Entries over one and the same period ("PhD position in Vision (2025 - 2028)", "PhD position in Robotics (2025 - 2028)")
 * are positions of one fixed term, not one person's history: a résumé's entries run one after another.
 */
export const sharesOnePeriod = (lines: string[]): boolean => lines.length >= 2 && new Set(lines.map(periodOf)).size === 1;

/** Section headings of a résumé, per language, whole or leading ("Education", "Ausbildung", "Experience": tables/not-posting.ts). */
const RESUME_SECTIONS = Object.values(resumeHeadings).flat();
export const namesResumeSection = (heading: string): boolean => {
  const text = heading.trim().toLowerCase();
  return RESUME_SECTIONS.some((word) => text === word || text.startsWith(`${word} `));
};

/**
 * Ranges that are a résumé's entries, not postings: two or more, each headed by a period (in its heading or on the
 * first line under it), on a page with a résumé's section heading, over different periods. A list of fixed-term roles
 * ("PhD position (2025–2028)") stays a list: with no such heading, or with one term for all.
 */
export function areResumeEntries(body: BodyLine[], ranges: ReadonlyArray<{ start: number; end: number }>, headings: string[]): boolean {
  if (ranges.length < 2 || !headings.some(namesResumeSection)) return false;
  const periods = ranges.map(({ start, end }) => {
    const head = body[start]?.text ?? '';
    if (headsWithPeriod(head)) return head;
    const first = body.slice(start + 1, end).find((line) => line.text.trim());
    return first !== undefined && isPeriodLine(first.text) ? first.text : undefined;
  });
  return periods.every((period) => period !== undefined) && !sharesOnePeriod(periods as string[]);
}

/** The headings that carry their entry's period, or whose first line under them is one (posting-kind.ts counts them against a page); none when all share one period. */
export function periodEntries(headings: ReadonlyArray<{ text: string; line: number }>, text: ReadonlyArray<{ plain: string; line: number }>): string[] {
  const entries: string[] = [];
  const periods: string[] = [];
  // Both run in line order: one pass over the text for all headings.
  let at = 0;
  for (const heading of headings) {
    while (at < text.length && (text[at]!.line <= heading.line || !text[at]!.plain.trim())) at++;
    const period = headsWithPeriod(heading.text) ? heading.text : at < text.length && isPeriodLine(text[at]!.plain) ? text[at]!.plain : undefined;
    if (period === undefined) continue;
    entries.push(heading.text);
    periods.push(period);
  }
  // One term for all is a fixed term's positions.
  return sharesOnePeriod(periods) ? [] : entries;
}
