/**
 * The code reader's tokenizer keeps where a string that never closed ends, so that each escaped quote after it is not
 * scanned again to the file's end (review27b: a file of "\`" repeated took minutes). Its plain version scans every
 * opener; the two must give the same tokens on any text of quotes, escapes, brackets and line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/parse/code-tokens.js';
import { propertyRuns } from './property-runs.js';

const pieces = ['`', '\\`', '"', '\\"', "'", "\\'", "'''", '"""', 'r"', '\\', '\n', ' ', 'a', 'x = [', '{title: ', '}', ']', '${', '/', '//', '#', ',', 'u\''];
const codeText = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));

describe('tokenize: the unclosed-string memory beside the plain scan', () => {
  it.each(['js', 'python'] as const)('gives the same tokens as scanning every opener (%s)', (language) => {
    fc.assert(fc.property(codeText, (text) => {
      expect(tokenize(text, language)).toEqual(tokenize(text, language, true));
    }), { numRuns: propertyRuns(300) });
  });

  it('reads a line of escaped backticks after an unclosed template as stray characters, as the plain scan does', () => {
    const text = `const jobs = [{title: \`x\`}];\nconst a = \`${'\\`'.repeat(200)}\n`;
    expect(tokenize(text, 'js')).toEqual(tokenize(text, 'js', true));
  });
});
