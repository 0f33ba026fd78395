/**
 * Remote policy, remote regions and work locations through the library, from
 * case tables: each row is something a real posting writes. The phrase scan
 * is held to its plain reference by a differential property test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { extractFields } from '../src/extract/index.js';
import { policyWeights, policyWeightsByClass, type Policy } from '../src/extract/remote-phrases.js';
import { remotePhrases } from '../src/extract/tables/remote.js';
import { filterForm } from '../src/extract/text.js';

/** Run the extractors over a small Markdown text, as the pipeline does. */
function extract(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const lines = markdown.split('\n').map((text, i) => ({ text, line: i + 1 }));
  const tree = unified().use(remarkParse).parse(markdown);
  return extractFields({ path: 'x.md', frontmatter, sourceText: markdown, lines, tree });
}
const policyOf = (markdown: string, frontmatter: Record<string, unknown> = {}) => extract(markdown, frontmatter).fields.remote.policy;

describe('remote policy phrases', () => {
  it.each([
    // Japanese and Chinese phrases match inside a run of text, without word boundaries.
    ['# エンジニア\n\n**勤務地：** 本社（日本国内のみリモート勤務可）', 'hybrid'],
  ] as Array<[string, Policy | null]>)('%s', (markdown, policy) => {
    expect(policyOf(markdown)).toBe(policy);
  });
});

describe('the phrase scan', () => {
  const phrases = Object.values(remotePhrases).flat().map(([phrase]) => phrase);
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...phrases) },
    { weight: 2, arbitrary: fc.constantFrom(...phrases).map((p) => p.toUpperCase()) },
    { weight: 3, arbitrary: fc.constantFrom(' ', '', 'x', 'é', 'の', '（', '）', '-', '100%', 'İ', 'ſ', '\n', 'Remote', 'работа') },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  );
  const texts = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('finds the same policy weights as the plain phrase tests, on generated text', () => {
    fc.assert(fc.property(texts, (text) => {
      const fast = { remote: 0, hybrid: 0, onsite: 0 };
      const plain = { remote: 0, hybrid: 0, onsite: 0 };
      policyWeights(text, filterForm(text), fast);
      policyWeightsByClass(text, null, plain);
      expect(fast).toEqual(plain);
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) });
  });
});
