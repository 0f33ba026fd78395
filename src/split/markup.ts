/**
 * Postings whose titles the page's markup names: a template (PHP, CakePHP,
 * JSP, JSX) repeats one block per role and sets each role's title in an
 * element whose class says so (`<span class="jobTitle">`, `class="job-title"`,
 * `className="position-title"`). Markdown drops the classes, so the titles
 * are read from the file's HTML and each posting runs from its title's
 * source line to the next. Precision first: two or more such elements with
 * different texts, half of them or more reading as job titles.
 */
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { inlineHtmlText, rangesAtLines, type Range } from './ranges.js';
import { titleClassWords } from './tables.js';

/** An element on one line: its tag, its attributes, its text. */
const ELEMENT = /<([a-z][a-z0-9]{0,20})\b([^>]{0,400})>(.{1,200}?)<\/\1>/gi;
/** Attributes whose class names a title ("jobTitle", "job-title", "position_name"). */
const TITLE_CLASS = new RegExp(`\\bclass(?:Name)?\\s*=\\s*["'{][^"'}]*\\b(?:${titleClassWords.join('|')})[-_]?(?:title|name)\\b`, 'i');

/** `until`: the source line where the page's "Other jobs" list starts (its titles are other postings'). */
export function titledMarkupSegments(source: string, body: BodyLine[], until = Infinity): Range[] | undefined {
  if (!body.length || !/class/i.test(source)) return undefined;
  const titles: Array<{ title: string; line: number }> = [];
  source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(ELEMENT)) {
      if (!TITLE_CLASS.test(match[2]!)) continue;
      const title = inlineHtmlText(match[3]!);
      if (title && title.length <= 100 && index + 1 < until) titles.push({ title, line: index + 1 });
    }
  });
  if (new Set(titles.map((t) => t.title.toLowerCase())).size < 2 || titles.filter((t) => looksLikeJobTitle(t.title)).length * 2 < titles.length) return undefined;
  return rangesAtLines(titles.map((t) => ({ at: t.line, role: { title: t.title, line: t.line } })), body);
}
