/** The suite's fast-check seed (tests/property-seed.ts): fixed in `npm test`, fresh in test:deep, PROPERTY_SEED replays. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, propertySeed } from './property-seed.js';

describe('the property seed', () => {
  it.each([
    [{}, DEFAULT_SEED],
    [{ PROPERTY_RUNS: '2000' }, undefined],
    [{ PROPERTY_SEED: '-1566024414' }, -1566024414],
    [{ PROPERTY_SEED: '7', PROPERTY_RUNS: '2000' }, 7],
    [{ PROPERTY_SEED: '' }, DEFAULT_SEED],
  ] as Array<[NodeJS.ProcessEnv, number | undefined]>)('%o gives %s', (env, seed) => {
    expect(propertySeed(env)).toBe(seed);
  });

  it('refuses a PROPERTY_SEED that is not a whole number', () => {
    expect(() => propertySeed({ PROPERTY_SEED: 'lucky' })).toThrow(/PROPERTY_SEED takes a whole number/);
  });

  it('is the seed of a property that names none, so two runs draw the same cases', () => {
    const expected = propertySeed();
    expect(fc.check(fc.property(fc.nat(), () => true)).seed).toBe(expected ?? expect.any(Number));
    if (expected !== undefined) expect(fc.sample(fc.string(), 20)).toEqual(fc.sample(fc.string(), 20));
  });
});
