/**
 * A cheap look at a small file before it runs on the fast path (this thread
 * or a pool worker, where nothing can stop it): does it have the shape that
 * makes the Markdown parse and the section extraction slow, whatever its
 * size? Measured in CPU time at 4 KiB: `## h` / `- x` repeated takes 0.4 s,
 * `> - > - > - x` lines 0.25 s, 4 s at 16 KiB and 28 s at 60 KiB; prose of
 * the same size takes 0.02 s. Such a file runs in the budget worker
 * (budget.ts) instead, with the time and memory limits.
 *
 * The look is one pass over the bytes, counting lines that open a block
 * (heading, list item, quote, setext underline, table row), the deepest run
 * of quote and list markers at a line's start, and HTML tags. Real postings
 * stay far below the limits (tests/budgets-precheck.test.ts checks the
 * fixtures and, when present, the real corpus).
 *
 * A line of HTML counts by its tags, not as a block line: pages of up to
 * MAX_TAGS tags cost about a second of CPU and 20-50 MB cold, whatever their
 * lines (measured: 2,450 tags as `<br>`, `<li>` or `<h2>` lines, and real
 * pages of 35-70 KB), while counting their lines sent every such page, and
 * with it a second isolate for the rest of the run, to a budget worker (#18).
 */

/** Lines opening a block, past which a file runs in the budget worker. */
export const MAX_BLOCK_LINES = 400;
/** Quote and list markers nested at one line's start (`> - > -`), past which it does. */
export const MAX_MARKER_DEPTH = 4;
/** HTML tags (`<` before a letter or `/`), past which it does: `<li>` lists cost about 100 ms a KiB. */
export const MAX_TAGS = 2500;

export interface Shape {
  lines: number;
  blockLines: number;
  markerDepth: number;
  tags: number;
}

/** Count what makes parsing costly; linear in the bytes, no allocation. */
export function fileShape(bytes: Uint8Array): Shape {
  let lines = 0;
  let blockLines = 0;
  let markerDepth = 0;
  let tags = 0;
  for (let i = bytes.indexOf(0x3c); i !== -1; i = bytes.indexOf(0x3c, i + 1)) {
    const next = bytes[i + 1] ?? 0;
    if (next === 0x2f || (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) tags++;
  }
  let at = 0;
  while (at < bytes.length) {
    lines++;
    let depth = 0;
    let opensBlock = false;
    let i = at;
    // Leading markers: spaces, then `>` or a bullet followed by a space, again and again.
    for (;;) {
      while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09)) i++;
      const byte = bytes[i];
      const next = bytes[i + 1];
      if (byte === 0x3e /* > */ || ((byte === 0x2d || byte === 0x2a || byte === 0x2b) /* - * + */ && (next === 0x20 || next === 0x09))) {
        depth++;
        opensBlock = true;
        i++;
        continue;
      }
      if (depth === 0 && (byte === 0x23 /* # */ || byte === 0x3d /* = */ || byte === 0x7c /* | */)) opensBlock = true;
      break;
    }
    if (opensBlock) blockLines++;
    if (depth > markerDepth) markerDepth = depth;
    const end = bytes.indexOf(0x0a, i);
    at = end === -1 ? bytes.length : end + 1;
  }
  return { lines, blockLines, markerDepth, tags };
}

/** Whether a file should run under the budget although it is small. */
export function looksCostly(bytes: Uint8Array): boolean {
  const shape = fileShape(bytes);
  return shape.blockLines > MAX_BLOCK_LINES || shape.markerDepth > MAX_MARKER_DEPTH || shape.tags > MAX_TAGS;
}

/** The plain version of fileShape, on text, line by line with patterns: the differential test holds the two together. */
export function fileShapePlain(text: string): Shape {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  let blockLines = 0;
  let markerDepth = 0;
  for (const line of lines) {
    const markers = /^(?:[ \t]*(?:>|[-*+][ \t]))*/.exec(line)![0];
    const depth = (markers.match(/>|[-*+][ \t]/g) ?? []).length;
    if (depth > 0 || /^[ \t]*[#=|]/.test(line)) blockLines++;
    markerDepth = Math.max(markerDepth, depth);
  }
  const tags = (text.match(/<[a-zA-Z/]/g) ?? []).length;
  return { lines: lines.length, blockLines, markerDepth, tags };
}
