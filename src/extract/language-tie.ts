/**
 * A short text's near-tie: franc's trigram scores for close relatives (ru/bg,
 * cs/sk, hr/bs/sr, no/da, es/gl, id/ms) sit within a few hundredths of each
 * other on a line or two, so its first answer is a coin toss. Among the
 * languages franc scores close to its best, the text's own evidence decides:
 * a lower-case word with a letter the language never writes rules it out
 * (ы is no Bulgarian letter), then the stop words of each (tables/languages.ts)
 * choose; where neither settles it and franc's lead is thin, "und". A short text
 * with English stop words only is English; one with no stop word at all,
 * only a-z letters and none of the language's own role or contract words
 * (language-words.ts) tells franc too little to name another language ("und").
 */
import { closeLanguageGroups, foreignLetters, ownLetters } from './tables/languages.js';

/** A language franc scores close to its best (score relative to the best's 1); "und" for a relative no posting is reported in. */
export interface Candidate { code: string; score: number }

/** franc's best stands alone when the next language is this far behind. */
export const NEAR_TIE = 0.05;
/** Languages scored within this of franc's best are candidates of a short text. */
export const TIE_BAND = 0.2;

/** Does a lower-case word of the text hold a letter the language never writes? (A capitalised word may be a name: "Škoda" in Polish.) */
export function writesForeignLetters(text: string, code: string): boolean {
  return lowerCaseWordsHold(text, foreignLetters[code]);
}

/** Does a lower-case word of the text hold a letter of the language's own alphabet (tables/languages.ts ownLetters)? */
export function writesOwnLetters(text: string, code: string): boolean {
  return lowerCaseWordsHold(text, ownLetters[code]);
}

function lowerCaseWordsHold(text: string, letters: string | undefined): boolean {
  if (!letters) return false;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (word[0] !== word[0]!.toLowerCase()) continue;
    for (const letter of word) if (letters.includes(letter)) return true;
  }
  return false;
}

/**
 * The language of a short text among franc's candidates (best first). Those the text's letters rule out
 * drop; English within NEAR_TIE of another first is a tie no stop word settles ("und"); within the first's group, the one with the most stop words (two or more, more than any other member's),
 * else the first where it leads the next member by NEAR_TIE, else "und".
 */
export function breakTie(text: string, candidates: Candidate[], stopWordHits: (code: string) => number): string {
  const viable = candidates.filter((candidate) => !writesForeignLetters(text, candidate.code));
  const first = viable[0];
  if (!first) return 'und';
  const group = closeGroupOf(first.code);
  const members = viable.filter((candidate) => group.includes(candidate.code));
  // A few English lines (titles, links) read as Danish or Italian by a hair: English close behind is a tie no stop word settles.
  if (first.code !== 'en' && viable.some((candidate) => candidate.code === 'en' && first.score - candidate.score < NEAR_TIE)) return 'und';
  const second = members[1];
  if (!second) return first.code;
  const byHits = members.map((candidate) => ({ code: candidate.code, hits: stopWordHits(candidate.code) })).sort((a, b) => b.hits - a.hits);
  if (byHits[0]!.hits >= 2 && byHits[0]!.hits > byHits[1]!.hits) return byHits[0]!.code;
  return first.score - second.score >= NEAR_TIE ? first.code : 'und';
}

/** The close group of a language (tables/languages.ts), or the language alone. */
export function closeGroupOf(code: string): string[] {
  return closeLanguageGroups.find((languages) => languages.includes(code)) ?? [code];
}

/** A text's stop-word counts: hits per language code and its number of words. */
type StopWordCounts = { hits: Map<string, number>; words: number };

/** Does the text have English stop words, none of another language's, and no letter outside English's (a-z)? */
export function englishAlone(counts: StopWordCounts, text: string): boolean {
  if ((counts.hits.get('en') ?? 0) < 1 || counts.words < ENGLISH_ALONE_WORDS) return false;
  for (const [code, hits] of counts.hits) if (code !== 'en' && hits > 0) return false;
  return !BEYOND_ASCII_LETTERS.test(text);
}

/** Six or more words, none a stop word of any language, all in a-z letters. */
export function noLanguageEvidence(counts: StopWordCounts, text: string): boolean {
  if (counts.words < ENGLISH_ALONE_WORDS) return false;
  for (const hits of counts.hits.values()) if (hits > 0) return false;
  return !BEYOND_ASCII_LETTERS.test(text);
}

/** A letter beyond a-z (é, ß, ы): evidence of a language other than English. */
const BEYOND_ASCII_LETTERS = /[^\p{ASCII}\p{Sc}\p{P}\p{S}\p{N}\p{Z}\s]/u;
/** Fewer words than this are a title or a name, not enough for the English-alone rule. */
const ENGLISH_ALONE_WORDS = 6;
