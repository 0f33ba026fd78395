/**
 * Money figures: parseMoney reads every figure in a text, whatever its role.
 *
 * A small scanner, not one big pattern: find a number, then look right next
 * to it for a k/M suffix, a currency (symbol, code or word, before or after),
 * a range separator and a second number, and a period ("/yr", "par mois",
 * "a day"). Separators are read by locale: a "." or "," or space or ’
 * followed by exactly three digits groups thousands ("36.000", "110’000",
 * "25 000"), otherwise it is a decimal mark. "$" is USD unless the posting
 * names another dollar (AUD, CAD...). Whether a figure is pay is salary.ts's
 * question.
 */
import type { SalaryPeriod } from '../schema/posting.js';
import { currencyAfter, currencyBefore, currencyCode, currencyPrefixLength, periodAfterFigure, periodOf } from './match/money.js';
import { amountWords, currencies } from './tables/currencies.js';
import { escapeRegExp, isLetterCodePoint } from './text.js';

/** One money figure as read: numbers, currency, period, the text and where it sits. */
export interface MoneyFigure { min: number; max: number; currency: string | null; period: SalaryPeriod | null; text: string; start: number; end: number }

// Indian grouping first ("6,00,000": lakhs in twos, then the last three; at most four pairs, up to
// thousands of crores, so a long run of pairs is never rescanned), then groups of three, then plain.
const NUMBER_SOURCE = "\\d{1,2}(?:,\\d{2}){1,4},\\d{3}(?!\\d)|\\d{1,3}(?:[,.'’ \\u00A0\\u202F]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|\\d{1,9}(?:[.,]\\d{1,2})?(?!\\d)";
const NUMBER = new RegExp(NUMBER_SOURCE, 'gu');
const NUMBER_AT_START = new RegExp(`^(?:${NUMBER_SOURCE})`, 'u');
// Sticky: read where lastIndex is set, with no copy of the rest of the text.
// Lakh words in any case ("15 Lacs"); 萬 is the traditional 万; "w" is Chinese shorthand for 万 (wan), read only in Chinese text.
// ko 만 is 10,000 as 万 ("4,000만원"); id juta (jt) is a million and ribu a thousand ("Rp 3.5 juta").
// A Latin letter after the suffix makes it a word's start ("60 000 Kč": koruna, not thousands).
const AMOUNT_WORDS = new Map(amountWords);
const SUFFIX = new RegExp(`\\s?(${[...AMOUNT_WORDS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')}|k|K|M|Mio\\.?|mil|millones|Mill\\.?|juta|jt|ribu|LPA|[Ll]akhs?|[Ll]acs?|LAKHS?|LACS?|百万|万|萬|만|w|W)(?![A-Za-z\\u00C0-\\u024F])`, 'uy');
// "25KMXN", "80kEUR": thousands written against an ISO code, as "25K MXN" without the space.
const SUFFIX_BEFORE_CODE = new RegExp(`\\s?([kK])(?=(?:${currencies.map((currency) => currency.code).join('|')})(?![A-Za-z]))`, 'uy');
// Range words: "to", "bis", "à"..., nl "en", pt/it "e", pl/cs/sk "do", ru "до", zh "至"/"到", id "sampai"/"hingga", their
// abbreviation "s/d" (sampai dengan, "up to and with") and "ke" ("dari X ke Y", from X to Y). A word ends there: "a" is
// not the start of "and", nor "to" of nl "tot" ("€ 3.000 tot € 4.000").
const RANGE = /\s{0,3}(?:-{1,2}|–|—|−|~|～|〜|to|bis|à|a|y|and|et|und|til|až|tot|até|en|e|do|до|至|到|sampai|hingga|s\/d|s\.d\.|ke)(?![\p{L}])\s{0,3}/iuy;
const HAN = /\p{Script=Han}/u;
// A whole amount's "no cents" mark after its figure: de, nl, cs, sk, id ",-" ("3.000,- €", "€ 2.500,- per maand", "30.000,- Kč",
// "Rp 3.000.000,-"), de-CH ".-" ("CHF 6000.-"), with a dash or en dash; read past as part of the figure.
const NO_CENTS = /[.,][-–]{1,2}(?![\p{L}\p{N}])/uy;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MONTHS_PAID = /^\s{0,2}[·・*×xX]?\s{0,2}1[2-9]\s?薪/u;
const INDIAN = /^\d{1,2}(?:,\d{2}){1,4},\d{3}$/;
// What may stand before a range's second number: any currency symbol the tables list ("US$70,000 – US$170,000",
// "CA$90k - CA$110k"), longest first, or a code.
const SECOND_PREFIX = new RegExp(`^(?:${[...new Set(currencies.flatMap((c) => c.symbols))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')}|Rp\\.?|[A-Z]{3})?\\s?`, 'u');

/** Every money figure in a text, whatever its role ("$120,000—$150,000/yr", "55 000 €", "R$ 8.000"). */
export function parseMoney(written: string, defaultDollar = 'USD', defaultYuan = 'CNY'): MoneyFigure[] {
  const figures: MoneyFigure[] = [];
  const text = asciiDigits(written);
  NUMBER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMBER.exec(text))) {
    const figure = readFigure(text, match, defaultDollar, defaultYuan);
    if (figure) {
      figures.push(figure);
      NUMBER.lastIndex = figure.end;
    }
  }
  return figures;
}

function readFigure(text: string, first: RegExpExecArray, defaultDollar: string, defaultYuan: string): MoneyFigure | null {
  const start = first.index;
  // Glued to a word ("A4", "x86_64"): [\p{L}\d_] before it, which no currency symbol is. Chinese and
  // Japanese write no spaces, so a Han or kana character before a figure ("年600万") is no glue.
  if (start > 0 && isWordUnit(text.charCodeAt(start - 1)) && !CJK_UNIT.test(text[start - 1]!) && !endsWithLetterSymbol(text, start)) return null;
  let pos = start + first[0].length;
  pos += stickyAt(NO_CENTS, text, pos)?.[0].length ?? 0;
  const before = text.slice(Math.max(0, start - 6), start);
  let currency = currencyBefore(before, defaultDollar, defaultYuan);
  let suffix = suffixAt(text, pos);
  if (suffix) pos += suffix[0].length;
  const afterSuffix = pos;
  const after1 = currencyAfter(text, pos);
  if (after1) { currency = currencyCode(after1.trim(), defaultDollar, defaultYuan) ?? currency; pos += after1.length; }
  let low = numberValue(first[0]);
  let high = low;
  let highSuffix: RegExpExecArray | null = null;
  const range = stickyAt(RANGE, text, pos);
  if (range) {
    let p = pos + range[0].length;
    const prefix = SECOND_PREFIX.exec(text.slice(p))!;
    const second = NUMBER_AT_START.exec(text.slice(p + prefix[0].length));
    if (second) {
      if (prefix[0].trim()) currency = currencyCode(prefix[0].trim(), defaultDollar, defaultYuan) ?? currency;
      p += prefix[0].length + second[0].length;
      p += stickyAt(NO_CENTS, text, p)?.[0].length ?? 0;
      highSuffix = suffixAt(text, p);
      if (highSuffix) p += highSuffix[0].length;
      const after2 = currencyAfter(text, p);
      if (after2) { currency = currencyCode(after2.trim(), defaultDollar, defaultYuan) ?? currency; p += after2.length; }
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
    if (trailing) {
      currency = currencyCode(trailing.trim(), defaultDollar, defaultYuan);
      pos += trailing.length;
    } else if (!(INDIAN.test(first[0]) && periodAfterFigure(text.slice(pos, pos + 60)))) {
      // Lakh grouping is money enough when a period follows ("6,00,000 per year"); the currency stays unsaid.
      return null;
    }
  }
  const period = periodAfterFigure(text.slice(pos, pos + 60));
  let periodValue: SalaryPeriod | null = null;
  if (period) { periodValue = periodOf(period[1]!); pos += period[0].length; }
  // zh "11-20K·14薪": paid 14 times a year, so the figure is monthly.
  const monthsPaid = periodValue ? null : MONTHS_PAID.exec(text.slice(pos, pos + 12));
  if (monthsPaid) { periodValue = 'MONTH'; pos += monthsPaid[0].length; }
  // N薪 and "w" (万) are Chinese pay notations: the yuan, as "元" would say; a Japanese line's "20～80w" (kana beside it) is no yuan.
  if (monthsPaid || (/^[wW]$/.test(suffix?.[1] ?? highSuffix?.[1] ?? '') && !KANA.test(text))) currency ??= defaultYuan;
  // "4.5-6 LPA": lakhs of rupees per annum.
  if (suffix && /^(?:LPA|lakhs?|lacs?)$/i.test(suffix[1]!)) {
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

/** SUFFIX's match at `pos`; "w" counts only in text with Chinese characters ("20～80w"), never "40w" elsewhere. */
function suffixAt(text: string, pos: number): RegExpExecArray | null {
  const suffix = stickyAt(SUFFIX, text, pos) ?? stickyAt(SUFFIX_BEFORE_CODE, text, pos);
  return suffix && /^[wW]$/.test(suffix[1]!) && !HAN.test(text) ? null : suffix;
}

// Currency symbols made of letters, written against the figure as "$" is ("Rp3.000.000", "RM3,500", "Rs.25,000"); not
// the ISO codes, which name other things before a digit ("PHP7", "TRY2").
const LETTER_SYMBOLS = [...new Set(currencies.flatMap((c) => c.symbols).filter((symbol) => /^\p{L}[\p{L}.]*$/u.test(symbol)))];
const endsWithLetterSymbol = (text: string, at: number): boolean =>
  LETTER_SYMBOLS.some((symbol) => text.endsWith(symbol, at) && (at === symbol.length || !isWordUnit(text.charCodeAt(at - symbol.length - 1))));

const CJK_UNIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The sticky pattern's match at `pos`. */
function stickyAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

/** /[\p{L}\d_]/u on one UTF-16 unit (U+0345 is no letter without the i flag; a lone surrogate is none). */
function isWordUnit(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 95 || (code !== 0x345 && isLetterCodePoint(code));
}

/** "36.000" -> 36000, "110’000" -> 110000, "12.50" -> 12.5, "1,809" -> 1809, "6,00,000" -> 600000. */
function numberValue(raw: string): number | null {
  if (INDIAN.test(raw)) return Number(raw.replace(/,/g, ''));
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
  const word = AMOUNT_WORDS.get(suffix);
  if (word) return word;
  if (/^(?:[kK]|ribu)$/.test(suffix)) return 1_000;
  if (suffix === 'juta' || suffix === 'jt') return 1_000_000;
  if (suffix === '百万' || /^(?:M|Mio\.?|mil|millones|Mill\.?)$/.test(suffix)) return suffix === 'mil' ? 1_000 : 1_000_000;
  if (/^(?:万|萬|만|w|W)$/.test(suffix)) return 10_000;
  if (/^(?:LPA|lakhs?|lacs?)$/i.test(suffix)) return 100_000;
  return 1;
}

const round = (n: number): number => Math.round(n * 100) / 100;

// Japanese and Chinese text writes digits full-width ("時給１０００円～"): one UTF-16 unit each, as an ASCII digit is, so
// the figures' places in the text stay where they were.
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/u;
const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/gu;

/** The text with full-width digits as ASCII ones, same length. */
export function asciiDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)) : text;
}
