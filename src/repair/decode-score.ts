/**
 * decodeOnPage and badnessPartsOfUnits in one pass: the whole-line path
 * decodes each page's reading and scores it, and doing both as the reading is
 * written saves reading it back. The plain pair (units.ts, badness.ts) stands
 * beside it; tests/repair-decode-score.test.ts holds the two to the same
 * answers, and the scoring steps are badnessPartsOfUnits's, unit for unit.
 */
import { bigramQuartersOf, LENGTH_PRIOR, scoring } from './badness.js';
import type { CodePage } from './codepages.js';
import type { DecodedFacts } from './units.js';

/** What decodeAndScore notes about the reading: decodeOnPage's facts and the reading's badness (`total`, and `odd` without the length prior). */
export interface ScoredFacts extends DecodedFacts {
  total: number;
  odd: number;
}

const { info, pairQuarters, reliefQuarters, classCount, costShift, lookalike, bigramLead, bigramSecond } = scoring;

/** The bits of a lead byte that belong to the code point, by the number of continuation bytes after it. */
const LEAD_BITS = [0x7f, 0x1f, 0x0f, 0x07];
/** The least code point a UTF-8 sequence of 1 + `need` bytes may spell (less is an overlong form). */
const MIN_CODE_POINT = [0, 0x80, 0x800, 0x10000];

/** decodeOnPage (the reading's length, or -1), with the reading's badness parts noted in `facts` as well. */
export function decodeAndScore(line: Uint16Array, length: number, page: CodePage, units: Uint16Array, facts: ScoredFacts): number {
  const encode = page.encode;
  let out = 0;
  let c1 = 0;
  let codePoints = 0;
  let score = 0;
  let long = 0;
  let previousInfo = 0;
  let previousUnit = 0;
  for (let i = 0; i < length; i++) {
    // The unit scored: an ASCII unit as it is, a sequence as its reading (a surrogate pair by its high half, as badnessPartsOfUnits does).
    let scored = line[i]!;
    let astral = 0;
    if (scored >= 0x80) {
      const lead = encode[scored]!;
      if (lead < 0xc2 || lead > 0xf4) return -1;
      const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
      if (i + need >= length) return -1;
      let cp = lead & LEAD_BITS[need]!;
      for (let j = 1; j <= need; j++) {
        const next = line[i + j]!;
        const byte = next < 0x80 ? -1 : encode[next]!;
        if ((byte & 0xc0) !== 0x80) return -1;
        cp = (cp << 6) | (byte & 0x3f);
      }
      // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8. (Every comparison here runs for
      // every sequence, so the optimising compiler has seen them all before the first emoji comes.)
      if (cp < MIN_CODE_POINT[need]! || cp > 0x10ffff || (cp & 0x1ff800) === 0xd800) return -1;
      i += need;
      // A byte order mark at the start of the line is dropped (as decodeOnPage does).
      if (cp === 0xfeff && i === need) continue;
      long++;
      // An astral reading is two units, scored by its high half; the low half is written either way (and overwritten when BMP).
      const high = 0xd800 + ((cp - 0x10000) >> 10);
      astral = cp >= 0x10000 ? 1 : 0;
      scored = astral ? high : cp;
      units[out + 1] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      c1 |= +((cp & 0x1fffe0) === 0x80);
    }
    // pairScore written out (a call per character is what the interpreter pays most for on a first call).
    // Two ASCII units in a row never cost anything as a pair, so only their own cost is looked up.
    const bits = info[scored]!;
    score += bits >>> costShift;
    if (out > 0 && (scored | previousUnit) >= 0x80) {
      const pair = ((previousInfo & 0xff) - 1) * classCount + (bits & 0xff) - 1;
      score += pairQuarters[pair]!;
      // A Latin letter that looks like a Cyrillic one (C for С) is a typo, not mojibake.
      if ((bits | previousInfo) & lookalike) score -= reliefQuarters[pair]!;
      if (previousInfo & bigramLead && bits & bigramSecond) score += bigramQuartersOf(previousUnit, scored);
    }
    previousInfo = bits;
    previousUnit = scored;
    codePoints++;
    units[out] = scored;
    out += 1 + astral;
  }
  facts.c1 = c1 === 1;
  facts.codePoints = codePoints;
  facts.odd = score / 4;
  facts.total = facts.odd + LENGTH_PRIOR * long;
  return out;
}
