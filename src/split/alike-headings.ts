/**
 * Role headings written alike: a board or careers page sets every role's
 * heading in one form ("### [Role](role.html)", "## Role @ [Company](…)"),
 * and a role whose name reads as no job title ("### [Pakar SEO](…)",
 * "## Junior Database Administrator and Programming in SQL … @ [ICS](…)") is
 * still one of them. A heading of the role headings' level between the first
 * and the last of them joins them when its line has the form most of them
 * share and that form holds a link (a plain-text form is what a posting's own
 * sections have too), or when its block holds two or more of the inner
 * sections (headings or bold labels) that most roles' blocks hold; and it has a
 * body of its own and names no section of a posting or of the page.
 */
import type { BodyLine } from '../document.js';
import { sectionKindOf } from '../extract/sections.js';
import { isGenericHeading } from '../extract/title.js';
import { BOLD_LINE, type Mark } from './marks.js';
import { hasText } from './ranges.js';
import { PAGE_SECTION } from './vacancy-headings.js';
import { LINK_AS_TEXT } from './link-text.js';

/** A line's form: its links as L, the text between them as T ("Role @ [Acme](…)" -> "T L"); a heading's marks, bold and Liquid attributes left out. */
export function lineForm(line: string): string {
  const marked = line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*(?:\*\*|__)|(?:\*\*|__)\s*$/g, '').replace(/\{:[^}]*\}/g, '')
    .replace(LINK_AS_TEXT, '\u0001');
  return marked.split('\u0001').map((text, i, all) => [/[\p{L}\p{N}]/u.test(text) ? 'T' : '', i < all.length - 1 ? 'L' : ''].filter(Boolean).join(' ')).filter(Boolean).join(' ');
}

/** The role headings with the headings of their level, between the first and the last, that are written as most of them are. */
export function withAlikeHeadings(marks: Mark[], body: BodyLine[], roles: Mark[], depth: number): Mark[] {
  if (roles.length < 3 || depth > BOLD_LINE) return roles;
  const forms = new Map<string, number>();
  for (const role of roles) {
    const form = lineForm(body[role.start]?.text ?? '');
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  const [form, count] = [...forms].reduce((a, b) => (b[1] > a[1] ? b : a));
  const linked = form.includes('L') && count * 3 >= roles.length * 2;
  const level = marks.filter((mark) => mark.depth <= depth);
  const endOf = (mark: Mark) => level.find((other) => other.start > mark.start)?.start ?? body.length;
  // The inner headings and bold labels that most roles' blocks hold, two of them at least ("Requisitos:", "Diferenciais:").
  const innerOf = (mark: Mark) => new Set(marks.filter((other) => other.depth > depth && other.start > mark.start && other.start < endOf(mark)).map((other) => innerKey(other.text)));
  const inners = roles.map(innerOf);
  const held = new Map<string, number>();
  for (const inner of inners) for (const key of inner) if (key) held.set(key, (held.get(key) ?? 0) + 1);
  const shared = [...held].filter(([, times]) => times >= 2 && times * 2 >= roles.length).map(([key]) => key);
  if (!linked && shared.length < 2) return roles;
  const first = roles[0]!.start;
  const last = roles[roles.length - 1]!.start;
  return marks.filter((mark) => {
    if (roles.includes(mark)) return true;
    if (mark.depth !== depth || mark.start < first || mark.start > last || mark.text.length > 120) return false;
    if (sectionKindOf(mark.text) !== 'other' || isGenericHeading(mark.text) || PAGE_SECTION.test(mark.text)) return false;
    if (!hasText(body, mark.start + 1, endOf(mark))) return false;
    // Written as the roles are, or holding every inner section that every role holds.
    if (linked && lineForm(body[mark.start]?.text ?? '') === form) return true;
    const inner = innerOf(mark);
    return shared.filter((key) => inner.has(key)).length >= 2;
  });
}

const innerKey = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}\d]+/gu, '');
