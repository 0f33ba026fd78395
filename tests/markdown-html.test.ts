/**
 * Markdown files that hold HTML (fixtures/markdown-html), through the CLI: a
 * README that opens with a centred logo, a Hexo page wrapped in <div>s and
 * bold role lines around <font> tags stay Markdown, so their headings, bold
 * lines and lists reach splitting and extraction unescaped; an HTML page
 * saved as .md is still read as HTML.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';

const DIR = path.join(FIXTURES, 'markdown-html');

async function records(args: string[], input?: string): Promise<Array<Record<string, any>>> {
  const result = await runCli(['normalize', ...args, '-f', 'ndjson'], input === undefined ? {} : { input });
  expect(result.code, result.stderr).toBe(0);
  return parseNdjson(result.stdout);
}

/** The record of one `posting.md` file holding `text`, written to a temporary folder. */
async function recordOfMd(text: string): Promise<Record<string, any>> {
  const folder = mkdtempSync(path.join(tmpdir(), 'md-html-'));
  try {
    const file = path.join(folder, 'posting.md');
    writeFileSync(file, text);
    const [record] = await records([file]);
    return record!;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('Markdown files that hold HTML', () => {
  it.each([
    ['readme-logo.md', ['Backend Engineer'], 'Brightloom'],
    ['hexo-div-page.md', ['Frontend Developer', 'Data Engineer'], 'Fernhill'],
    ['font-role-lines.md', ['Senior Illustrator', 'QA Engineer'], 'Harbour Lane'],
  ])('%s gives the records %j of %s', async (name, titles, company) => {
    const found = await records([path.join(DIR, name)]);
    expect(found.map((record) => record.title)).toEqual(titles);
    for (const record of found) {
      expect(record.company?.name).toBe(company);
      // Markdown around the HTML is read as Markdown, never escaped as text of a page.
      expect(record.description.markdown).not.toContain('\\*');
      expect(record.source.format).not.toBe('html');
    }
  });

  it('keeps a bold role line bold when a <font> tag sits inside the asterisks', async () => {
    const [first] = await records([path.join(DIR, 'font-role-lines.md')]);
    expect(first!.description.markdown.split('\n')[0]).toBe('**Senior Illustrator**');
    expect(first!.evidence.title.line).toBe(3);
  });

  it('reads indented lines of an HTML block as HTML, not as an indented code block', async () => {
    const [record] = await records([path.join(DIR, 'readme-logo.md')]);
    expect(record!.description.markdown).toMatch(/^!\[Brightloom logo\]\(https:\/\/example\.org\/brightloom\/logo\.png\)$/m);
    expect(record!.description.markdown).not.toMatch(/^ {4}/m);
  });

  // A start tag split over two lines opens its HTML block on its first line, as CommonMark reads the file:
  // the indented lines up to the next blank line are the block's HTML, never an indented code block.
  const splitTag = (opening: string, gap: string) =>
    `# Careers at Fernhill\n\n${opening}\n${gap}    <h2>Frontend Developer</h2>\n    **Location:** Berlin, hybrid<br>\n    **Employment:** Full-time<br>\n</div>\n\nWrite to jobs@fernhill.example.\n`;
  it.each([
    ['a <div start tag split over two lines: its indented bold lines are Markdown', splitTag('<div\n  class="job">', ''), true],
    ['the same tag on one line: the same', splitTag('<div class="job">', ''), true],
    // Near case: after a blank line that ends the block, indented lines are code, as before.
    ['a split tag whose block a blank line ends: the indented lines after it stay code', splitTag('<div\n  class="job"></div>', '\n'), false],
  ])('%s', async (_, text, bold) => {
    const record = await recordOfMd(text);
    expect(record.source.format).toBe('markdown');
    const markdown: string = record.description.markdown;
    expect(markdown.includes('\n**Location:** Berlin, hybrid\n')).toBe(bold);
    expect(markdown.includes('\n    **Location:** Berlin, hybrid')).toBe(!bold);
    expect(record.description.text.includes('**')).toBe(!bold);
  });

  const page = '<div class="job">\n<h2>Night Nurse</h2>\n<p>Our care home in Leeds needs a night nurse.</p>\n<ul>\n<li>Three nights a week</li>\n<li>NMC registration</li>\n</ul>\n</div>\n';
  it.each([
    ['a whole HTML document', `<!doctype html>\n<html><body>\n${page}</body></html>\n`, 'html'],
    ['tags throughout, no Markdown outside its HTML blocks', page, 'html'],
    ['HTML blocks with a Markdown heading between them', `${page}\n## Night Nurse\n\n${page}`, 'markdown'],
  ])('a .md file of %s is %s', async (_, text, format) => {
    const record = await recordOfMd(text);
    expect(record.source.format).toBe(format);
    expect(record.title).toBe('Night Nurse');
  });

  // Code samples are not markup: HTML tags in an indented or fenced code sample of a Markdown file do not make it a page.
  const card = ['<article class="card">', '  <h2>Sauna, two hours</h2>', '  <p>Tuesday to Sunday</p>', '  <a href="/book">Book</a>', '</article>'];
  const withSample = (sample: string) =>
    `# Frontend Developer\n\nLumen builds booking pages. A card from our pattern library:\n\n${sample}\nYou will build components like it.\n`;
  const nestedPage = (heading: string) =>
    `<div class="job">\n  <h2>Frontend Developer</h2>\n  <div class="body">\n    <p>Lumen builds booking pages.</p>\n\n    <p>You will build components.</p>\n    <ul>\n      <li>Vue</li>\n    </ul>\n  </div>\n</div>\n${heading}`;
  it.each([
    ['an indented code sample (4 spaces) is Markdown', withSample(card.map((line) => `    ${line}\n`).join('') + '\n'), 'markdown'],
    ['an indented code sample (a tab) is Markdown', withSample(card.map((line) => `\t${line}\n`).join('') + '\n'), 'markdown'],
    ['a fenced code sample with indented lines is Markdown', withSample(['```html', ...card.map((line) => `    ${line}`), '```', ''].join('\n')), 'markdown'],
    // Near cases: a page's nested markup indented after a blank line inside its blocks stays a page, Markdown heading or not.
    ['a page with nested markup after a blank line is HTML', nestedPage(''), 'html'],
    ['the same page with a Markdown heading under it is HTML', nestedPage('\n## Apply\n\nWrite to jobs@lumen.example.\n'), 'html'],
  ])('a .md file with %s', async (_, text, format) => {
    const record = await recordOfMd(text);
    expect(record.source.format).toBe(format);
    expect(record.title).toBe('Frontend Developer');
    // The sample stays code, as written; a page's markup is converted.
    expect(record.description.markdown.includes('<h2>Sauna, two hours</h2>')).toBe(format === 'markdown');
  });

  it('reads the same text from stdin by its content, as before (no name to go by)', async () => {
    const text = '<font size="4">Open roles</font><br>\n<div><font>Night Nurse</font><br>\n<font>Leeds</font><br></div>\n<p>Apply by email.</p>\n';
    const [record] = await records(['-'], text);
    expect(record!.source.format).toBe('html');
  });
});
