/**
 * Questions the sibling detector asks of a page once per level, per list or
 * per head, answered from indexes built once: a scan of the page's marks or
 * blocks for each head cost heads × marks. Each stands beside its plain
 * scan, used where the page's lines are not in order (a parsed page's are).
 */
import type { Root, RootContent } from 'mdast';
import { startOf, type Mark } from './marks.js';

const isAscending = (values: number[]) => values.every((value, i) => i === 0 || value >= values[i - 1]!);

/** The first index of ascending `sorted` whose value is above `value` (its length when none). */
function firstAbove(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! > value) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The first of the lines (in their order) after `line`: `lines.find((at) => at > line)`. */
export function nextLineAfter(lines: number[]): (line: number) => number | undefined {
  if (!isAscending(lines)) return (line) => lines.find((at) => at > line);
  return (line) => lines[firstAbove(lines, line)];
}

/** Is one of the lines strictly between `after` and `before`: `lines.some((at) => at > after && at < before)`. */
export function someLineBetween(lines: number[]): (after: number, before: number) => boolean {
  if (!isAscending(lines)) return (after, before) => lines.some((at) => at > after && at < before);
  return (after, before) => {
    const at = firstAbove(lines, after);
    return at < lines.length && lines[at]! < before;
  };
}

/** The page's top-level nodes that start strictly between two lines, in page order. */
export function nodesBetween(tree: Root): (start: number, end: number) => RootContent[] {
  const starts = tree.children.map(startOf);
  if (!isAscending(starts)) return (start, end) => tree.children.filter((node) => startOf(node) > start && startOf(node) < end);
  return (start, end) => {
    const from = firstAbove(starts, start);
    let to = from;
    while (to < starts.length && starts[to]! < end) to++;
    return tree.children.slice(from, to);
  };
}

/** Does a head's text come back at its level on another line ("Goals" under each stage of a plan)? Without case. */
export function textElsewhere(marks: Mark[]): (head: Mark) => boolean {
  const keyOf = (mark: Mark) => `${mark.depth} ${mark.text.toLowerCase()}`;
  const lines = new Map<string, Set<number>>();
  for (const mark of marks) {
    const seen = lines.get(keyOf(mark)) ?? new Set<number>();
    lines.set(keyOf(mark), seen.add(mark.start));
  }
  return (head) => {
    const seen = lines.get(keyOf(head));
    return seen !== undefined && (seen.size > 1 || !seen.has(head.start));
  };
}

/** The plain versions, for the differential test. */
export const plain = {
  textElsewhere: (marks: Mark[]) => (head: Mark) => marks.some((mark) => mark.depth === head.depth && mark.start !== head.start && mark.text.toLowerCase() === head.text.toLowerCase()),
  nodesBetween: (tree: Root) => (start: number, end: number) => tree.children.filter((node) => startOf(node) > start && startOf(node) < end),
};
