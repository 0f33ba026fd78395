/**
 * The code reader's tokenizer keeps where a string that never closed ends, and where each regular expression closes, so
 * that no escaped quote or `/` after it is scanned again to the line's or the file's end (review27b: a file of "\`"
 * repeated took minutes, a line of "(/[" repeated seconds). Its plain version scans every opener; the two must give the same tokens on any text of quotes,
 * escapes, brackets, slashes and line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/parse/code-tokens.js';
import { propertyRuns } from './property-runs.js';

const pieces = ['`', '\\`', '"', '\\"', "'", "\\'", "'''", '"""', 'r"', '\\', '\n', ' ', 'a', 'x = [', '{title: ', '}', ']', '${', '/', '//', '#', ',', 'u\'', '(', '[', '/[', '/g', '\\/'];
const codeText = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));

describe('tokenize: the unclosed-string memory beside the plain scan', () => {
  it.each(['js', 'python'] as const)('gives the same tokens as scanning every opener (%s)', (language) => {
    fc.assert(fc.property(codeText, (text) => {
      expect(tokenize(text, language)).toEqual(tokenize(text, language, true));
    }), { numRuns: propertyRuns(300) });
  });

  it('reads a line of unclosed regular expressions as the plain scan does, closing none of them', () => {
    const text = `const jobs = [{title: 'x'}];\nf(${'(/['.repeat(300)}\nconst re = /a[/]b/g;\n`;
    const tokens = tokenize(text, 'js');
    expect(tokens).toEqual(tokenize(text, 'js', true));
    expect(tokens.filter((token) => token.text.startsWith('/') && token.text.length > 1).map((token) => token.text)).toEqual(['/a[/]b/g']);
  });

  it('reads a line of escaped backticks after an unclosed template as stray characters, as the plain scan does', () => {
    const text = `const jobs = [{title: \`x\`}];\nconst a = \`${'\\`'.repeat(200)}\n`;
    expect(tokenize(text, 'js')).toEqual(tokenize(text, 'js', true));
  });
});
