/**
 * A code file's array starts are scanned once: where an earlier scan left an array open when it failed, a later start
 * there is not scanned again (src/split/php-array.ts phpArrayText, src/split/code-literal.ts goSliceText). The plain
 * versions scan from every start, as before (80 KB of `$a = [[` took 33 s of CPU): on any mix of starts, arrays,
 * strings, comments, `;` and closers, both give the same text. A PHP start inside an array an earlier scan read whole
 * is read from that scan (`$a = [[` nested a few thousand deep and closed took 7 s).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phpArrayText } from '../src/split/php-array.js';
import { goSliceText } from '../src/split/code-literal.js';
import { propertyRuns } from './property-runs.js';

/** Pieces of PHP: array starts, keyed entries, whole tables of jobs, brackets of both syntaxes, strings (one unclosed), comments, `;`. */
const phpPiece = fc.constantFrom('$a = [[', '$a = [[/*', '*/', '$b = [$jobs = [[', ']]', '$jobs = [["t" => 1], ["t" => 2]]', '$jobs = [["t" => 1], /* c */ ["t" => 2]]', '$j = array(array("k" => 1), array("k" => 2))', '$jobs = array(array(', '$b = [', '"title" => "x"', "'k' => 1", '[', ']', 'array(', ')', ',', ';',
  '"', "'", '"]"', '/* ] */', '/*', '// )\n', '# ;\n', ' ', '\n', '=>', 'x');
/** Pieces of Go: slice starts, a whole slice, typed elements, braces and brackets, strings (one unclosed), a template, a spread, comments. */
const goPiece = fc.constantFrom('var A = []Job{{', '= []A{{/*', '*/', 'var B = []Job{{Name: "x"}, {Name: "y"}}', '= []*pkg.Job{\n{', '{', '}', '&Job{', 'Job{', 'Name: "x"', ',', '[', ']', '"', '"}"',
  '`', '...', '// }\n', '/* { */', '/*', ' ', '\n', 'x');

describe('array starts scanned once', () => {
  it('PHP: the same text as scanning from every start', () => {
    fc.assert(fc.property(fc.array(phpPiece, { maxLength: 40 }), (pieces) => {
      const text = `<?php\n${pieces.join('')}`;
      expect(phpArrayText(text)).toBe(phpArrayText(text, true));
    }), { numRuns: propertyRuns(3000) });
  });

  it('Go: the same text as scanning from every start, and the file copied for each', () => {
    fc.assert(fc.property(fc.array(goPiece, { maxLength: 40 }), (pieces) => {
      const text = `package jobs\n${pieces.join('')}`;
      expect(goSliceText(text)).toBe(goSliceText(text, true));
    }), { numRuns: propertyRuns(3000) });
  });

  it('the pieces make arrays that are read (the property is not only about failures)', () => {
    expect(phpArrayText('<?php $a = [[ $jobs = array(array("title" => "x"), array("title" => "y"))')).toBeDefined();
    expect(goSliceText('package jobs\nvar A = []Job{{ var B = []Job{{Name: "x"}, {Name: "y"}}')).toBeDefined();
  });
});
