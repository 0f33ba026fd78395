/**
 * Prefilters against their plain readings, with the phrases that lower-case
 * unlike they fold (Greek "τηλεργασία") among them: such a phrase once turned
 * a whole prefilter off for every line. The remote policy: the phrase scan
 * (policyWeights) equals the per-class tests, and a body line the keyword
 * scan finds none of POLICY_KEYWORDS in (remote.ts skips it) yields no
 * signal when read anyway. Employment: a line or sentence its prefilters skip
 * holds no free word. On generated text and on every corpus line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusLines, textsOf } from './matcher-texts.js';
import { CORPUS, itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';
import { policyWeights, policyWeightsByClass } from '../src/extract/match/policy.js';
import { keywordIndex } from '../src/extract/match/keywords.js';
import { extractorKeywordGroups } from '../src/extract/index.js';
import { phraseSignals, POLICY_KEYWORDS, type Signal } from '../src/extract/remote-phrases.js';
import { escapeRegExp, filterable, filterableCore, filterForm } from '../src/extract/text.js';
import { anywhereValues, remotePhrases, remoteShareWords } from '../src/extract/tables/remote.js';
import { employmentLabelOnly, employmentWords, employmentWordsCjk } from '../src/extract/tables/employment.js';
import { FREE_WORDS, mayHaveFreeWord } from '../src/extract/employment.js';
import { phraseAnywhere, phraseFinder } from '../src/extract/match/phrases.js';

const RUNS = propertyRuns(200);
const phrases = Object.values(remotePhrases).flat().map(([phrase]) => phrase);
const unfilterable = phrases.filter((phrase) => !filterable(phrase));
// Greek letters and the characters that fold to them though they lower-case to themselves (ͅ to ι, ϐ to β, ς to σ).
const GREEK_NOISE = ['ι', 'Ι', '\u0345', '\u1fbe', 'σ', 'ς', 'Σ', 'μ', 'µ', 'ϐ', 'β', 'ΐ', 'ά', 'ί', ' ', '  ', '.', 'x', 'İ', 'ſ', '\n'];
const NOISE = [...GREEK_NOISE, '100%', '40 %', '2', '3 days a week', 'in the office', 'week', '週2日', '出社', '주 2일', '재택', 'Role is ', 'This position is ', 'no ', 'not ', '(', ')', ',', 'hybrid cloud'];
const equivalents = new Map<string, string[]>();
/** Every BMP character that a case-insensitive Unicode pattern of `ch` matches (ι: ι, Ι, ͅ, ι). */
const foldsLike = (ch: string): string[] => {
  let found = equivalents.get(ch);
  if (!found) {
    const pattern = new RegExp(`^${escapeRegExp(ch)}$`, 'iu');
    found = [];
    for (let code = 0; code < 0x10000; code++) if ((code < 0xd800 || code > 0xdfff) && pattern.test(String.fromCharCode(code))) found.push(String.fromCharCode(code));
    equivalents.set(ch, found);
  }
  return found;
};
const weightsOf = (text: string, fast: boolean) => {
  const weights = { remote: 0, hybrid: 0, onsite: 0 };
  if (fast) policyWeights(text, filterForm(text), weights);
  else policyWeightsByClass(text, null, weights);
  return weights;
};
const keywords = keywordIndex(extractorKeywordGroups);
const policyBit = keywords.bit(POLICY_KEYWORDS);
/** What remote.ts does with a body line: skip it when its keyword mask has no policy keyword, else read its signals. */
const signalsOf = (text: string, prefiltered: boolean): Signal[] => {
  const signals: Signal[] = [];
  if (!prefiltered || (keywords.scan(text) & policyBit) !== 0) phraseSignals(text, 1, 'text.phrase', 0, signals);
  return signals;
};

describe('remote policy prefilters with phrases that fold unlike they lower-case', () => {
  it('has such phrases, each with a filterable core, and the line prefilter is on', () => {
    expect(unfilterable.length).toBeGreaterThan(0);
    for (const phrase of unfilterable) expect(filterableCore(phrase).length, phrase).toBeGreaterThan(0);
    expect(POLICY_KEYWORDS).not.toBeNull();
    expect(policyBit).not.toBe(0);
  });

  it('a phrase matched case-insensitively leaves its core in the filter form, or no filter form', () => {
    // The phrase written with any character its case-insensitive pattern matches in place of each of its own.
    // Mostly characters that leave the text a filter form (ͅ for ι), where the core must then be found.
    const spelledLike = (ch: string) => {
      const kept = foldsLike(ch).filter((like) => filterable(like));
      return kept.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...kept) }, { weight: 1, arbitrary: fc.constantFrom(...foldsLike(ch)) }) : fc.constantFrom(...foldsLike(ch));
    };
    const spellings = fc.constantFrom(...unfilterable).chain((phrase) => fc.tuple(...[...phrase].map(spelledLike)).map((chars) => ({ phrase, text: chars.join('') })));
    fc.assert(fc.property(spellings, textsOf(GREEK_NOISE, [' ']), textsOf(GREEK_NOISE, [' ']), ({ phrase, text: written }, before, after) => {
      const text = `${before}${written}${after}`;
      expect(new RegExp(escapeRegExp(phrase), 'iu').test(text)).toBe(true);
      const form = filterForm(text);
      if (form !== null) expect(form.includes(filterableCore(phrase)), text).toBe(true);
    }), { numRuns: RUNS });
  });

  it('policyWeights (one scan, the rest by their cores) equals the per-class tests', () => {
    fc.assert(fc.property(textsOf([...unfilterable, ...unfilterable.map(filterableCore), ...phrases], NOISE, { random: true, maxLength: 10 }), (text) => {
      expect(weightsOf(text, true)).toEqual(weightsOf(text, false));
    }), { numRuns: RUNS });
  });

  it('a line without a policy keyword yields no signal (generated text)', () => {
    const vocabulary = [...phrases, ...remoteShareWords, ...anywhereValues, ...unfilterable.map(filterableCore)];
    fc.assert(fc.property(textsOf(vocabulary, NOISE, { random: true, maxLength: 10 }), (text) => {
      expect(signalsOf(text, true)).toEqual(signalsOf(text, false));
    }), { numRuns: RUNS });
  });

  itShared('a line without a policy keyword yields no signal (every corpus line)', () => {
    let skipped = 0;
    for (const line of corpusLines()) {
      if ((keywords.scan(line) & policyBit) !== 0) continue;
      skipped++;
      const signals = signalsOf(line, false);
      if (signals.length) expect(signals, line.slice(0, 80)).toEqual([]);
    }
    // Most lines hold no policy word: the prefilter must skip them.
    expect(skipped).toBeGreaterThan(1000);
  }, 120_000);
});

// Employment's free words (employment.ts) are prefiltered the same way: by the line keyword group FREE_WORDS, then per sentence by mayHaveFreeWord.
const freeWords = employmentWords.map(([word]) => word).filter((word) => !employmentLabelOnly.has(word));
const cjkEmploymentWords = employmentWordsCjk.map(([word]) => word);
const freeFinder = phraseFinder(freeWords);
const cjkFinder = phraseAnywhere(cjkEmploymentWords);
const freeBit = keywords.bit(FREE_WORDS);
/** What the free-text reading can find in a text: its free words and CJK employment words. */
const freeHits = (text: string) => [freeFinder.find(text), cjkFinder.find(text)];
const NONE = [null, null];

describe('employment free-word prefilters with words that fold unlike they lower-case', () => {
  it('the line prefilter is on', () => {
    expect(freeWords.some((word) => !filterable(word))).toBe(true);
    expect(FREE_WORDS).not.toBeNull();
  });

  it('a text the prefilters skip holds no free word (generated text)', () => {
    const unfilterableWords = freeWords.filter((word) => !filterable(word));
    fc.assert(fc.property(textsOf([...freeWords, ...cjkEmploymentWords, ...unfilterableWords, ...unfilterableWords.map(filterableCore)], NOISE, { random: true, maxLength: 8 }), (text) => {
      if ((keywords.scan(text) & freeBit) === 0) expect(freeHits(text)).toEqual(NONE);
      if (!mayHaveFreeWord(filterForm(text))) expect(freeFinder.find(text)).toBeNull();
    }), { numRuns: RUNS });
  });

  itShared('a text the prefilters skip holds no free word (every corpus line)', () => {
    for (const line of corpusLines()) {
      if ((keywords.scan(line) & freeBit) === 0 && freeHits(line).some((hit) => hit !== null)) expect(freeHits(line), line.slice(0, 80)).toEqual(NONE);
      if (!mayHaveFreeWord(filterForm(line)) && freeFinder.find(line) !== null) expect(freeFinder.find(line), line.slice(0, 80)).toBeNull();
    }
  }, 120_000);
});
