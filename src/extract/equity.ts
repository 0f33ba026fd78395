/**
 * Equity: stock options, RSUs, equity, shares or tokens offered. "Diversity,
 * Equity & Inclusion" and "pay equity" are not an offer; "We do not offer
 * stock options" denies it (false). Null when unsaid.
 */
import { cite, type ExtractContext } from './context.js';
import { sectionKindOf } from './sections.js';
import { sentences } from './text.js';
import { equityClauseBreaks, equityDenials, equityOffers } from './tables/equity.js';
import { keywordBit, keywordGroup, lineKeywords } from './tree.js';
import { wordsPattern, wordsSource } from './word-pattern.js';

function sectionOf(ctx: ExtractContext, line: number): string {
  let heading = '';
  for (const h of ctx.headings) if (h.line <= line) heading = h.text; else break;
  return sectionKindOf(heading);
}

/** Bare "equity" is an offer only next to offer words ("salary, equity and benefits"); "accessibility, equity" is a value. */
const EQUITY_OFFER_CONTEXT = /\b(?:offer\w*|package|compensation|benefits?|salar\w*|stake|grant\w*|options?|includes?|plus|pay|shares?|perks?|cash|bonus)\b/iu;
/** Pay, then "+ equity" ("$150k-$210k USD + equity", as HN header lines and salary fields write it). */
const PAY_PLUS_EQUITY = /[\p{Sc}\p{N}][kKmM]?(?:\s?[A-Z]{3})?\s*\+\s*[Ee]quity\b/u;
/** A front-matter key named for pay ("salary", "compensation", "salary_range", "pay"). */
const PAY_KEY = /(?:^|[._])(?:[Ss]alary|[Ss]alaries|[Cc]ompensation|[Pp]ay|[Rr]emuneration)(?:$|[._A-Z])/;
const offerPhrases = Object.values(equityOffers).flat();
const OFFER = wordsPattern(offerPhrases);
const NOT_AN_OFFER = /\b(?:diversity,?\s+equity|equity,?\s+(?:and\s+|&\s+)?inclusion|equity\s*&\s*inclusion|pay equity|health equity|racial equity|social equity|gender equity|equity in|private equity|equity research|equity capital|equity investors?|home equity|DEI)\b/iu;
// A line whose filter form holds no OFFER phrase cannot match it.
export const OFFER_WORDS = keywordGroup(offerPhrases.map((phrase) => phrase.toLowerCase()));
const NOT_AN_OFFER_ALL = new RegExp(NOT_AN_OFFER.source, 'giu');
const OFFER_ALL = new RegExp(OFFER.source, 'giu');
const DENIAL_WORDS = Object.values(equityDenials).flat();
const DENIAL = wordsPattern(DENIAL_WORDS);
/** Punctuation or a word that starts a clause ("no bonus, but stock options"): a denial before it denies nothing after. */
const CLAUSE_BREAK = new RegExp(`[,;:.!?()，；：。！？]|${wordsSource(Object.values(equityClauseBreaks).flat())}`, 'giu');
const DENIED_AFTER = new RegExp(`^\\s*[:：=-]\\s*(?:${wordsSource(DENIAL_WORDS)})`, 'iu');
/** A denial reaches the phrase across a few words ("We are unfortunately not able to offer stock options"), not further. */
const DENIAL_REACH_WORDS = 8;

/** Does the clause before an offer phrase deny it ("We do not offer", "keine")? */
function deniedBefore(before: string): boolean {
  let start = 0;
  for (const found of before.matchAll(CLAUSE_BREAK)) start = found.index + found[0].length;
  const words = before.slice(start).trim().split(/\s+/u);
  return DENIAL.test(words.slice(-DENIAL_REACH_WORDS).join(' '));
}

/** Is every offer phrase of the text denied ("We do not offer stock options", "Equity: none")? */
function deniesEveryOffer(text: string): boolean {
  const straight = text.replace(/[’‘]/gu, "'");
  const offers = [...straight.matchAll(OFFER_ALL)];
  return offers.length > 0 && offers.every((found) => deniedBefore(straight.slice(0, found.index)) || DENIED_AFTER.test(straight.slice(found.index + found[0].length)));
}

/** Set equity to true when the posting offers it, false when it denies every offer it names, else leave it null. */
export function extractEquity(ctx: ExtractContext): void {
  // A pay field that adds equity ("salary: $80k - $120k USD + Equity"): the offer, stated where pay is.
  for (const { key, text, line } of ctx.frontmatterStrings) {
    if (!PAY_KEY.test(key) || !PAY_PLUS_EQUITY.test(text)) continue;
    ctx.fields.equity = true;
    cite(ctx, 'equity', line, 'frontmatter.pay-plus-equity', text, 0.85);
    return;
  }
  const keywords = lineKeywords(ctx);
  const offerWords = keywordBit(ctx, OFFER_WORDS);
  for (let index = 0; index < ctx.text.length; index++) {
    if (!(keywords[index]! & offerWords)) continue;
    const line = ctx.text[index]!;
    const text = line.plain;
    if (!OFFER.test(text)) continue;
    const cleaned = text.replace(NOT_AN_OFFER_ALL, ' ');
    if (!OFFER.test(cleaned)) continue;
    const onlyBareEquity = !OFFER.test(cleaned.replace(/\bequity\b/giu, ' '));
    const sentence = sentences(cleaned).find((part) => /\bequity\b/iu.test(part)) ?? cleaned;
    if (onlyBareEquity && !EQUITY_OFFER_CONTEXT.test(sentence) && !PAY_PLUS_EQUITY.test(cleaned) && !(text.length <= 60 && /^(?:benefits|compensation)/.test(sectionOf(ctx, line.line)))) continue;
    ctx.fields.equity = !deniesEveryOffer(cleaned);
    cite(ctx, 'equity', line.line, 'text.equity-words', text, 0.8);
    return;
  }
}
