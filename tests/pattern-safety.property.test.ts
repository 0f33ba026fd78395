/**
 * The config pattern check (src/config/pattern-safety.ts) reads patterns as JavaScript does: every pattern that
 * RegExp compiles is read (none slips through as "unreadable", which the check lets pass), and characters that only
 * look like quantifiers, escaped or in a class, never make a repeated group refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backtrackingShape, charSets, parsePattern } from '../src/config/pattern-safety.js';

const PIECES = ['a', 'b', '(', ')', '|', '*', '+', '?', '{2}', '{1,}', '{1,3}', '{,', '{', '}', '[', ']', '[a-z]', '[^)]', '[+*]', '\\)', '\\(', '\\+', '\\w', '\\d', '.', '-', '^', '$', '(?:', '(?<n>', '\\b', '\\x41', '\\u0041', '\\cA', '\\0'];
const compiles = (pattern: string) => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
};

describe('config pattern check: reading patterns', () => {
  it('reads every pattern RegExp compiles', () => {
    const patterns = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join('')).filter(compiles);
    fc.assert(fc.property(patterns, (pattern) => parsePattern(pattern) !== undefined), { numRuns: 3000 });
  });

  it('a repeated group of escaped text is never refused, whatever the text', () => {
    const escaped = fc.string({ maxLength: 12 }).map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // One cache of character sets for every run, as a config's patterns share one (safe-schema.ts): a fresh one works
    // out each class over all 65,536 code units again, about 12 ms a run, most of this file's CPU.
    const chars = charSets();
    fc.assert(fc.property(escaped, (text) => backtrackingShape(`^(${text})+$`, chars) === undefined), { numRuns: 300 });
  });

  it('a quantifier inside a class is a character: "([+*]a)+" passes, "(a+a)+" does not', () => {
    expect(backtrackingShape('^([+*]a)+$')).toBeUndefined();
    expect(backtrackingShape('^(a+a)+$')).toMatch(/holds a quantifier/);
  });
});
