/**
 * boundedAlternation() (one lookaround pair around each run of bounded words,
 * #18's compiled-pattern memory) against the form it replaced, one pair per
 * branch, kept here: every match, in order, on generated text and on every
 * line of the corpus, for the tables built with it and for generated tables.
 * And atMost() (a repeat with an empty alternative, compiled once) against the
 * plain (?:body){0,n}: generated bodies, and the two patterns built with it,
 * on generated text and every corpus line.
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { corpusLines, textsOf } from './matcher-texts.js';
import { describe, expect, it } from 'vitest';
import { atMost, boundedAlternation, type Boundaries } from '../src/extract/match/bounded.js';
import { BODY_RULES } from '../src/extract/company-rules.js';
import { LEAD_IN } from '../src/extract/title-clean.js';
import { foundedWords } from '../src/extract/tables/companies.js';
import { escapeRegExp } from '../src/extract/text.js';
import { vacancyIntroWords } from '../src/split/tables.js';
import { jobsHeadingWords } from '../src/extract/tables/not-posting.js';
import { applyLinkTexts } from '../src/extract/tables/apply.js';
import { CORPUS } from './helpers.js';
import { deepOr, propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(150);

/** The form before: the boundaries written into every bounded branch. */
function perBranchAlternation(words: readonly string[], isBounded: (word: string) => boolean, { before, after }: Boundaries): string {
  return words.map((word) => (isBounded(word) ? `${before}${escapeRegExp(word)}${after}` : escapeRegExp(word))).join('|');
}

const WHOLE: Boundaries = { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}])' };
const ENDS: Boundaries = { before: '', after: '(?![\\p{L}\\p{N}])' };
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const notCjk = (word: string) => !CJK.test(word);
const notKana = (word: string) => !/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(word);

interface Table { name: string; words: readonly string[]; isBounded: (word: string) => boolean; boundaries: Boundaries; wrap: (source: string) => string }
// As the patterns of src/split/role-list.ts (VACANCY_INTRO), src/extract/posting-kind.ts (JOBS_HEADING) and src/extract/apply.ts (APPLY_LINK_TEXT) are built.
const TABLES: Table[] = [
  { name: 'vacancy intro', words: Object.values(vacancyIntroWords).flat(), isBounded: notCjk, boundaries: WHOLE, wrap: (source) => source },
  { name: 'jobs heading', words: Object.values(jobsHeadingWords).flat(), isBounded: notCjk, boundaries: WHOLE, wrap: (source) => source },
  { name: 'apply link text', words: applyLinkTexts, isBounded: notKana, boundaries: ENDS, wrap: (source) => `^(?:${source})` },
];

/** Every match of the source, as [index, text], with the `giu` flags (the tables' patterns use `iu`: their first match is the first of these). */
function matchesOf(source: string, text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(source, 'giu'))].map((match) => [match.index!, match[0]]);
}

const NOISE = [' ', '', 'x', 'é', 'の', '-', '.', '5', 'İ', 'ſ', 'Σ', '\u00A0', '募集', 'работа', '😀', '_'];
const corpusReason = existsSync(CORPUS) ? '' : `${CORPUS} is absent`;
if (corpusReason) process.stderr.write(`skipped the corpus half of the bounded-alternation test: ${corpusReason}\n`);
/** Every corpus line, read once for all the tests below. */
const CORPUS_LINES = corpusReason ? [] : corpusLines();

describe('boundedAlternation: the per-branch form\'s matches with one lookaround pair per run', () => {
  for (const table of TABLES) {
    const shared = table.wrap(boundedAlternation(table.words, table.isBounded, table.boundaries));
    const perBranch = table.wrap(perBranchAlternation(table.words, table.isBounded, table.boundaries));

    it(`${table.name}: is shorter than the per-branch form, and the same matches on generated text`, () => {
      expect(shared.length).toBeLessThan(perBranch.length);
      fc.assert(fc.property(textsOf(table.words, NOISE), (text) => {
        expect(matchesOf(shared, text)).toEqual(matchesOf(perBranch, text));
      }), { numRuns: RUNS });
    });

    it.skipIf(corpusReason !== '')(`${table.name}: the same matches on every corpus line`, () => {
      const sharedPattern = new RegExp(shared, 'giu');
      const perBranchPattern = new RegExp(perBranch, 'giu');
      // Both forms match only where one of the words does, with the same flags: by default only the lines that hold
      // one are compared (the same matches, 112 and 363 for the first two tables, at a tenth of the CPU); every line
      // under `npm run test:deep`, where a broken form that matched text outside its words would show too.
      const holdsAWord = new RegExp(table.words.map(escapeRegExp).join('|'), 'iu');
      for (const line of deepOr(CORPUS_LINES.filter((text) => holdsAWord.test(text)), CORPUS_LINES)) {
        const got = [...line.matchAll(sharedPattern)].map((match) => [match.index, match[0]]);
        const want = [...line.matchAll(perBranchPattern)].map((match) => [match.index, match[0]]);
        // One expect per difference, not per line: an expect costs more than both patterns on a line (13,000 lines).
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, line).toEqual(want);
      }
    });
  }

  // Generated tables: bounded and bare words interleaved, words that are prefixes of others, CJK and punctuation.
  const WORD_PIECES = ['job', 'jobs', 'open', ' ', 'roles', 'é', '-', '.', '(', 'e', ')', '募集', '採用', 'İ', 'работа', 'a', '1'];
  const generatedWord = fc.array(fc.constantFrom(...WORD_PIECES), { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));
  const generatedTable = fc.array(fc.record({ word: generatedWord, bounded: fc.boolean() }), { minLength: 1, maxLength: 8 });

  it('generated tables: the same matches on generated text, for both kinds of boundaries', () => {
    fc.assert(fc.property(generatedTable, fc.constantFrom(WHOLE, ENDS), fc.array(fc.constantFrom(...WORD_PIECES, ...NOISE), { maxLength: 12 }), (table, boundaries, pieces) => {
      const bounded = new Set(table.filter((entry) => entry.bounded).map((entry) => entry.word));
      const words = table.map((entry) => entry.word);
      const isBounded = (word: string) => bounded.has(word);
      const text = pieces.join('');
      expect(matchesOf(boundedAlternation(words, isBounded, boundaries), text)).toEqual(matchesOf(perBranchAlternation(words, isBounded, boundaries), text));
    }), { numRuns: RUNS * 4 });
  });

  it('keeps the table order across runs: a bare word between bounded ones still wins where it comes first', () => {
    const words = ['job', '募集', 'jobs'];
    const source = boundedAlternation(words, notCjk, WHOLE);
    expect(source).toBe('(?<![\\p{L}\\p{N}])(?:job)(?![\\p{L}\\p{N}])|募集|(?<![\\p{L}\\p{N}])(?:jobs)(?![\\p{L}\\p{N}])');
    expect(matchesOf(source, 'Jobs, jobsite, 募集中, job')).toEqual([[0, 'Jobs'], [15, '募集'], [20, 'job']]);
  });
});

/** Every match of the pattern's source with the `g` flag added, whole exec arrays (captures too). */
function execsOf(source: string, flags: string, text: string): unknown[] {
  return [...text.matchAll(new RegExp(source, `${flags}g`))].map((match) => [match.index, ...match]);
}

describe('atMost: (?:body){0,n} compiled once, the same matches', () => {
  const BODY_PIECES = ['\\s+', '[\\p{L}\\p{N}]+', 'a', 'ab', '(?:un|une)', '(b)', 'x?', '\\d*', '[ -]'];
  const body = fc.array(fc.constantFrom(...BODY_PIECES), { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(''));
  const TEXT_PIECES = ['a', 'ab', 'b', ' ', '  ', 'un', 'une', 'x', '1', '-', 'é', 'z', '😀'];

  it('generated bodies, repeats and text: every match, captures too', () => {
    fc.assert(fc.property(body, fc.integer({ min: 1, max: 4 }), fc.constantFrom('', 'z', '$'), fc.constantFrom('u', 'iu'), fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 12 }), (repeated, max, after, flags, pieces) => {
      const text = pieces.join('');
      expect(execsOf(`${atMost(repeated, max)}${after}`, flags, text)).toEqual(execsOf(`(?:${repeated}){0,${max}}${after}`, flags, text));
    }), { numRuns: RUNS * 4 });
  });

  // The two patterns built with it, against their sources before (the repeats written out again).
  const founded = BODY_RULES.find((rule) => rule.rule === 'body.founded')!.pattern;
  const patterns: Array<[string, RegExp, string, readonly string[]]> = [
    ['company: founded', founded, founded.source.replaceAll(atMost(String.raw`\s+[\p{L}\p{N}]+`, 3), String.raw`(?:\s+[\p{L}\p{N}]+){0,3}`), Object.values(foundedWords).flat()],
    ['title: lead-ins', LEAD_IN, LEAD_IN.source.replace(/\(\?:(\\s\+\(\?:[^()]*(?:\([^()]*\)[^()]*)*\))\|\)\{0,3\}/g, '(?:$1){0,3}'), ['we are looking for', 'wir suchen', 'nous recherchons', 'un(e)', 'une', 'eine*n', 'a', 'an', 'our next']],
  ];
  for (const [name, pattern, before, words] of patterns) {
    it(`${name}: the source before differs only in its repeats`, () => {
      expect(before).not.toBe(pattern.source);
      expect(before.replace(/\{0,3\}/g, '')).toBe(pattern.source.replace(/\|\)\{0,3\}/g, ')'));
    });
    it(`${name}: the same matches on generated text`, () => {
      const pieces = [...words, ...words.map((word) => word.toUpperCase()), 'Acme', 'Acme GmbH', 'The', ' ', '  ', ', ', '. ', 'in 2015', 'Berlin', 'é', '1', 'Developer'];
      fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join(' ');
        expect(execsOf(pattern.source, pattern.flags, text)).toEqual(execsOf(before, pattern.flags, text));
      }), { numRuns: RUNS });
    });
    it.skipIf(corpusReason !== '')(`${name}: the same matches on every corpus line`, () => {
      for (const line of CORPUS_LINES) {
        const [got, want] = [execsOf(pattern.source, pattern.flags, line), execsOf(before, pattern.flags, line)];
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, line).toEqual(want);
      }
    });
  }
});
