/**
 * Hacker News "Who is hiring" posts whose first line splits its parts by
 * " - " (or " – ", " — ") instead of " | ", through the CLI: they count as
 * header lines, alone or beside " | " posts, where a post starts (the top of
 * the text or under a `---` rule) and with three or more parts, one a job
 * title. A single posting's "Senior Engineer - Berlin" and dash lists never
 * split; "+ equity" in such a line states equity.
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';

const normalized = normalizerInTempFiles('postings-split-dash-');

const post = (header: string, body: string) => `${header}\n\n${body}\n`;
const ELVEX = post('elvex - Senior Product Engineer - $150k-$210k USD + equity - Remote (US)', 'We build AI tools for enterprises. Apply at jobs@elvex.example.com.');
const ACME_PIPE = post('Acme | Backend Engineer | Berlin | REMOTE', 'We build payment rails in Go. Email careers@acme.example.com.');
const GLOBEX_PIPE = post('Globex | Data Scientist | London | ONSITE', 'We need a data scientist for our forecasting team. Apply: hiring@globex.example.com');
const ACME_DASH = post('Acme – Backend Engineer – Berlin – REMOTE', 'We build payment rails in Go. Email careers@acme.example.com.');
const GLOBEX_DASH = post('Globex — Data Scientist — London — ONSITE', 'We need a data scientist for our forecasting team. Apply: hiring@globex.example.com');

describe('HN posts with " - " header lines', () => {
  it.each([
    ['a dash post above two " | " posts', [ELVEX, ACME_PIPE, GLOBEX_PIPE].join('\n---\n\n'), ['Senior Product Engineer', 'Backend Engineer', 'Data Scientist'], ['elvex', 'Acme', 'Globex']],
    ['three posts with " - ", " – " and " — "', [ELVEX, ACME_DASH, GLOBEX_DASH].join('\n---\n\n'), ['Senior Product Engineer', 'Backend Engineer', 'Data Scientist'], ['elvex', 'Acme', 'Globex']],
    // A rule right under a post's last line makes it a setext heading in Markdown: the rule still starts the next post.
    ['posts with no blank line above the rule', [ELVEX, ACME_DASH].map((p) => p.trimEnd()).join('\n---\n'), ['Senior Product Engineer', 'Backend Engineer'], ['elvex', 'Acme']],
  ])('%s gives one record each', async (_name, text, titles, companies) => {
    const { result, records } = await normalized(text);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(titles);
    expect(records.map((r) => r.company?.name)).toEqual(companies);
    expect(records.map((r) => [r.source.index, r.source.count])).toEqual(titles.map((_, i) => [i, titles.length]));
  });

  it('reads "+ equity" after the pay in a header line as equity offered', async () => {
    const { records } = await normalized([ELVEX, ACME_PIPE].join('\n---\n\n'));
    expect(records.map((r) => r.equity)).toEqual([true, null]);
    expect(records[0]!.evidence.equity.line).toBe(1);
    expect(records[0]!.salary.map((s: any) => [s.min, s.max, s.currency])).toEqual([[150000, 210000, 'USD']]);
  });

  it.each([
    ['# Platform Engineer\n\nOur values: Diversity + Equity + Inclusion.\n'],
    ['# Platform Engineer\n\nWe hire for our Team + Equity in pay.\n'],
  ])('reads no equity offered in %j', async (text) => {
    const { records } = await normalized(text);
    expect(records.map((r) => r.equity)).toEqual([null]);
  });

  it.each([
    // Two parts: a title and its place; under the rule, a place and its work mode. (A second role's title line
    // under a rule is a second posting by the sibling-block rule, tests/split-siblings.test.ts.)
    ['a title line and its place', '# Senior Engineer - Berlin\n\nWe build payment rails.\n\n---\n\nBerlin - Remote\n\nAnother line about the job.\n', 'Senior Engineer'],
    // Dash lines inside a posting's text, not where a post starts.
    ['dash lines inside the text', '# Senior Engineer\n\nWe build payment rails in Go.\nAcme - Backend Engineer - Berlin - Remote\n\nYou will own our ledger.\nAcme - Data Engineer - Berlin - Remote\n', 'Senior Engineer'],
    // A dash list of roles is a list, no posts.
    ['a dash list', '# Platform Engineer\n\n- Backend Engineer - Go - Kubernetes\n- Data Engineer - Python - Spark\n\n---\n\n- Site Reliability Engineer - Linux - Terraform\n', 'Platform Engineer'],
    // Parts that name no role: a stack line under each rule.
    ['stack lines under rules', '# Senior Engineer - Berlin\n\nWe build payment rails.\n\n---\n\nGo - PostgreSQL - Kafka\n\nOur stack.\n\n---\n\nBerlin - Hybrid - Full-time\n\nHow we work.\n', 'Senior Engineer'],
    // One dash post alone is one posting.
    ['one dash post', ELVEX, 'Senior Product Engineer'],
  ])('%s stays one posting', async (_name, text, title) => {
    const { result, records } = await normalized(text);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual([title]);
    expect(records[0]!.source.count).toBeUndefined();
  });
});
