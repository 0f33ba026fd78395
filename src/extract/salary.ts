/**
 * Salary: money figures that the words around them call pay.
 *
 * Reading a figure (parseMoney) is a small scanner, not one big pattern:
 * find a number, then look right next to it for a k/M suffix, a currency
 * (symbol, code or word, before or after), a range separator and a second
 * number, and a period ("/yr", "par mois", "a day"). Separators are read by
 * locale: a "." or "," or space or ’ followed by exactly three digits groups
 * thousands ("36.000", "110’000", "25 000"), otherwise it is a decimal mark.
 * "$" is USD unless the posting names another dollar (AUD, CAD...).
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
import { currencies, dollarCodes } from './tables/currencies.js';
import { periodWords } from './tables/periods.js';
import { byFirstUnit, memoized, codePointAt, escapeRegExp, filterable, filterForm, isLetterCodePoint, isSpace, lazily } from './text.js';
import { keywordGroup, lineKeywords } from './tree.js';

/** One money figure as read: numbers, currency, period, the text and where it sits. */
export interface MoneyFigure { min: number; max: number; currency: string | null; period: SalaryPeriod | null; text: string; start: number; end: number }

const NUMBER = /\d{1,3}(?:[,.'’ \u00A0\u202F]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d{1,9}(?:[.,]\d{1,2})?(?!\d)/gu;
// Sticky: read where lastIndex is set, with no copy of the rest of the text.
const SUFFIX = /\s?(k|K|M|Mio\.?|mil|millones|Mill\.?|LPA|lakhs?|lacs?|百万|万)(?![A-Za-z])/uy;
const RANGE = /\s{0,3}(?:-{1,2}|–|—|−|~|～|〜|to|bis|à|a|y|and|et|und|til|až|tot|até)\s{0,3}/iuy;
const symbolList = currencies.flatMap((c) => c.symbols.map((symbol) => [symbol, c.code] as const)).sort((a, b) => b[0].length - a[0].length);
const wordList = currencies.flatMap((c) => c.words.map((word) => [word, c.code] as const)).sort((a, b) => b[0].length - a[0].length);
const codeList = currencies.map((c) => c.code);
const BEFORE_CURRENCY = new RegExp(`(?:${[...symbolList.map(([s]) => escapeRegExp(s)), ...codeList].join('|')})\\s?$`, 'u');
// As written (case-insensitive, milliseconds to compile): currencyAfter() reads its match by hand on the lower-cased
// text and builds the pattern only for a text without a filter form.
const AFTER_CURRENCY = lazily(() => new RegExp(`^\\s?(?:${[...symbolList.map(([s]) => escapeRegExp(s)), ...codeList, ...wordList.map(([w]) => escapeRegExp(w))].join('|')})(?![\\p{L}])`, 'iu'));
// What a currency token before a figure ends with, and (lower-cased) what one after it starts with:
// most numbers ("2023", "5 years") have neither next to them, and the patterns are not run.
const beforeCurrencyEnds = new Set([...symbolList.map(([s]) => s), ...codeList].map((token) => token.at(-1)!));
const afterCurrencyTokens = [...symbolList.map(([s]) => s), ...codeList, ...wordList.map(([w]) => w)];
// The lower-cased tokens by their first unit, in table order; null when a token cannot be found lower-cased.
const afterCurrencyByStart = afterCurrencyTokens.every(filterable) ? byFirstUnit(afterCurrencyTokens.map((token) => token.toLowerCase())) : null;
const afterCurrencyLongest = Math.max(...afterCurrencyTokens.map((token) => token.length));
const periodAfter = Object.entries(periodWords).flatMap(([period, words]) => words.map((word) => [word, period as SalaryPeriod] as const)).sort((a, b) => b[0].length - a[0].length);
const PERIOD_QUALIFIERS = ['brutto', 'brut', 'gross', 'net', 'netto', 'btt', 'base', 'bruto', 'líquido', 'hrubého', 'hrubá', 'mzda', 'gehalt', 'salary', 'package', 'total', 'all-in', 'ote', '(', ')', '-', '/', '|', 'per'];
// As written: a case-insensitive pattern that costs about 20 ms to compile. periodAfterFigure() reads the same
// match by hand on the lower-cased text and builds the pattern only for a text without a filter form.
const PERIOD_AFTER = lazily(() => new RegExp(`^[\\s,.]{0,2}(?:(?:${PERIOD_QUALIFIERS.map(escapeRegExp).join('|')})\\s{0,2}){0,3}(${periodAfter.map(([w]) => escapeRegExp(w)).join('|')})(?![\\p{L}])`, 'iu'));
// The lower-cased period words by their first unit, in table order; null when one cannot be found lower-cased.
const periodWordsByStart = [...PERIOD_QUALIFIERS, ...periodAfter.map(([w]) => w)].every(filterable) ? byFirstUnit(periodAfter.map(([w]) => w.toLowerCase())) : null;
const qualifiersByStart = byFirstUnit(PERIOD_QUALIFIERS);
const PERIOD_BEFORE: Array<[RegExp, SalaryPeriod]> = [
  // CJK words stand outside \b: it only sees ASCII word characters, so "年収" after a space never matched.
  [/\b(?:annual|annually|yearly|per year|a year|per annum|jahresgehalt|jährlich|annuel(?:le)?|anual|anuales|ročn\w*)\b|年収|年俸/iu, 'YEAR'],
  [/\b(?:monthly|per month|monatlich|mensuel(?:le)?s?|mensual(?:es)?|mensal|mesačn\w*)\b|月給|月収/iu, 'MONTH'],
  [/\b(?:hourly|per hour|stundenlohn|taux horaire|por hora|hodinov\w*)\b|時給/iu, 'HOUR'],
  [/\b(?:daily|day rate|per day|tagessatz|tjm|taux journalier)\b/iu, 'DAY'],
];
const SALARY_WORDS = /(?:\b(?:salary|salaries|salaried|pay|paid|pays|compensation|remuneration|wage|wages|rate|base|ote|package|stipend|earn|earnings|gehalt|jahresgehalt|vergütung|lohn|bruttojahresgehalt|salaire|rémunération|rémunéré|tjm|brut|sueldo|salario|retribución|remuneración|salário|remuneração|bolsa|salaris|loon|plat|mzda|odmena|wynagrodzenie|plat|mzdy|stipendium|honorar)\b|💰|年収|給与|年俸|月給|時給|報酬)/iu;
const CEILING = /\b(?:up to|maximum|max\.|capped at|bis zu|maximal|höchstens|jusqu'à|au maximum|hasta|até|do výšky)\b/iu;
const FLOOR = /\b(?:from|starting at|starting from|minimum|min\.|at least|ab|mindestens|à partir de|au moins|desde|a partir de|od)\s{1,3}\S{0,3}\s{0,2}$/iu;
const NOT_SALARY = /\b(?:raised|raise[ds]?|funding|funded|valuation|valued|revenue|revenues|arr|series [a-f]|investors?|investment|seed round|round|grant|grants|budget|market cap|sales|turnover|umsatz|finanzierung|levée|chiffre d'affaires|facturación|bonus of|prize|price|cost|costs|fee|fees|donat\w+|users|customers)\b/iu;
// Lines without a digit have no figure, and postings without "$" no other dollar (found with the other extractors' keywords).
const DIGITS = keywordGroup(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const DOLLAR = keywordGroup(['$']);
const otherDollars = dollarCodes.filter((code) => code !== 'USD');
const OTHER_DOLLAR_CODES = keywordGroup(otherDollars.map((code) => code.toLowerCase()));

/** Every money figure in a text, whatever its role ("$120,000—$150,000/yr", "55 000 €", "R$ 8.000"). */
export function parseMoney(text: string, defaultDollar = 'USD'): MoneyFigure[] {
  const figures: MoneyFigure[] = [];
  NUMBER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMBER.exec(text))) {
    const figure = readFigure(text, match, defaultDollar);
    if (figure) {
      figures.push(figure);
      NUMBER.lastIndex = figure.end;
    }
  }
  return figures;
}

function readFigure(text: string, first: RegExpExecArray, defaultDollar: string): MoneyFigure | null {
  const start = first.index;
  // Glued to a word ("A4", "x86_64"): [\p{L}\d_] before it, which no currency symbol is.
  if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return null;
  let pos = start + first[0].length;
  const before = text.slice(Math.max(0, start - 6), start);
  let currency = currencyBefore(before, defaultDollar);
  let suffix = stickyAt(SUFFIX, text, pos);
  if (suffix) pos += suffix[0].length;
  const afterSuffix = pos;
  const after1 = currencyAfter(text, pos);
  if (after1) { currency = currencyCode(after1.trim(), defaultDollar) ?? currency; pos += after1.length; }
  let low = numberValue(first[0]);
  let high = low;
  let highSuffix: RegExpExecArray | null = null;
  const range = stickyAt(RANGE, text, pos);
  if (range) {
    let p = pos + range[0].length;
    const prefix = /^(?:[$€£¥₹]|R\$|CHF|[A-Z]{3})?\s?/u.exec(text.slice(p))!;
    const second = /^\d{1,3}(?:[,.'’ \u00A0\u202F]\d{3})+(?:[.,]\d{1,2})?(?!\d)|^\d{1,9}(?:[.,]\d{1,2})?(?!\d)/u.exec(text.slice(p + prefix[0].length));
    if (second) {
      if (prefix[0].trim()) currency = currencyCode(prefix[0].trim(), defaultDollar) ?? currency;
      p += prefix[0].length + second[0].length;
      highSuffix = stickyAt(SUFFIX, text, p);
      if (highSuffix) p += highSuffix[0].length;
      const after2 = currencyAfter(text, p);
      if (after2) { currency = currencyCode(after2.trim(), defaultDollar) ?? currency; p += after2.length; }
      high = numberValue(second[0]);
      pos = p;
      if (!suffix && highSuffix && low !== null && high !== null && low < high) suffix = highSuffix; // "€36−42K": the K counts for both
    }
  }
  if (low === null || high === null) return null;
  low *= multiplier(suffix?.[1]);
  high *= multiplier(highSuffix?.[1] ?? suffix?.[1]);
  if (!currency && !suffix && !highSuffix) {
    // A bare number is money only when a currency word follows later ("3000 et 4000 euros").
    // Still where after1 found nothing (most numbers: "2023", "5 years"): nothing again.
    const trailing = pos === afterSuffix && !after1 ? null : currencyAfter(text, pos);
    if (!trailing) return null;
    currency = currencyCode(trailing.trim(), defaultDollar);
    pos += trailing.length;
  }
  const period = periodAfterFigure(text.slice(pos, pos + 60));
  let periodValue: SalaryPeriod | null = null;
  if (period) { periodValue = periodOf(period[1]!); pos += period[0].length; }
  // "4.5-6 LPA": lakhs of rupees per annum.
  if (suffix && /^(?:LPA|lakhs?|lacs?)$/.test(suffix[1]!)) {
    currency ??= 'INR';
    if (suffix[1] === 'LPA') periodValue ??= 'YEAR';
  }
  if (suffix?.[1] === '百万' || suffix?.[1] === '万') {
    const yen = /^\s?円/u.exec(text.slice(pos));
    if (yen) { currency = 'JPY'; pos += yen[0].length; }
  }
  if (low > high) [low, high] = [high, low];
  return { min: round(low), max: round(high), currency, period: periodValue, text: text.slice(start - currencyPrefixLength(before), pos).trim(), start, end: pos };
}

/** The sticky pattern's match at `pos`. */
function stickyAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

/** /[\p{L}\d_]/u on one UTF-16 unit (U+0345 is no letter without the i flag; a lone surrogate is none). */
function isWordUnit(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 95 || (code !== 0x345 && isLetterCodePoint(code));
}

/**
 * PERIOD_AFTER's match in a text: [whole match, period word], found as the pattern finds it (the
 * same order of tries: up to two of [\s,.], up to three qualifiers each followed by up to two spaces,
 * most first, then the first period word not followed by a letter).
 */
function periodAfterFigure(text: string): [string, string] | null {
  if (!mayStartPeriod(text)) return null;
  const form = periodWordsByStart ? filterForm(text) : null;
  if (form === null) {
    const match = PERIOD_AFTER().exec(text);
    return match ? [match[0], match[1]!] : null;
  }
  let lead = 0;
  while (lead < 2 && lead < form.length && (isSpace(form.charCodeAt(lead)) || form[lead] === ',' || form[lead] === '.')) lead++;
  for (; lead >= 0; lead--) {
    const found = qualifiersThenPeriod(text, form, lead, 0);
    if (found) return found;
  }
  return null;
}

// What a qualifier or period word starts with, lower-cased (ASCII only: an ASCII letter folds as it lower-cases).
const periodStarts = new Set([...PERIOD_QUALIFIERS, ...periodAfter.map(([w]) => w)].map((word) => word.toLowerCase().charCodeAt(0)).filter((code) => code < 128));
const periodWordsAllFilterable = [...PERIOD_QUALIFIERS, ...periodAfter.map(([w]) => w)].every((word) => filterable(word) && word.length > 0);

/**
 * False when PERIOD_AFTER surely cannot match: after each possible lead of [\s,.] (up to two) stands an
 * ASCII character that starts no qualifier or period word. Most figures ("5 years", "2023.") stop here.
 */
function mayStartPeriod(text: string): boolean {
  if (!periodWordsAllFilterable) return true;
  for (let at = 0; at <= 2; at++) {
    const code = text.charCodeAt(at);
    if (!(code < 128)) return true; // beyond the text (NaN) there is no match, but let the full reading say so
    if (periodStarts.has(code >= 65 && code <= 90 ? code + 32 : code)) return true;
    if (!(isSpace(code) || code === 44 || code === 46)) return false;
  }
  return false;
}

function qualifiersThenPeriod(text: string, form: string, at: number, qualifiers: number): [string, string] | null {
  const first = form.charCodeAt(at);
  const qualifiersHere = qualifiers < 3 ? qualifiersByStart.get(first) : undefined;
  if (qualifiersHere) {
    for (const qualifier of qualifiersHere) {
      if (!form.startsWith(qualifier, at)) continue;
      const after = at + qualifier.length;
      let spaces = 0;
      while (spaces < 2 && after + spaces < form.length && isSpace(form.charCodeAt(after + spaces))) spaces++;
      for (; spaces >= 0; spaces--) {
        const found = qualifiersThenPeriod(text, form, after + spaces, qualifiers + 1);
        if (found) return found;
      }
    }
  }
  for (const word of periodWordsByStart!.get(first) ?? []) {
    if (form.startsWith(word, at) && !isLetterCodePoint(codePointAt(text, at + word.length))) return [text.slice(0, at + word.length), text.slice(at, at + word.length)];
  }
  return null;
}

function currencyPrefixLength(before: string): number {
  const m = currencyTokenBefore(before);
  return m ? m[0].length : 0;
}

function currencyBefore(before: string, defaultDollar: string): string | null {
  const m = currencyTokenBefore(before);
  return m ? currencyCode(m[0].trim(), defaultDollar) : null;
}

/** BEFORE_CURRENCY in the text before a figure, run only when the text ends with what a token ends with. */
function currencyTokenBefore(before: string): RegExpExecArray | null {
  const last = isSpace(before.charCodeAt(before.length - 1)) ? before.at(-2) : before.at(-1);
  return last !== undefined && beforeCurrencyEnds.has(last) ? BEFORE_CURRENCY.exec(before) : null;
}

/**
 * AFTER_CURRENCY's match at `pos` (an optional space and the first token in order not followed by a
 * letter), read only when what is there (after one space) can start a token.
 */
function currencyAfter(text: string, pos: number): string | null {
  const next = isSpace(text.charCodeAt(pos)) ? text[pos + 1] : text[pos];
  if (next === undefined || (afterCurrencyByStart && (next.charCodeAt(0) < 128 || filterable(next)) && !afterCurrencyByStart.has(next.toLowerCase().charCodeAt(0)))) return null;
  const form = afterCurrencyByStart ? filterForm(text.slice(pos, pos + afterCurrencyLongest + 1)) : null;
  if (form === null) return AFTER_CURRENCY().exec(text.slice(pos))?.[0] ?? null;
  for (let space = form.length > 0 && isSpace(form.charCodeAt(0)) ? 1 : 0; space >= 0; space--) {
    for (const token of afterCurrencyByStart!.get(form.charCodeAt(space)) ?? []) {
      const end = pos + space + token.length;
      if (form.startsWith(token, space) && !isLetterCodePoint(codePointAt(text, end))) return text.slice(pos, end);
    }
  }
  return null;
}

function currencyCode(token: string, defaultDollar: string): string | null {
  if (token.length === 3 && codes.has(token.toUpperCase())) return token.toUpperCase();
  const symbol = codeOfSymbol.get(token);
  if (symbol) return token === '$' ? defaultDollar : symbol;
  return codeOfWord.get(token.toLowerCase()) ?? null;
}

// The tables as lookups; the first entry of a symbol, word or period word wins, as in a search of the lists.
const codes = new Set(codeList);
const codeOfSymbol = firstOf(symbolList);
const codeOfWord = firstOf(wordList);
const periodOfWord = firstOf(periodAfter.map(([word, period]) => [word.toLowerCase(), period] as const));

function firstOf<T>(entries: ReadonlyArray<readonly [string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [key, value] of entries) if (!map.has(key)) map.set(key, value);
  return map;
}

/** "36.000" -> 36000, "110’000" -> 110000, "12.50" -> 12.5, "1,809" -> 1809. */
function numberValue(raw: string): number | null {
  const grouped = /^\d{1,3}(?:[,.'’ \u00A0\u202F]\d{3})+/u.exec(raw);
  if (grouped) {
    const rest = raw.slice(grouped[0].length);
    const whole = Number(grouped[0].replace(/[^\d]/g, ''));
    return rest ? whole + Number(`0.${rest.slice(1)}`) : whole;
  }
  const value = Number(raw.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

function multiplier(suffix: string | undefined): number {
  if (!suffix) return 1;
  if (/^[kK]$/.test(suffix)) return 1_000;
  if (suffix === '百万' || /^(?:M|Mio\.?|mil|millones|Mill\.?)$/.test(suffix)) return suffix === 'mil' ? 1_000 : 1_000_000;
  if (suffix === '万') return 10_000;
  if (/^(?:LPA|lakhs?|lacs?)$/.test(suffix)) return 100_000;
  return 1;
}

function periodOf(word: string): SalaryPeriod | null {
  return periodOfWord.get(word.toLowerCase()) ?? null;
}

const round = (n: number): number => Math.round(n * 100) / 100;

interface Found { min: number | null; max: number | null; currency: string | null; period: SalaryPeriod | null; text: string; line: number; rule: string; confidence: number }

/** Set salary from figures that the words around them call pay, with warnings for conflicts and missing periods. */
export function extractSalary(ctx: ExtractContext): void {
  const dollar = dollarCurrency(ctx);
  const found: Found[] = [];
  const fmCurrency = ctx.frontmatterStrings.find((f) => (keyKind(f.key) & CURRENCY_KEY) !== 0);
  const fmUnit = ctx.frontmatterStrings.find((f) => (keyKind(f.key) & UNIT_KEY) !== 0);
  for (const item of ctx.frontmatterStrings) {
    const kind = keyKind(item.key);
    const salaryKey = (kind & SALARY_KEY) !== 0 || ((kind & VALUE_KEY) !== 0 && fmCurrency);
    if (!salaryKey) continue;
    const defaultCurrency = fmCurrency ? currencyCode(fmCurrency.text.trim(), dollar) : null;
    for (const figure of parseMoney(item.text, dollar)) {
      const period = figure.period ?? (fmUnit ? periodFromUnit(fmUnit.text) : null);
      found.push({ ...figure, currency: figure.currency ?? defaultCurrency, period, line: item.line, rule: `frontmatter.${item.key}`, confidence: 0.9 });
    }
  }
  const keywords = lineKeywords(ctx);
  ctx.text.forEach((line, index) => {
    if (!(keywords[index]! & DIGITS) || line.plain.length > 3000) return;
    const figures = parseMoney(line.plain, dollar);
    if (!figures.length) return;
    const before = ctx.text[index - 1];
    const previous = before?.plain ?? '';
    // A paragraph wrapped over source lines continues the previous line's sentence.
    const continued = before && before.line === line.line - 1 && !/[.!?:]$/.test(previous) ? previous.split(/(?<=[.!?])\s+/).pop() ?? '' : '';
    const heading = headingAbove(ctx, line.line);
    for (const figure of figures) {
      if (/^401\s?\(?k/i.test(figure.text)) continue; // a US retirement plan, not pay
      const sentence = sentenceAround(line.plain, figure.start, figure.end);
      const context = `${continued} ${sentence} ${/:\s*$/.test(previous) ? previous : ''}`;
      const badge = /💰/u.test(line.text) && /💰\s{0,2}\S{0,3}$/u.test(line.plain.slice(0, figure.start));
      const isSalary = badge || figure.period !== null || SALARY_WORDS.test(context) || (heading !== null && SALARY_WORDS.test(heading));
      // Funding, valuation and revenue words veto the figure (and its warning); they are read only when it matters.
      if (!isSalary) {
        if (figure.currency && figure.max !== figure.min && figure.min >= 100 && !notSalary(sentence)) warn(ctx, 'salary-unclear', { text: figure.text }, line.line);
        continue;
      }
      if (!badge && notSalary(sentence)) continue;
      if (!figure.currency && figure.max < 1000) continue;
      let period = figure.period ?? periodBefore(context);
      let rule = badge ? 'text.salary-badge' : 'text.salary-words';
      let confidence = 0.85;
      if (!period && badge) { period = 'YEAR'; rule = 'text.salary-badge-yearly'; confidence = 0.6; }
      // "up to $191,900" is a ceiling and "from €40,000" a floor, not a single figure.
      const lead = `${continued} ${line.plain.slice(0, figure.start)}`.split(/(?<=[.!?])\s+/).pop() ?? '';
      const ceiling = figure.min === figure.max && CEILING.test(lead);
      const floor = figure.min === figure.max && FLOOR.test(lead);
      found.push({ min: ceiling ? null : figure.min, max: floor ? null : figure.max, currency: figure.currency, period, text: figure.text, line: line.line, rule, confidence });
    }
  });
  const salaries = merge(found.filter((f) => (f.max ?? f.min ?? 0) > 0));
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
const keyKind = memoized((key): number => {
  const lower = key.toLowerCase();
  return (/^(?:currency|salary_currency|salaryCurrency|baseSalary\.currency)$/i.test(key) ? CURRENCY_KEY : 0)
    | (/^(?:unitText|salary_period|salaryPeriod|period|pay_period|baseSalary\.value\.unitText)$/i.test(key) ? UNIT_KEY : 0)
    | (/(?:salary|compensation|pay|wage|gehalt|salaire|sueldo|basesalary)/.test(lower) ? SALARY_KEY : 0)
    | (lower === 'value' ? VALUE_KEY : 0);
});

/** NOT_SALARY in the sentence, "base salary" aside. */
function notSalary(sentence: string): boolean {
  return NOT_SALARY.test(sentence.replace(/\bbase salary\b/giu, ''));
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
  if (!ctx.frontmatterStrings.some((f) => f.text.includes('$')) && !lineKeywords(ctx).some((keywords) => keywords & DOLLAR)) return 'USD';
  // Each text on its own (joined, they would be apart by a space, which no code spans); of the lines only
  // those whose keyword scan found a code lower-cased.
  const keywords = lineKeywords(ctx);
  const candidates = ctx.text.filter((_, index) => (keywords[index]! & OTHER_DOLLAR_CODES) !== 0);
  for (const code of otherDollars) {
    if (ctx.frontmatterStrings.some((f) => namesCode(f.text, code)) || candidates.some((line) => namesCode(line.plain, code))) return code;
  }
  return 'USD';
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

function periodBefore(text: string): SalaryPeriod | null {
  for (const [pattern, period] of PERIOD_BEFORE) if (pattern.test(text)) return period;
  return null;
}

function periodFromUnit(unit: string): SalaryPeriod | null {
  const text = unit.trim();
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
