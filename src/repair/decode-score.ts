/**
 * decodeOnPage and badnessPartsOfUnits in one pass: the whole-line path
 * decodes each page's reading and scores it, and doing both as the reading is
 * written saves reading it back. The plain pair (units.ts, badness.ts) stands
 * beside it; tests/repair-decode-score.test.ts holds the two to the same
 * answers, and the scoring steps are scoreUnits's, unit for unit.
 */
import { infoOf, LENGTH_PRIOR, ownQuarters, pairScore } from './badness.js';
import type { CodePage } from './codepages.js';
import type { DecodedFacts } from './units.js';

/** What decodeAndScore notes about the reading: decodeOnPage's facts and the reading's badness (`total`, and `odd` without the length prior). */
export interface ScoredFacts extends DecodedFacts {
  total: number;
  odd: number;
}

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
    // The unit scored: an ASCII unit as it is, a sequence as its reading (a surrogate pair by its high half, as scoreUnits does).
    let scored = line[i]!;
    if (scored >= 0x80) {
      const lead = encode[scored]!;
      if (lead < 0xc2 || lead > 0xf4) return -1;
      const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
      if (i + need >= length) return -1;
      let cp = need === 1 ? lead & 0x1f : need === 2 ? lead & 0x0f : lead & 0x07;
      for (let j = 1; j <= need; j++) {
        const next = line[i + j]!;
        const byte = next < 0x80 ? -1 : encode[next]!;
        if ((byte & 0xc0) !== 0x80) return -1;
        cp = (cp << 6) | (byte & 0x3f);
      }
      // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8.
      if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return -1;
      i += need;
      // A byte order mark at the start of the line is dropped (as decodeOnPage does).
      if (cp === 0xfeff && i === need) continue;
      long++;
      if (cp >= 0x10000) {
        scored = 0xd800 + ((cp - 0x10000) >> 10);
        units[out + 1] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      } else {
        scored = cp;
        c1 |= +((cp & 0xffe0) === 0x80);
      }
    }
    const bits = infoOf(scored);
    score += ownQuarters(bits) + (out > 0 ? pairScore(previousInfo, previousUnit, bits, scored) : 0);
    previousInfo = bits;
    previousUnit = scored;
    codePoints++;
    units[out] = scored;
    out += scored >= 0xd800 && scored <= 0xdbff ? 2 : 1;
  }
  facts.c1 = c1 === 1;
  facts.codePoints = codePoints;
  facts.odd = score / 4;
  facts.total = facts.odd + LENGTH_PRIOR * long;
  return out;
}
