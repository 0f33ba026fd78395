/**
 * Salary: money figures (read by parseMoney in money.ts) that the words
 * around them call pay.
 *
 * A figure counts as salary only with salary words around it (salary, pay,
 * Gehalt, salaire, sueldo, plat, 年収, 💰, a pay period, a salary key in the
 * front matter); funding, valuation and revenue words veto it. A range with
 * a currency but no such words becomes a salary-unclear warning instead.
 * The period is left null unless written (a "💰" badge on an aggregator is
 * its yearly range); a missing period is a warning with the likely guess.
 * Figures that disagree are all kept, with a salary-conflict warning.
 */
import type { SalaryPeriod } from '../schema/posting.js';
import { cite, warn, type ExtractContext } from './context.js';
import { parseMoney, type MoneyFigure } from './money.js';
import { allowanceBefore, boundOf, hasSalaryWords, notSalary, payLabelBefore, periodBefore, periodOfPayHeading, periodRightBeforeFigure } from './salary-context.js';
import { currencyCode, periodOf } from './match/money.js';
import { dollarCodes, payWordCurrencies, yuanPlaces } from './tables/currencies.js';
import { rangeConnectors } from './tables/salary-words.js';
import { escapeRegExp, memoized } from './text.js';
import { columnHeader } from './label-lines.js';
import { fieldKeys, keyForm } from './tables/field-keys.js';
import { keywordBit, keywordGroup, lineKeywords } from './tree.js';
import { DIGIT_CHARACTERS } from './match/keywords.js';

export { parseMoney, type MoneyFigure } from './money.js';

// Lines without a digit have no figure, and postings without "$" no other dollar (found with the other extractors' keywords).
// Full-width digits too ("１０００円", money.ts reads them as ASCII ones).
const DIGITS = keywordGroup(DIGIT_CHARACTERS);
const DOLLAR = keywordGroup(['$']);
const otherDollars = dollarCodes.filter((code) => code !== 'USD');
const OTHER_DOLLAR_CODES = keywordGroup(otherDollars.map((code) => code.toLowerCase()));
/** The keyword groups this file's scans read (index.ts lists every file's). */
export const salaryKeywordGroups = [DIGITS, DOLLAR, OTHER_DOLLAR_CODES];


interface Found { min: number | null; max: number | null; currency: string | null; period: SalaryPeriod | null; text: string; line: number; rule: string; confidence: number; span?: { plain: string; start: number; end: number } }

/** Set salary from figures that the words around them call pay, with warnings for conflicts and missing periods. */
export function extractSalary(ctx: ExtractContext): void {
  const dollar = dollarCurrency(ctx);
  const yuan = yuanCurrency(ctx);
  const found: Found[] = [];
  const fmCurrency = ctx.frontmatterStrings.find((f) => (keyKind(f.key) & CURRENCY_KEY) !== 0);
  const fmUnit = ctx.frontmatterStrings.find((f) => (keyKind(f.key) & UNIT_KEY) !== 0);
  for (const item of ctx.frontmatterStrings) {
    const kind = keyKind(item.key);
    const salaryKey = (kind & SALARY_KEY) !== 0 || ((kind & VALUE_KEY) !== 0 && fmCurrency);
    if (!salaryKey) continue;
    const defaultCurrency = fmCurrency ? currencyCode(fmCurrency.text.trim(), dollar) : null;
    for (const figure of parseMoney(item.text, dollar, yuan)) {
      const period = figure.period ?? (fmUnit ? periodFromUnit(fmUnit.text) : null);
      found.push({ ...figure, currency: figure.currency ?? defaultCurrency, period, line: item.line, rule: `frontmatter.${item.key}`, confidence: 0.9 });
    }
  }
  const keywords = lineKeywords(ctx);
  const digits = keywordBit(ctx, DIGITS);
  const titleLine = ctx.evidence.title && TITLE_LINE_RULES.test(ctx.evidence.title.rule) ? ctx.evidence.title.line : null;
  ctx.text.forEach((line, index) => {
    if (!(keywords[index]! & digits) || line.plain.length > 3000) return;
    const figures = parseMoney(line.plain, dollar, yuan);
    if (!figures.length) return;
    const before = ctx.text[index - 1];
    const previous = before?.plain ?? '';
    // A paragraph wrapped over source lines continues the previous line's sentence.
    const continued = before && before.line === line.line - 1 && !/[.!?:]$/.test(previous) ? previous.split(/(?<=[.!?])\s+/).pop() ?? '' : '';
    const heading = headingAbove(ctx, line.line);
    for (const figure of figures) {
      if (/^401\s?\(?k/i.test(figure.text)) continue; // a US retirement plan, not pay
      // The figure as written starts at its currency: the stop of "Rp. 3.000.000", "Rs. 25,000" ends no sentence.
      const written = line.plain.indexOf(figure.text, Math.max(0, figure.start - 12));
      const from = written === -1 || written > figure.start ? figure.start : written;
      const sentence = sentenceAround(line.plain, from, figure.end);
      const context = `${continued} ${sentence} ${/:\s*$/.test(previous) ? previous : ''}`;
      const leftOfFigure = line.plain.slice(0, figure.start);
      const lead = `${continued} ${line.plain.slice(0, from)}`.split(/(?<=[.!?])\s+/).pop() ?? '';
      const badge = /💰/u.test(line.text) && /💰\s{0,2}\S{0,3}$/u.test(leftOfFigure);
      const gluedPeriod = periodRightBeforeFigure(leftOfFigure);
      // A table cell under a pay column's header ("| Salary |" over "| 3000 EUR |", "Зарплата" over "33 000 руб").
      const column = line.plain.includes('|') ? columnHeader(ctx.text, index, figure.start) : null;
      const isSalary = badge || figure.period !== null || gluedPeriod !== null || hasSalaryWords(context) || payLabelBefore(lead)
        || (heading !== null && hasSalaryWords(heading)) || (column !== null && hasSalaryWords(column));
      // Funding, valuation and revenue words veto the figure (and its warning); they are read only when it matters.
      // A header line ("Acme | Engineer | Berlin | REMOTE | €70k-€90k") states pay as a range with a currency, without words.
      // So does the title's own heading ("# Backend Engineer ($120k-$150k)", "# Senior Engineer – €60.000 - €75.000").
      const header = !isSalary && ((index < HEADER_LINES && isHeaderRange(line.plain, figure)) || (line.line === titleLine && isPayRange(figure)));
      if (!isSalary && !header) {
        if (figure.currency && figure.max !== figure.min && figure.min >= 100 && !notSalary(sentence)) warn(ctx, 'salary-unclear', { text: figure.text }, line.line);
        continue;
      }
      if (!badge && (notSalary(sentence) || (column !== null && notSalary(column)) || allowanceBefore(leftOfFigure.slice(-30)))) continue;
      if (!figure.currency && figure.max < 1000) continue;
      // A pay heading that is only pay and its period ("### 時給" over "１０００円～", "## Monthly salary") gives it to its figures.
      let period = figure.period ?? gluedPeriod ?? periodBefore(context) ?? (heading !== null ? periodOfPayHeading(heading) : null)
        ?? (column !== null ? periodOfPayHeading(column) : null);
      let rule = badge ? 'text.salary-badge' : header ? 'text.salary-header-line' : 'text.salary-words';
      let confidence = header ? 0.7 : 0.85;
      if (!period && badge) { period = 'YEAR'; rule = 'text.salary-badge-yearly'; confidence = 0.6; }
      // "up to $191,900" is a ceiling and "from €40,000" or "600万円以上" a floor, not a single figure.
      const bound = figure.min === figure.max ? boundOf(lead, line.plain.slice(figure.end)) : null;
      const currency = figure.currency ?? currencyOfPayWord(context, yuan);
      found.push({ min: bound === 'ceiling' ? null : figure.min, max: bound === 'floor' ? null : figure.max, currency, period, text: figure.text, line: line.line, rule, confidence, span: { plain: line.plain, start: figure.end - figure.text.length, end: figure.end } });
    }
  });
  const salaries = merge(joinBounds(found.filter((f) => (f.max ?? f.min ?? 0) > 0)));
  // A currency is written once and not repeated ("Salario: 30K y 40K" ... "35K€ y 45K€"): a pay figure without one
  // takes the posting's, when its pay figures name exactly one.
  const named = new Set(salaries.flatMap((s) => (s.currency ? [s.currency] : [])));
  if (named.size === 1) for (const s of salaries) s.currency ??= [...named][0]!;
  ctx.fields.salary = salaries.map(({ min, max, currency, period, text }) => ({ min, max, currency, period, text }));
  if (!salaries.length) return;
  cite(ctx, 'salary', salaries[0]!.line, salaries[0]!.rule, salaries[0]!.text, salaries[0]!.confidence);
  for (const s of salaries) {
    if (!s.period) warn(ctx, 'salary-period-missing', { text: s.text, guess: guessPeriod(s.max ?? s.min ?? 0) }, s.line || undefined);
  }
  if (salaries.length > 1) {
    warn(ctx, 'salary-conflict', { figures: salaries.map((s) => `"${s.text}" (line ${s.line})`).join(' vs ') }, salaries[1]!.line);
  }
}

const CURRENCY_KEY = 1;
const UNIT_KEY = 2;
const SALARY_KEY = 4;
const VALUE_KEY = 8;
/** What a front-matter key names: currency, pay unit, salary, a bare "value" (bits). The same few keys come with every posting: answers are kept. */
// A key that holds a word of pay's keys ("salary_text", "gehalt_brutto"), shared with data items (tables/field-keys.ts).
const SALARY_KEY_WORDS = new RegExp(fieldKeys.salary.map((key) => escapeRegExp(keyForm(key))).join('|'));
const keyKind = memoized((key): number => {
  const lower = key.toLowerCase();
  return (/^(?:currency|salary_currency|salaryCurrency|baseSalary\.currency)$/i.test(key) ? CURRENCY_KEY : 0)
    | (/^(?:unitText|salary_period|salaryPeriod|period|pay_period|payPeriod|salary_type|salaryType|salary_unit|salaryUnit|pay_unit|salary_interval|pay_frequency|baseSalary\.value\.unitText)$/i.test(key) ? UNIT_KEY : 0)
    | (SALARY_KEY_WORDS.test(keyForm(key)) ? SALARY_KEY : 0)
    | (lower === 'value' ? VALUE_KEY : 0);
});

// What may stand between a floor and its ceiling: a connector alone ("up to", "bis zu", "hasta", "podendo chegar a").
const RANGE_CONNECTORS = new Set(rangeConnectors);
const connectorAlone = (between: string): boolean => RANGE_CONNECTORS.has(between.trim().toLowerCase().replace(/\s+/g, ' '));

/**
 * A floor and then a ceiling on one line are one range: "from R$ 2.000 up to R$ 6.000", "ab 3.000 € bis zu 4.500 €",
 * "desde 900 € hasta 1.200 €" (the two ends said as words, each with its currency), when only a connector stands between
 * them: "ab 14 € pro Stunde, dazu Prämien bis zu 500 €" is pay and a bonus.
 */
function joinBounds(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const floor = out[out.length - 1];
    const between = floor?.span && f.span && floor.span.plain === f.span.plain ? floor.span.plain.slice(floor.span.end, f.span.start) : null;
    const connectorOnly = between !== null && connectorAlone(between);
    const joins = floor && connectorOnly && floor.max === null && floor.min !== null && f.min === null && f.max !== null
      && f.max > floor.min && (floor.currency === f.currency || !floor.currency || !f.currency) && (floor.period === f.period || !floor.period || !f.period);
    if (!joins) { out.push(f); continue; }
    const text = floor.span!.plain.slice(floor.span!.start, f.span!.end).trim();
    out[out.length - 1] = { ...floor, max: f.max, currency: floor.currency ?? f.currency, period: floor.period ?? f.period, text: text.length <= 120 ? text : `${floor.text} … ${f.text}` };
  }
  return out;
}

/** Same figures said twice (a badge and the text) are one salary; the one that states a period wins. */
function merge(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const same = out.find((o) => o.min === f.min && o.max === f.max && (o.currency === f.currency || !o.currency || !f.currency));
    if (!same) { out.push({ ...f }); continue; }
    same.currency ??= f.currency;
    if (!same.period && f.period) { same.period = f.period; same.text = f.text; same.line = f.line; same.rule = f.rule; }
  }
  return out;
}

/** "$" means the dollar the posting names (AUD, CAD...), else USD. */
function dollarCurrency(ctx: ExtractContext): string {
  // Without a "$" anywhere no other dollar is asked for (most postings): the joined text is not built.
  if (!ctx.frontmatterStrings.some((f) => f.text.includes('$')) && !lineKeywords(ctx).some((keywords) => keywords & keywordBit(ctx, DOLLAR))) return 'USD';
  // Each text on its own (joined, they would be apart by a space, which no code spans); of the lines only
  // those whose keyword scan found a code lower-cased.
  const keywords = lineKeywords(ctx);
  const candidates = ctx.text.filter((_, index) => (keywords[index]! & keywordBit(ctx, OTHER_DOLLAR_CODES)) !== 0);
  for (const code of otherDollars) {
    if (ctx.frontmatterStrings.some((f) => namesCode(f.text, code)) || candidates.some((line) => namesCode(line.plain, code))) return code;
  }
  return 'USD';
}

/** The first body lines, where a posting's header line stands. */
const HEADER_LINES = 2;
/** Title rules that read a heading: its line is the title's (a plain first line of two cells, "Acme Engineer - $70k-$90k", is not enough). */
const TITLE_LINE_RULES = /^heading\./;
// Cells of a header line: " | ", " - ", " – ", " — ", " · " between them (a range's own "-" has no spaces).
const HEADER_SEPARATOR = /\s[|\-–—·•]\s/u;

/** A range with a currency, of pay's size: how a header or title line states pay without words. */
const isPayRange = (figure: MoneyFigure): boolean => figure.currency !== null && figure.min < figure.max && figure.max >= 1000;

/**
 * A pay range alone in a cell of a line split into three cells or more. The
 * figure is set aside before splitting: a range's own spaced dash ("€60.000 -
 * €75.000") is no cell separator.
 */
function isHeaderRange(text: string, figure: MoneyFigure): boolean {
  if (!isPayRange(figure)) return false;
  const cells = `${text.slice(0, figure.start)}\u0000${text.slice(figure.end)}`.split(HEADER_SEPARATOR);
  return cells.length >= 3 && cells.some((cell) => cell.includes('\u0000'));
}

/** "元" means the yuan of the places or currency names the posting states (TWD in Taipei), else CNY. */
function yuanCurrency(ctx: ExtractContext): string {
  if (!ctx.text.some((line) => line.plain.includes('元')) && !ctx.frontmatterStrings.some((f) => f.text.includes('元'))) return 'CNY';
  for (const [code, names] of Object.entries(yuanPlaces)) {
    const named = (text: string) => names.some((name) => text.includes(name));
    if (ctx.frontmatterStrings.some((f) => named(f.text)) || ctx.text.some((line) => named(line.plain))) return code;
  }
  return 'CNY';
}

/** The currency a country's own pay word in the text implies ("年収" yen, "月薪" the posting's yuan), or null. */
function currencyOfPayWord(text: string, yuan: string): string | null {
  for (const [word, currency] of payWordCurrencies) if (text.includes(word)) return currency === 'yuan' ? yuan : currency;
  return null;
}

/** (?<![A-Z])CODE(?![A-Z]) in the text. */
function namesCode(text: string, code: string): boolean {
  for (let at = text.indexOf(code); at !== -1; at = text.indexOf(code, at + 1)) {
    if (!isAsciiUpper(text.charCodeAt(at - 1)) && !isAsciiUpper(text.charCodeAt(at + code.length))) return true;
  }
  return false;
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function periodFromUnit(unit: string): SalaryPeriod | null {
  // "per_year", "per-month": a data file's unit, words joined.
  const text = unit.trim().replace(/[_-]/g, ' ');
  if (/^(?:YEAR|HOUR|DAY|WEEK|MONTH)$/i.test(text)) return text.toUpperCase() as SalaryPeriod;
  return periodOf(text) ?? periodBefore(text);
}

function sentenceAround(text: string, start: number, end: number): string {
  const left = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('! ', start), text.lastIndexOf('? ', start));
  const rightCandidates = ['. ', '! ', '? '].map((s) => text.indexOf(s, end)).filter((i) => i !== -1);
  const right = rightCandidates.length ? Math.min(...rightCandidates) : text.length;
  return text.slice(left === -1 ? 0 : left + 2, right);
}

function headingAbove(ctx: ExtractContext, line: number): string | null {
  let found: string | null = null;
  for (const heading of ctx.headings) if (heading.line <= line) found = heading.text; else break;
  return found;
}

/** Textkernel's rule of thumb, used only for the warning: 1-2 digits hourly, 3-4 monthly, 5+ yearly. */
function guessPeriod(value: number): string {
  return value < 100 ? 'HOUR' : value < 10_000 ? 'MONTH' : 'YEAR';
}
