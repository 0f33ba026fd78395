/**
 * The per-posting line forms (and the posting's domains, kept on the context like them) (src/extract/match/line-forms.ts) and the
 * whole-text searches built on them against their plain readings, line by
 * line: on generated lines (case changes, final sigma, İ, ſ, CJK, astral
 * letters, stray line breaks) and on each file of the corpus (skipped, with
 * the reason, when ../shared is absent).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactForm, LineForms, withoutAccents } from '../src/extract/match/line-forms.js';
import type { TextLine } from '../src/extract/context.js';
import { plainLine } from '../src/extract/plain-line.js';
import { joinedIncludes, someLineIncludes } from '../src/extract/text.js';
import { domainsIn, domainsOf, mayHoldObfuscatedAddress } from '../src/extract/company-domain.js';
import { OBFUSCATED_AT_KEYWORDS, SPELLED_DOT_KEYWORDS } from '../src/extract/apply-address.js';
import { CORPUS, itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(300);
const PIECES = ['Acme', 'SpareBank 1', 'ΣΟΦΙΑ', 'Σ', 'ς', 'İstanbul', 'ſ', 'ß', 'Café', 'Chełmno', 'が', 'の', '株式会社', '😀', '𝐀', ' ', '  ', '-', '.', '@', '\n', '\r', 'x', 'É', ...OBFUSCATED_AT_KEYWORDS.slice(0, 6), ...SPELLED_DOT_KEYWORDS.slice(0, 6), ' at '];
const lineText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), { maxLength: 10 }).map((pieces) => pieces.join(''));
const linesOf = fc.array(lineText, { maxLength: 8 });
const textLines = (texts: readonly string[]): TextLine[] => texts.map((text, index) => ({ text, plain: plainLine(text), line: index + 1 }));

/** Every line-forms property, for one posting's lines. */
function checkForms(texts: readonly string[], phrases: readonly string[]): void {
  const lines = textLines(texts);
  const forms = new LineForms(lines);
  expect(forms.plainLowerText).toBe(lines.map((line) => line.plain.toLowerCase()).join('\n'));
  expect(forms.textLowerText).toBe(lines.map((line) => line.text.toLowerCase()).join('\n'));
  expect(forms.compactLines).toEqual(lines.map((line) => compactForm(line.plain)));
  // What a line holds, the joined text holds: the whole-text tests only refuse.
  for (const [index, compact] of forms.compactLines.entries()) if (compact) expect(forms.compactText.includes(compact), `line ${index + 1}`).toBe(true);
  // The lines without accents are each line's compact form without them, and the joined text holds each.
  expect(forms.foldedCompactLines).toEqual(lines.map((line) => withoutAccents(compactForm(line.plain))));
  for (const [index, folded] of forms.foldedCompactLines.entries()) if (folded) expect(forms.foldedCompactText.includes(folded), `folded line ${index + 1}`).toBe(true);
  if (lines.some((line) => mayHoldObfuscatedAddress(line.text))) expect(mayHoldObfuscatedAddress(forms.textLowerText)).toBe(true);
  const lower = lines.map((line) => line.plain.toLowerCase());
  const joined = lower.join('\n');
  for (const phrase of phrases) expect(joinedIncludes(joined, lower, phrase), phrase).toBe(someLineIncludes(lower, phrase));
}

describe('line forms equal their line-by-line readings', () => {
  it('on generated lines', () => {
    fc.assert(fc.property(linesOf, fc.array(lineText.map((text) => text.toLowerCase()), { maxLength: 4 }), (texts, phrases) => {
      checkForms(texts, [...phrases, 'acme', 'sparebank', 'σοφια', 'x\nx', '\n']);
    }), { numRuns: RUNS });
  });

  it('on a plain line holding a line break of its own (the parts would shift)', () => {
    const lines: TextLine[] = [{ text: 'a', plain: 'Acme\nCorp', line: 1 }, { text: 'b', plain: 'Beta', line: 2 }];
    expect(new LineForms(lines).compactLines).toEqual(['acmecorp', 'beta']);
  });

  itShared('on every file of the corpus', () => {
    const files = readdirSync(CORPUS).filter((name) => /^\d{3}-/.test(name));
    expect(files.length).toBeGreaterThan(50);
    for (const name of files) {
      const texts = readFileSync(path.join(CORPUS, name), 'utf8').slice(0, 200_000).split(/\r?\n/).filter((line) => line.trim());
      checkForms(texts, ['we are hiring', 'no open positions', 'phone screen', '{{ job.']);
    }
  }, 120_000);
});

describe('the posting\'s domains are read once and kept on the context', () => {
  const ADDRESS = ['jobs@acme.io', 'hr@sparebank1.no', 'info@example.com', 'jobs at fernway dot io', 'https://www.variant.se', 'https://jobs.lever.co/acme', ' '];
  const addressLine = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...ADDRESS)), { maxLength: 8 }).map((pieces) => pieces.join(''));
  it('on generated lines, links and front matter: the kept answer is the fresh reading, and the second ask is the first answer', () => {
    fc.assert(fc.property(fc.array(addressLine, { maxLength: 6 }), fc.array(fc.constantFrom(...ADDRESS), { maxLength: 3 }), (texts, urls) => {
      const text = textLines(texts);
      const ctx = { text, links: urls.map((url, index) => ({ url, text: 'Apply', line: index + 1 })), frontmatterStrings: urls.map((url) => ({ key: 'url', text: url, line: 1 })) };
      const kept = domainsOf(ctx);
      expect(kept).toEqual(domainsIn({ text, links: ctx.links, frontmatterStrings: ctx.frontmatterStrings }));
      expect(domainsOf(ctx)).toBe(kept);
    }), { numRuns: RUNS });
  });
});
