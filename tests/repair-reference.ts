/**
 * The plain, slow reference for repairText: the same rules written the
 * obvious way, per line, with strings, iconv-lite and TextDecoder.
 *
 * What it re-implements plainly is what the fast path does with tables and
 * buffers: splitting lines, the scan that decides which lines are looked at,
 * encoding a line on a code page (iconv-lite, made "sloppy" as ftfy's pages
 * are), reading it whole as UTF-8 one to three layers deep, the choice of page
 * and the steps it records, and putting the text back together. What it
 * shares is only the specification: rules.ts (the thresholds and evidence)
 * and badness.ts (the score). Lines that are not mojibake throughout go to
 * the span step, written plainly in repair-reference-spans.ts, apart from the
 * engine's spans.ts, utf8.ts and scan.ts. repair-differential.test.ts holds
 * the two to the same answers. The code pages, and the caches of iconv-lite's
 * answers each repairer keeps, are in repair-reference-pages.ts.
 */
import { badnessParts } from '../src/repair/badness.js';
import { FALLBACK_COST, judgeReading, MAX_JUDGED_SPANS, MAX_PASSES, SHORT_RUN, wholeLineAccepted, type Scores } from '../src/repair/rules.js';
import { badness } from '../src/repair/badness.js';
import { c1Step, codePointCount, mapC1Controls, type RepairResult, type RepairStep } from '../src/repair/steps.js';
import { isWindows, PAGES, pageCodec, type PageCodec } from './repair-reference-pages.js';
import { plainBestAttempt, plainDecodeAll, plainDecodeSpan, plainSplice, plainStep, type PlainHelpers, type PlainPage, type PlainReplacement } from './repair-reference-spans.js';

/** A C1 control that a Windows page takes only as the fallback: its byte is another character there. */
function isFallback(codec: PageCodec, page: string, ch: string): boolean {
  const code = ch.charCodeAt(0);
  return isWindows(page) && code >= 0x80 && code <= 0x9f && codec.readByte(page, code) !== null;
}

const isLead = (byte: number) => byte >= 0xc2 && byte <= 0xf4;
const isContinuation = (byte: number) => byte >= 0x80 && byte <= 0xbf;
const writesA0AsNbsp = (codec: PageCodec, page: string) => codec.readByte(PAGES.find(([name]) => name === page)![1], 0xa0) === '\u00a0';

/** Whether the scan looks at this line: a C1 control, or on some page a lead byte followed by what completes it or stands for a lost byte. */
function suspicious(codec: PageCodec, line: string): boolean {
  if (/[\u0080-\u009f]/.test(line)) return true;
  for (let i = 1; i < line.length; i++) {
    const previous = line[i - 1]!;
    if (previous.charCodeAt(0) < 0x80) continue;
    const ch = line[i]!;
    for (const [page] of PAGES) {
      const lead = codec.byteOn(page, previous);
      if (!isLead(lead)) continue;
      if (ch === '\uFFFD' || ch === '?') return true;
      if (ch === ' ' && writesA0AsNbsp(codec, page) && [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9].includes(lead)) return true;
      if (ch.charCodeAt(0) < 0x80 || !isContinuation(codec.byteOn(page, ch))) continue;
      const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
      let complete = true;
      for (let j = 2; j <= need && complete; j++) {
        const next = line[i - 1 + j];
        if (next === '\uFFFD' || next === '?') break;
        complete = next !== undefined && next.charCodeAt(0) >= 0x80 && isContinuation(codec.byteOn(page, next));
      }
      if (complete) return true;
    }
  }
  return false;
}

/** The pages (as engine bits) that read a lead byte followed by a continuation byte, a space standing for 0xA0, or a lost byte. */
function pagesWithPairs(codec: PageCodec, line: string): number {
  let mask = 0;
  PAGES.forEach(([page], bit) => {
    for (let i = 1; i < line.length; i++) {
      if (line.charCodeAt(i - 1) < 0x80 || !isLead(codec.byteOn(page, line[i - 1]!))) continue;
      const ch = line[i]!;
      const pair = ch === '\uFFFD' || ch === '?' || (ch === ' ' && writesA0AsNbsp(codec, page)) || (ch.charCodeAt(0) >= 0x80 && isContinuation(codec.byteOn(page, ch)));
      if (pair) { mask |= 1 << bit; break; }
    }
  });
  return mask;
}

/** The line's bytes on a page read as UTF-8, or null when a character has no byte there or the bytes are not UTF-8. */
function readWhole(codec: PageCodec, line: string, page: string): string | null {
  const bytes = [...line].flatMap((ch) => (ch.length === 2 ? [-1] : [codec.byteOn(page, ch)]));
  if (bytes.includes(-1)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

const nonAsciiRuns = (text: string): Array<[number, number]> => [...text.matchAll(/[^\x00-\x7f]+/g)].map((m) => [m.index, m[0].length]);

/** The step for reading `input` whole on `page` as `reading`. */
function layerStep(input: string, reading: string, page: string, lineNumber: number): RepairStep {
  const spans = nonAsciiRuns(input);
  const encoding = page === 'windows-1252' && /[\u0080-\u009f]/.test(input) && !/[^\x00-\xff]/.test(input) ? 'latin-1' : page;
  const ascii = input.replace(/[^\x00-\x7f]/g, '').length;
  return {
    line: lineNumber, column: spans[0]![0] + 1, fix: 'redecode', encoding, detail: `utf-8 read as ${encoding}`,
    chars: codePointCount(input.replace(/[\x00-\x7f]/g, '')), pieces: codePointCount(reading) - ascii, spans,
  };
}

interface WholeReading { text: string; c1: boolean; odd: number }

/** The whole-line path: layer after layer, the least odd page's reading (the first on a tie), taken if rules.ts accepts it. */
function readLineWhole(codec: PageCodec, line: string, lineNumber: number, steps: RepairStep[]): WholeReading | null {
  const before = steps.length;
  let input = line;
  let current: Scores = { total: 0, odd: 0 };
  for (let depth = 0; depth < MAX_PASSES - 1 && /[^\x00-\x7f]/.test(input); depth++) {
    const c1 = /[\u0080-\u009f]/.test(input);
    const fallbacks = (page: string) => [...input].filter((ch) => isFallback(codec, page, ch)).length;
    let best: { page: string; reading: string; score: number; parts: Scores } | null = null;
    for (const [page] of PAGES) {
      const reading = readWhole(codec, input, page);
      if (reading === null) continue;
      // The same reading as an earlier page's: the earlier page keeps it unless it needed the Latin-1 fallback.
      if (best && reading === best.reading && (best.page === 'windows-1252' || !c1 || fallbacks(best.page) === 0)) continue;
      const parts = badnessParts(reading);
      const score = parts.total + (page === 'windows-1252' || !c1 ? 0 : FALLBACK_COST * fallbacks(page));
      if (!best || score < best.score) best = { page, reading, score, parts };
    }
    if (!best || (depth > 0 && best.parts.total >= current.total)) break;
    steps.push(layerStep(input, best.reading, best.page, lineNumber));
    input = best.reading;
    current = best.parts;
  }
  if (steps.length === before) return null;
  if (!wholeLineAccepted(badnessParts(line), current)) {
    steps.length = before;
    return null;
  }
  return { text: input, c1: /[\u0080-\u009f]/.test(input), odd: current.odd };
}

/** The pages as the plain span step sees them (the codec keeps byteOn's answers). */
function plainHelpers(codec: PageCodec): PlainHelpers {
  const pages: PlainPage[] = PAGES.map(([name], bit) => ({
    name, bit,
    byteOn: (ch: string) => codec.byteOn(name, ch),
    isFallback: (ch: string) => isFallback(codec, name, ch),
    writesA0AsNbsp: writesA0AsNbsp(codec, name),
  }));
  const windows1252 = PAGES[0]![1];
  const mapC1 = (text: string) => text.replace(/[\u0080-\u009f]/g, (ch) => codec.readByte(windows1252, ch.charCodeAt(0)) ?? ch);
  const deepest = (text: string, depth: number): string => {
    const mask = depth === 0 ? 0 : pagesWithPairs(codec, text);
    let best = text;
    let bestScore = badness(text);
    for (const page of pages) {
      if (!(mask & (1 << page.bit))) continue;
      const decoded = plainDecodeAll(text, page);
      if (decoded === text) continue;
      const candidate = deepest(decoded, depth - 1);
      if (badness(candidate) < bestScore) { best = candidate; bestScore = badness(candidate); }
    }
    return best;
  };
  return { pages, mapC1, deepest, hasPairs: (text) => pagesWithPairs(codec, text) !== 0 };
}

/** Whether every span of a whole-line step is short and reads as a foreign character glued to a word. */
function foreignThroughout(line: string, step: RepairStep, h: PlainHelpers): boolean {
  if (step.spans.length > MAX_JUDGED_SPANS || step.spans.some(([, length]) => length > SHORT_RUN)) return false;
  const page = h.pages.find((p) => p.name === (step.encoding === 'latin-1' ? 'windows-1252' : step.encoding))!;
  return step.spans.every(([start, length]) => {
    const reading = plainDecodeSpan(line, start, start + length, page);
    return reading !== null && judgeReading(line, start, start + length, reading) === 'foreign';
  });
}

/** Whether `page` reads a lead byte directly followed by a continuation byte somewhere in the text. */
function hasPairsOn(codec: PageCodec, text: string, page: string): boolean {
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i - 1) < 0x80 || text.charCodeAt(i) < 0x80) continue;
    if (isLead(codec.byteOn(page, text[i - 1]!)) && isContinuation(codec.byteOn(page, text[i]!))) return true;
  }
  return false;
}

function repairLine(codec: PageCodec, line: string, lineNumber: number, steps: RepairStep[], h: PlainHelpers): string | null {
  const before = steps.length;
  let current = line;
  let hot: PlainReplacement[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const pages = pagesWithPairs(codec, current);
    if (!pages) break;
    let reading = readLineWhole(codec, current, lineNumber, steps);
    if (reading && pass === 0 && foreignThroughout(line, steps[before]!, h)) {
      steps.length = before;
      reading = null;
    }
    if (reading) {
      const lastEncoding = steps.at(-1)!.encoding;
      const lastPage = lastEncoding === 'latin-1' ? 'windows-1252' : lastEncoding;
      const deeper = reading.odd > 0 && hasPairsOn(codec, reading.text, lastPage);
      current = reading.text;
      if (!reading.c1 && !deeper) return current;
      if (deeper) continue;
      break;
    }
    const best = plainBestAttempt(current, pages, hot, h);
    if (!best) break;
    steps.push(plainStep(current, best, lineNumber));
    ({ text: current, placed: hot } = plainSplice(current, best.clusters));
  }
  const c1 = c1Step(current, lineNumber);
  if (c1) {
    steps.push(c1);
    current = mapC1Controls(current);
  }
  return steps.length > before ? current : null;
}

export interface ReferenceRepairer {
  /** The reference repair: every line on its own, the obvious way. */
  repair: (text: string) => RepairResult;
  /** For the differential test's own check: the reference's byte for a character on a page, worked out afresh. */
  byteOn: (page: string, ch: string) => number;
}

/** A reference repairer with caches of its own (repair-reference-pages.ts): make one and use it for a whole test file. */
export function referenceRepairer(): ReferenceRepairer {
  const codec = pageCodec();
  const h = plainHelpers(codec);
  const repair = (text: string): RepairResult => {
    const pieces = text.split(/(\r\n|\r|\n)/);
    const steps: RepairStep[] = [];
    for (let k = 0; k < pieces.length; k += 2) {
      if (!suspicious(codec, pieces[k]!)) continue;
      const repaired = repairLine(codec, pieces[k]!, k / 2 + 1, steps, h);
      if (repaired !== null) pieces[k] = repaired;
    }
    return { text: steps.length ? pieces.join('') : text, steps };
  };
  return { repair, byteOn: codec.byteOnNow };
}

export const referencePageNames = PAGES.map(([name]) => name);
