/**
 * A posting's body lines in the forms several extractors search, made once
 * per posting on first use and kept on the context (context.ts lineForms):
 * one lower-casing and one letters-and-digits pass over the whole text
 * instead of one per line, per extractor and per name looked for.
 *
 * Lower-casing the lines joined by "\n" gives the lines lower-cased one by
 * one, joined: "\n" is neither cased nor case-ignorable, so even a final
 * sigma reads the same. compactForm() is the plain reading of compactLines,
 * and tests/extract-matchers.property.test.ts holds the two to the same answers.
 */
import type { TextLine } from '../context.js';

/** A text lower-cased, letters and digits only ("SpareBank 1" -> "sparebank1"). */
export function compactForm(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
/** Letters with no decomposition, as an address spells them ("Chełmno" -> "chelmno", "Straße" -> "strasse"). */
const SPELLED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i' };
const UNDECOMPOSED = /[łŁđĐøØßæÆœŒı]/gu;
/** Letters without their accents ("café" -> "cafe", "Chełmno" -> "Chelmno"), as a domain or an address spells them. */
export const withoutAccents = (text: string): string =>
  (NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').replace(UNDECOMPOSED, (letter) => SPELLED[letter]!) : text);
const NOT_LETTER_DIGIT_OR_BREAK = /[^\p{L}\p{N}\n]/gu;

export class LineForms {
  private plainLower?: string;
  private textLower?: string;
  private compact?: readonly string[];
  private compactJoined?: string;
  private folded?: readonly string[];
  private foldedJoined?: string;

  constructor(private readonly lines: readonly TextLine[]) {}

  /** Every line's plain form lower-cased, joined by "\n". */
  get plainLowerText(): string {
    return (this.plainLower ??= this.lines.map((line) => line.plain).join('\n').toLowerCase());
  }

  /** Every line's text (Markdown, links kept) lower-cased, joined by "\n". */
  get textLowerText(): string {
    return (this.textLower ??= this.lines.map((line) => line.text).join('\n').toLowerCase());
  }

  /** compactForm() of each line's plain form, in line order. */
  get compactLines(): readonly string[] {
    if (this.compact === undefined) {
      const parts = this.plainLowerText.replace(NOT_LETTER_DIGIT_OR_BREAK, '').split('\n');
      // A line holding a "\n" of its own would shift the parts: then line by line.
      this.compact = parts.length === this.lines.length ? parts : this.lines.map((line) => compactForm(line.plain));
    }
    return this.compact;
  }

  /** compactLines joined by "\n": a name (letters and digits) absent from it is in no line. */
  get compactText(): string {
    return (this.compactJoined ??= this.compactLines.join('\n'));
  }

  /** compactLines without accents ("caféclassen" -> "cafeclassen"): how an address spells a line's names. The same lines when all are ASCII. */
  get foldedCompactLines(): readonly string[] {
    return (this.folded ??= NON_ASCII.test(this.compactText) ? this.compactLines.map(withoutAccents) : this.compactLines);
  }

  /** foldedCompactLines joined by "\n". */
  get foldedCompactText(): string {
    return (this.foldedJoined ??= NON_ASCII.test(this.compactText) ? this.foldedCompactLines.join('\n') : this.compactText);
  }
}
