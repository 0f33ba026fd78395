/**
 * The bundles' text in ASCII (#18, peak memory: V8 keeps a script's source for the run, two bytes a character
 * if any is past U+00FF). asciiSource() (scripts/ascii-bundles.js) writes every code unit past U+007F as \uXXXX;
 * held here to the text it replaces: a generated regular expression source (non-ASCII, astral and ASCII
 * characters, classes, ranges, groups, with and without the u and i flags) finds the same matches in generated
 * text, and a string literal reads the same value. And the built bundles are ASCII.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../scripts/ascii-bundles.js';
import { ROOT } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(300);
const CHARS = ['a', 'B', 'é', 'É', 'ß', '’', '–', '—', '年', 'я', 'Я', 'İ', 'ı', '😀', 'ё', '・', ' ', '-'];
const char = fc.constantFrom(...CHARS);
const atom: fc.Arbitrary<string> = fc.oneof(
  char,
  fc.array(char, { minLength: 1, maxLength: 4 }).map((units) => `[${units.join('')}]`),
  fc.array(char, { minLength: 1, maxLength: 3 }).map((units) => `[^${units.join('')}]`),
  fc.tuple(fc.constantFrom('a', 'é', '’'), fc.constantFrom('z', 'ÿ', '—', '年')).map(([from, to]) => `[${from}-${to}]`),
  fc.array(char, { minLength: 1, maxLength: 3 }).map((units) => `(?:${units.join('')})+`),
);
const pattern = fc.array(atom, { minLength: 1, maxLength: 5 }).map((atoms) => atoms.join(''));
const text = fc.array(char, { maxLength: 30 }).map((units) => units.join(''));
const matches = (source: string, flags: string, subject: string) => [...subject.matchAll(new RegExp(source, `g${flags}`))].map((match) => [match.index, match[0]]);

describe('asciiSource', () => {
  it('keeps a regular expression\'s matches, with and without the u and i flags', () => {
    fc.assert(fc.property(pattern, fc.constantFrom('', 'u', 'i', 'iu'), fc.array(text, { minLength: 1, maxLength: 4 }), (source, flags, subjects) => {
      let plain: RegExp;
      try {
        plain = new RegExp(source, flags);
      } catch {
        return; // a range out of order: no pattern to compare
      }
      const escaped = asciiSource(source);
      expect(escaped).toMatch(/^[\x00-\x7f]*$/);
      expect(new RegExp(escaped, flags).flags).toBe(plain.flags);
      for (const subject of subjects) expect(matches(escaped, flags, subject)).toEqual(matches(source, flags, subject));
    }), { numRuns: RUNS });
  });

  it('keeps a string literal\'s value', () => {
    fc.assert(fc.property(fc.array(char, { maxLength: 20 }).map((units) => units.join('')), (value) => {
      expect(new Function(`return ${asciiSource(JSON.stringify(value))};`)()).toBe(value);
    }), { numRuns: RUNS });
  });

  it('refuses a non-ASCII character after a backslash, whose escape it would change', () => {
    expect(() => asciiSource(String.raw`/\é/`)).toThrow(/backslash before U\+00E9/);
    expect(asciiSource(String.raw`/\\é/`)).toBe(String.raw`/\\\u00e9/`);
  });
});

describe('the built bundles', () => {
  it('are ASCII, so V8 holds their source one byte a character', () => {
    const dir = path.join(ROOT, 'dist', 'bundle');
    const files = readdirSync(dir).filter((name) => /\.c?js$/.test(name));
    expect(files).toContain('cli.cjs');
    for (const name of files) expect({ name, ascii: /^[\x00-\x7f]*$/.test(readFileSync(path.join(dir, name), 'utf8')) }).toEqual({ name, ascii: true });
  });
});
