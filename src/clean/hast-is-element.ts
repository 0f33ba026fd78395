/**
 * hast-util-is-element for the CLI's bundle of the HTML path (html-vendor.ts,
 * whose esbuild step puts this in the package's place). The package turns a
 * test into a check on every call: hast-util-minify-whitespace asks
 * `isElement(node, blocks)` with a list of about 60 tag names for each node,
 * and building those 60 closures each time was about a third of the
 * conversion to mdast (#18). A list of names is read here as it is, with
 * `includes`; every other test goes to the package (imported by its file,
 * which the bundle's alias does not rename). tests/hast-is-element.property.test.ts
 * holds the two to the same answers.
 */
import type { Element } from 'hast';
import { convertElement as convertElementPlain, isElement as isElementPlain } from '../../node_modules/hast-util-is-element/lib/index.js';

export { convertElementPlain as convertElement };

type Test = Parameters<typeof isElementPlain>[1];

/** What the package's isElement answers, with a list of tag names and no index or parent read without building checks. */
export const isElement = function isElement(element: unknown, test?: Test, index?: number | null, parent?: unknown, context?: unknown): boolean {
  if (Array.isArray(test) && index === undefined && parent === undefined && test.every((name) => typeof name === 'string')) {
    return looksLikeAnElement(element) && test.includes((element as Element).tagName);
  }
  return (isElementPlain as (...args: unknown[]) => boolean)(element, test, index, parent, context);
} as typeof isElementPlain;

/** The package's own test before any check: an object with a type and a tag name. */
function looksLikeAnElement(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'type' in value && 'tagName' in value;
}
