/**
 * Language as a BCP 47 code: the front matter's lang/language/locale when it
 * is a plausible code, else a script (kana -> ja) or a count of stop words
 * per language (tables/languages.ts). Too little text, or no clear winner,
 * gives "und" (undetermined), not a guess.
 */
import { cite, frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';
import { scriptLanguages, stopWords } from './tables/languages.js';
import { wordHash } from './text.js';

const stopSets = Object.entries(stopWords).map(([code, words]) => [code, new Set(words.split(/\s+/))] as const);

// Which languages (indexes into stopSets) list each stop word, by the word's hash: a text's words are looked up once, not once per language.
const STOP_BUCKETS = 1024;
const stopBuckets: Array<Array<{ word: string; languages: number[] }> | undefined> = new Array(STOP_BUCKETS);
stopSets.forEach(([, set], index) => {
  for (const word of set) {
    const bucket = (stopBuckets[wordHash(word) & (STOP_BUCKETS - 1)] ??= []);
    const entry = bucket.find((e) => e.word === word);
    if (entry) entry.languages.push(index);
    else bucket.push({ word, languages: [index] });
  }
});
// A longer word is no stop word: it is not looked up.
const longestStopWord = Math.max(...stopSets.flatMap(([, set]) => [...set].map((word) => word.length)));

// Any character of a script that settles the language: a text without one is not counted by script.
const ANY_SCRIPT = new RegExp(scriptLanguages.map(([, pattern]) => pattern.source).join('|'), 'u');
// What a character is, computed on first sight and kept per UTF-16 unit:
// bit 0 "known", bit 1 a letter (\p{L}), bit 2 + i matches scriptLanguages[i].
const KNOWN = 1;
const LETTER = 2;
const SCRIPT_SHIFT = 2;
const scriptTests = scriptLanguages.map(([, pattern]) => new RegExp(pattern.source, pattern.flags.replace('g', '')));
const unitClasses = new Uint16Array(0x10000);
const pairClasses = new Map<string, number>();

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
      const pair = text.slice(i, i + 2);
      let bits = pairClasses.get(pair);
      if (bits === undefined) pairClasses.set(pair, (bits = classOf(pair)));
      return bits;
    }
  }
  let bits = unitClasses[code]!;
  if (bits === 0) unitClasses[code] = bits = classOf(String.fromCharCode(code));
  return bits;
}

/** The number of UTF-16 units of the letter at i, or 0 when there is none. */
function letterWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (!(classAt(text, i, code) & LETTER)) return 0;
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/** Set language as a BCP 47 code, or leave "und" when the text does not say. */
export function extractLanguage(ctx: ExtractContext): void {
  const declared = frontmatterValue(ctx, ['lang', 'language', 'locale', 'inLanguage']);
  if (declared && typeof declared.value === 'string' && /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(declared.value.trim())) {
    ctx.fields.language = declared.value.trim().replace('_', '-');
    cite(ctx, 'language', frontmatterLine(ctx, declared.key), `frontmatter.${declared.key}`, declared.value, 0.95);
    return;
  }
  const text = [ctx.fields.title ?? '', ...ctx.text.map((l) => l.plain)].join('\n');
  const detected = detectLanguage(text.length > 2000 || ctx.text.length ? text : [text, ...ctx.frontmatterStrings.map((f) => f.text)].join('\n'));
  if (detected.code !== 'und') {
    ctx.fields.language = detected.code;
    cite(ctx, 'language', ctx.text[0]?.line ?? 1, detected.rule, `${detected.hits} stop words of ${detected.words}`, detected.confidence);
  }
}

/** The language of a text by script and stop words: {code, confidence}. */
export function detectLanguage(text: string): { code: string; confidence: number; rule: string; hits: number; words: number } {
  // Letters and characters of each script, counted by code point, when the text has any such character.
  if (ANY_SCRIPT.test(text)) {
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
  }
  // Words as /\p{L}+(?:['’]\p{L}+)?/gu finds them in the lower-cased text, each hashed as it is read.
  const lower = text.toLowerCase();
  const counts = stopSets.map(() => 0);
  let words = 0;
  for (let i = 0; i < lower.length;) {
    let width = letterWidth(lower, i);
    if (!width) { i++; continue; }
    const start = i;
    let hash = 0;
    while (width) {
      hash = (Math.imul(hash, 31) + lower.charCodeAt(i)) | 0;
      if (width === 2) hash = (Math.imul(hash, 31) + lower.charCodeAt(i + 1)) | 0;
      i += width;
      width = letterWidth(lower, i);
    }
    const apostrophe = lower.charCodeAt(i);
    if ((apostrophe === 0x27 || apostrophe === 0x2019) && (width = letterWidth(lower, i + 1))) {
      hash = (Math.imul(hash, 31) + apostrophe) | 0;
      i++;
      while (width) {
        hash = (Math.imul(hash, 31) + lower.charCodeAt(i)) | 0;
        if (width === 2) hash = (Math.imul(hash, 31) + lower.charCodeAt(i + 1)) | 0;
        i += width;
        width = letterWidth(lower, i);
      }
    }
    words++;
    const bucket = i - start <= longestStopWord ? stopBuckets[hash & (STOP_BUCKETS - 1)] : undefined;
    if (bucket) {
      for (const { word, languages } of bucket) {
        if (word.length === i - start && lower.startsWith(word, start)) for (const index of languages) counts[index]!++;
      }
    }
  }
  const scores = stopSets.map(([code], index) => [code, counts[index]!] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  // Three stop words with a margin, or two with none of the runner-up's half as many (short pastes).
  if (!best || best[1] < 2 || (best[1] < 3 && second && best[1] < second[1] * 2) || (second && best[1] < second[1] * 1.25)) return { code: 'und', confidence: 0, rule: 'language.stop-words', hits: best?.[1] ?? 0, words };
  const margin = second ? 1 - second[1] / best[1] : 1;
  return { code: best[0], confidence: Math.min(0.95, 0.5 + margin / 2), rule: 'language.stop-words', hits: best[1], words };
}
