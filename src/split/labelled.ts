/**
 * Postings as labelled blocks: a page made in an editor heads each role with
 * a short line (a plain paragraph "Web Designer", a heading that need not
 * read as a job title) and gives it the same inner labels as the next role:
 * short lines set in bold ("**Requirements**") or ending in a colon
 * ("Duties:"). The repetition is the signal, whatever the language: the
 * page's first label comes back once per role, each block holds two or
 * more labels that every block holds, and the line just before each first
 * label is the role. Precision first: every block needs its role line (a
 * short line, no label, no sentence, no section), the role lines differ and
 * one of them at least reads as a job title; a page that reads as one
 * posting before the first role line is left whole. The last block ends
 * with its last label's text; what follows is the page's, as its intro is.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import { textOf } from '../extract/tree.js';
import { titleLabels } from '../extract/tables/titles.js';
import { escapeRegExp } from '../extract/text.js';
import { BOLD_LINE, startOf, type Mark } from './marks.js';
import { hasText, postingBefore, type Range } from './ranges.js';

/** Label text compared without case, spaces or punctuation ("Requisitos:" = "requisitos"). */
const key = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

const oneLine = (node: Nodes) => (node.position?.start.line ?? 0) === (node.position?.end.line ?? -1);
const plainText = (node: Nodes) => textOf(node).replace(/\s+/g, ' ').trim();

/** A label line: one short line in bold only, or ending in a colon; also a heading ending in a colon (a page whose every line is a heading: "<h1>岗位职责：</h1>"). */
function labelOf(node: RootContent): string | undefined {
  if (node.type === 'heading') {
    const text = plainText(node);
    return text.length <= 60 && /[:：]$/.test(text) ? key(text) || undefined : undefined;
  }
  if (node.type !== 'paragraph' || !oneLine(node)) return undefined;
  const text = plainText(node);
  if (!text || text.length > 60) return undefined;
  const parts = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  const bold = parts.length === 1 && parts[0]!.type === 'strong';
  if (!bold && !/[:：]$/.test(text)) return undefined;
  return key(text) || undefined;
}

/** A title label and its value ("Position: Backend Engineer", "职位名称：…"; `titleLabels`, every language). */
const TITLE_LABEL = new RegExp(`^(?:${[...new Set(Object.values(titleLabels).flat())].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*[:：]\\s*\\S`, 'iu');

/** A role line: a heading or a one-line paragraph, short, no label, no sentence, no section of a posting (a title label's line is none). */
function roleLineOf(node: RootContent): string | undefined {
  if (node.type !== 'heading' && !(node.type === 'paragraph' && oneLine(node))) return undefined;
  const text = plainText(node).replace(/^\*\*|\*\*$/g, '');
  if (!text || text.length > 100 || /[:：.!?。！？]$/.test(text)) return undefined;
  return sectionKindOf(text) === 'other' || TITLE_LABEL.test(text) ? text : undefined;
}

export function labelledBlockSegments(tree: Root, body: BodyLine[], marks: Mark[]): Range[] | undefined {
  const nodes = tree.children;
  const labels = nodes.map(labelOf);
  const counts = new Map<string, number>();
  for (const label of labels) if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  const first = labels.find((label) => label && counts.get(label)! >= 2);
  if (!first) return undefined;
  const opens = labels.flatMap((label, index) => label === first ? [index] : []);
  // The labels of each block, from its first label to the next block's.
  const blockLabels = opens.map((open, i) => labels.slice(open, opens[i + 1] ?? nodes.length).filter((label): label is string => label !== undefined));
  const shared = [...new Set(blockLabels[0])].filter((label) => blockLabels.every((inner) => inner.includes(label)));
  if (shared.length < 2) return undefined;
  // Each block's role: the nearest role line above its first label, after the block above's last label.
  const roles: Array<{ index: number; text: string }> = [];
  for (const [i, open] of opens.entries()) {
    const floor = i === 0 ? 0 : opens[i - 1]! + lastLabelOffset(labels, opens[i - 1]!, open) + 1;
    let found: { index: number; text: string } | undefined;
    for (let at = open - 1; at >= floor && !found; at--) {
      const text = labels[at] ? undefined : roleLineOf(nodes[at]!);
      if (text) found = { index: at, text };
    }
    if (!found) return undefined;
    roles.push(found);
  }
  if (new Set(roles.map((role) => key(role.text))).size < roles.length || !roles.some((role) => looksLikeJobTitle(role.text))) return undefined;
  const starts = roles.map((role) => startOf(nodes[role.index]!));
  if (postingBefore(marks, starts[0]!)) return undefined;
  // The last block ends with its last label's text: the lines after it ("Send your CV to …") are the page's, for every role.
  const lastOpen = opens[opens.length - 1]!;
  const after = lastOpen + lastLabelOffset(labels, lastOpen, nodes.length) + 1;
  let close = after;
  if (nodes[close]?.type === 'list') while (nodes[close]?.type === 'list') close++;
  else if (nodes[close]) close++;
  const pageEnd = nodes[close] ? startOf(nodes[close]!) : body.length;
  const ranges = roles.map((role, i) => {
    const node = nodes[role.index]!;
    const depth = node.type === 'heading' ? node.depth : BOLD_LINE;
    return { start: starts[i]!, end: starts[i + 1] ?? pageEnd, depth, mark: role.text };
  });
  return ranges.every((range) => hasText(body, range.start + 1, range.end)) ? ranges : undefined;
}

/** How far after `open` the last label before `next` sits. */
function lastLabelOffset(labels: Array<string | undefined>, open: number, next: number): number {
  let last = open;
  for (let at = open; at < next; at++) if (labels[at]) last = at;
  return last - open;
}
