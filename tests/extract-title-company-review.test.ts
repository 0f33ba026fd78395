/**
 * Title and company: what a review of the bracketed-name, pronoun and
 * list-number mechanisms found (#13), through the CLI in process:
 * - a ward, shift, team or department in brackets after a title is no
 *   employer when the posting names its company plainly ("Nurse (Night Shift)"
 *   beside "Acme GmbH is hiring"); the bracketed name alone still is;
 * - front matter and structured data are not held to the prose tests: `company:
 *   On`, "1&1", "24/7" are names; a date is none, whatever its source;
 * - French "on" is no name in its phrase ("On recrute"), a name elsewhere ("Careers at On");
 * - a number before a unit is part of the title ("24 Hour Support Agent").
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

interface Row { name: string; input: string; expected: string | null; rule?: string }

const body = (words: string): string => `Acme GmbH is hiring in Berlin. ${words}\n`;
const bracketed: Array<[string, string]> = [
  ['Nurse (Night Shift)', 'You will work the Night Shift on our ward.'],
  ['Teacher (Primary School)', 'Our Primary School has 300 pupils.'],
  ['Product Manager (Payments)', 'Payments is our fastest growing area.'],
  ['Sales Manager (Enterprise)', 'Enterprise customers are your focus.'],
  ['Software Engineer (Backend Team)', 'The Backend Team builds our APIs.'],
  ['Werkstudent (Marketing)', 'Marketing ist dein Bereich.'],
  ['Pflegefachkraft (Intensivstation)', 'Die Intensivstation hat 12 Betten.'],
  ['Kundenberater (Vertrieb Innendienst)', 'Im Vertrieb Innendienst betreust du Kunden.'],
];

const companies: Row[] = [
  ...bracketed.map(([title, words]): Row => ({ name: `"${title}" beside a company stated plainly`, input: `# ${title}\n\n${body(words)}`, expected: 'Acme GmbH' })),
  { name: 'a bracketed name the body names too stays the company', expected: 'Klarna',
    input: '# Softwareentwickler (Klarna)\n\nKlarna wurde im Jahr 2005 gegründet. Klarna sucht Entwickler.\n' },
  { name: 'a reading under the next posting\'s heading does not outname a bracketed name', expected: 'Xavannah', rule: 'title.company-aside',
    input: '## Jobs\n\n### Softwareentwickler (Xavannah)\nXavannah ist Experte in der Glasbranche.\n\n### Berater\nDeloitte sucht Absolventen.\n' },
  { name: 'front matter: "On" is a firm\'s name', expected: 'On', rule: 'frontmatter.company', input: '---\ntitle: Backend Engineer\ncompany: On\n---\n\nYou will build APIs for our shop.\n' },
  { name: 'front matter: "1&1" has no letter but is a name', expected: '1&1', input: '---\ntitle: Backend Engineer\ncompany: "1&1"\n---\n\nYou will build APIs.\n' },
  { name: 'front matter: "24/7" is a name, not a date', expected: '24/7', input: '---\ntitle: Backend Engineer\ncompany: "24/7"\n---\n\nYou will build APIs.\n' },
  { name: 'front matter: a date is no name', expected: null, input: '---\ntitle: Backend Engineer\ncompany: "21/06/2021"\n---\n\nYou will build APIs.\n' },
  { name: '"Careers at On": a name after "at"', expected: 'On', rule: 'heading.careers-at', input: '# Careers at On\n\n## Backend Engineer\n\nYou will build APIs for our shop.\n' },
  { name: 'fr: "On recherche" names no company', expected: null, input: '# Développeur PHP\n\nOn recherche un développeur. Envoyez-nous votre CV.\n' },
];

const titles: Row[] = [
  { name: 'a number before a unit is part of the title', expected: '24 Hour Support Agent', input: '# 24 Hour Support Agent\n\nAcme GmbH is hiring. You answer tickets at night.\n' },
  { name: 'a number before a unit is part of the title ("7 Day")', expected: '7 Day Shift Nurse', input: '# 7 Day Shift Nurse\n\nYou care for patients. Full-time.\n' },
  { name: 'a number without its dot before a role still goes', expected: 'Backend Engineer', input: '## 2 Backend Engineer\n\nYou will build APIs. Full-time.\n' },
];

async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

describe('company: review findings', () => {
  it.each(companies)('$name', async ({ input, expected, rule }) => {
    const record = await recordOf(input);
    expect(record.company?.name ?? null).toBe(expected);
    if (rule) expect(record.evidence.company.rule).toBe(rule);
  });
});

describe('title: review findings', () => {
  it.each(titles)('$name', async ({ input, expected }) => {
    expect((await recordOf(input)).title ?? null).toBe(expected);
  });
});
