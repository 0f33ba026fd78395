/**
 * Where a text writes a given name (company-general.ts: a name's repetitions
 * and its longer form "Acme GmbH"). The plain reading builds a pattern of the
 * name itself: a new `\p{…}` pattern compiled for every name asked about, in
 * every posting (#18: about 8% of one thread's CPU). The fast reading finds
 * the name with indexOf and tests its edges with patterns compiled once, sticky
 * at the found place. A name with a surrogate (an astral letter) or none at all
 * takes the plain reading, since the pattern matches only at whole code points.
 * tests/name-mentions.property.test.ts holds the two to the same answers.
 */
import { escapeRegExp, lazily } from '../text.js';

const LETTER_OR_DIGIT_BEFORE = String.raw`[\p{L}\p{N}]`;
/** Not inside a longer name: no letter or digit before, nor one joined by ".&'’-" ("Matrix" in "Acme-Matrix"). */
const WORD_START = String.raw`(?<!${LETTER_OR_DIGIT_BEFORE}|${LETTER_OR_DIGIT_BEFORE}[.&'’-])`;
/** …and none after, nor one joined ("Matrix" in "Matrix.org", "Acme-Cloud"). */
const WORD_END = String.raw`(?![\p{L}\p{N}]|[.&'’-][\p{L}\p{N}])`;
/** No letter or digit before (a longer form's start: "Acme" in "Acme GmbH", also after "-"). */
const NAME_START = String.raw`(?<![\p{L}\p{N}])`;

// Sticky patterns compiled on first use (start-up); each use sets lastIndex first, so no call sees another's state.
const WORD_START_HERE = lazily(() => new RegExp(WORD_START, 'uy'));
const WORD_END_HERE = lazily(() => new RegExp(WORD_END, 'uy'));
const NAME_START_HERE = lazily(() => new RegExp(NAME_START, 'uy'));
const HAS_SURROGATE = /[\uD800-\uDFFF]/;

const takesPlainReading = (name: string): boolean => name === '' || HAS_SURROGATE.test(name);

/** Does the text write the name as a word? The plain reading: a pattern of the name. */
export function writesAsWordPlain(text: string, name: string): boolean {
  return new RegExp(`${WORD_START}${escapeRegExp(name)}${WORD_END}`, 'u').test(text);
}

/** writesAsWordPlain(), with no pattern compiled per name. */
export function writesAsWord(text: string, name: string): boolean {
  if (takesPlainReading(name)) return writesAsWordPlain(text, name);
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (isAt(WORD_START_HERE(), text, at) && isAt(WORD_END_HERE(), text, at + name.length)) return true;
  }
  return false;
}

/**
 * Each place the text writes the name with `tail` after it (no letter or
 * digit before the name), as `matchAll` of that pattern finds them: the plain
 * reading. `tail` is a pattern's source.
 */
export function namesWithTailPlain(text: string, name: string, tail: string): string[] {
  return [...text.matchAll(new RegExp(`${NAME_START}${escapeRegExp(name)}${tail}`, 'gu'))].map((match) => match[0]);
}

/** namesWithTailPlain(text, name, tail.source), given `tail` compiled once with the flags "uy". */
export function namesWithTail(text: string, name: string, tail: RegExp): string[] {
  if (takesPlainReading(name)) return namesWithTailPlain(text, name, tail.source);
  const found: string[] = [];
  let from = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, from)) {
    from = at + 1;
    if (!isAt(NAME_START_HERE(), text, at)) continue;
    tail.lastIndex = at + name.length;
    if (!tail.test(text)) continue;
    // As matchAll, the next match starts after this one.
    found.push(text.slice(at, tail.lastIndex));
    from = tail.lastIndex;
  }
  return found;
}

/**
 * The one longer form of a name that the lines write (`longerForms` finds those of a line that writes the name), with
 * how many lines write it and how many write the name bare; undefined when they write no longer form or several.
 */
export function soleLongerForm(lines: ReadonlyArray<{ plain: string }>, name: string, longerForms: (line: string) => string[]): { form: string; fullLines: number; bareLines: number } | undefined {
  const forms = new Set<string>();
  let fullLines = 0;
  let bareLines = 0;
  for (const { plain } of lines) {
    if (!plain.includes(name)) continue;
    const longer = longerForms(plain);
    for (const form of longer) forms.add(form);
    if (longer.length) fullLines++;
    else bareLines++;
  }
  return forms.size === 1 ? { form: [...forms][0]!, fullLines, bareLines } : undefined;
}

/** Whether a sticky pattern matches at `index`. */
function isAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}
