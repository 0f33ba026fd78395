/**
 * A language's own words: its role nouns (tables/title-roles.ts) and the
 * contract words a job board puts after a title (tables/titles.ts), as
 * evidence of the language beside its stop words. A posting's title is often
 * all it has ("Softwareentwickler Java Vollzeit Berlin", "Sviluppatore Java
 * senior Milano"): no stop word, yet German or Italian by its words. A word
 * English shares ("developer" in Dutch, "manager" in Swedish) is no evidence
 * of another language, since English titles are written everywhere.
 */
import { roleNouns, specialtyWords } from './tables/title-roles.js';
import { titleDecorationWords } from './tables/titles.js';
import { lazily } from './text.js';

interface Vocabulary { stems: string[]; words: Set<string>; inside: string[] }

// Single words only: a phrase ("head of", "tempo pieno") is read by the rules that look for it.
const single = (words: readonly string[] | undefined): string[] => (words ?? []).filter((word) => !/[\s']/.test(word));
const vocabularies = lazily(() => {
  const languages = new Set([...Object.keys(roleNouns), ...Object.keys(titleDecorationWords)]);
  return new Map([...languages].map((code): [string, Vocabulary] => {
    const nouns = roleNouns[code] ?? {};
    return [code, { stems: single(nouns.stems), words: new Set([...single(nouns.words), ...single(titleDecorationWords[code])]), inside: single(nouns.inside) }];
  }));
});

/** Is this lower-case word one of the language's own (a role noun, a plural of one, or a contract word)? */
function holds(code: string, word: string): boolean {
  const vocabulary = vocabularies().get(code);
  if (!vocabulary) return false;
  if (vocabulary.words.has(word) || vocabulary.words.has(word.replace(/e?s$/u, ''))) return true;
  return vocabulary.stems.some((stem) => word.startsWith(stem)) || vocabulary.inside.some((noun) => word.includes(noun));
}

const SHARED_TITLE_WORDS = lazily(() => new Set(specialtyWords.filter((word) => !/\s/.test(word))));
const wordsOf = (text: string): string[] => [...text.toLowerCase().matchAll(/\p{L}+/gu)].map(([word]) => word);

/** Does the text write a word of this language's own that English does not share ("Softwareentwickler", "sviluppatore")? */
export function writesOwnWords(text: string, code: string): boolean {
  if (code === 'en') return wordsOf(text).some((word) => holds('en', word));
  return wordsOf(text).some((word) => holds(code, word) && !holds('en', word));
}

/**
 * The language a title's role and contract words say: "en" when it has English ones and none of another
 * language's own, "other" when it has another language's own ("Referent", "Vollzeit"), null when it has none.
 */
export function titleWordsLanguage(title: string): 'en' | 'other' | null {
  let english = false;
  for (const word of wordsOf(title)) {
    // Level and specialty words ("Senior", "Staff", "Backend") are written so in titles of every language.
    if (SHARED_TITLE_WORDS().has(word)) continue;
    if (holds('en', word)) english = true;
    else for (const code of vocabularies().keys()) if (holds(code, word)) return 'other';
  }
  return english ? 'en' : null;
}
