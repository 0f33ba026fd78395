/**
 * The words between an article and an organisation's noun: possessives and words that open a phrase of their own
 * ("is the heart of our business", "a small team within the company", "a department across the company") end the
 * gap, so the noun they lead to is another's. One builder for the copula and apposition readings (company-aside.ts,
 * company-rules.ts).
 */
import { asidePossessivesAfterVerb, complementBreaks } from './tables/company-evidence.js';
import { alternation } from './text.js';

/** Possessives and phrase-opening words, as one alternation (tables/company-evidence.ts). */
export const GAP_BREAK_WORDS = [...Object.values(asidePossessivesAfterVerb).flat(), ...Object.values(complementBreaks).flat()];

/**
 * Up to `words` words before the noun, none holding one of `stops`; the first may be any ("eine der führenden
 * Agenturen", "una de las empresas": one of them), the rest are no break word.
 */
export function wordsBeforeNoun(words: number, stops = '.!?;:'): string {
  const word = String.raw`[^\s${stops}]+\s+`;
  return String.raw`(?:${word})?(?:(?!(?:${alternation(GAP_BREAK_WORDS)})\s)${word}){0,${words - 1}}?`;
}
