/**
 * Postings as repeated blocks: a job board digest or a research page gives
 * each role a heading with the same inner headings ("자격 요건", "우대사항",
 * "Requirements"), while the role headings themselves need not read as job
 * titles ("개발 (협력사 플랫폼 시스템 백엔드 개발)"). A level counts when two
 * or more of its blocks share an inner heading and two or more of their own
 * headings read as job titles; a block without a shared inner heading (an
 * intro, "How to apply") is no posting. A single posting's sections have
 * inner headings of their own, but not the same ones twice under
 * job-title headings.
 */
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import type { Mark } from './marks.js';
import { hasText, isRoleHeading, postingBefore, type Range } from './ranges.js';

interface Block { mark: Mark; end: number; inner: string[] }

/** Heading text compared without case, spaces or punctuation ("우대 사항" = "우대사항"). */
const key = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

export function repeatedSectionSegments(marks: Mark[], body: BodyLine[]): Range[] | undefined {
  const headings = marks.filter((mark) => mark.depth <= 6);
  let best: Block[] | undefined;
  for (let depth = 1; depth <= 5; depth++) {
    const blocks = blocksAt(headings, depth, body.length);
    const seen = new Map<string, number>();
    for (const block of blocks) for (const inner of new Set(block.inner)) seen.set(inner, (seen.get(inner) ?? 0) + 1);
    const structured = blocks.filter((block) => sectionKindOf(block.mark.text) === 'other' && block.inner.some((inner) => seen.get(inner)! >= 2));
    if (structured.length < 2 || structured.filter((block) => looksLikeJobTitle(block.mark.text)).length < 2) continue;
    // The deeper level wins a tie: a company's heading above its role repeats the same inner headings further down.
    if (structured.length >= (best?.length ?? 0)) best = structured;
  }
  if (!best || postingBefore(marks, best[0]!.mark.start)) return undefined;
  const ranges = best.map((block) => ({ start: block.mark.start, end: block.end, depth: block.mark.depth, mark: block.mark.text }));
  return ranges.every((range) => hasText(body, range.start + 1, range.end)) ? ranges : undefined;
}

/** The blocks of one heading level: each heading's run and the texts of its nearest inner headings (role headings aside). */
function blocksAt(headings: Mark[], depth: number, bodyLength: number): Block[] {
  const blocks: Block[] = [];
  headings.forEach((mark, index) => {
    if (mark.depth !== depth) return;
    const next = headings.findIndex((other, at) => at > index && other.depth <= depth);
    const inside = headings.slice(index + 1, next === -1 ? undefined : next);
    const nearest = Math.min(...inside.map((inner) => inner.depth));
    const inner = inside.filter((h) => h.depth === nearest && !isRoleHeading(h.text)).map((h) => key(h.text)).filter(Boolean);
    blocks.push({ mark, end: next === -1 ? bodyLength : headings[next]!.start, inner });
  });
  return blocks;
}
