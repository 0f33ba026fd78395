/**
 * Postings as blocks of "Label: value" lines: a plain-text or Markdown careers
 * page names each role on a short line and states its facts on the lines just
 * under it, one "Label: value" a line, then a blank line and the next role:
 *   Backend Engineer / Location: Berlin / Type: Full-time / Apply: https://…
 * In Markdown such a block is one paragraph (no blank line between its lines),
 * or a one-line paragraph over a list of the label lines ("- Location: Berlin").
 * The repetition is the signal, whatever the language: two blocks or more,
 * each a role line over label lines only, the blocks sharing two labels or
 * more, one of them a place ("Location", "Standort", "Lieu", "Ubicación":
 * locationLabels). Precision first: the role lines differ, half of them at
 * least read as job titles, none names a section or a field of a posting; no
 * value is a period ("2020 - 2023": a résumé's entries); a page with a
 * posting's own section before the last block is one posting. Each
 * posting is its block; what the page says around them is the page's.
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import { locationLabels } from '../extract/tables/places.js';
import { isUnderlinedBlock, startOf, type Mark } from './marks.js';
import { INTRO_OF_A_POSTING, type Range } from './ranges.js';
import { isPeriodLine } from './periods.js';
import { namesPostingField } from './field-headings.js';

/** Markdown's emphasis and list marks around a line's text. */
const bare = (text: string) => text.trim().replace(/^(?:[-*+]\s+)?[*_]+|[*_]+$/g, '').trim();

/** A label line's label: one to three words before a colon, a value after it ("Location: Berlin", "**Lieu :** Paris"). */
function labelOf(line: string): string | undefined {
  // Spaces before the colon are read one way (`\s*(?:[*_]+\s*)?`, not `\s*[*_]*\s*`): two runs of spaces side by side split a
  // long run every way, quadratic on a line of 20,000 spaces before "x: y" (review28).
  const match = /^(?:[-*+]\s+)?[*_]*([\p{L}][\p{L}\p{M}'’ /-]{0,30}?)\s*(?:[*_]+\s*)?[:：]\s*[*_]*\s*\S/u.exec(line.trim());
  if (!match || match[1]!.trim().split(/\s+/).length > 3) return undefined;
  return match[1]!.toLowerCase().trim();
}

const PLACE_LABELS = new Set(locationLabels.map((label) => label.toLowerCase()));

/** A role line: short, no label, no sentence, no section or field of a posting. */
function isRoleLine(line: string): boolean {
  const text = bare(line);
  return text.length > 1 && text.length <= 100 && labelOf(line) === undefined && !/[:：.!?。！？]$/.test(text)
    && !/^https?:/i.test(text) && sectionKindOf(text) === 'other' && !namesPostingField(text);
}

interface Block { start: number; end: number; role: string; labels: Set<string> }

export function labelLineSegments(tree: Root, body: BodyLine[], marks: Mark[]): Range[] | undefined {
  const blocks: Block[] = [];
  for (const [index, node] of tree.children.entries()) {
    // A rule written right under a block ("Apply: …" then "---") makes the block a heading (a setext one): the block without its rule.
    const underlined = node.type === 'heading' && isUnderlinedBlock(node);
    if (node.type !== 'paragraph' && !underlined) continue;
    const start = startOf(node);
    // The label lines may also be a list right under a one-line role ("Backend Engineer" / "- Location: Berlin").
    const next = tree.children[index + 1];
    const listed = !underlined && next?.type === 'list' && (node.position?.end.line ?? 0) === start + 1;
    const end = ((listed ? next : node).position?.end.line ?? start + 1) - (underlined ? 1 : 0);
    const lines = body.slice(start, end).map((line) => line.text).filter((text) => text.trim());
    if (lines.length < 3 || !isRoleLine(lines[0]!)) continue;
    const labels = lines.slice(1).map(labelOf);
    if (labels.some((label) => label === undefined)) continue;
    // A value over a period ("Period: 2020 - 2023") makes the block a résumé's entry, never a posting.
    if (lines.slice(1).some((line) => isPeriodLine(line.slice(line.search(/[:：]/) + 1)))) return undefined;
    blocks.push({ start, end, role: bare(lines[0]!), labels: new Set(labels as string[]) });
  }
  if (blocks.length < 2) return undefined;
  const shared = [...blocks[0]!.labels].filter((label) => blocks.every((block) => block.labels.has(label)));
  if (shared.length < 2 || !shared.some((label) => PLACE_LABELS.has(label))) return undefined;
  if (new Set(blocks.map((block) => block.role.toLowerCase())).size < blocks.length) return undefined;
  if (blocks.filter((block) => looksLikeJobTitle(block.role)).length * 2 < blocks.length) return undefined;
  // A posting's own section before the last block ("## Responsibilities") makes the first block that posting's head.
  if (marks.some((mark) => mark.start < blocks.at(-1)!.start && INTRO_OF_A_POSTING.has(sectionKindOf(mark.text)))) return undefined;
  return blocks.map((block) => ({ start: block.start, end: block.end, depth: 7, mark: block.role }));
}
