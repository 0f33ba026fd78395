/**
 * Mojibake repair, line by line and span by span.
 *
 * How a repair is decided (the design, in short):
 * - Fast path: one scan over the text looks for a character that one code
 *   page reads as a UTF-8 lead byte followed by one it reads as a
 *   continuation byte (or a C1 control, or a space/U+FFFD/`?` after a lead).
 *   Lines without such a pair are never looked at again.
 * - For each code page, every complete UTF-8 sequence the line spells is a
 *   candidate (utf8.ts). Adjacent candidates form a cluster: one mangled word
 *   or symbol.
 * - A cluster is re-decoded only on evidence: its badness (badness.ts), with
 *   one character of context on each side, must drop by at least MIN_GAIN.
 *   Readings that restore a lost 0xA0 or a lost byte (U+FFFD) need the same
 *   code page to have repaired a clean cluster on the line, unless their own
 *   gain is large enough.
 * - The code page with the largest total gain wins the pass; passes repeat
 *   until nothing changes, so text encoded two or three times comes back.
 * - Remaining C1 controls are Windows-1252 text read as Latin-1 and become
 *   the Windows-1252 characters (as ftfy's fix_c1_controls).
 * Only the chosen spans change: a correct line, or the correct part of a
 * line, comes out byte for byte the same.
 */
import { codePage, codePages, continuationMask, leadMask, type CodePage } from './codepages.js';
import { badness } from './badness.js';
import { byteOf, sequenceAt, type Sequence } from './utf8.js';

/** One recorded repair: enough to explain it and to replay it with applyPlan. */
export interface RepairStep {
  /** 1-based line number in the text. */
  line: number;
  /** 1-based column (in characters) where the first repaired span started. */
  column: number;
  /** What the step does: re-decode UTF-8 read with `encoding`, or map C1 controls to Windows-1252. */
  fix: 'redecode' | 'c1-controls';
  /** The code page the bytes were wrongly read with, e.g. "mac-roman", "latin-1". */
  encoding: string;
  /** Human-readable: "utf-8 read as mac-roman". */
  detail: string;
  /** How many characters of the line were replaced. */
  chars: number;
  /** How many characters they were replaced with. */
  pieces: number;
  /** The replaced spans as [UTF-16 offset, length] in the line as it was before this step. */
  spans: Array<[number, number]>;
}

/** The repaired text and the steps that made it. */
export interface RepairResult {
  text: string;
  steps: RepairStep[];
}

/** A cluster must lower badness by this much to be re-decoded. */
export const MIN_GAIN = 1;
/** Each character that needs the Latin-1 fallback makes a page a little less likely. */
const FALLBACK_COST = 0.1;
/** The repaired window (a cluster and one character each side) must score at most this. */
const MAX_AFTER = 1.5;
const MAX_PASSES = 4;

const C1_TO_WINDOWS_1252 = codePages[0]!.high.slice(0, 32);

/** Bit mask of pages on which a space after this lead may stand for byte 0xA0. */
const a0LeadMask = new Uint16Array(0x10000);
for (const page of codePages) {
  if (page.high[0x20] !== '\u00a0') continue;
  for (const byte of [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9]) {
    const ch = page.high[byte - 0x80]!;
    a0LeadMask[ch.charCodeAt(0)]! |= 1 << page.bit;
  }
}

/** Repair the mojibake in a text; lines keep their count, their endings and, when correct, every byte. */
export function repairText(text: string): RepairResult {
  const steps: RepairStep[] = [];
  let out = '';
  let copied = 0;
  let lineNumber = 1;
  let lineStart = 0;
  let previousLead = 0;
  let suspicious = false;
  for (let i = 0; i <= text.length; i++) {
    const unit = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (unit === 0x0a || unit === 0x0d) {
      if (suspicious) {
        const line = text.slice(lineStart, i);
        const fixed = repairLine(line, lineNumber);
        if (fixed.steps.length) {
          out += text.slice(copied, lineStart) + fixed.text;
          copied = i;
          steps.push(...fixed.steps);
        }
      }
      if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      lineNumber++;
      lineStart = i + 1;
      previousLead = 0;
      suspicious = false;
      continue;
    }
    if (suspicious) continue;
    if (unit < 0x80) {
      if (previousLead && (unit === 0x3f || (unit === 0x20 && a0LeadMask[text.charCodeAt(i - 1)]))) suspicious = true;
      previousLead = 0;
      continue;
    }
    if ((previousLead & continuationMask[unit]!) || unit <= 0x9f || (previousLead && unit === 0xfffd)) suspicious = true;
    previousLead = leadMask[unit]!;
  }
  if (!steps.length) return { text, steps };
  return { text: out + text.slice(copied), steps };
}

/** Replay recorded steps on a text (as ftfy's apply_plan): each step re-decodes its spans on its line. */
export function applyPlan(text: string, steps: ReadonlyArray<Pick<RepairStep, 'line' | 'fix' | 'encoding' | 'spans'>>): string {
  const parts = text.split(/(\r\n|\n|\r)/);
  for (const step of steps) {
    const index = (step.line - 1) * 2;
    const line = parts[index];
    if (line === undefined) continue;
    if (step.fix === 'c1-controls') { parts[index] = mapC1Controls(line); continue; }
    const page = codePage(step.encoding);
    if (!page) continue;
    const replacements: Replacement[] = [];
    for (const [start, length] of step.spans) {
      const decoded = decodeSpan(line, start, start + length, page);
      if (decoded !== null) replacements.push({ start, end: start + length, text: decoded });
    }
    parts[index] = splice(line, replacements);
  }
  return parts.join('');
}

interface Replacement { start: number; end: number; text: string }

interface Cluster extends Replacement {
  gain: number;
  /** Read with a restored 0xA0 or a lost byte. */
  tainted: boolean;
  lossy: boolean;
  questionMark: boolean;
  sequences: number;
  lossyCount: number;
  fallback: number;
  c1: number;
  windows: number;
  decodedLength: number;
}

interface PageAttempt { page: CodePage; clusters: Cluster[]; gain: number }

function repairLine(line: string, lineNumber: number): RepairResult {
  const steps: RepairStep[] = [];
  let current = line;
  let hot: Replacement[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let best: PageAttempt | undefined;
    for (const page of codePages) {
      const attempt = attemptPage(current, page, hot);
      if (attempt && (!best || attempt.gain > best.gain)) best = attempt;
    }
    if (!best) break;
    steps.push(stepFor(current, best, lineNumber));
    hot = placed(best.clusters);
    current = splice(current, best.clusters);
  }
  if (/[\u0080-\u009f]/.test(current)) {
    const spans = c1Spans(current);
    if (spans.length) {
      steps.push({
        line: lineNumber, column: columnOf(current, spans[0]![0]), fix: 'c1-controls', encoding: 'latin-1',
        detail: 'windows-1252 read as latin-1', chars: spans.length, pieces: spans.length, spans,
      });
      current = mapC1Controls(current);
    }
  }
  return { text: current, steps };
}

/** Where the replacements sit in the spliced line: text decoded once may have been encoded twice. */
function placed(replacements: Replacement[]): Replacement[] {
  const out: Replacement[] = [];
  let shift = 0;
  for (const r of replacements) {
    const start = r.start + shift;
    out.push({ start, end: start + r.text.length, text: r.text });
    shift += r.text.length - (r.end - r.start);
  }
  return out;
}

function stepFor(line: string, attempt: PageAttempt, lineNumber: number): RepairStep {
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
    detail: `utf-8 read as ${encoding}`,
    chars: clusters.reduce((n, c) => n + codePointCount(line.slice(c.start, c.end)), 0),
    pieces: clusters.reduce((n, c) => n + c.decodedLength, 0),
    spans: clusters.map((c) => [c.start, c.end - c.start]),
  };
}

/**
 * The clusters one code page would re-decode in a line, or null when none
 * passes. Evidence rules, from strongest to weakest:
 * - a clean cluster that lowers badness by MIN_GAIN is taken on its own;
 * - so is one inside text the previous pass decoded (a second layer), if it lowers badness at all;
 * - once the page has such evidence on the line, its other clusters need only
 *   not make things worse (a line is usually broken one way throughout);
 * - without it, a lost byte (U+FFFD) needs MIN_GAIN, a restored 0xA0 more than twice that,
 *   and a `?` standing for a lost byte only inside a cluster that also has intact sequences.
 */
function attemptPage(line: string, page: CodePage, hot: Replacement[]): PageAttempt | null {
  const clusters = clustersOf(line, page);
  if (!clusters.length) return null;
  const isHot = (c: Cluster) => hot.some((h) => c.start < h.end && h.start < c.end);
  const strong = (c: Cluster) => (!c.tainted && c.gain >= MIN_GAIN) || (c.gain > 0 && isHot(c));
  const evidence = clusters.some(strong);
  const taken = clusters.filter((c) => {
    if (strong(c)) return true;
    if (evidence) return c.gain > 0 || (c.tainted && c.gain >= 0 && !c.text.includes('\u00a0'));
    if (c.questionMark) return c.sequences > c.lossyCount && c.gain >= MIN_GAIN;
    if (c.lossy) return c.gain >= MIN_GAIN;
    return c.tainted && c.gain > 2 * MIN_GAIN;
  });
  if (!taken.length) return null;
  // Windows-1252 with C1 controls is Latin-1, a page of its own, so only other pages pay for the fallback.
  const fallbackCost = page.name === 'windows-1252' ? 0 : FALLBACK_COST;
  const gain = taken.reduce((sum, c) => sum + c.gain - fallbackCost * c.fallback, 0);
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
    const seq = byteOf(page, line.charCodeAt(i)) >= 0xc2 ? sequenceAt(line, i, page) : null;
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
  const garbled = garbledRuns(line, page, groups);
  const decoded = groups.map((g) => g.map((seq) => seq.text).join(''));
  return groups.map((g, k) => {
    const start = g[0]!.start;
    const end = g[g.length - 1]!.end;
    const left = mapC1Controls((decoded[k - 1] ?? '') + line.slice(k > 0 ? groups[k - 1]!.at(-1)!.end : 0, start));
    const right = mapC1Controls(line.slice(end, k + 1 < groups.length ? groups[k + 1]![0]!.start : line.length) + (decoded[k + 1] ?? ''));
    const cluster = scoreCluster(line, g, decoded[k]!, left, right, page);
    if (garbled.some(([from, to]) => cluster.start < to && from < cluster.end)) cluster.gain = -Infinity;
    return cluster;
  });
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
  for (let i = 0; i < line.length; ) {
    const inRun = (k: number) => inSequence[k] === 1 || byteOf(page, line.charCodeAt(k)) >= 0x80;
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
  const gain = stillGarbled(original, text, left, right)
    ? -Infinity
    : badness(l1 + original + r1) - badness(deepest(l1 + text + r1, 2));
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

/**
 * A reading that is still odd, with two characters of context each side, is
 * no repair, only a different garble (ftfy's "hopeless" case): it must score
 * at most MAX_AFTER, or a quarter of what the text scored before.
 */
function stillGarbled(original: string, text: string, left: string, right: string): boolean {
  const [l2, r2] = [lastChars(left, 2), firstChars(right, 2)];
  // U+FFFD marks a byte that is lost either way; it says nothing about the reading.
  const odd = badness(deepest(l2 + text + r2, 2).replaceAll('\uFFFD', ''), 0);
  return odd > MAX_AFTER && odd > badness((l2 + original + r2).replaceAll('\uFFFD', ''), 0) / 4;
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
  if (depth === 0 || !hasLeadPair(text)) return text;
  let best = text;
  let bestScore = badness(text);
  for (const page of codePages) {
    const decoded = decodeAll(text, page);
    if (decoded === text) continue;
    const candidate = deepest(decoded, depth - 1);
    const score = badness(candidate);
    if (score < bestScore) { best = candidate; bestScore = score; }
  }
  return best;
}

/** Whether some page reads a lead byte followed by a continuation byte (or a lost one) here. */
function hasLeadPair(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const lead = leadMask[text.charCodeAt(i - 1)]!;
    if (lead && (lead & continuationMask[text.charCodeAt(i)]! || text.charCodeAt(i) === 0xfffd)) return true;
  }
  return false;
}

/** Every UTF-8 sequence on one page (strict, or lossy where U+FFFD marks the lost byte), decoded without weighing evidence. */
function decodeAll(text: string, page: CodePage): string {
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
function decodeSpan(line: string, start: number, end: number, page: CodePage): string | null {
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

function splice(line: string, replacements: Replacement[]): string {
  let out = '';
  let pos = 0;
  for (const r of replacements) {
    out += line.slice(pos, r.start) + r.text;
    pos = r.end;
  }
  return out + line.slice(pos);
}

function mapC1Controls(line: string): string {
  return line.replace(/[\u0080-\u009f]/g, (ch) => C1_TO_WINDOWS_1252[ch.charCodeAt(0) - 0x80]!);
}

/** Spans of C1 controls that Windows-1252 assigns a character to. */
function c1Spans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit >= 0x80 && unit <= 0x9f && C1_TO_WINDOWS_1252[unit - 0x80] !== String.fromCharCode(unit)) spans.push([i, 1]);
  }
  return spans;
}

function columnOf(line: string, offset: number): number {
  return codePointCount(line.slice(0, offset)) + 1;
}

function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) n++;
  }
  return n;
}

/** @internal debugging aid */
export function debugClusters(line: string): unknown {
  return codePages.map((page) => ({ page: page.name, clusters: clustersOf(line, page).map((c) => ({ s: line.slice(c.start, c.end), t: c.text, g: c.gain, tainted: c.tainted })) })).filter((x) => x.clusters.length);
}
