/**
 * The LSH grouping (groupDuplicates) is the fast path of comparing every
 * pair with the same key (groupAllPairs): fast-check builds corpora of
 * postings and lightly edited copies, and both must give the same groups.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupAllPairs, groupDuplicates, type DedupeEntry } from '../src/corpus/group.js';
import { signature } from '../src/corpus/minhash.js';

const VOCABULARY = 'build ship design review api service data team remote salary python rust go postgres kafka customers stores orders forecasts design notes mentor engineers reliability alerts batch jobs pipeline schema queries migrations events streams holiday budget europe office hybrid'.split(' ');

const word = fc.constantFrom(...VOCABULARY);
const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'insert', 'delete'), word });
const posting = fc.record({
  key: fc.constantFrom('acme\u0001backend engineer', 'acme\u0001designer', 'globex\u0001backend engineer', null),
  words: fc.array(word, { minLength: 5, maxLength: 80 }),
  copies: fc.array(fc.array(edit, { maxLength: 6 }), { maxLength: 3 }),
});

function applyEdits(words: string[], edits: Array<{ at: number; kind: string; word: string }>): string[] {
  const out = [...words];
  for (const { at, kind, word: w } of edits) {
    const i = at % (out.length + 1);
    if (kind === 'insert') out.splice(i, 0, w);
    else if (kind === 'delete' && out.length > 1) out.splice(Math.min(i, out.length - 1), 1);
    else out[Math.min(i, out.length - 1)] = w;
  }
  return out;
}

function entry(index: number, key: string | null, text: string): DedupeEntry {
  return { index, id: `r${index}`, path: `p${index}`, key, fingerprint: text, signature: signature(text), datePosted: null, salary: [], apply: [], filled: 0 };
}

describe('dedupe: LSH banding against all pairs', () => {
  it('finds the same groups', () => {
    fc.assert(
      fc.property(fc.array(posting, { maxLength: 12 }), (postings) => {
        const entries: DedupeEntry[] = [];
        for (const p of postings) {
          entries.push(entry(entries.length, p.key, p.words.join(' ')));
          for (const edits of p.copies) entries.push(entry(entries.length, p.key, applyEdits(p.words, edits).join(' ')));
        }
        expect(groupDuplicates(entries)).toEqual(groupAllPairs(entries));
      }),
      { numRuns: 300, seed: 19 },
    );
  });

  it('never groups the same text under two keys', () => {
    const text = 'we build forecasting software for regional grocery chains and ship it every week';
    expect(groupDuplicates([entry(0, 'a\u0001b', text), entry(1, 'a\u0001c', text)])).toEqual([]);
  });

  it('groups an exact copy and keeps a record without a title alone', () => {
    const text = 'we build forecasting software for regional grocery chains and ship it every week';
    const groups = groupDuplicates([entry(0, 'a\u0001b', text), entry(1, 'a\u0001b', text), entry(2, null, text)]);
    expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([['r0', 'r1']]);
  });
});
