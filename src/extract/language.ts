/**
 * Language as a BCP 47 code (the posting's field, with the front matter's
 * lang/language/locale: language-posting.ts): a script (kana -> ja, hangul -> ko, Han -> zh),
 * else franc, a maintained detector (language-detector.ts); where franc
 * cannot be loaded, a count of stop words per language (tables/languages.ts).
 * Too little text, or an answer that is no language of the tables, gives
 * "und" (undetermined), not a guess.
 */
import { scriptLanguages, stopWords } from './tables/languages.js';
import { francLanguage } from './language-detector.js';
import { NEAR_TIE, breakTie, closeGroupOf, englishAlone, noLanguageEvidence, writesForeignLetters, writesOwnLetters } from './language-tie.js';
import { writesOwnWords } from './language-words.js';
import { wordHash } from './text.js';

const stopSets = Object.entries(stopWords).map(([code, words]) => [code, new Set(words.split(/\s+/))] as const);

/** A stop word, with the languages (indexes into stopSets) that list it: a text's words are looked up once, not once per language. */
interface StopWord { word: string; hash: number; languages: number[] }
const stopEntries: StopWord[] = [];
// The stop words by hash, in an open-addressing table (a slot holds an index into stopEntries plus one; 0 is empty): most words are no stop word and meet an empty slot at once.
// At most a quarter full, so a probe meets an empty slot soon; sized from the tables, so a longer list cannot fill it.
const STOP_SLOTS = 1 << Math.ceil(Math.log2(4 * stopSets.reduce((sum, [, set]) => sum + set.size, 0) + 1));
const stopSlots = new Int32Array(STOP_SLOTS);
{
  const byWord = new Map<string, StopWord>();
  stopSets.forEach(([, set], index) => {
    for (const word of set) {
      let entry = byWord.get(word);
      if (!entry) {
        entry = { word, hash: wordHash(word), languages: [] };
        byWord.set(word, entry);
        stopEntries.push(entry);
        let slot = entry.hash & (STOP_SLOTS - 1);
        while (stopSlots[slot]) slot = (slot + 1) & (STOP_SLOTS - 1);
        stopSlots[slot] = stopEntries.length;
      }
      entry.languages.push(index);
    }
  });
}
// A longer word is no stop word: it is not looked up.
const longestStopWord = Math.max(...stopSets.flatMap(([, set]) => [...set].map((word) => word.length)));

// What a character is, computed on first sight and kept per UTF-16 unit:
// bit 0 "known", bit 1 a letter (\p{L}), bit 2 + i matches scriptLanguages[i].
const KNOWN = 1;
const LETTER = 2;
const SCRIPT_SHIFT = 2;
const scriptTests = scriptLanguages.map(([, pattern]) => new RegExp(pattern.source, pattern.flags.replace('g', '')));
const unitClasses = new Uint16Array(0x10000);

function classOf(character: string): number {
  let bits = KNOWN | (/\p{L}/u.test(character) ? LETTER : 0);
  scriptTests.forEach((test, index) => { if (test.test(character)) bits |= 1 << (index + SCRIPT_SHIFT); });
  return bits;
}

/** The class of the character at i (a surrogate pair is one character, as /u patterns see it). */
function classAt(text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      // Computed each time, kept nowhere (no module state): characters outside the BMP (emoji, rare CJK) are few.
      return classOf(text.slice(i, i + 2));
    }
  }
  return unitClass(code);
}

/** The class of a UTF-16 unit on its own. */
function unitClass(code: number): number {
  let bits = unitClasses[code]!;
  if (bits === 0) unitClasses[code] = bits = classOf(String.fromCharCode(code));
  return bits;
}

// What a UTF-16 unit is to the word scan, kept once known: its lower-case
// unit (bits 8 and up) and whether that is a letter, so that a text's words
// are read lower-cased without lower-casing it. Left unknown (0), so looked at
// on every sight, are surrogates (a pair is read whole) and the two units
// whose lower case is not one unit of their own (İ, and Σ, which depends on its neighbours).
const LETTER_UNIT = 1;
const NOT_LETTER = 2;
/** A letter of two units (a surrogate pair), lower-cased by the caller; only wordUnit says so. */
const LETTER_PAIR = 3;
/** The text has İ or Σ: it is lower-cased first. */
const NOT_READABLE = -1;
const wordUnits = new Int32Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  wordUnits[code] = (lower << 8) | ((lower >= 97 && lower <= 122) ? LETTER_UNIT : NOT_LETTER);
}

/** wordUnits of the unit at i (below text.length, reading code) when it is not kept there: kind | lower << 8, or NOT_READABLE. */
function wordUnit(text: string, i: number, code: number): number {
  if (code === 0x130 || code === 0x3a3) return NOT_READABLE;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    const lower = text.slice(i, i + 2).toLowerCase();
    if (!(classAt(lower, 0, lower.charCodeAt(0)) & LETTER)) return NOT_LETTER;
    return LETTER_PAIR;
  }
  const lower = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  const unit = (lower << 8) | (unitClass(lower) & LETTER ? LETTER_UNIT : NOT_LETTER);
  if (code < 0xd800 || code > 0xdfff) wordUnits[code] = unit;
  return unit;
}

/** Does text, lower-cased unit by unit, read word at start? (Its units there have been read: a stop word has no unit that is not kept.) */
function readsAt(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (wordUnits[text.charCodeAt(start + k)]! >> 8 !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Count the words of a text as /\p{L}+(?:['’]\p{L}+)?/gu finds them in its
 * lower-cased form, and the stop words of each language among them (into
 * counts); each word is hashed as it is read. Null when the text has to be
 * lower-cased first (İ or Σ; a lower-cased text never has).
 */
function countWords(text: string, counts: Int32Array): number | null {
  const length = text.length;
  let words = 0;
  let start = -1;
  let hash = 0;
  let afterApostrophe = false;
  for (let i = 0; i <= length; i++) {
    let code = 0;
    if (i < length) {
      code = text.charCodeAt(i);
      let unit = wordUnits[code]!;
      if (unit === 0 && (unit = wordUnit(text, i, code)) === NOT_READABLE) return null;
      const kind = unit & 3;
      if (kind !== NOT_LETTER) {
        if (start === -1) { start = i; hash = 0; afterApostrophe = false; }
        if (kind === LETTER_PAIR) {
          // Rare (letters outside the Basic Multilingual Plane): lower-cased here, as wordUnit tested it.
          const lower = text.slice(i, i + 2).toLowerCase();
          hash = (Math.imul((Math.imul(hash, 31) + lower.charCodeAt(0)) | 0, 31) + (lower.charCodeAt(1) | 0)) | 0;
          i++;
        } else hash = (Math.imul(hash, 31) + (unit >> 8)) | 0;
        continue;
      }
    }
    if (start === -1) continue;
    // One apostrophe joins two runs of letters ("l'équipe").
    if (!afterApostrophe && (code === 0x27 || code === 0x2019) && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      let unit = wordUnits[next]!;
      if (unit === 0 && (unit = wordUnit(text, i + 1, next)) === NOT_READABLE) return null;
      if ((unit & 3) !== NOT_LETTER) {
        hash = (Math.imul(hash, 31) + code) | 0;
        afterApostrophe = true;
        continue;
      }
    }
    words++;
    if (i - start <= longestStopWord) {
      for (let slot = hash & (STOP_SLOTS - 1), entry = stopSlots[slot]!; entry !== 0; slot = (slot + 1) & (STOP_SLOTS - 1), entry = stopSlots[slot]!) {
        const stop = stopEntries[entry - 1]!;
        if (stop.hash !== hash || stop.word.length !== i - start || !readsAt(text, start, stop.word)) continue;
        for (const index of stop.languages) counts[index]!++;
        break;
      }
    }
    start = -1;
  }
  return words;
}

/** What detectLanguage() read: the code, how sure, by which rule, and what it counted. */
export interface DetectedLanguage { code: string; confidence: number; rule: string; hits: number; words: number; runnerUp?: number; answer?: string }

/** The language of a text by script, then franc (stop words where franc cannot be loaded). */
export function detectLanguage(text: string): DetectedLanguage {
  const byScript = scriptLanguage(text);
  if (byScript) return byScript;
  // franc costs about as much as the rest of extraction: English, the language of most postings, is
  // settled by its stop words when they are many and no other language's come near.
  const counts = stopWordCounts(text);
  const byStopWords = stopWordAnswer(counts);
  if (clearly(byStopWords, 'en')) return byStopWords;
  // On a short text franc's trigrams say little (a few English lines read as French): stop words, where three or more
  // answer and the text writes no letter their language never writes.
  const short = text.length < SHORT_TEXT;
  const stated = short && byStopWords.code !== 'und' && !writesForeignLetters(text, byStopWords.code);
  // A close relative as runner-up (Norwegian after Danish) leaves it to franc and the tie-break.
  if (stated && byStopWords.hits >= SURE_HITS && !relativeRunnerUp(counts, byStopWords.code)) return byStopWords;
  const byFranc = francLanguage(text);
  if (!byFranc) return byStopWords;
  if (!short) return francAnswer(byFranc, text);
  // Fewer stop words stand unless franc, sure of itself, names another language ("un", "al": Italian read as Spanish).
  // Between relatives (Czech stop words, Slovak trigrams) the tie-break decides.
  if (stated && !closeGroupOf(byStopWords.code).includes(byFranc.code)) return byFranc.code !== 'und' && byFranc.code !== byStopWords.code && byFranc.margin >= NEAR_TIE ? francAnswer(byFranc, text) : byStopWords;
  // "Data engineer, Lisbon or remote. Spark, dbt.": trigrams of names and tool words read as French; English
  // stop words and none of any other language's, in a text that writes only English letters, say English.
  if (byFranc.code !== 'en' && englishAlone(counts, text)) return { code: 'en', confidence: 0.55, rule: 'language.english-stop-words', hits: counts.hits.get('en') ?? 0, words: counts.words, answer: byFranc.answer };
  // Names, tools and a date ("Middle Java developer Kyiv, Ukraine 2 November, 2020" read as French): no stop word of any
  // language, no letter beyond a-z and none of the language's own words is too little for trigrams to name another language
  // whose stop words we know; its role or contract words ("Softwareentwickler … Vollzeit", "Sviluppatore") are evidence.
  if (byFranc.code !== 'en' && counts.hits.has(byFranc.code) && noLanguageEvidence(counts, text) && !writesOwnWords(text, byFranc.code)) return { code: 'und', confidence: 0, rule: 'language.franc', hits: 0, words: counts.words, answer: byFranc.answer };
  // Nothing in a short text of Latin letters supports another language than English: no stop word of it or of a close
  // relative, none of its own role or contract words. franc's trigrams of names and tools ("Werkstudent Marketing München
  // Social Media" read as Catalan; a few lines as Afrikaans, Javanese, Esperanto or Turkmen, which have no tables) say "und".
  // Where that answer has no support, a close candidate whose own letters the text writes in lower case ("vývojář": ř
  // read as Serbian; "tam zamanlı": ı read as Tsonga), and no other candidate's, is the language.
  if (byFranc.code !== 'en' && !supported(byFranc.code, counts, text)) {
    const lettered = byFranc.candidates.filter((candidate) => candidate.code !== 'und' && writesOwnLetters(text, candidate.code) && !writesForeignLetters(text, candidate.code));
    if (lettered.length === 1) return { code: lettered[0]!.code, confidence: 0.55, rule: 'language.own-letters', hits: 0, words: counts.words, answer: byFranc.answer };
    if (byFranc.code !== 'und') return { code: 'und', confidence: 0, rule: 'language.franc', hits: 0, words: counts.words, answer: byFranc.answer };
  }
  // Close relatives within a hair of each other: letters and stop words decide, or "und" (language-tie.ts).
  const code = breakTie(text, byFranc.candidates, (candidate) => counts.hits.get(candidate) ?? 0);
  if (code === byFranc.code) return francAnswer(byFranc, text);
  if (code === 'und') return { code, confidence: 0, rule: 'language.tie-break', hits: 0, words: counts.words, answer: byFranc.answer };
  return { code, confidence: 0.6, rule: 'language.tie-break', hits: counts.hits.get(code) ?? 0, words: counts.words, answer: byFranc.answer };
}

/** Does a short text hold evidence of the language besides franc's trigrams: its or a relative's stop words or letters, its own words, or a script of its own? */
function supported(code: string, counts: { hits: Map<string, number> }, text: string): boolean {
  const group = closeGroupOf(code);
  if (group.some((member) => (counts.hits.get(member) ?? 0) > 0) || writesOwnWords(text, code)) return true;
  if (group.some((member) => writesOwnLetters(text, member))) return true;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (text.match(/\p{Script=Latin}/gu)?.length ?? 0) < letters / 2;
}

/** Do the stop words of a close relative of this language come second? */
function relativeRunnerUp(counts: { hits: Map<string, number> }, code: string): boolean {
  const group = closeGroupOf(code);
  const [, second] = [...counts.hits].sort((a, b) => b[1] - a[1]);
  return !!second && second[1] > 0 && second[0] !== code && group.includes(second[0]);
}

function francAnswer(byFranc: { code: string; answer: string }, text: string): DetectedLanguage {
  // franc's scores of close relatives sit within a percent of each other: length, not margin, says how sure it is.
  const confidence = byFranc.code === 'und' ? 0 : Math.min(0.95, 0.6 + text.length / 4000);
  return { code: byFranc.code, confidence, rule: 'language.franc', hits: 0, words: 0, answer: byFranc.answer };
}

/** A language its script settles (kana: ja), or null: a scan for the first character of such a script, then a count. */
function scriptLanguage(text: string): DetectedLanguage | null {
  let first = -1;
  for (let i = 0; i < text.length && first === -1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && classAt(text, i, code) >> SCRIPT_SHIFT) first = i;
  }
  if (first === -1) return null;
  // Letters and characters of each script, counted by code point in the text as written.
  let letters = 0;
  const scriptCounts = scriptLanguages.map(() => 0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const bits = classAt(text, i, code);
    if (bits & LETTER) letters++;
    if (bits >> SCRIPT_SHIFT) for (let s = 0; s < scriptCounts.length; s++) if (bits & (1 << (s + SCRIPT_SHIFT))) scriptCounts[s]!++;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  for (let s = 0; s < scriptLanguages.length; s++) {
    const count = scriptCounts[s]!;
    if (letters && count / letters > 0.15) return { code: scriptLanguages[s]![0], confidence: 0.9, rule: 'language.script', hits: count, words: letters };
  }
  return null;
}

/** Did the stop words name this language clearly: many of them, and no other language's near? */
export function clearly(detected: DetectedLanguage, code: string): boolean {
  return detected.code === code && detected.hits >= CLEAR_HITS && (detected.runnerUp ?? 0) * CLEAR_RATIO <= detected.hits;
}
const CLEAR_HITS = 12;
/** Shorter than this, a text is read by its stop words first. */
const SHORT_TEXT = 600;
const CLEAR_RATIO = 4;
/** On a short text, this many stop words answer without franc; fewer need franc to agree, or franc to be sure alone. */
const SURE_HITS = 3;

/** The language of a text by its stop words (where franc cannot be loaded; for English, before franc). */
export function stopWordLanguage(text: string): DetectedLanguage {
  return stopWordAnswer(stopWordCounts(text));
}

/** How many of the text's words are stop words of each language, and how many words it has. */
function stopWordCounts(text: string): { hits: Map<string, number>; words: number } {
  const counts = new Int32Array(stopSets.length);
  let words = countWords(text, counts);
  if (words === null) {
    counts.fill(0);
    words = countWords(text.toLowerCase(), counts)!;
  }
  return { hits: new Map(stopSets.map(([code], index) => [code, counts[index]!])), words };
}

function stopWordAnswer({ hits, words }: { hits: Map<string, number>; words: number }): DetectedLanguage {
  const scores = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  // Three stop words with a margin, or two with none of the runner-up's half as many (short pastes).
  if (!best || best[1] < 2 || (best[1] < 3 && second && best[1] < second[1] * 2) || (second && best[1] < second[1] * 1.25)) return { code: 'und', confidence: 0, rule: 'language.stop-words', hits: best?.[1] ?? 0, words };
  const margin = second ? 1 - second[1] / best[1] : 1;
  return { code: best[0], confidence: Math.min(0.95, 0.5 + margin / 2), rule: 'language.stop-words', hits: best[1], words, runnerUp: second?.[1] ?? 0 };
}
