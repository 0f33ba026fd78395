/**
 * Where a text writes a name (src/extract/match/name-mentions.ts): the fast
 * readings, which compile no pattern per name, against the plain ones that do,
 * on generated texts and names (joiners, legal forms, astral letters, a name
 * repeated back to back) and on every corpus line with names cut from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesWithTail, namesWithTailPlain, writesAsWord, writesAsWordPlain } from '../src/extract/match/name-mentions.js';
import { corpusLines } from './matcher-texts.js';
import { CORPUS, itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(200);
/** A tail of the shape company-general.ts gives: a legal form or an organisation word, then no letter or digit. */
const TAIL = String.raw`(?:,?[ ](?:GmbH & Co\. KG|GmbH|s\.r\.o\.|AG|Inc\.?)|[ ](?:Foundation|Labs))(?![\p{L}\p{N}])`;
const tail = new RegExp(TAIL, 'uy');
/** A tail that only looks ahead (company-sources.ts: a heading's name, no capitalised word after it but a legal form). */
const LOOKING_TAIL = String.raw`(?![\p{L}\p{N}])(?![ -](?!(?:GmbH|AG)(?![\p{L}\p{N}]))\p{Lu}\p{Ll})`;
const lookingTail = new RegExp(LOOKING_TAIL, 'uy');

const PIECES = ['Acme', 'acme', 'Ac', 'me', 'AcmeAcme', ' ', ', ', '.', '&', "'", '’', '-', ' GmbH', ' GmbH & Co. KG', ' s.r.o.', ' Foundation', ' Labs', ' AG', ' Inc.', 'x', '1', '𝐀', '😀', 'É', '\n', '\\&', 'Matrix.org', ' Open', '-Source', ' GmbH'];
const text = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 14 }).map((parts) => parts.join(''));
const name = fc.oneof(fc.constantFrom('Acme', 'Open', 'Ac', 'me', 'AcmeAcme', 'Acme Labs', 'Matrix', '.', 'A', '𝐀cme', 'Acme😀', ''), fc.string({ minLength: 0, maxLength: 3 }));

function check(line: string, wanted: string): void {
  expect(writesAsWord(line, wanted), `${JSON.stringify(wanted)} in ${JSON.stringify(line)}`).toBe(writesAsWordPlain(line, wanted));
  expect(namesWithTail(line, wanted, tail), `${JSON.stringify(wanted)} in ${JSON.stringify(line)}`).toEqual(namesWithTailPlain(line, wanted, TAIL));
  expect(namesWithTail(line, wanted, lookingTail), `${JSON.stringify(wanted)} in ${JSON.stringify(line)}`).toEqual(namesWithTailPlain(line, wanted, LOOKING_TAIL));
}

describe('name mentions: fast readings equal the plain ones', () => {
  it('on generated texts and names', () => {
    fc.assert(fc.property(text, name, (line, wanted) => check(line, wanted)), { numRuns: RUNS });
  });

  it('on names the text holds, at their own places', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (line, start, length) => {
      const from = start % (line.length + 1);
      check(line, line.slice(from, from + 1 + (length % 12)));
    }), { numRuns: RUNS });
  });

  it('finds what a posting writes', () => {
    expect(writesAsWord('We build Acme.', 'Acme')).toBe(true);
    expect(writesAsWord('See Matrix.org for more', 'Matrix')).toBe(false);
    expect(writesAsWord('Acme-Cloud', 'Acme')).toBe(false);
    expect(namesWithTail('Acme GmbH and Acme GmbH & Co. KG, NeoAcme AG', 'Acme', tail)).toEqual(['Acme GmbH', 'Acme GmbH & Co. KG']);
  });

  itShared(`on lines of ${CORPUS}, with names cut from them`, () => {
    const lines = corpusLines();
    expect(lines.length).toBeGreaterThan(1000);
    // Each capitalised word, and the two words from it: the names the company's readings ask about. The plain
    // reading compiles a pattern per name and line, so a spread of 250 distinct names, each on up to three lines.
    const names = [...new Set(lines.flatMap((line) => [...line.matchAll(/\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}]*)?/gu)].flatMap((match) => [match[0], match[0].split(' ')[0]!])))];
    const step = Math.max(1, Math.floor(names.length / 250));
    for (let index = 0; index < names.length; index += step) {
      const wanted = names[index]!;
      for (const line of lines.filter((candidate) => candidate.includes(wanted)).slice(0, 3)) check(line, wanted);
    }
  }, 240_000);
});
