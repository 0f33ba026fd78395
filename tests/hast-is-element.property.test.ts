/**
 * #18: the CLI's HTML bundle reads hast-util-is-element's list-of-names tests
 * without building a check per call (src/clean/hast-is-element.ts). Its
 * answers must be the package's for any value and any test: lists of names,
 * names, functions, lists that mix them, and calls with an index and parent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isElement as isElementPlain } from 'hast-util-is-element';
import { isElement } from '../src/clean/hast-is-element.js';
import { propertyRuns } from './property-runs.js';

const NAMES = ['p', 'div', 'li', 'br', 'P', 'table', '', 'x-y'];
const name = fc.constantFrom(...NAMES);
const value = fc.oneof(
  name.map((tagName) => ({ type: 'element', tagName, properties: {}, children: [] })),
  name.map((tagName) => ({ type: 'text', tagName })),
  fc.constantFrom<unknown>(null, undefined, 'p', 3, { type: 'element' }, { tagName: 'p' }, { type: 'root', children: [] }),
);
const isP = (node: { tagName?: string }) => node.tagName === 'p';
const test = fc.oneof(
  fc.array(name, { maxLength: 6 }),
  fc.array(fc.oneof(name, fc.constant(isP)), { maxLength: 4 }),
  fc.array(fc.oneof(name, fc.array(name, { maxLength: 2 })), { maxLength: 4 }),
  name,
  fc.constant(isP),
  fc.constant(undefined),
);
const parent = { type: 'element', tagName: 'div', properties: {}, children: [] };
const call = fc.oneof(fc.constant<[number | undefined, unknown]>([undefined, undefined]), fc.constant<[number | undefined, unknown]>([0, parent]));

/** The answer, or the error's message when the call throws. */
const answer = (run: () => boolean): boolean | string => {
  try {
    return run();
  } catch (error) {
    return (error as Error).message;
  }
};

describe('hast-is-element: the package read without per-call checks', () => {
  it('answers as hast-util-is-element for any value and test', () => {
    fc.assert(
      fc.property(value, test, call, (node, nodeTest, [index, parentNode]) => {
        const plain = answer(() => (isElementPlain as (...args: unknown[]) => boolean)(node, nodeTest, index, parentNode));
        const fast = answer(() => (isElement as (...args: unknown[]) => boolean)(node, nodeTest, index, parentNode));
        expect(fast).toEqual(plain);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('reads a list of names without going to the package', () => {
    // The fast path's own answer: a list naming the element's tag is true, one that does not is false.
    expect(isElement({ type: 'element', tagName: 'p', properties: {}, children: [] }, ['div', 'p'])).toBe(true);
    expect(isElement({ type: 'element', tagName: 'p', properties: {}, children: [] }, ['div', 'li'])).toBe(false);
    expect(isElement({ type: 'text', value: 'p' } as never, ['p'])).toBe(false);
  });
});
