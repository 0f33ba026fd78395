/**
 * Title and company: what a review of the bracketed-name, pronoun and
 * list-number mechanisms found (#13), through the CLI in process:
 * - a ward, shift, team or department in brackets after a title is no
 *   employer when the posting names its company plainly ("Nurse (Night Shift)"
 *   beside "Acme GmbH is hiring"), nor alone unless the posting writes it as an
 *   organisation elsewhere ("at X", "X wurde gegründet", an address's domain);
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
  // Alone, a bracketed shift, ward, area or team is no employer: the body writes it, but not as an organisation (#13 review).
  ...bracketed.map(([title, words]): Row => ({ name: `"${title}" alone names no company`, input: `# ${title}\n\n${words} Apply by email.\n`, expected: null })),
  { name: 'a bracketed name written "at X" elsewhere is the company', expected: 'Brightwave', rule: 'title.company-aside',
    input: '# Backend Engineer (Brightwave)\n\nAt Brightwave you will build our APIs.\n' },
  { name: 'a bracketed name that the apply address\'s domain spells is the company', expected: 'Nordlicht',
    input: '# Backend Engineer (Nordlicht)\n\nYou will build APIs for the Nordlicht tools. Send your CV to jobs@nordlicht.de.\n' },
  { name: 'the same bracketed name without the domain is none', expected: null,
    input: '# Backend Engineer (Nordlicht)\n\nYou will build APIs for the Nordlicht tools. Send your CV by email.\n' },
  { name: 'a bracketed name only in a possessive sentence is none ("X ist unser Bereich")', expected: null,
    input: '# Kundenberater (Vertrieb)\n\nVertrieb ist unser wichtigster Bereich. Bewerbung per E-Mail.\n' },
  { name: '"Team Leader – IT Support": a role before the dash names no company', expected: null,
    input: '# Team Leader – IT Support\n\nYou lead five engineers. Full-time.\n' },
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
