/**
 * The hand-written money readers (currencyAfter, periodAfterFigure) against
 * the plain patterns they stand for (AFTER_CURRENCY, PERIOD_AFTER): the same
 * answers on generated text built from the tables' own tokens and on the
 * text after every figure in the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AFTER_CURRENCY, currencyAfter, PERIOD_AFTER, periodAfterFigure } from '../src/extract/match/money.js';
import { currencies } from '../src/extract/tables/currencies.js';
import { periodQualifiers, periodWords } from '../src/extract/tables/periods.js';
import { CORPUS, itShared } from './helpers.js';

const tokens = [
  ...currencies.flatMap((c) => [c.code, ...c.symbols, ...c.words]),
  ...Object.values(periodWords).flat(),
  ...periodQualifiers,
];
const casing = (token: string) => fc.constantFrom(token, token.toUpperCase(), token.toLowerCase(), token.charAt(0).toUpperCase() + token.slice(1));
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...tokens).chain(casing) },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', ',', '.', '\u00A0', '\u3000', 'x', 'é', 'İ', 'ß', '5', '年') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const textAfterFigure = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));

const plainCurrency = (text: string) => AFTER_CURRENCY().exec(text)?.[0] ?? null;
const plainPeriod = (text: string) => {
  const match = PERIOD_AFTER().exec(text);
  return match ? [match[0], match[1]] : null;
};

describe('fast money readers equal their plain patterns', () => {
  it('on generated text', () => {
    fc.assert(fc.property(textAfterFigure, (text) => {
      expect(currencyAfter(text, 0)).toEqual(plainCurrency(text));
      expect(periodAfterFigure(text)).toEqual(plainPeriod(text));
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) });
  });

  it('on known cases', () => {
    for (const text of [' EUR/month', '€ brutto/jahr', ' руб./мес.', 'zł netto (+ VAT) / mies.', ' per annum', ' 元/月', 'K€ y', ' Lacs Per Annum']) {
      expect(currencyAfter(text, 0)).toEqual(plainCurrency(text));
      expect(periodAfterFigure(text)).toEqual(plainPeriod(text));
    }
  });

  itShared('on the text after every figure in the corpus', () => {
    for (const name of readdirSync(CORPUS).filter((file) => /^\d{3}-/.test(file))) {
      const text = readFileSync(path.join(CORPUS, name), 'utf8').slice(0, 200_000);
      for (const match of text.matchAll(/\d(?!\d)/g)) {
        const after = text.slice(match.index + 1, match.index + 41);
        expect(currencyAfter(after, 0), `${name} at ${match.index}`).toEqual(plainCurrency(after));
        expect(periodAfterFigure(after), `${name} at ${match.index}`).toEqual(plainPeriod(after));
      }
    }
  });
});
