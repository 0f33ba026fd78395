/**
 * Roles named twice: a line announces the vacancies by name ("**모집 분야:
 * Back-end, Android**", "Open positions: Backend, iOS") and headings of one
 * level below it start with those names ("#### Back-end (경력)", "#### Android
 * (경력)"). Two places agree, so the names need not read as job titles. Each
 * such heading is a posting, to the next heading of its level or above (a
 * heading that goes on in other words, "Backend tasks", is a section); the
 * headings after the last one ("How we work", "Apply") are the page's.
 * Lines in bold count as a level below the headings.
 */
import type { Heading, Link, PhrasingContent, Root } from 'mdast';
import type { BodyLine } from '../document.js';
import { textOf } from '../extract/tree.js';
import { hasText, namesOneRole, type Range } from './ranges.js';
import { BOLD_LINE, startOf, type Mark } from './marks.js';
import { sectionKindOf } from '../extract/sections.js';
import { namesVacancies } from './vacancy-names.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';

/** Names in an announcing line: "Back-end, Android", "Backend / iOS", "Backend and iOS". */
const NAME_SEPARATOR = /\s*(?:[,，、/|;]|\s(?:and|und|et|y|e|en|i|и|та)\s)\s*/u;
const MAX_NAME_LENGTH = 40;

/** A heading names an announced role when its text starts with the name (case, hyphens and spaces aside). */
const folded = (text: string) => text.toLowerCase().replace(/[\s\-–_.]+/g, '');

export function announcedRoleSegments(body: BodyLine[], marks: Mark[]): Range[] | undefined {
  for (const line of body.keys()) {
    const names = announcedNames(body[line]!.text);
    if (!names) continue;
    // Headings, and lines in bold as a level below them (an editor's page: "**Back-end (경력)**").
    const headings = marks.filter((mark) => (mark.depth <= 6 || mark.depth === BOLD_LINE) && mark.start > line);
    for (const depth of [1, 2, 3, 4, 5, 6, BOLD_LINE]) {
      const level = headings.filter((mark) => mark.depth === depth);
      const roles = names.map((name) => level.find((mark) => namesRole(mark.text, name)));
      if (roles.some((role) => role === undefined) || roles.some((role, i) => i > 0 && role!.start <= roles[i - 1]!.start)) continue;
      // A bold section label inside a role ("**Requirements**") does not end it; another bold line ("**How we work**") does.
      const ends = (mark: Mark) => mark.depth < depth || (mark.depth === depth && (depth <= 6 || roles.includes(mark) || sectionKindOf(mark.text) === 'other'));
      const ranges = roles.map((role) => ({ start: role!.start, end: headings.find((mark) => mark.start > role!.start && ends(mark))?.start ?? body.length, depth, mark: role!.text }));
      if (ranges.every((range) => hasText(body, range.start + 1, range.end))) return ranges;
    }
  }
  return undefined;
}

/**
 * Does a heading name the announced role: its name alone, with a bracket or a dash after it ("Back-end (경력)"), or a job
 * title that starts with it ("Backend Engineer")? "Backend tasks" is a section of one posting's work.
 */
function namesRole(heading: string, name: string): boolean {
  const text = folded(heading);
  if (!text.startsWith(folded(name))) return false;
  const rest = text.slice(folded(name).length);
  return rest === '' || /^[^\p{L}\p{N}]/u.test(rest) || looksLikeJobTitle(heading);
}

/** The role names a short line announces after a vacancies label and a colon ("모집 분야: Back-end, Android"), two or more. */
function announcedNames(text: string): string[] | undefined {
  const line = text.replace(/\*\*|__|^#+\s*|^\s*[-*+]\s+/g, '').trim();
  const colon = line.search(/[:：]/);
  if (colon <= 0 || colon > 40 || !namesVacancies(line.slice(0, colon))) return undefined;
  const names = line.slice(colon + 1).split(NAME_SEPARATOR).map((name) => name.replace(/[.。!]$/, '').trim()).filter(Boolean);
  return names.length >= 2 && names.every((name) => name.length <= MAX_NAME_LENGTH) && new Set(names.map(folded)).size === names.length ? names : undefined;
}

/**
 * Roles named twice by their links: a list links each role's page ("* [Des développeurs PHP/Symfony](…#symfony)") and
 * headings below link the same pages in the same order ("### [Développeurs PHP/Symfony](…#symfony)", "## […](…#magento)"),
 * whatever their levels. Each such heading is a posting, to the next one or to a heading as high as the highest of them.
 * Links name teams and offices too: most headings read as job titles, or a line that names vacancies introduces a
 * list ("Open roles:"); a page headed by one role above them ("# Senior Software Engineer") is that posting.
 */
export function linkedHeadingSegments(tree: Root, body: BodyLine[]): Range[] | undefined {
  const listed = new Set<string>();
  let introduced = false;
  tree.children.forEach((node, index) => {
    if (node.type !== 'list') return;
    const urls = node.children.flatMap((item) => {
      const link = onlyLink(item.children[0]?.type === 'paragraph' ? item.children[0].children : []);
      return link ? [link.url] : [];
    });
    urls.forEach((url) => listed.add(url));
    const before = tree.children[index - 1];
    if (urls.length && (before?.type === 'paragraph' || before?.type === 'heading') && namesVacancies(textOf(before))) introduced = true;
  });
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const linked = headings.flatMap((heading) => {
    const link = onlyLink(heading.children);
    // A link to a place on the page ("#the-role") is a table of contents; a section's name ("About us") no role.
    return link && listed.has(link.url) && !link.url.startsWith('#') && sectionKindOf(textOf(heading)) === 'other' ? [{ heading, url: link.url }] : [];
  });
  if (linked.length < 2 || new Set(linked.map((entry) => entry.url)).size < linked.length) return undefined;
  const titled = linked.filter((entry) => looksLikeJobTitle(textOf(entry.heading))).length;
  if (!introduced && titled * 2 <= linked.length) return undefined;
  const top = Math.min(...linked.map((entry) => entry.heading.depth));
  const name = headings[0];
  if (name && startOf(name) < startOf(linked[0]!.heading) && name.depth < top && namesOneRole(textOf(name))) return undefined;
  const roles = new Set(linked.map((entry) => entry.heading));
  const ranges = linked.map(({ heading }) => {
    const next = headings.find((other) => startOf(other) > startOf(heading) && (roles.has(other) || other.depth <= top));
    return { start: startOf(heading), end: next ? startOf(next) : body.length, depth: heading.depth, mark: textOf(heading).trim() };
  });
  return ranges.every((range) => hasText(body, range.start + 1, range.end)) ? ranges : undefined;
}

/** The link a line holds and nothing else (spaces aside). */
function onlyLink(parts: PhrasingContent[]): Link | undefined {
  const only = parts.filter((part) => !(part.type === 'text' && !part.value.trim()));
  return only.length === 1 && only[0]!.type === 'link' ? only[0] as Link : undefined;
}
