/**
 * A page writes its dates one way (stages/carry-date-order.ts): a posting's "Posted: 02/12/2020" reads as the page's
 * unambiguous dates do (27/11/2020: day first; 11/27/2020: month first); a page whose dates tell nothing, or
 * disagree, dates no posting by it. Through the CLI in process.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function normalized(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-date-order-'));
  const file = path.join(dir, 'jobs.md');
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return parseNdjson(result.stdout);
}

/** A board of three roles, each with its label and date. */
const board = (label: string, first: string, second: string, third: string) => [
  '# Community job openings', '', 'Job openings listed by our members.', '',
  '## Backend Engineer @ Acme', '', 'We are looking for a Backend Engineer to build our payment APIs in Go.', '', `* ${label}: ${first}`, '',
  '## Frontend Developer @ Globex', '', 'We are looking for a Frontend Developer to build our React app.', '', `* ${label}: ${second}`, '',
  '## Data Engineer @ Initech', '', 'We are looking for a Data Engineer to run our pipelines.', '', `* ${label}: ${third}`, '',
].join('\n');

describe('the page\'s date order', () => {
  it.each([
    ['en, day first', board('Posted', '27/11/2020', '02/12/2020', '01/10/2020'), ['2020-11-27', '2020-12-02', '2020-10-01'], 'text.date-label.page-order'],
    ['en, month first', board('Posted', '11/27/2020', '02/12/2020', '01/10/2020'), ['2020-11-27', '2020-02-12', '2020-01-10'], 'text.date-label.page-order'],
    // A label in a language other than English reads n/n/yyyy day first by itself (session 29): the page's order agrees.
    ['de, day first', board('Veröffentlicht am', '27/11/2020', '02/12/2020', '28/09/2020'), ['2020-11-27', '2020-12-02', '2020-09-28'], 'text.date-label'],
  ])('%s: an ambiguous date reads in the page\'s order', async (_name, text, dates, rule) => {
    const records = await normalized(text);
    expect(records.map((record) => record.datePosted)).toEqual(dates);
    expect(records[1]!.evidence.datePosted!.rule).toBe(rule);
  });

  it.each([
    ['no date tells the order', board('Posted', '02/12/2020', '03/11/2020', '01/10/2020'), [null, null, null]],
    ['the page\'s dates disagree', board('Posted', '27/11/2020', '02/12/2020', '11/28/2020'), ['2020-11-27', null, '2020-11-28']],
  ])('%s: no ambiguous date is read', async (_name, text, dates) => {
    const records = await normalized(text);
    expect(records.map((record) => record.datePosted)).toEqual(dates);
  });
});
