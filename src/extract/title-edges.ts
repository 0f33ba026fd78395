/**
 * Wrappers at a title's edges that a page puts there (issue #13, session 22): CJK title marks around the whole title
 * ("《前端开发 @iyq》"), a list mark or dash before it ("- Frontend Developer"), a leading "una"/"uno"/"um"/"uma" that opens no
 * name, a location field after it ("X 勤務地：東京都…", "X Location: Berlin"), and a careers heading naming the employer after a separator ("X — Careers at Icalia Labs").
 * The place and the name go to the hints, for the location and company extractors.
 */
import type { Hints } from './context.js';
import { looksLikeJobTitle } from './title-role-noun.js';
import { locationLabels, locationLabelsEndingTitles } from './tables/places.js';
import { careersAtArticles, careersAtHeadings } from './tables/companies.js';
import { alternation, lazily } from './text.js';
import { employmentLabelOnly, employmentPhrases } from './tables/employment.js';

// "《前端开发 @iyq》", "「営業スタッフ」": CJK title marks around the whole title are its quotes (not when they hold a second pair).
const CJK_QUOTED = /^([《「『〈])([^《》「」『』〈〉]{1,160})([》」』〉])$/u;
const CJK_QUOTE_PAIRS: Record<string, string> = { '《': '》', '「': '」', '『': '』', '〈': '〉' };
// "- Frontend Developer", "• Koch", "▶ 쇼핑몰 관리": a list mark or a dash before a title is the page's, not the title's.
// A star or a dash is a list mark only with a space after it: "*nix System Administrator", "-Dash Engineer" write
// it as part of a word (and a CSV cell must keep a title's leading "-" to defuse it).
const LIST_MARK = /^(?:[•·▶►▸]+\s*|[-–—*]+\s+)(?=[\p{L}\p{N}])/u;

/** The title without a list mark or a dash before it. */
export const withoutListMark = (title: string): string => title.replace(LIST_MARK, '');

// Spanish and Italian "una"/"uno", Portuguese "um"/"uma" are leading articles ("una desarrolladora", "UMA ENFERMEIRA"), but a capitalised one
// before a capitalised word in a title not all in capitals opens a name ("Uno Platform Developer", "UMA Robotics Engineer"): kept.
const NAME_LIKE_ARTICLE = /^(?:una|uno|um|uma)\s+(?=\p{L})/iu;
/** The title without a leading "una", "uno", "um" or "uma", unless it opens a name. */
export function withoutNameLikeArticle(title: string): string {
  const article = NAME_LIKE_ARTICLE.exec(title);
  if (!article) return title;
  const rest = title.slice(article[0].length);
  const opensName = /^\p{Lu}/u.test(article[0]) && /^\p{Lu}/u.test(rest) && /\p{Ll}/u.test(title);
  return opensName ? title : rest;
}

/** The title without CJK title marks around the whole of it. */
export function withoutCjkQuotes(title: string): string {
  const quoted = CJK_QUOTED.exec(title);
  return quoted && CJK_QUOTE_PAIRS[quoted[1]!] === quoted[3] ? quoted[2]!.trim() : title;
}

// "ぱど配布スタッフ 勤務地：東京都品川区…", "Backend Engineer Location: Berlin": a location field written after the title (tables/places.ts).
const LOCATION_FIELD = lazily(() => new RegExp(`^(.{2,120}?)([\\s,;|–—-]+)(${alternation(locationLabels)})\\s{0,2}[:：]\\s*(\\S.{0,120})$`, 'iu'));
// "Head of Back Office: Operations", "Head of Back-Office: Operations", "Techniker vor Ort: Service": a label that also
// ends a title's noun is a field only after a separator (a comma, semicolon, bar, or a dash with spaces on both sides).
const TITLE_NOUN_LABELS = new Set(locationLabelsEndingTitles);

/** The title without a location field after it, when what comes before reads as a job title; the place goes to the hints. */
export function withoutLocationField(title: string, hints: Hints, line: number): string {
  if (!/[:：]/u.test(title)) return title;
  const field = LOCATION_FIELD().exec(title);
  if (!field || !looksLikeJobTitle(field[1]!)) return title;
  if (TITLE_NOUN_LABELS.has(field[3]!.toLowerCase()) && !/[,;|]|\s[–—-]\s/u.test(field[2]!)) return title;
  hints.location ??= { text: field[4]!.trim(), line };
  return field[1]!.trim();
}

// A careers heading with the employer's name in it, after an article or none ("Careers at Acme", "Karriere bei der Acme GmbH": tables/companies.ts).
const CAREERS_AT_TAIL = lazily(() => new RegExp(`^(?:${alternation(careersAtHeadings)})\\s+(?:(?:${alternation(Object.values(careersAtArticles).flat())})\\s+)?(\\S.{0,60})$`, 'iu'));

/**
 * "X — Careers at Icalia Labs", "X | Jobs bei Acme": given a title's head and its part after a separator, the head when
 * that part is a careers heading naming the employer (the name goes to the hints), else undefined.
 */
export function headBeforeCareersAt(head: string, tail: string, hints: Hints, line: number, raw: string): string | undefined {
  const careersAt = looksLikeJobTitle(head) ? CAREERS_AT_TAIL().exec(tail) : null;
  // A name is capitalised ("Careers at scale" names no one); the pattern's case-blind flag would let a lower-case word in.
  if (!careersAt || !/^\p{Lu}/u.test(careersAt[1]!)) return undefined;
  hints.company ??= { name: careersAt[1]!.trim(), line, rule: 'title.careers-at', text: raw };
  return head;
}

/**
 * A label's value that states only the job's extent ("Tjänst: Heltid, tillsvidare", "Stilling: 100 % deltid", "Stelle: 80-100 %,
 * unbefristet", front matter "position: 100% fast"): Nordic ads
 * put the workload under the labels that elsewhere name the role, so such a value is no title.
 */
export function namesOnlyWorkload(value: string): boolean {
  // A workload figure or a range of them ("100 %", "80-100 %", "80–100%": Swiss and German ads state a range) before the contract words.
  const parts = value.toLowerCase().split(/[,;/|]/u).map((part) => part.trim().replace(/^\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?%\s*/u, '')).filter(Boolean);
  return parts.length > 0 && parts.every((part) => employmentPhrases.has(part) || employmentLabelOnly.has(part));
}
