/**
 * bad-on-its-own.ts against ftfy's own verdicts (ftfy 6.3.1 `is_bad`): a fixed
 * table taken from ftfy once (one example or more for each of its sequences,
 * and near misses), and, where Python and ftfy are installed, 20,000 random
 * strings over ftfy's mojibake characters, compared one by one.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { badOnItsOwn } from '../src/repair/bad-on-its-own.js';

/** [text, ftfy's is_bad(text)], from ftfy 6.3.1. */
const FTFY_VERDICTS: Array<[string, boolean]> = [
  ['Ã©', true], ['Ã¶', true], ['Ã¼', true], ['Ã¡', true], ['Ã¥', false], ['√°', false], ['√®', true], ['√º', true],
  ['Ä™', false], ['Å›', false], ['Ã¢â‚¬', true], ['\u0085', true], ['é¨', true], ['aα¨', true], ['¨é', true], ['sÃ', false],
  ['ñÃ', true], ['»é', true], ['é¥', true], ['ì¥', true], [' Ã¥', true], ['Ã²', true], ['é©²', true], ['é®«', true],
  ['¢«', true], ['aÃ«', true], ['aÃ', false], ['┤Ö', true], ['é┤', true], ['┤®', true], ['é»a', true], ['é»', false],
  ['œ1', true], ['œa', false], ['Ã°', true], ['Ã¤', true], ['×²', true], ['Ø§Ù„', true], ['ØØ', false], ['à²', true],
  ['à¤', true], ['√±', true], ['√ß', true], ['≈°', true], ['≈Ñ', true], ['‚Äì', true], ['‚Äî', true], ['‚âà', true],
  ['вЂ', true], ['вЃ', false], ['ВµВ', true], ['ВaВ', false], ['ГўВЂВ™s', true], ['ГўВЂВ™1', false], ['Ã\u00a0', true],
  ['Ã¯', true], ['aÃ ', true], ['a Ã ', true], ['Ã ', true], ['x Ã ', true], ['.Â ', true], ['aÂ»', true], ['β€™', true],
  ['β€a', false], ['Γ°Γ', true], ['ā€', true], ['Ä…', false], ['Å¼', true], ['Ã´', true], ['ÅÃŸ', true],
];

describe("badOnItsOwn: ftfy's is_bad", () => {
  it.each(FTFY_VERDICTS)('%j is bad: %s', (text, bad) => {
    expect(badOnItsOwn(text)).toBe(bad);
  });
});

/** Random strings over ftfy's categories and the characters its sequences name; prints [text, is_bad] pairs as JSON, or nothing without ftfy. */
const FTFY_RANDOM = `
import json, random, sys
try:
    from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad
except ImportError:
    sys.exit(0)
chars = set('abzAZ .,?!_1\\u00e9\\u00c2\\u00c3\\u00ce\\u00d0\\u00d8\\u00d9\\u00e0\\u221a\\u2248\\u201a\\u00c4\\u0432\\u0402\\u0413\\u045e\\u0412\\u0420\\u0421\\u0392\\u0393\\u039e\\u039f\\u03b2\\u20ac\\u0101\\u00d7\\u00b2\\u00a0\\t\\u2003\\u0152\\u0153')
for spec in MOJIBAKE_CATEGORIES.values():
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == '-':
            chars.update(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1)); i += 3
        else:
            chars.add(spec[i]); i += 1
chars = sorted(chars)
rnd = random.Random(14)
texts = [''.join(rnd.choice(chars) for _ in range(rnd.randint(2, 6))) for _ in range(20000)]
print(json.dumps([[t, is_bad(t)] for t in texts]))
`;

function ftfyRandomVerdicts(): Array<[string, boolean]> | null {
  try {
    const out = execFileSync('python3', ['-c', FTFY_RANDOM], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim() ? JSON.parse(out) as Array<[string, boolean]> : null;
  } catch {
    return null;
  }
}

const random = ftfyRandomVerdicts();

describe("badOnItsOwn against ftfy's is_bad on random strings", () => {
  it.skipIf(random === null)('agrees on 20,000 random strings (needs python3 and ftfy: pip install ftfy)', () => {
    const differing = random!.filter(([text, bad]) => badOnItsOwn(text) !== bad);
    expect(differing.slice(0, 10)).toEqual([]);
    // Enough of each verdict that the comparison means something.
    expect(random!.filter(([, bad]) => bad).length).toBeGreaterThan(2000);
    expect(random!.filter(([, bad]) => !bad).length).toBeGreaterThan(2000);
  });
});
