/**
 * Title and company: what a review of the bracketed-name, pronoun and
 * list-number mechanisms found (#13), through the CLI in process:
 * - a ward, shift, team or department in brackets after a title is no
 *   employer when the posting names its company plainly ("Nurse (Night Shift)"
 *   beside "Acme GmbH is hiring"), nor alone unless the posting writes it as an
 *   organisation elsewhere ("at X", "X wurde gegründet", "X, founded in …", an address's domain; not a bare
 *   copula: "Night Shift is 7pm to 7am"), and an untaken bracket stays in the title;
 * - front matter and structured data are not held to the prose tests: `company:
 *   On`, "1&1", "24/7" are names; a date is none, whatever its source;
 * - French "on" is no name in its phrase ("On recrute"), a name elsewhere ("Careers at On");
 * - a number before a unit is part of the title ("24 Hour Support Agent").
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

interface Row { name: string; input: string; expected: string | null; rule?: string; title?: string }

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
    input: '# Backend Engineer (Brightwave)\n\nYou will build our APIs at Brightwave.\n' },
  { name: 'a bracketed name that the apply address\'s domain spells is the company', expected: 'Nordlicht',
    input: '# Backend Engineer (Nordlicht)\n\nYou will build APIs for the Nordlicht tools. Send your CV to jobs@nordlicht.de.\n' },
  { name: 'the same bracketed name without the domain is none', expected: null, title: 'Backend Engineer (Nordlicht)',
    input: '# Backend Engineer (Nordlicht)\n\nYou will build APIs for the Nordlicht tools. Send your CV by email.\n' },
  { name: 'a bracketed name only in a possessive sentence is none ("X ist unser Bereich")', expected: null,
    input: '# Kundenberater (Vertrieb)\n\nVertrieb ist unser wichtigster Bereich. Bewerbung per E-Mail.\n' },
  { name: '"Team Leader – IT Support": a role before the dash names no company', expected: null,
    input: '# Team Leader – IT Support\n\nYou lead five engineers. Full-time.\n' },
  { name: 'a bracketed name the body names too stays the company', expected: 'Klarna',
    input: '# Softwareentwickler (Klarna)\n\nKlarna wurde im Jahr 2005 gegründet. Klarna sucht Entwickler.\n' },
  { name: 'a reading under the next posting\'s heading does not outname a bracketed name', expected: 'Xavannah', rule: 'title.company-aside',
    input: '## Jobs\n\n### Softwareentwickler (Xavannah)\nXavannah ist Experte in der Glasbranche.\n\n### Berater\nDeloitte sucht Absolventen.\n' },
  // Review of session 15: a bare copula names no organisation; a founding or an organisation's noun does; an untaken bracket stays in the title.
  { name: 'a bracketed name set off by commas before its founding is the company', expected: 'Klarna', rule: 'title.company-aside', title: 'Backend Engineer',
    input: '# Backend Engineer (Klarna)\n\nKlarna, founded in 2005, makes payments simple.\n' },
  // A sentence that opens with the name and its apposition names the company on its own (body.x-apposition, session 16).
  { name: 'a sentence opening "Nordlicht, a … company," names the company', expected: 'Nordlicht', rule: 'body.x-apposition', title: 'Backend Engineer',
    input: '# Backend Engineer (Nordlicht)\n\nNordlicht, a Swedish fintech company, makes payments simple.\n' },
  { name: 'a bracketed name set off by commas before "a … company" is the company', expected: 'Nordlicht', rule: 'title.company-aside', title: 'Backend Engineer',
    input: '# Backend Engineer (Nordlicht)\n\nPayments made simple: Nordlicht, a Swedish fintech company, builds them.\n' },
  { name: 'de: a bracketed name before "ist ein … Start-Up" is the company', expected: 'Supporo', rule: 'title.company-aside', title: 'Web Entwickler',
    input: '# Web Entwickler (Supporo)\n\nSupporo ist ein junges Start-Up aus Aachen.\n' },
  { name: 'a bracketed name before a bare copula is none, and the title keeps it', expected: null, title: 'Registered Nurse (Night Shift)',
    input: '# Registered Nurse (Night Shift)\n\nNight Shift is 7pm to 7am.\n' },
  { name: 'de: a bracketed name before a bare "ist" is none, and the title keeps it', expected: null, title: 'Pflegefachkraft (Nachtdienst)',
    input: '# Pflegefachkraft (Nachtdienst)\n\nNachtdienst ist von 21 bis 6 Uhr.\n' },
  { name: 'a bracketed name another company outnames stays in the title', expected: 'Acme GmbH', title: 'Nurse (Night Shift)',
    input: '# Nurse (Night Shift)\n\nAcme GmbH is hiring in Berlin. You will work the Night Shift on our ward.\n' },
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
  it.each(companies)('$name', async ({ input, expected, rule, title }) => {
    const record = await recordOf(input);
    expect(record.company?.name ?? null).toBe(expected);
    if (rule) expect(record.evidence.company.rule).toBe(rule);
    if (title !== undefined) expect(record.title).toBe(title);
  });
});

describe('title: review findings', () => {
  it.each(titles)('$name', async ({ input, expected }) => {
    expect((await recordOf(input)).title ?? null).toBe(expected);
  });
});
