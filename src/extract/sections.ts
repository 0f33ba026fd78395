/**
 * Sections: each heading (or a paragraph that is only bold text, a common
 * pseudo-heading) starts a section that runs to the next one. Its kind comes
 * from the heading words (tables/sections.ts, many languages); its text is the
 * prose and its items the list entries. The title heading is not a section.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Section, SectionKind } from '../schema/posting.js';
import { cite, type ExtractContext } from './context.js';
import { sourceLine } from './tree.js';
import { sectionPhrases } from './tables/sections.js';
import { phrasePattern } from './text.js';

const kindPatterns: Array<[SectionKind, RegExp]> = sectionPhrases.map(([kind, phrases]) => [kind, phrasePattern(phrases, 'iu')]);

/** The kind of a section heading ("Dein Profil" -> requirements), or "other". */
export function sectionKindOf(heading: string): SectionKind {
  const text = heading.replace(/[*_`#:]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80) return 'other';
  for (const [kind, pattern] of kindPatterns) if (pattern.test(text)) return kind;
  return 'other';
}

interface OpenSection { heading: string; line: number; depth: number; text: string[]; items: string[] }

/** Set sections: each heading's kind, prose and bullet items. */
export function extractSections(ctx: ExtractContext): void {
  const sections: Array<OpenSection & { kind: SectionKind }> = [];
  let current: OpenSection | null = null;
  const close = () => {
    if (current && (current.text.length || current.items.length)) sections.push({ ...current, kind: sectionKindOf(current.heading) });
  };
  const titleLine = ctx.evidence.title?.line;
  for (const node of (ctx.tree as Root).children) {
    const heading = headingOf(node);
    if (heading) {
      close();
      const line = sourceLine(ctx.lines, node.position?.start.line);
      current = line === titleLine && ctx.evidence.title?.rule.startsWith('heading') ? null : { heading, line, depth: node.type === 'heading' ? node.depth : 7, text: [], items: [] };
      continue;
    }
    if (!current) continue;
    if (node.type === 'list') {
      for (const item of node.children) {
        const text = toString(item).replace(/\s+/g, ' ').trim();
        if (text) current.items.push(text);
      }
    } else if (node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'table' || node.type === 'code') {
      const text = toString(node as Nodes).replace(/\s+/g, ' ').trim();
      if (text) current.text.push(text);
    }
  }
  close();
  ctx.fields.sections = sections.map((s): Section => ({ kind: s.kind, heading: s.heading, text: s.text.join('\n\n'), items: s.items }));
  const first = sections.find((s) => s.kind !== 'other');
  if (first) cite(ctx, 'sections', first.line, 'sections.headings', first.heading, 0.8);
}

/** A heading, or a paragraph that is only bold text (ending in ":" or short): its text. */
function headingOf(node: RootContent): string | null {
  if (node.type === 'heading') return toString(node).trim() || null;
  if (node.type === 'paragraph' && node.children.length <= 2 && node.children[0]?.type === 'strong') {
    const rest = node.children[1];
    if (rest && !(rest.type === 'text' && /^[\s:]*$/.test(rest.value))) return null;
    const text = toString(node.children[0]).trim();
    if (text && text.length <= 60 && (text.endsWith(':') || sectionKindOf(text) !== 'other')) return text.replace(/:$/, '').trim();
  }
  return null;
}
