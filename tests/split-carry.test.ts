/**
 * A page split into several postings states some things once for all of
 * them, in its intro above the first posting or in a closing part after the
 * last one: place, remote policy and regions, employment type and an
 * address to apply to carry over to each posting that states none, with
 * evidence at the page's line. A posting's own value wins, and a value one
 * posting states never reaches another (src/stages/carry.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const roles = (titles: string[], bodies: string[]): string => titles.map((title, i) => `## ${title}\n\n${bodies[i]}\n`).join('\n');
const BODIES: [string, string, string] = ['You will build our billing APIs in Go and PostgreSQL.', 'You will design the planning tools our customers use every day.', 'You will own our reporting and dashboards with SQL.'];
const EN = ['Senior Backend Engineer', 'Product Designer', 'Data Analyst'];

/** What a test reads of a record: cities, remote policy and regions, employment types, addresses to apply to, and the evidence lines of those. */
function seen(record: Record<string, any>): Record<string, unknown> {
  return {
    cities: record.locations.map((l: any) => l.city),
    remote: [record.remote.policy, ...record.remote.regions],
    employment: record.employmentType,
    apply: [...record.apply.emails, ...record.apply.urls],
    lines: ['locations', 'remote', 'employmentType', 'apply'].map((field) => record.evidence[field]?.line ?? null),
  };
}

async function postingsOf(text: string): Promise<Array<Record<string, any>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-carry-'));
  writeFileSync(path.join(dir, 'jobs.md'), text);
  const result = await runCli(['normalize', path.join(dir, 'jobs.md'), '--format', 'ndjson']);
  expect(result.code).toBe(0);
  return parseNdjson(result.stdout);
}

const none = { cities: [], remote: [null], employment: [], apply: [], lines: [null, null, null, null] };

describe('what the page states once carries over to each of its postings', () => {
  it.each([
    [
      'an intro: remote within the EU, full-time',
      `# Jobs at Fernwerk\n\nAll roles are fully remote within the EU. Full-time positions.\n\n${roles(EN, BODIES)}`,
      [0, 1, 2].map(() => ({ cities: [], remote: ['remote', 'EU'], employment: ['FULL_TIME'], apply: [], lines: [null, 3, 3, null] })),
    ],
    [
      'an intro in German: every posting in Berlin',
      `# Karriere bei Nordlicht\n\nAlle Stellen in Berlin.\n\n${roles(['Backend-Entwickler (m/w/d)', 'Frontend-Entwickler (m/w/d)', 'UX Designer (m/w/d)'], ['Du entwickelst unsere Plattform mit Kotlin weiter.', 'Du baust unsere Weboberfläche mit React.', 'Du gestaltest die Oberflächen unserer Produkte.'])}`,
      [0, 1, 2].map(() => ({ ...none, cities: ['Berlin'], lines: [3, null, null, null] })),
    ],
    [
      'a closing part after a rule, in French: Lyon and an address, for every posting',
      `# Rejoignez Atelier Lumière\n\n${roles(['Développeur Backend', 'Chef de projet', 'Designer UX'], ['Vous développerez nos services en Java.', 'Vous piloterez nos projets clients.', 'Vous concevrez les interfaces de nos applications.'])}\n---\n\nToutes nos offres sont basées à Lyon. Envoyez votre candidature à jobs@atelier-lumiere.example.\n`,
      [0, 1, 2].map(() => ({ ...none, cities: ['Lyon'], apply: ['jobs@atelier-lumiere.example'], lines: [17, null, null, 17] })),
    ],
    [
      'a closing paragraph that speaks of all positions, without a rule',
      `# Careers at Brightloop\n\n${roles(EN, BODIES)}\nAll positions are fully remote (EU time zones). Apply at careers@brightloop.example.\n`,
      [0, 1, 2].map(() => ({ ...none, remote: ['remote', 'EU'], apply: ['careers@brightloop.example'], lines: [null, 15, null, 15] })),
    ],
    [
      'a closing line to apply for any of the roles, without a rule',
      `# Careers at Brightloop\n\n${roles(EN, BODIES)}\nTo apply for any of these roles, write to careers@brightloop.example.\n`,
      [0, 1, 2].map(() => ({ ...none, apply: ['careers@brightloop.example'], lines: [null, null, null, 15] })),
    ],
    [
      "a posting's own place, policy and type win over the page's",
      `# Jobs at Fernwerk\n\nAll roles are fully remote within the EU.\n\n${roles(EN, [`${BODIES[0]}\n\nThis role is on-site in Munich.`, BODIES[1], `${BODIES[2]} Part-time, 20 hours a week.\n\nLocation: Hamburg, Germany`])}`,
      [
        { cities: ['Munich'], remote: ['onsite'], employment: [], apply: [], lines: [9, 9, null, null] },
        { ...none, remote: ['remote', 'EU'], lines: [null, 3, null, null] },
        { cities: ['Hamburg'], remote: ['onsite'], employment: ['PART_TIME'], apply: [], lines: [19, 19, 17, null] },
      ],
    ],
    [
      "a value stated inside one posting's block never reaches another, the last posting's closing lines included",
      `# Jobs at Fernwerk\n\nWe are a small team building billing software.\n\n${roles(EN, [`${BODIES[0]}\n\nLocation: Austin, TX`, BODIES[1], `${BODIES[2]}\n\nPart-time position, based in Vienna, Austria. Apply at analyst@fernwerk.example.`])}`,
      [
        { ...none, cities: ['Austin'], remote: ['onsite'], lines: [9, 9, null, null] },
        none,
        { cities: ['Vienna'], remote: ['onsite'], employment: ['PART_TIME'], apply: ['analyst@fernwerk.example'], lines: [19, 19, 19, 19] },
      ],
    ],
  ])('%s', async (_name, text, expected) => {
    const records = await postingsOf(text);
    expect(records.map(seen)).toEqual(expected);
  });

  it("words for all roles inside the last posting, before its own sections, leave its lines its own", async () => {
    const last = `${BODIES[2]}\n\nAll our roles include a yearly learning budget.\n\n### Requirements\n\n- SQL and Python\n\nLocation: Vienna, Austria`;
    const records = await postingsOf(`# Jobs at Fernwerk\n\n${roles(EN, [BODIES[0], BODIES[1], last])}`);
    expect(records.map((record) => record.locations.map((l: any) => l.city))).toEqual([[], [], ['Vienna']]);
    expect(records[2]!.description.markdown).toMatch(/learning budget[\s\S]*Requirements[\s\S]*Vienna/);
  });

  it('a posting that says only "remote" takes the regions the page states for every posting', async () => {
    const records = await postingsOf(`# Jobs at Fernwerk\n\nAll roles are fully remote within the EU.\n\n${roles(EN, [`${BODIES[0]}\n\nThis role is fully remote.`, BODIES[1], BODIES[2]])}`);
    expect(records.map((record) => [record.remote.policy, ...record.remote.regions])).toEqual([['remote', 'EU'], ['remote', 'EU'], ['remote', 'EU']]);
    expect(records[0]!.evidence.remote.line).toBe(9);
    expect(records[0]!.evidence.remoteRegions.line).toBe(3);
  });

  it('the closing part is the page\'s, not the last posting\'s own text', async () => {
    const records = await postingsOf(`# Careers at Brightloop\n\n${roles(EN, BODIES)}\n---\n\nAll positions are fully remote (EU time zones).\n`);
    expect(records.map((record) => record.description.markdown.includes('fully remote'))).toEqual([false, false, false]);
    expect(records.map((record) => record.description.markdown.includes('---'))).toEqual([false, false, false]);
  });
});

describe('place, remote policy and employment carry only from what speaks for every posting', () => {
  const placeOf = (record: Record<string, any>) => [record.title, record.locations.map((l: any) => l.city ?? l.country), record.remote.policy];
  it.each([
    [
      'an intro that names each role its own office gives neither posting both places',
      '# Jobs\n\nOur Munich office is hiring a Backend Engineer, and our Lisbon office a Designer.\n\n## Backend Engineer\n\nYou will build our APIs in Go and own services end to end.\n\n## Designer\n\nYou will design our app and run user research with the product team.\n',
      [['Backend Engineer', [], null], ['Designer', [], null]],
    ],
    [
      "an intro's places never reach a posting with a remote wording of its own",
      '# Careers at Acme\n\nAcme was founded in Berlin in 2010. Today our 60 full-time employees work from Berlin and from our small office in London.\n\n## Backend Engineer\n\nYou will build our APIs in Go. Remote within Germany.\n\n## Designer\n\nYou will design our app and work with the product team on research.\n',
      // Where the staff work is no posting's place: the posting that states none keeps none.
      [['Backend Engineer', ['DE'], 'remote'], ['Designer', [], null]],
    ],
    [
      "an intro in German on where the staff work gives no posting a place",
      '# Karriere bei Nordlicht\n\nUnsere 40 Mitarbeitenden arbeiten in Hamburg und München.\n\n## Backend-Entwickler (m/w/d)\n\nDu entwickelst unsere Plattform mit Kotlin weiter und betreust unsere Dienste.\n\n## UX Designer (m/w/d)\n\nDu gestaltest die Oberflächen unserer Produkte und testest sie mit Kunden.\n',
      [['Backend-Entwickler', [], null], ['UX Designer', [], null]],
    ],
    [
      "an intro in French on where the staff work gives no posting a place",
      '# Rejoignez Atelier Lumière\n\nNos 25 collaborateurs travaillent à Lyon et à Paris.\n\n## Développeur Backend\n\nVous développerez nos services en Java et suivrez leur mise en production.\n\n## Designer UX\n\nVous concevrez les interfaces de nos applications avec les équipes produit.\n',
      [['Développeur Backend', [], null], ['Designer UX', [], null]],
    ],
    [
      "an intro that invites the reader to join the staff in a city states the job's place",
      '# Careers at Acme\n\nJoin our 60 employees in Berlin.\n\n## Backend Engineer\n\nYou will build our APIs in Go and own services end to end.\n\n## Designer\n\nYou will design our app and run user research with the product team.\n',
      [['Backend Engineer', ['Berlin'], null], ['Designer', ['Berlin'], null]],
    ],
    [
      "an intro that names the company's office (no word for its staff) still states the job's place",
      '# Careers at Acme\n\nOur office is in Porto, by the river.\n\n## Backend Engineer\n\nYou will build our APIs in Go and own services end to end.\n\n## Designer\n\nYou will design our app and run user research with the product team.\n',
      [['Backend Engineer', ['Porto'], 'onsite'], ['Designer', ['Porto'], 'onsite']],
    ],
    [
      "a closing line that names a recruiter's city is no posting's place",
      '# Open positions\n\n## Backend Engineer\n\nYou will build our APIs in Go and own services end to end. Based in Munich.\n\n## Designer\n\nYou will design our app and run user research with the product team.\n\n---\n\nQuestions? Write to Jane, our recruiter in Lisbon: jane@acme.example\n',
      [['Backend Engineer', ['Munich'], 'onsite'], ['Designer', [], null]],
    ],
    [
      "a thread's prompt (include REMOTE, ONSITE when ...) speaks for no post",
      'Ask HN: Who is hiring? (March 2026)\n\nPlease state the location and include REMOTE for remote work, REMOTE (US) or similar if the country is restricted, and ONSITE when remote work is not an option.\n\nAcme | Senior Engineer | Berlin | ONSITE\n\nAcme builds logistics software in TypeScript. €80k.\n\nGlobex | Staff Data Engineer | Full-time\n\nGlobex does analytics for retailers. Python, dbt, Snowflake.\n',
      [['Senior Engineer', ['Berlin'], 'onsite'], ['Staff Data Engineer', [], null]],
    ],
    // Found in review: a staff sentence lost its remote policy with its places.
    [
      "an intro's staff sentence that the team is remote still makes every posting remote",
      '# Careers at Fernway\n\nOur team is fully remote across Europe.\n\n## Backend Engineer\n\nYou will build our APIs in Go.\n\n## Product Designer\n\nYou will design our app.\n',
      [['Backend Engineer', [], 'remote'], ['Product Designer', [], 'remote']],
    ],
    [
      "an intro's sentence on a remote company and its employees still makes every posting remote",
      '# Careers\n\nFernway is a fully remote company with 40 employees across Europe.\n\n## Backend Engineer\n\nYou will build our APIs in Go.\n\n## Product Designer\n\nYou will design our app.\n',
      [['Backend Engineer', [], 'remote'], ['Product Designer', [], 'remote']],
    ],
    [
      "a staff sentence gives its remote words, never its places",
      '# Careers\n\nOur 30 employees work fully remote from Berlin and Lisbon.\n\n## Backend Engineer\n\nYou will build our APIs in Go.\n\n## Product Designer\n\nYou will design our app.\n',
      [['Backend Engineer', [], 'remote'], ['Product Designer', [], 'remote']],
    ],
    [
      'a sentence for all roles inside an intro that names roles still carries',
      '# Jobs\n\nWe are hiring a Backend Engineer and a Designer. All roles are based in Porto.\n\n## Backend Engineer\n\nYou will build our APIs in Go and own services end to end.\n\n## Designer\n\nYou will design our app and run user research with the product team.\n',
      [['Backend Engineer', ['Porto'], 'onsite'], ['Designer', ['Porto'], 'onsite']],
    ],
  ])('%s', async (_name, text, expected) => {
    const records = await postingsOf(text);
    expect(records.map(placeOf)).toEqual(expected);
  });
});

