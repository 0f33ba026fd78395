/**
 * The keyword automaton's packed transitions (match/packed-rows.ts, read with
 * failure steps) against its dense table, the plain layout they replace: the
 * same next state for every state and symbol, for every extractor's groups
 * and for generated ones; and the scan over generated groups against the
 * plain indexOf reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordGroup, keywordIndex, keywordsInPlain, keywordTransitions, MAX_KEYWORD_GROUPS, NO_FILTER_FORM } from '../src/extract/match/keywords.js';
import { packedCell, packRows } from '../src/extract/match/packed-rows.js';
import { ruleWords } from '../src/extract/match/rule-words.js';
import { extractorKeywordGroups } from '../src/extract/index.js';
import { propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(100);

/** The states and symbols where the two layouts disagree, as "state/symbol: dense packed". */
function disagreements(groups: Parameters<typeof keywordTransitions>[0]): string[] {
  const { states, width, dense, packed } = keywordTransitions(groups);
  const found: string[] = [];
  for (let state = 0; state < states; state++) {
    for (let symbol = 0; symbol < width; symbol++) {
      if (dense(state, symbol) !== packed(state, symbol)) found.push(`${state}/${symbol}: ${dense(state, symbol)} ${packed(state, symbol)}`);
    }
  }
  return found;
}

// Keywords from few letters, so keywords share prefixes and suffixes (long failure chains), with CJK and accents.
const keyword = fc.array(fc.constantFrom('a', 'b', 'ab', 'ba', 'é', 'の', '年', ' ', '-'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
const groups = fc.array(fc.array(keyword, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }).map((lists) => lists.map((words) => keywordGroup(words)));

describe('keyword automaton: packed transitions', () => {
  it('every extractor group: each state and symbol as the dense table', () => {
    expect(disagreements(extractorKeywordGroups)).toEqual([]);
  });

  it('generated groups: each state and symbol as the dense table', () => {
    fc.assert(fc.property(groups, (generated) => disagreements(generated).length === 0), { numRuns: RUNS });
  });

  it('generated groups: the scan finds what indexOf finds', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'B', 'é', 'É', 'の', '年', ' ', '-', 'x', 'İ'), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(fc.property(groups, fc.array(text, { minLength: 1, maxLength: 8 }), (generated, texts) => {
      const index = keywordIndex(generated);
      return texts.every((one) => index.scan(one) === keywordsInPlain(generated, one));
    }), { numRuns: RUNS });
  });
});

describe('keyword index: all 32 bits of a mask', () => {
  // Generated groups first, then distinct fillers up to the limit: the last groups take bits 30 and 31 (the sign bit).
  const fillers = (count: number) => Array.from({ length: count }, (_, i) => keywordGroup([`q${String.fromCharCode(97 + (i % 26))}${i}`]));
  const text = fc.array(fc.constantFrom('a', 'b', 'é', 'の', ' ', 'q', 'qa0', 'qz25', 'qf31', 'qe30', '3', '1', 'İ'), { maxLength: 24 }).map((parts) => parts.join(''));

  it('generated groups up to the limit: the scan finds what indexOf finds, the sign bit too', () => {
    fc.assert(fc.property(groups, fc.array(text, { minLength: 1, maxLength: 8 }), (generated, texts) => {
      const all = [...generated, ...fillers(MAX_KEYWORD_GROUPS - generated.length)];
      const index = keywordIndex(all);
      return texts.every((one) => index.scan(one) === keywordsInPlain(all, one));
    }), { numRuns: RUNS });
  });

  it('gives the last group the sign bit, answers every bit for a text with no filter form, and refuses one group more', () => {
    const all = fillers(MAX_KEYWORD_GROUPS);
    const index = keywordIndex(all);
    expect(index.bit(all[31]!)).toBe(1 << 31);
    expect(index.scan('x qf31 y') & index.bit(all[31]!)).not.toBe(0);
    expect(index.scan('x qe30 y')).toBe(1 << 30);
    expect(index.scan('İ')).toBe(NO_FILTER_FORM);
    for (const group of all) expect(NO_FILTER_FORM & index.bit(group)).toBe(index.bit(group));
    expect(() => keywordIndex(fillers(MAX_KEYWORD_GROUPS + 1))).toThrow(/at most 32 keyword groups/);
  });

  it('a rule-words scan (match/rule-words.ts) gives rules past 32 distinct groups no bit, and rules with the same words one bit', () => {
    const all = [...fillers(MAX_KEYWORD_GROUPS + 2), null, keywordGroup(['qa0'])];
    const words = ruleWords(all);
    expect(words.bits.slice(0, MAX_KEYWORD_GROUPS).every((bit) => bit !== 0)).toBe(true);
    expect(words.bits.slice(MAX_KEYWORD_GROUPS)).toEqual([0, 0, 0, words.bits[0]]);
    expect(words.scan('x qa0 y')).toBe(words.bits[0]);
    expect(words.scan('x qf31 y')).toBe(words.bits[31]);
  });
});

describe('packRows', () => {
  it('reads back every entry, and no entry where a row has none', () => {
    const width = 12;
    const row = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: width - 1 }), fc.integer({ min: 0, max: 0xffff })), { selector: ([column]) => column, maxLength: width });
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
      const table = packRows(rows, width);
      return rows.every((entries, index) => {
        const byColumn = new Map(entries);
        for (let column = 0; column < width; column++) if (packedCell(table, index, column) !== (byColumn.get(column) ?? -1)) return false;
        return true;
      });
    }), { numRuns: RUNS });
  });
});
