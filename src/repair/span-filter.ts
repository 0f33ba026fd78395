/**
 * A cheap test before the span engine (spans.ts): whether any page could take
 * anything on a line. The engine scores every cluster in context and then
 * weighs the rules; on correct text in other scripts (Ukrainian `Дія` spells
 * C4 B3 on Windows-1251, UTF-8 for ĳ) it finds nothing, and a first call pays
 * for compiling all of it. Most such lines hold only lone sequences with plain
 * neighbours, and for those the cluster's gain is two short badness scores.
 *
 * The test answers "maybe" for anything it does not model (two sequences in a
 * row, a reading of two code units, a grave accent with a restored 0xA0, C1
 * controls or surrogates in or next to a sequence), so "no" is only ever said
 * where the engine says no too: a lone sequence is a cluster of its own, its
 * context is one character each side, its reading has no deeper layer, and
 * the engine only ever lowers the gain computed here (garbled runs and
 * readings). tests/repair-span-filter.test.ts holds the two to that.
 */
import { badness } from './badness.js';
import { codePages } from './codepages.js';
import { mayBeTaken } from './rules.js';
import { sequenceStartingAt } from './scan.js';

/**
 * False when no page of `pages` takes any cluster of `line` on its first
 * look (no earlier pass's replacements): the engine may then be skipped.
 */
export function spansMayBeTaken(line: string, pages: number): boolean {
  for (let k = 0; k < codePages.length; k++) {
    const page = codePages[k]!;
    const bit = 1 << page.bit;
    if (!(pages & bit)) continue;
    let previousEnd = -1;
    for (let i = 0; i < line.length; ) {
      // The engine's own test for where a sequence may start (clustersOf).
      const seq = sequenceStartingAt(line, i, page);
      if (!seq) { i++; continue; }
      // A sequence right after another is one cluster with it; longer readings and à with a restored space are the engine's.
      if (seq.start === previousEnd || seq.text.length !== 1 || (seq.altered && seq.text === '\u00e0')) return true;
      const from = Math.max(0, seq.start - 1);
      const to = Math.min(line.length, seq.end + 1);
      // C1 controls are read as Windows-1252 in context, and surrogates are characters of two units.
      for (let j = from; j < to; j++) if (!plainUnit(line.charCodeAt(j))) return true;
      const left = line.slice(from, seq.start);
      const right = line.slice(seq.end, to);
      // scoreCluster's gain, the same expression: the span with one character each side, and its reading.
      const gain = badness(left + line.slice(seq.start, seq.end) + right) - badness(left + seq.text + right);
      if (mayBeTaken(gain, seq.lossy || seq.altered, seq.lossy)) return true;
      previousEnd = seq.end;
      i = seq.end;
    }
  }
  return false;
}

/** A unit that stands for itself in a cluster's context: no C1 control, no surrogate. */
function plainUnit(unit: number): boolean {
  return (unit & 0xffe0) !== 0x80 && (unit & 0xf800) !== 0xd800;
}
