/**
 * Texts for the differential tests of fast matchers against their plain
 * patterns: generated texts of a vocabulary's words, and every corpus line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CORPUS } from './helpers.js';

/** Texts of the vocabulary's words, whole, cut short, in upper case, between noise (and short random strings when `random`). */
export function textsOf(vocabulary: readonly string[], noise: readonly string[], { random = false, maxLength = 10 } = {}): fc.Arbitrary<string> {
  const words = [...new Set(vocabulary)].filter((word) => word.length > 0);
  const pieces = [
    { weight: 4, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom(...words).map((word) => word.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...words).map((word) => word.slice(0, -1)) },
    { weight: 3, arbitrary: fc.constantFrom(...noise) },
    ...(random ? [{ weight: 1, arbitrary: fc.string({ maxLength: 4 }) }] : []),
  ];
  return fc.array(fc.oneof(...pieces), { maxLength }).map((parts) => parts.join(''));
}

/** Every line of the corpus (each file's first 200,000 characters, lines cut at 2,000), once. */
export function corpusLines(): string[] {
  const lines = new Set<string>();
  for (const name of readdirSync(CORPUS).filter((file) => /^\d{3}-/.test(file))) {
    for (const line of readFileSync(path.join(CORPUS, name), 'utf8').slice(0, 200_000).split(/\r?\n/)) if (line.trim()) lines.add(line.slice(0, 2000));
  }
  return [...lines];
}
