/**
 * Postings behind a menu of in-page links: a careers page lists its roles
 * as links to sections of the same page (`<a href="#role-3">Tax
 * Accountant</a>`), each section (`id="role-3"`) holding that role's
 * duties and requirements. It is a role list whose links lead to the
 * role's own section instead of its own page. Turning a page into Markdown
 * drops the menu (navigation) and the ids, so both are read from the
 * file's text, and each section is found by its source line. Precision
 * first: a menu of in-page links, half of them or more (two at least)
 * reading as job titles, each to an id of its own that the page holds below
 * the menu, in the menu's order.
 */
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import { inlineHtmlText, rangesAtLines, type Range } from './ranges.js';

/** `<a … href="#id" …>text</a>` on one line; the text may hold inline tags. */
const ANCHOR_LINK = /<a\b[^>]{0,300}?\bhref\s*=\s*["']#([\w:.-]{1,100})["'][^>]{0,300}>(.{1,200}?)<\/a>/gi;
/** An element's id: `id="opening-2"`. */
const ID_ATTRIBUTE = /\bid\s*=\s*["']([\w:.-]{1,100})["']/g;
/** Lines between two links of one menu at most (closing tags and group headings between them). */
const MENU_GAP = 8;

export function anchorMenuSegments(source: string, body: BodyLine[]): Range[] | undefined {
  if (!source.includes('href') || !body.length) return undefined;
  const lines = source.split('\n');
  const links: Array<{ id: string; title: string; line: number; role: boolean }> = [];
  lines.forEach((text, index) => {
    for (const match of text.matchAll(ANCHOR_LINK)) {
      const title = inlineHtmlText(match[2]!);
      if (!title || title.length > 100 || sectionKindOf(title) !== 'other') continue;
      links.push({ id: match[1]!, title, line: index + 1, role: looksLikeJobTitle(title) });
    }
  });
  // The menu: a run of in-page links a few lines apart, the run with the most links that name a role; at least
  // half of its links name one (the others are roles too: "Tax Accountant" reads as a job title, "Field Sales" may not).
  const runs: Array<typeof links> = [];
  for (const link of links) {
    const run = runs[runs.length - 1];
    if (run && link.line - run[run.length - 1]!.line <= MENU_GAP) run.push(link);
    else runs.push([link]);
  }
  const roleCount = (run: typeof links) => run.filter((link) => link.role).length;
  const span = runs.reduce<typeof links>((best, run) => roleCount(run) > roleCount(best) ? run : best, []);
  if (roleCount(span) * 2 < span.length) return undefined;
  // A menu shown twice (top and bottom) names each id once.
  const ids = new Set<string>();
  const menu = span.filter((link) => !ids.has(link.id) && Boolean(ids.add(link.id)));
  if (menu.filter((link) => link.role).length < 2) return undefined;
  // Each link's section: the line that gives its id, below the link.
  const idLines = new Map<string, number[]>();
  lines.forEach((text, index) => {
    for (const match of text.matchAll(ID_ATTRIBUTE)) {
      const seen = idLines.get(match[1]!);
      if (seen) seen.push(index + 1);
      else idLines.set(match[1]!, [index + 1]);
    }
  });
  const targets = menu.map((link) => ({ ...link, at: idLines.get(link.id)?.find((line) => line > link.line) }));
  if (targets.some((target) => target.at === undefined)) return undefined;
  // Out of order, the sections' starts would not rise: rangesAtLines() gives none.
  return rangesAtLines(targets.map((target) => ({ at: target.at!, role: { title: target.title, line: target.line } })), body);
}
