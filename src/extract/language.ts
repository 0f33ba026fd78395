/**
 * Language as a BCP 47 code: the front matter's lang/language/locale when it
 * is a plausible code, else a script (kana -> ja) or a count of stop words
 * per language (tables/languages.ts). Too little text, or no clear winner,
 * gives "und" (undetermined), not a guess.
 */
import { cite, frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';
import { scriptLanguages, stopWords } from './tables/languages.js';

const stopSets = Object.entries(stopWords).map(([code, words]) => [code, new Set(words.split(/\s+/))] as const);
// Which languages (indexes into stopSets) list each stop word: a text's words are looked up once, not once per language.
const stopIndex = new Map<string, number[]>();
stopSets.forEach(([, set], index) => {
  for (const word of set) stopIndex.set(word, [...(stopIndex.get(word) ?? []), index]);
});

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
  // Letters counted by code point: a run's length, less one for each astral letter (a surrogate pair).
  let letters = 0;
  for (const run of text.match(/\p{L}+/gu) ?? []) {
    letters += run.length;
    for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 0xd800 && run.charCodeAt(i) <= 0xdbff) letters--;
  }
  for (const [code, pattern] of scriptLanguages) {
    const count = (text.match(pattern) ?? []).length;
    if (letters && count / letters > 0.15) return { code, confidence: 0.9, rule: 'language.script', hits: count, words: letters };
  }
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const counts = stopSets.map(() => 0);
  for (const word of words) for (const index of stopIndex.get(word) ?? []) counts[index]!++;
  const scores = stopSets.map(([code], index) => [code, counts[index]!] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  // Three stop words with a margin, or two with none of the runner-up's half as many (short pastes).
  if (!best || best[1] < 2 || (best[1] < 3 && second && best[1] < second[1] * 2) || (second && best[1] < second[1] * 1.25)) return { code: 'und', confidence: 0, rule: 'language.stop-words', hits: best?.[1] ?? 0, words: words.length };
  const margin = second ? 1 - second[1] / best[1] : 1;
  return { code: best[0], confidence: Math.min(0.95, 0.5 + margin / 2), rule: 'language.stop-words', hits: best[1], words: words.length };
}
