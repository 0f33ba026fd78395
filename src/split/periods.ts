/**
 * A period of work or study, as a résumé heads its entries: the line under a
 * role's heading ("*Januar 2020 - Heute*", "**05/2019 – Heden**", "TU München | 2015 - 2017") or the heading
 * itself ("2022–2025 — Senior Backend Engineer, Beispiel AG", "Senior Developer (2020 - Present)"). A posting
 * heads its roles with no such span of years behind them; several entries that each run over one are a
 * résumé's work history, not roles (split.ts keeps the page whole, posting-kind.ts counts them against it).
 */
import type { BodyLine } from '../document.js';
import { lazily } from '../extract/text.js';
import { resumeHeadings } from '../extract/tables/not-posting.js';
import { periodEndWords } from './tables.js';

/** A year, with a month before it ("März 2017", "05/2019", "Jan. 2020"). */
const WHEN = String.raw`(?:\p{L}{3,12}\.?\s+|\d{1,2}[./]\s?)?(?:19|20)\d{2}`;
/** From one time to another or to now: "2015 - 2017", "Januar 2020 – Heute", "2022–2025". */
const SPAN = lazily(() => {
  const ends = Object.values(periodEndWords).flat().map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
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

/** Section headings of a résumé, per language, whole or leading ("Education", "Ausbildung", "Experience": tables/not-posting.ts). */
const RESUME_SECTIONS = Object.values(resumeHeadings).flat();
export const namesResumeSection = (heading: string): boolean => {
  const text = heading.trim().toLowerCase();
  return RESUME_SECTIONS.some((word) => text === word || text.startsWith(`${word} `));
};

/**
 * Ranges that are a résumé's entries, not postings: two or more, each headed by a period (in its heading or on the
 * first line under it), on a page with a résumé's section heading. A list of fixed-term roles ("PhD position
 * (2025–2028)") has no such heading, and stays a list.
 */
export function areResumeEntries(body: BodyLine[], ranges: ReadonlyArray<{ start: number; end: number }>, headings: string[]): boolean {
  if (ranges.length < 2 || !headings.some(namesResumeSection)) return false;
  return ranges.every(({ start, end }) => {
    if (headsWithPeriod(body[start]?.text ?? '')) return true;
    const first = body.slice(start + 1, end).find((line) => line.text.trim());
    return first !== undefined && isPeriodLine(first.text);
  });
}
