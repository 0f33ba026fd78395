/**
 * The reference's span step, written plainly and apart from src/repair/spans.ts,
 * utf8.ts and scan.ts: for every code page, try a UTF-8 sequence at every
 * position (the bytes from the reference's byteOn, decoded by TextDecoder),
 * group back-to-back sequences into clusters, score each cluster against the
 * line as it reads with the page's other clusters decoded, and let the rules
 * (rules.ts, badness.ts: the shared specification) decide. Slow on purpose:
 * strings, arrays and whole-line rebuilds, no tables, no pre-filter.
 */
import { badness } from '../src/repair/badness.js';
import { deeperLayer, judgeReading, pageGain, stillGarbled, takenClusters, type ClusterEvidence, type ScriptVerdict } from '../src/repair/rules.js';
import type { RepairStep } from '../src/repair/steps.js';

/** What the reference knows of a page: its byte for a character, whether that byte is a fallback, its bit. */
export interface PlainPage {
  name: string;
  bit: number;
  byteOn: (ch: string) => number;
  isFallback: (ch: string) => boolean;
  writesA0AsNbsp: boolean;
}

export interface PlainReplacement { start: number; end: number; text: string }

interface PlainSequence { start: number; end: number; text: string; lossy: boolean; altered: boolean; fallback: number; c1: number }

interface PlainCluster extends ClusterEvidence { c1: number; windows: number; decodedLength: number }

export interface PlainAttempt { page: PlainPage; clusters: PlainCluster[]; gain: number }

const isSurrogate = (ch: string) => ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff;
const isC1 = (ch: string) => ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) <= 0x9f;
const isContinuation = (byte: number) => byte >= 0x80 && byte <= 0xbf;
/** The byte one code unit of the line stands for: ASCII and surrogate halves are never part of a sequence. */
const unitByte = (page: PlainPage, ch: string | undefined) => (ch === undefined || ch.charCodeAt(0) < 0x80 || isSurrogate(ch) ? -1 : page.byteOn(ch));
const count = (chars: string[], test: (ch: string) => boolean) => chars.filter(test).length;

/** The UTF-8 sequence spelled at `start` on a page, accepting what ftfy accepts (a space for 0xA0, a lost byte, CESU-8), or null. */
export function plainSequenceAt(line: string, start: number, page: PlainPage): PlainSequence | null {
  const lead = unitByte(page, line[start]);
  if (lead < 0xc2 || lead > 0xf4) return null;
  const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
  if (start + need >= line.length) return null;
  const chars = line.slice(start, start + need + 1).split('');
  const bytes = [lead];
  let lossy = false;
  let altered = false;
  for (let j = 1; j <= need; j++) {
    const ch = chars[j]!;
    const byte = unitByte(page, ch);
    if (isContinuation(byte)) bytes.push(byte);
    else if (ch === ' ' && page.writesA0AsNbsp && spaceMayStandForA0(line, start, j, need, lead, page)) { bytes.push(0xa0); altered = true; }
    else if (ch === '\uFFFD' || (ch === '?' && page.name === 'windows-1252')) { bytes.push(0x80); lossy = true; }
    else return null;
  }
  const base = { start, end: start + need + 1, lossy, altered, fallback: count(chars, page.isFallback), c1: count(chars, isC1) };
  if (lossy) return { ...base, text: '\uFFFD' };
  let text: string;
  try {
    // ignoreBOM: a sequence that spells U+FEFF is that character, not a byte order mark to drop.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(bytes));
  } catch {
    return lead === 0xed && bytes[1]! >= 0xa0 ? cesuPairAt(line, start, page) : null;
  }
  const cp = text.codePointAt(0)!;
  // Noncharacters are never produced.
  return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe ? null : { ...base, text };
}

/** ftfy's ALTERED_UTF8_RE: where a plain space may stand for byte 0xA0. */
function spaceMayStandForA0(line: string, start: number, j: number, need: number, lead: number, page: PlainPage): boolean {
  if (need === 1) return [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9].includes(lead);
  if (j >= 2) return true;
  if (need !== 2 || (lead !== 0xe2 && lead !== 0xe3)) return false;
  const next = unitByte(page, line[start + 2]);
  return isContinuation(next) && next !== 0x85 && next !== 0xa0;
}

/** A surrogate pair written as two 3-byte sequences (ED A0-AF xx ED B0-BF xx). */
function cesuPairAt(line: string, start: number, page: PlainPage): PlainSequence | null {
  if (start + 6 > line.length) return null;
  const chars = line.slice(start, start + 6).split('');
  const bytes = chars.map((ch, j) => (ch === ' ' && page.writesA0AsNbsp && (j === 1 || j === 4) ? 0xa0 : unitByte(page, ch)));
  if (bytes.some((b) => b < 0)) return null;
  const [b0, b1, b2, b3, b4, b5] = bytes as [number, number, number, number, number, number];
  if (b0 !== 0xed || b1 < 0xa0 || b1 > 0xaf || !isContinuation(b2) || b3 !== 0xed || b4 < 0xb0 || b4 > 0xbf || !isContinuation(b5)) return null;
  const unit = (a: number, b: number) => 0xd000 | ((a & 0x3f) << 6) | (b & 0x3f);
  return {
    start, end: start + 6, text: String.fromCharCode(unit(b1, b2), unit(b4, b5)), lossy: false,
    altered: chars[1] === ' ' || chars[4] === ' ', fallback: count(chars, page.isFallback), c1: count(chars, isC1),
  };
}

/** "Ã " read as "à": the space that followed is put back, except before Portuguese "s ", "quele", "quilo" (às, àquele). */
function withAGraveSpace(line: string, seq: PlainSequence): PlainSequence {
  return seq.altered && seq.text === '\u00e0' && !/^( |s |quel[ea]|quilo)/.test(line.slice(seq.end, seq.end + 6)) ? { ...seq, text: '\u00e0 ' } : seq;
}

/** Every sequence a page reads in a line, left to right, each starting where the last one ended. */
function sequencesOf(line: string, page: PlainPage): PlainSequence[] {
  const found: PlainSequence[] = [];
  for (let i = 0; i < line.length; ) {
    const seq = plainSequenceAt(line, i, page);
    if (!seq) { i++; continue; }
    found.push(withAGraveSpace(line, seq));
    i = seq.end;
  }
  return found;
}

/** Back-to-back sequences are one cluster. */
function groupsOf(seqs: PlainSequence[]): PlainSequence[][] {
  const groups: PlainSequence[][] = [];
  for (const seq of seqs) {
    const last = groups.at(-1);
    if (last && last.at(-1)!.end === seq.start) last.push(seq);
    else groups.push([seq]);
  }
  return groups;
}

/** The shared pieces the reference hands in: its whole-text helpers. */
export interface PlainHelpers {
  pages: PlainPage[];
  mapC1: (text: string) => string;
  /** The least odd reading of a short text, re-decoded up to `depth` more times (every sequence, no evidence). */
  deepest: (text: string, depth: number) => string;
  /** Whether any page reads a pair (lead and what may continue it) in the text. */
  hasPairs: (text: string) => boolean;
}

const codePoints = (text: string) => [...text];
const lastChars = (text: string, n: number) => codePoints(text).slice(-n).join('');
const firstChars = (text: string, n: number) => codePoints(text).slice(0, n).join('');
const codePointCount = (text: string) => codePoints(text).length;

/** One page's clusters with their evidence: each read against the line as it is with the page's other clusters decoded. */
function clustersOf(line: string, page: PlainPage, h: PlainHelpers): PlainCluster[] {
  const groups = groupsOf(sequencesOf(line, page));
  const decoded = groups.map((g) => g.map((s) => s.text).join(''));
  const clusters = groups.map((g, k) => {
    const start = g[0]!.start;
    const end = g.at(-1)!.end;
    // The line with every other cluster of this page decoded, C1 controls as Windows-1252 would show them.
    let left = line.slice(0, start);
    let right = line.slice(end);
    for (let m = k - 1; m >= 0; m--) left = left.slice(0, groups[m]![0]!.start) + decoded[m] + left.slice(groups[m]!.at(-1)!.end);
    for (let m = groups.length - 1; m > k; m--) {
      const [s, e] = [groups[m]![0]!.start - end, groups[m]!.at(-1)!.end - end];
      right = right.slice(0, s) + decoded[m] + right.slice(e);
    }
    return scoreCluster(line, g, decoded[k]!, h.mapC1(left), h.mapC1(right), page, h);
  });
  if (clusters.some((c) => c.gain >= 0)) {
    for (const [from, to] of garbledRuns(line, page, groups)) for (const c of clusters) if (c.start < to && c.end > from) c.gain = -Infinity;
  }
  return clusters;
}

function scoreCluster(line: string, seqs: PlainSequence[], text: string, left: string, right: string, page: PlainPage, h: PlainHelpers): PlainCluster {
  const start = seqs[0]!.start;
  const end = seqs.at(-1)!.end;
  const original = h.mapC1(line.slice(start, end));
  const [l1, r1, l2, r2] = [lastChars(left, 1), firstChars(right, 1), lastChars(left, 2), firstChars(right, 2)];
  const reading = l1 + text + r1;
  let gain = badness(l1 + original + r1) - badness(h.hasPairs(text) ? h.deepest(reading, 2) : reading);
  // A reading still odd with two characters each side is another garble, not a repair (rules.ts stillGarbled).
  const after = badness(h.deepest(l2 + text + r2, 2).replaceAll('\uFFFD', ''), 0);
  if (gain >= 0 && stillGarbled(after, () => badness((l2 + original + r2).replaceAll('\uFFFD', ''), 0))) gain = -Infinity;
  return {
    start, end, text, gain,
    tainted: seqs.some((s) => s.lossy || s.altered),
    lossy: seqs.some((s) => s.lossy),
    sequences: seqs.length,
    lossyCount: seqs.filter((s) => s.lossy).length,
    questionMark: seqs.some((s) => s.lossy && line.slice(s.start, s.end).includes('?')),
    fallback: seqs.reduce((n, s) => n + s.fallback, 0),
    c1: seqs.reduce((n, s) => n + s.c1, 0),
    windows: page.name === 'windows-1252' ? line.slice(start, end).split('').filter((ch) => ch.charCodeAt(0) >= 0x100).length : 0,
    decodedLength: seqs.reduce((n, s) => n + (s.lossy ? 1 : codePointCount(s.text.trimEnd() || s.text)), 0),
  };
}

/** Runs of the page's upper-half characters of which less than two thirds spell UTF-8: decoding inside them trades one garble for another. */
function garbledRuns(line: string, page: PlainPage, groups: PlainSequence[][]): Array<[number, number]> {
  const inSequence = (k: number) => groups.some((g) => g.some((s) => k >= s.start && k < s.end));
  const inRun = (k: number) => inSequence(k) || unitByte(page, line[k]) >= 0x80;
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < line.length; ) {
    if (!inRun(i)) { i++; continue; }
    let j = i;
    while (j < line.length && inRun(j)) j++;
    const loose = line.slice(i, j).split('').filter((_, n) => !inSequence(i + n)).length;
    if (loose * 2 > j - i - loose) runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** The best page's repair of one pass (the largest gain; the first page on a tie), given the previous pass's replacements. */
export function plainBestAttempt(line: string, pages: number, hot: PlainReplacement[], h: PlainHelpers): PlainAttempt | null {
  let best: PlainAttempt | null = null;
  for (const page of h.pages) {
    if (!(pages & (1 << page.bit))) continue;
    const clusters = clustersOf(line, page, h);
    if (!clusters.some((c) => c.gain > 0)) continue;
    const isHot = (c: PlainCluster) => deeperLayer(line, c.start, c.end, hot);
    const hotClusters = new Set(clusters.filter(isHot));
    const verdicts = new Map<PlainCluster, ScriptVerdict>(clusters.filter((c) => !isHot(c)).map((c) => [c, judgeReading(line, c.start, c.end, c.text)]));
    const taken = takenClusters(line, clusters, hotClusters, verdicts);
    if (!taken) continue;
    const gain = pageGain(page.name, taken);
    if (gain > 0 && (!best || gain > best.gain)) best = { page, clusters: taken, gain };
  }
  return best;
}

/** The step a pass records: where, which page (Latin-1 when only C1 controls were read on Windows-1252), how much. */
export function plainStep(line: string, attempt: PlainAttempt, lineNumber: number): RepairStep {
  const { page, clusters } = attempt;
  const c1 = clusters.reduce((n, c) => n + c.c1, 0);
  const windows = clusters.reduce((n, c) => n + c.windows, 0);
  const encoding = page.name === 'windows-1252' && c1 > 0 && windows === 0 ? 'latin-1' : page.name;
  return {
    line: lineNumber, column: codePointCount(line.slice(0, clusters[0]!.start)) + 1, fix: 'redecode', encoding, detail: `utf-8 read as ${encoding}`,
    chars: clusters.reduce((n, c) => n + codePointCount(line.slice(c.start, c.end)), 0),
    pieces: clusters.reduce((n, c) => n + c.decodedLength, 0),
    spans: clusters.map((c) => [c.start, c.end - c.start]),
  };
}

/** The line with the replacements made, and where they now sit in it. */
export function plainSplice(line: string, replacements: PlainReplacement[]): { text: string; placed: PlainReplacement[] } {
  let text = '';
  let pos = 0;
  const placed: PlainReplacement[] = [];
  for (const r of replacements) {
    text += line.slice(pos, r.start);
    placed.push({ start: text.length, end: text.length + r.text.length, text: r.text });
    text += r.text;
    pos = r.end;
  }
  return { text: text + line.slice(pos), placed };
}

/** A recorded span read again on a page, sequence after sequence, or null when it no longer spells UTF-8. */
export function plainDecodeSpan(line: string, start: number, end: number, page: PlainPage): string | null {
  let out = '';
  for (let i = start; i < end; ) {
    const seq = plainSequenceAt(line, i, page);
    if (!seq || seq.end > end) return null;
    out += withAGraveSpace(line, seq).text;
    i = seq.end;
  }
  return out;
}

/** Every strict sequence (and lossy ones marked by U+FFFD) on one page decoded, without weighing evidence. */
export function plainDecodeAll(text: string, page: PlainPage): string {
  let out = '';
  let pos = 0;
  for (let i = 0; i < text.length; ) {
    const seq = unitByte(page, text[i]) >= 0xc2 ? plainSequenceAt(text, i, page) : null;
    if (!seq || seq.altered || (seq.lossy && !text.slice(seq.start, seq.end).includes('\uFFFD'))) { i++; continue; }
    out += text.slice(pos, i) + seq.text;
    pos = i = seq.end;
  }
  return out + text.slice(pos);
}
