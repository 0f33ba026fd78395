/**
 * The span engine, for lines that are not mojibake throughout: for each page,
 * every complete UTF-8 sequence is a candidate (utf8.ts); adjacent ones form
 * a cluster (a mangled word or symbol), scored against one character of
 * context each side, read as it will be once the page's other clusters are
 * decoded. rules.ts decides which clusters a page takes; the page with the
 * largest total gain wins the pass.
 */
import { codePages, type CodePage } from './codepages.js';
import { badness } from './badness.js';
import { byteOf, sequenceAt, type Sequence } from './utf8.js';
import { deeperLayer, judgeReading, pageGain, stillGarbled, takenClusters, type ClusterEvidence } from './rules.js';
import { pagesWithPairs, sequenceStartingAt } from './scan.js';
import { codePointCount, columnOf, mapC1Controls, redecodeDetail, type RepairStep } from './steps.js';

export interface Replacement { start: number; end: number; text: string }

interface Cluster extends ClusterEvidence {
  c1: number;
  windows: number;
  decodedLength: number;
}

export interface PageAttempt { page: CodePage; clusters: Cluster[]; gain: number }

/** The best page's repair of one pass over a line, given what the previous pass replaced (`hot`), or null. */
export function bestAttempt(line: string, pages: number, hot: Replacement[]): PageAttempt | null {
  let best: PageAttempt | null = null;
  for (let k = 0; k < codePages.length; k++) {
    const page = codePages[k]!;
    if (!(pages & (1 << page.bit))) continue;
    const attempt = attemptPage(line, page, hot);
    if (attempt && (!best || attempt.gain > best.gain)) best = attempt;
  }
  return best;
}

/** The clusters one code page would re-decode in a line (rules.ts takenClusters), or null when none passes. */
function attemptPage(line: string, page: CodePage, hot: Replacement[]): PageAttempt | null {
  const clusters = clustersOf(line, page);
  // rules.ts takes no cluster that does not lower badness, so such a page needs no verdicts.
  let anyGain = false;
  for (let k = 0; k < clusters.length && !anyGain; k++) anyGain = clusters[k]!.gain > 0;
  if (!anyGain) return null;
  const hotClusters = hot.length ? new Set(clusters.filter((c) => deeperLayer(line, c.start, c.end, hot))) : new Set<Cluster>();
  // Script agreement (rules.ts) judges readings of the line as it came; a deeper layer is judged by the pass that found it.
  const verdicts = new Map(clusters.filter((c) => !hotClusters.has(c)).map((c) => [c, judgeReading(line, c.start, c.end, c.text)] as const));
  const taken = takenClusters(line, clusters, hotClusters, verdicts);
  if (!taken) return null;
  const gain = pageGain(page.name, taken);
  return gain > 0 ? { page, clusters: taken, gain } : null;
}

/**
 * Group adjacent UTF-8 sequences into clusters and score each against its
 * context. The context is read as it would be after this page's other
 * clusters are decoded too, so each cluster is judged on its own damage,
 * not its neighbours'.
 */
function clustersOf(line: string, page: CodePage): Cluster[] {
  const groups: Sequence[][] = [];
  let group: Sequence[] = [];
  for (let i = 0; i < line.length; ) {
    const seq = sequenceStartingAt(line, i, page);
    if (!seq) {
      if (group.length) groups.push(group);
      group = [];
      i++;
      continue;
    }
    if (seq.altered && seq.text === '\u00e0') keepSpaceAfterAGrave(line, seq);
    group.push(seq);
    i = seq.end;
  }
  if (group.length) groups.push(group);
  if (!groups.length) return [];
  // Loops and push, not map/some: an array that map makes has another elements kind in optimised code than
  // in the interpreter, and each such change cost a first call a deoptimisation and a compile of this function.
  const decoded: string[] = [];
  for (const g of groups) {
    let text = '';
    for (const seq of g) text += seq.text;
    decoded.push(text);
  }
  const clusters: Cluster[] = [];
  let anyGain = false;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const start = g[0]!.start;
    const end = g[g.length - 1]!.end;
    // Up to four code units of context each side (two characters, surrogate pairs included).
    const previousEnd = k > 0 ? groups[k - 1]!.at(-1)!.end : 0;
    const nextStart = k + 1 < groups.length ? groups[k + 1]![0]!.start : line.length;
    const left = mapC1Controls((start - previousEnd < 4 ? decoded[k - 1] ?? '' : '') + line.slice(Math.max(previousEnd, start - 4), start));
    const right = mapC1Controls(line.slice(end, Math.min(nextStart, end + 4)) + (nextStart - end < 4 ? decoded[k + 1] ?? '' : ''));
    const cluster = scoreCluster(line, g, decoded[k]!, left, right, page);
    anyGain ||= cluster.gain >= 0;
    clusters.push(cluster);
  }
  if (anyGain) {
    const runs = garbledRuns(line, page, groups).map(([start, end]) => ({ start, end }));
    for (const c of overlapping(clusters, runs)) c.gain = -Infinity;
  }
  return clusters;
}

/** The items that overlap any of the ranges; both lists are sorted by position, so one sweep does it. */
function overlapping<T extends { start: number; end: number }>(items: T[], ranges: Array<{ start: number; end: number }>): Set<T> {
  const found = new Set<T>();
  let r = 0;
  for (const item of items) {
    while (r < ranges.length && ranges[r]!.end <= item.start) r++;
    for (let k = r; k < ranges.length && ranges[k]!.start < item.end; k++) {
      if (ranges[k]!.end > item.start) { found.add(item); break; }
    }
  }
  return found;
}

/**
 * Runs of this page's upper-half characters of which less than two thirds
 * spell UTF-8: decoding a few sequences inside such a run only trades one
 * garble for another, so none of them is taken (ftfy leaves these alone too).
 */
function garbledRuns(line: string, page: CodePage, groups: Sequence[][]): Array<[number, number]> {
  const inSequence = new Uint8Array(line.length);
  for (const g of groups) for (const seq of g) inSequence.fill(1, seq.start, seq.end);
  const runs: Array<[number, number]> = [];
  const inRun = (k: number) => inSequence[k] === 1 || byteOf(page, line.charCodeAt(k)) >= 0x80;
  for (let i = 0; i < line.length; ) {
    if (!inRun(i)) { i++; continue; }
    let j = i;
    let loose = 0;
    while (j < line.length && inRun(j)) { if (!inSequence[j]) loose++; j++; }
    if (loose * 2 > j - i - loose) runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * "Ã " is "à" whose 0xA0 became a space; usually a space followed it too, and
 * was swallowed, so it is put back, except before Portuguese "s " and "quele"
 * (às, àquele), where the 0xA0 was the only separator (ftfy's rule).
 */
function keepSpaceAfterAGrave(line: string, seq: Sequence): void {
  const rest = line.slice(seq.end, seq.end + 6);
  if (!/^( |s |quel[ea]|quilo)/.test(rest)) seq.text = '\u00e0 ';
}

function scoreCluster(line: string, seqs: Sequence[], text: string, left: string, right: string, page: CodePage): Cluster {
  const start = seqs[0]!.start;
  const end = seqs[seqs.length - 1]!.end;
  const original = mapC1Controls(line.slice(start, end));
  // C1 controls left alone become Windows-1252 anyway, so they are no evidence; a second layer is judged by its final reading.
  const [l1, r1] = [lastChars(left, 1), firstChars(right, 1)];
  const reading = l1 + text + r1;
  let gain = badness(l1 + original + r1) - badness(pagesWithPairs(text) ? deepest(reading, 2) : reading);
  if (gain >= 0 && garbledInContext(original, text, left, right)) gain = -Infinity;
  let windows = 0;
  for (let i = start; i < end; i++) {
    if (page.name === 'windows-1252' && line.charCodeAt(i) >= 0x100) windows++;
  }
  return {
    start, end, text, gain,
    tainted: seqs.some((s) => s.lossy || s.altered),
    lossy: seqs.some((s) => s.lossy),
    sequences: seqs.length,
    lossyCount: seqs.filter((s) => s.lossy).length,
    questionMark: seqs.some((s) => s.lossy && line.slice(s.start, s.end).includes('?')),
    fallback: seqs.reduce((n, s) => n + s.fallback, 0),
    c1: seqs.reduce((n, s) => n + s.c1, 0),
    windows,
    decodedLength: seqs.reduce((n, s) => n + (s.lossy ? 1 : codePointCount(s.text.trimEnd() || s.text)), 0),
  };
}

/** rules.ts stillGarbled, with two characters of context each side. */
function garbledInContext(original: string, text: string, left: string, right: string): boolean {
  const [l2, r2] = [lastChars(left, 2), firstChars(right, 2)];
  // U+FFFD marks a byte that is lost either way; it says nothing about the reading.
  const after = badness(deepest(l2 + text + r2, 2).replaceAll('\uFFFD', ''), 0);
  return stillGarbled(after, () => badness((l2 + original + r2).replaceAll('\uFFFD', ''), 0));
}

/** The last `n` characters (code points) of a string. */
function lastChars(text: string, n: number): string {
  let i = text.length;
  for (let k = 0; k < n && i > 0; k++) i -= i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return text.slice(i);
}

/** The first `n` characters (code points) of a string. */
function firstChars(text: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < text.length; k++) i += (text.charCodeAt(i) & 0xfc00) === 0xd800 && i + 1 < text.length ? 2 : 1;
  return text.slice(0, i);
}

/** The least odd reading of a short text: as it is, or re-decoded up to `depth` more times. */
function deepest(text: string, depth: number): string {
  const pages = depth === 0 ? 0 : pagesWithPairs(text);
  if (!pages) return text;
  let best = text;
  let bestScore = badness(text);
  for (let k = 0; k < codePages.length; k++) {
    const page = codePages[k]!;
    if (!(pages & (1 << page.bit))) continue;
    const decoded = decodeAll(text, page);
    if (decoded === text) continue;
    const candidate = deepest(decoded, depth - 1);
    const score = badness(candidate);
    if (score < bestScore) { best = candidate; bestScore = score; }
  }
  return best;
}

/** Every UTF-8 sequence on one page (strict, or lossy where U+FFFD marks the lost byte), decoded without weighing evidence. */
export function decodeAll(text: string, page: CodePage): string {
  let out = '';
  let pos = 0;
  for (let i = 0; i < text.length; ) {
    const seq = byteOf(page, text.charCodeAt(i)) >= 0xc2 ? sequenceAt(text, i, page) : null;
    if (!seq || seq.altered || (seq.lossy && !text.slice(seq.start, seq.end).includes('\uFFFD'))) { i++; continue; }
    out += text.slice(pos, i) + seq.text;
    pos = i = seq.end;
  }
  return out + text.slice(pos);
}

/** Re-decode a recorded span with a code page; null when it no longer spells UTF-8. */
export function decodeSpan(line: string, start: number, end: number, page: CodePage): string | null {
  let out = '';
  for (let i = start; i < end; ) {
    const seq = sequenceAt(line, i, page);
    if (!seq || seq.end > end) return null;
    if (seq.altered && seq.text === '\u00e0') keepSpaceAfterAGrave(line, seq);
    out += seq.text;
    i = seq.end;
  }
  return out;
}

export function splice(line: string, replacements: Replacement[]): string {
  let out = '';
  let pos = 0;
  for (const r of replacements) {
    out += line.slice(pos, r.start) + r.text;
    pos = r.end;
  }
  return out + line.slice(pos);
}

/** Where the replacements sit in the spliced line: text decoded once may have been encoded twice. */
export function placed(replacements: Replacement[]): Replacement[] {
  const out: Replacement[] = [];
  let shift = 0;
  for (const r of replacements) {
    const start = r.start + shift;
    out.push({ start, end: start + r.text.length, text: r.text });
    shift += r.text.length - (r.end - r.start);
  }
  return out;
}

export function stepFor(line: string, attempt: PageAttempt, lineNumber: number): RepairStep {
  const { page, clusters } = attempt;
  // Windows-1252 mojibake made only of C1 controls was read as Latin-1.
  const c1 = clusters.reduce((n, c) => n + c.c1, 0);
  const windows = clusters.reduce((n, c) => n + c.windows, 0);
  const encoding = page.name === 'windows-1252' && c1 > 0 && windows === 0 ? 'latin-1' : page.name;
  return {
    line: lineNumber,
    column: columnOf(line, clusters[0]!.start),
    fix: 'redecode',
    encoding,
    detail: redecodeDetail(encoding),
    chars: clusters.reduce((n, c) => n + codePointCount(line.slice(c.start, c.end)), 0),
    pieces: clusters.reduce((n, c) => n + c.decodedLength, 0),
    spans: clusters.map((c) => [c.start, c.end - c.start]),
  };
}
