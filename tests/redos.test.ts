/**
 * No regular expression may backtrack catastrophically. The whole pipeline
 * runs on 10,000 repetitions of a near-match for each extraction family
 * (a pattern that almost matches is what makes a backtracking engine try
 * every split; 30,000 under `npm run test:deep`), and every exported pattern
 * runs on 100,000 repetitions of adversarial units. No test asserts on time: a
 * quadratic pattern turns 100,000 units into minutes (ten billion steps), and
 * the test fails by its timeout. The pipeline's runs are the smaller by
 * default (at 30,000 they cost seconds of CPU each): at 10,000, quadratic work
 * that copies or splits the rest of a line at each step (a role phrase read
 * from every lead, review of session 11) takes minutes, while a bare quadratic
 * pattern there costs about a second and is left to the exported patterns' run.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { processBytes } from '../src/pipeline.js';
import { cleanBody } from '../src/clean/index.js';
import { limitInlineMarkup } from '../src/clean/limits.js';
import { detectFormat } from '../src/formats/index.js';
import { ROOT } from './helpers.js';
import { deepOr } from './property-runs.js';

/** Repetitions for the exported patterns: linear work of about a second for all of them. */
const REPS = 100_000;
/** Repetitions for the whole pipeline: 100 million steps for a quadratic pass, a cubic pattern's hours; 30,000 in `npm run test:deep`. */
const PIPELINE_REPS = deepOr(10_000, 30_000);
const TIMEOUT = 60_000;

/** Family -> a near-match, repeated PIPELINE_REPS times on one line and run through the whole pipeline. */
const families: Record<string, string> = {
  'salary figures': '$100,000 - €65k-',
  emails: 'jobs@[our a@b.',
  urls: 'http://a.www.',
  'years of experience': '5+ years of ',
  'remote words': 'remote-first 11am - ',
  'template tags': '{: {% comment %}',
  'HTML tags': '<noscript><a href=',
  'markdown images': '![a](',
  'titles and decoration': '(m/w/Acme - ',
  'links and emphasis': '[a](*a **a ',
  'role phrases': 'we are looking for the ',
  'Slavic role phrases': 'Ищем опытного ',
  // A negation, words, then no vacancy noun (not-posting-vacancy.ts): each negation starts a reading of three words at most.
  'no-vacancy words': "no open new don't have any ",
  // Remote work ruled out on one line again and again (remote-negation.ts): each predicate's clause was a copy of the line.
  'ruled-out remote work': 'Remote work is not possible. ',
};

/** More near-matches for the cleaning patterns (templates, HTML, images, format detection): run through those stages alone. */
const cleaningUnits = ['<x a ', '**<font> ', '{{ ', '{% ', '{{< ', '<% ', '{: ', '{% comment %}', '<%# ', '{{/* ', '<a href=', '<div ', '<img src=x width=1 ', '<noscript>', '<svg ', '<nav>', '<!-- ', '<a\n', '![', '![a](b "', '![x](/track?utm_a=', '[a](', '[', '**a'];

/** Headings are near-matches too, but one heading per line costs the parser per line: one long heading instead. */
const headings: Record<string, string> = {
  'ATX heading': `# ${'Requirements '.repeat(PIPELINE_REPS)}`,
  'bold heading': `**${'Benefits '.repeat(PIPELINE_REPS)}**`,
  'colon heading': `${'Responsibilities and '.repeat(PIPELINE_REPS)}:`,
  'setext heading': `${'Nice to have '.repeat(PIPELINE_REPS)}\n---`,
};

function runPipeline(body: string) {
  const doc = processBytes('redos.md', new TextEncoder().encode(`# Adversarial Posting\n\n${body}\n`));
  // Either a record or a clear error: the point is that it came back at all.
  expect(doc.record !== undefined || doc.messages.some((m) => m.fatal || m.severity === 'error')).toBe(true);
  return doc;
}

describe(`the pipeline on ${PIPELINE_REPS.toLocaleString('en')} repetitions of near-matches`, () => {
  for (const [family, unit] of Object.entries(families)) {
    it(family, { timeout: TIMEOUT }, () => {
      runPipeline(unit.repeat(PIPELINE_REPS));
    });
  }
  // One opening followed by many repetitions: a pattern that re-scans from every newline or quote is quadratic here.
  const longTails = ['<a ' + 'x\n'.repeat(PIPELINE_REPS), '<img src="' + '?utm_a='.repeat(PIPELINE_REPS), '{% comment %}' + 'x\n'.repeat(PIPELINE_REPS)];
  // One test per input: each gets the whole timeout, since the HTML path alone takes seconds on a megabyte.
  for (const text of [...cleaningUnits.map((unit) => unit.repeat(PIPELINE_REPS)), ...longTails]) {
    it(`cleaning and format detection: ${JSON.stringify(text.slice(0, 16))}...`, { timeout: TIMEOUT }, () => {
      detectFormat(text);
      for (const kind of ['markdown', 'html'] as const) limitInlineMarkup(cleanBody(text, 1, kind).lines);
    });
  }
  for (const [name, body] of Object.entries(headings)) {
    it(name, { timeout: TIMEOUT }, () => {
      runPipeline(body);
    });
  }
  it('front matter near-matches', { timeout: TIMEOUT }, () => {
    const doc = processBytes('fm.md', new TextEncoder().encode(`---\ntitle: ${'a: '.repeat(PIPELINE_REPS)}\n---\n# T\n`));
    expect(doc.messages.length + (doc.record ? 1 : 0)).toBeGreaterThan(0);
    processBytes('json.md', new TextEncoder().encode(`{\n  "a": "${'\\n}'.repeat(PIPELINE_REPS)}`));
  });
});

/** Every RegExp a module under src/extract, src/clean or src/formats exports, also inside exported tables. */
async function exportedPatterns(): Promise<Array<[string, RegExp]>> {
  const found: Array<[string, RegExp]> = [];
  const collect = (value: unknown, where: string, depth: number): void => {
    if (value instanceof RegExp) found.push([where, value]);
    else if (depth < 4 && value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) collect(child, `${where}.${key}`, depth + 1);
    }
  };
  for (const folder of ['src/extract', 'src/extract/tables', 'src/clean', 'src/formats', 'src']) {
    const files = readdirSync(path.join(ROOT, folder)).filter((name) => name.endsWith('.ts') && (folder !== 'src' || name === 'terminal.ts'));
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(ROOT, folder, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) collect(value, `${folder}/${file}:${name}`, 0);
    }
  }
  return found;
}

const ADVERSARIAL_UNITS = ['a', ' ', '1', '1 ', 'a.', 'a@', 'a-', '- ', '$1', '1,', '<a ', '{{', '![', '](', 'http://a', '# ', '*', '_', 'x\n', '\t', 'é '];

describe('exported patterns on long adversarial strings', () => {
  // With V8's switch to its linear-time engine on, a pattern that backtracks badly would end at once where that engine
  // takes it (no i, u or v flag, lookaround or backreference), and this test could not fail for it. Nothing in postings
  // turns it on (a config's patterns are stopped by the file's time budget instead), so it is off unless node is given it.
  it('every exported pattern finishes on 100,000 repetitions of each unit', { timeout: 120_000 }, async () => {
    expect(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`).not.toMatch(/regexp.engine.on.excessive/);
    const patterns = await exportedPatterns();
    expect(patterns.length).toBeGreaterThan(0);
    for (const unit of ADVERSARIAL_UNITS) {
      const text = `${unit.repeat(REPS)}!`;
      for (const [, pattern] of patterns) {
        text.replace(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), '');
      }
    }
  });
});
