/** The chooser every field family hands its candidates to. */
import { describe, expect, it } from 'vitest';
import { choose, type Candidate } from '../src/extract/candidates.js';

const c = (value: string, confidence: number, rule = 'r'): Candidate<string> => ({ value, confidence, rule, source: 'body', line: 1, text: value });

describe('choose', () => {
  it.each([
    { name: 'nothing proposed', candidates: [], best: undefined, rivals: [] },
    { name: 'the most confident wins', candidates: [c('A', 0.5), c('B', 0.9)], best: 'B', rivals: [] },
    { name: 'a tie goes to the first proposed, and is a conflict', candidates: [c('A', 0.8), c('B', 0.8)], best: 'A', rivals: ['B'] },
    { name: 'agreeing candidates add up', candidates: [c('A', 0.6), c('B', 0.7), c('A', 0.6)], best: 'A', rivals: [] },
    { name: 'a close runner-up is a rival', candidates: [c('A', 0.82), c('B', 0.8)], best: 'A', rivals: ['B'] },
    { name: 'a distant runner-up is not', candidates: [c('A', 0.9), c('B', 0.5)], best: 'A', rivals: [] },
  ])('$name', ({ candidates, best, rivals }) => {
    const choice = choose(candidates);
    expect(choice?.best.value).toBe(best);
    expect(choice?.rivals.map((r) => r.value) ?? []).toEqual(rivals);
  });

  it('combines agreeing candidates as independent evidence, below 0.99, keeping the strongest one as evidence', () => {
    const choice = choose([c('A', 0.6, 'weak'), c('A', 0.9, 'strong'), c('A', 0.95, 'strongest')])!;
    expect(choice.best.rule).toBe('strongest');
    expect(choice.best.confidence).toBe(0.99);
    expect(choose([c('A', 0.5), c('A', 0.5)])!.best.confidence).toBe(0.75);
  });

  it('takes a family\'s own sameness ("acme" and "ACME" are one name)', () => {
    const choice = choose([c('Acme', 0.6), c('Other', 0.7), c('ACME', 0.5)], (a, b) => a.toLowerCase() === b.toLowerCase())!;
    expect(choice.best.value).toBe('Acme');
  });
});
