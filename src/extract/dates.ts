/**
 * datePosted and draft (validThrough and expired are closing.ts).
 *
 * datePosted: front matter (datePosted, date_posted, date, created,
 * published, ...), read from the source line as written so a time zone
 * cannot move the day; else a dated label in the body ("Dátum pridania
 * ponuky: 11.7.2023", "Posted on March 3, 2021"). draft: front matter draft
 * (true or "true") or published: false.
 */
import { cite, frontmatterKeyText, frontmatterLine, frontmatterValue, warn, type ExtractContext } from './context.js';
import { fieldKeys } from './tables/field-keys.js';
import { settle, type Candidate } from './candidates.js';
import { structuredValues } from './page-meta.js';
import { datedKeys, dayOrdinalSuffixes, monthNames, postedLabels } from './tables/dates.js';
import { escapeRegExp, lazily } from './text.js';
import { labelledValue } from './label-lines.js';

// The keys of the posting date, shared with data items (tables/field-keys.ts).
const DATE_KEYS = fieldKeys.date;
// A label, an optional colon (full-width too), the date, the line's or its sentence's end: "Posted on March 3, 2021",
// "發布日期: 2025-12-11", "Vacante publicada el 16 abril 2018. Término de recepción …".
const LABEL = new RegExp(`^(?:${Object.values(postedLabels).flat().sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s{0,2}[:：]?\\s{0,2}(?:(.{4,40})$|(.{4,40}?)[.;]\\s\\p{Lu})`, 'iu');

/** A posted label as a whole ("Posted", "Date posted", "公開日"), for a value laid out beside or under it. */
const POSTED_LABEL = lazily(() => new RegExp(`^(?:${Object.values(postedLabels).flat().map(escapeRegExp).join('|')})$`, 'iu'));

/** A posted label of a language that writes a date's day first (every one here but English), then a date. */
const DAY_FIRST_LABEL = lazily(() => new RegExp(`^(?:${Object.entries(postedLabels).filter(([language]) => !language.startsWith('en')).flatMap(([, labels]) => labels).map(escapeRegExp).join('|')})\\s{0,2}[:：]?\\s{0,2}\\d`, 'iu'));

/** Set datePosted and draft. */
export function extractDates(ctx: ExtractContext): void {
  datePosted(ctx);
  draft(ctx);
}

/** datePosted from candidates: the front-matter date (0.95), a JSON-LD JobPosting's (0.9) and the first dated label in the body (0.85). */
function datePosted(ctx: ExtractContext): void {
  const candidates: Array<Candidate<string>> = [];
  const fm = frontmatterValue(ctx, DATE_KEYS) ?? datedValue(ctx);
  if (fm) {
    const line = frontmatterLine(ctx, fm.key);
    const keyLine = frontmatterKeyText(ctx, fm.key);
    const written = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(keyLine ?? '');
    const date = written ? isoDate(+written[1]!, +written[2]!, +written[3]!) : fm.value instanceof Date ? fm.value.toISOString().slice(0, 10) : parseDate(String(fm.value));
    if (date) candidates.push({ value: date, source: 'frontmatter', rule: `frontmatter.${fm.key}`, line, text: keyLine ?? String(fm.value), confidence: 0.95 });
    else warn(ctx, 'date-invalid', { text: String(fm.value).slice(0, 40) }, line);
  }
  let labelled = false;
  for (const line of ctx.text) {
    const label = LABEL.exec(line.plain);
    let date = label ? parseDate(label[1] ?? label[2]!) : null;
    // "Ημ/νία Δημοσίευσης: 08/03/2016": a label in a language other than English dates its posting day first, unless the
    // page writes its other dates month first ("12/25/2020").
    if (!date && label && DAY_FIRST_LABEL().test(line.plain) && slashDateOrder(ctx.text.map((other) => other.plain)) !== 'month-first') date = parseSlashDate(label[1] ?? label[2]!, true);
    if (date) {
      candidates.push({ value: date, source: 'body', rule: 'text.date-label', line: line.line, text: line.plain, confidence: 0.85 });
      labelled = true;
      break;
    }
  }
  // The label's value laid out otherwise: "Posted | 2024-03-05" (a th/td row), "Posted – 2024-03-05", "Posted" over the date (a dt/dd pair, a heading).
  for (let index = 0; !labelled && index < ctx.text.length; index++) {
    const plain = ctx.text[index]!.plain;
    const pair = plain.length <= 60 ? labelledValue(ctx.text, index, POSTED_LABEL()) : undefined;
    const date = pair && pair.value.length <= 40 ? parseDate(pair.value) : null;
    if (!date) continue;
    candidates.push({ value: date, source: 'body', rule: 'text.date-label', line: pair!.line, text: `${pair!.label}: ${pair!.value}`, confidence: 0.85 });
    labelled = true;
  }
  // An HTML page's one element marked as its date ("<span class=\"date\">2023.07.07</span>", page-meta.ts).
  const dated = ctx.page.dated ? parseDate(ctx.page.dated.text) : null;
  if (dated) candidates.push({ value: dated, source: 'body', rule: 'page.dated-element', line: ctx.page.dated!.line, text: ctx.page.dated!.text, confidence: 0.8 });
  // A page with one JobPosting in JSON-LD or microdata states its date there.
  for (const found of structuredValues(ctx.page, 'datePosted')) {
    const date = typeof found.value === 'string' ? parseDate(found.value) : null;
    if (date) candidates.push({ value: date, source: 'structured', rule: found.rule, line: found.line, text: String(found.value), confidence: 0.9 });
  }
  // The page's head states when it was published (Open Graph's article:published_time): a posting page's date only where
  // nothing else dates it. A CMS writes the same post date in the head and in a marked element: one source, not two that agree.
  const published = ctx.page.published ? parseDate(ctx.page.published.text) : null;
  if (published && !candidates.length) candidates.push({ value: published, source: 'body', rule: 'page.published-time', line: ctx.page.published!.line, text: ctx.page.published!.text, confidence: 0.7 });
  const best = settle(ctx, 'datePosted', candidates);
  if (best) ctx.fields.datePosted = best.value;
}

/** The first of datedKeys whose value is a date (a flag such as "published: false" is none). */
function datedValue(ctx: ExtractContext): { key: string; value: unknown } | undefined {
  for (const key of datedKeys) {
    const found = frontmatterValue(ctx, [key]);
    if (found && (found.value instanceof Date || (typeof found.value === 'string' && parseDate(found.value)))) return found;
  }
  return undefined;
}

// "3. Juni 2021", "5 de março de 2022", and the day as an ordinal: "26th April 2021", "1er juillet 2023", "1º de julio de 2022".
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:${Object.values(dayOrdinalSuffixes).flat().map(escapeRegExp).join('|')})?\\.?\\s(?:de\\s)?([\\p{L}]{3,12})\\.?\\s(?:de\\s)?(\\d{4})\\b`, 'iu');

const RFC822_WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*(?=\d{1,2}\s)/;

/** "2021-08-08", "2021/08/08", "2021.08.08", "2021년 8월 8일", "2021年8月8日", "11.7.2023", "7/11/2023" (read only when unambiguous: "27/11/2023", "11/27/2023", "3/3/2023"), "March 3, 2021", "3. Juni 2021". */
export function parseDate(text: string): string | null {
  // RFC 822's weekday before the day, as XML feeds and RSS write dates: "Mon, 02 Mar 2026 07:30:00 GMT" reads as "02 Mar 2026".
  const t = text.trim().replace(RFC822_WEEKDAY, '');
  let m = /^(\d{4})(?:-(\d{1,2})-|\/(\d{1,2})\/|年(\d{1,2})月|\.\s?(\d{1,2})\.\s?|년\s?(\d{1,2})월\s?)(\d{1,2})/.exec(t);
  if (m) return isoDate(+m[1]!, +(m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!, +m[7]!);
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(t);
  if (m) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(t);
  // Day first when only that reading is a date, or when both readings are the same day ("03/03/2026").
  if (m && (+m[1]! > 12 || m[1] === m[2])) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  if (m && +m[2]! > 12) return isoDate(+m[3]!, +m[1]!, +m[2]!);
  m = /^([\p{L}]{3,12})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})\b/u.exec(t);
  if (m && monthNames[m[1]!.toLowerCase()]) return isoDate(+m[3]!, monthNames[m[1]!.toLowerCase()]!, +m[2]!);
  m = DAY_FIRST.exec(t);
  if (m && monthNames[m[2]!.toLowerCase()]) return isoDate(+m[3]!, monthNames[m[2]!.toLowerCase()]!, +m[1]!);
  return null;
}

/** The date text behind a posted label on a plain line ("PubDate: 02/12/2020" -> "02/12/2020"), parsed or not. */
export function postedDateText(plain: string): string | undefined {
  const label = LABEL.exec(plain);
  return label ? label[1] ?? label[2] : undefined;
}

const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const SLASH_DATES = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g;

/** "02/12/2020" read in a page's order, day first or month first; null for any other text. */
export function parseSlashDate(text: string, dayFirst: boolean): string | null {
  const m = SLASH_DATE.exec(text.trim());
  if (!m) return null;
  return dayFirst ? isoDate(+m[3]!, +m[2]!, +m[1]!) : isoDate(+m[3]!, +m[1]!, +m[2]!);
}

/**
 * How a page writes its n/n/yyyy dates: day first when one of them or more can only be read day first ("27/11/2020")
 * and none only month first ("11/27/2020"), month first the other way round; undefined when they do not tell or disagree.
 */
export function slashDateOrder(texts: readonly string[]): 'day-first' | 'month-first' | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    if (!text.includes('/')) continue;
    for (const m of text.matchAll(SLASH_DATES)) {
      if (+m[1]! > 12 && +m[2]! <= 12) dayFirst++;
      else if (+m[2]! > 12 && +m[1]! <= 12) monthFirst++;
    }
  }
  if (dayFirst && !monthFirst) return 'day-first';
  if (monthFirst && !dayFirst) return 'month-first';
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1980 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function draft(ctx: ExtractContext): void {
  const value = frontmatterValue(ctx, ['draft', 'unpublished'])?.value;
  const published = frontmatterValue(ctx, ['published'])?.value;
  const isDraft = value === true || value === 'true' || value === 'yes' || published === false || published === 'false';
  ctx.fields.draft = isDraft;
  if (isDraft) cite(ctx, 'draft', frontmatterLine(ctx, value !== undefined ? 'draft' : 'published'), 'frontmatter.draft', String(value ?? `published: ${String(published)}`), 0.95);
}
