/** Source lines of a data value's text, shared by the generic items (data.ts) and the feeds' (data-feeds.ts). */
import { isScalar, type Node } from 'yaml';

/**
 * The file line of each line of a value's text (after `headed` lines of a
 * heading put before it): a block scalar's lines follow its indicator's
 * line, a quoted or flow value's run from its first line, never past its last.
 */
export function textLines(text: string, node: Node, lineAt: (offset: number) => number, headed: number): number[] {
  const first = lineAt(node.range?.[0] ?? 0);
  const last = Math.max(first, lineAt(Math.max((node.range?.[1] ?? 1) - 1, 0)));
  const start = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') ? Math.min(first + 1, last) : first;
  const count = text.split('\n').length;
  return Array.from({ length: count }, (_, index) => (index < headed ? first : Math.min(start + index - headed, last)));
}
