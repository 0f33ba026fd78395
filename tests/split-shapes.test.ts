/**
 * The page shapes of several postings (fixtures/multi/shapes), through the
 * CLI: roles headed by bold, image or link lines, blocks with the same inner
 * headings, role lists (links, bold leads) and a Jekyll data file whose quoted
 * values run on; and single postings with the same shapes inside, kept whole.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';

const SHAPES = path.join(FIXTURES, 'multi', 'shapes');

async function normalized(name: string) {
  const result = await runCli(['normalize', path.join(SHAPES, name), '--format', 'ndjson']);
  return { result, records: parseNdjson(result.stdout) };
}

describe('page shapes of several postings (fixtures/multi/shapes)', () => {
  it.each([
    ['bold-roles.md', ['Backend-Entwickler', 'Werkstudent Marketing'], 'heading.h1', [5, 10]],
    ['image-roles.md', ['Field Service Technician – applications guide', 'Quality Assurance Engineer – applications guide'], 'heading.h1', [2, 12]],
    ['repeated-sections.md', ['Backend Developer (Python)', 'Platform work (payments team)', 'Backend Engineer'], 'heading.h1', [9, 20, 35]],
    // Korean '리드' (lead) is a role noun: both headings read as job titles, so their shared inner headings split the page.
    ['repeated-sections-ko.md', ['백엔드 개발 리드', '백엔드 개발자'], 'heading.h1', [1, 14]],
    // the workload figure ('60-80%') and all after it leave the title (README, title)
    ['link-list.html', ['Psychotherapeut:in', 'Pflegefachperson HF', 'Psychologin / Psychologe'], 'list.title', [3, 4, 5]],
    ['link-items.html', ['Student assistants in web development', 'Student assistants for UI design'], 'list.title', [4, 5]],
    ['bold-bullets.md', ['Computer Vision Engineer', 'Supply Chain Architect', 'Logistics Product Manager'], 'list.title', [12, 13, 14]],
    ['jekyll-jobs.yml', ['Rails Developer', 'UX/UI Designer'], 'data.title', [3, 10]],
    // Roles grouped under teams inside a page's front matter (`careers: {teams: [{positions: [...]}]}`), as a data file may group them.
    ['grouped-front-matter.md', ['Product Designer', 'Frontend Developer', 'Customer Support Specialist'], 'data.title', [8, 10, 14]],
    // Roles on plain lines, each followed by the same colon labels ("Duties:", "Requirements:", "Terms:").
    ['labelled-blocks.md', ['Frontend Developer', 'Copywriter'], 'heading.h1', [5, 19]],
    // A menu of in-page links to each role's section ("#opening-2"), half of them or more reading as job titles.
    ['anchor-menu.html', ['Tax Accountant', 'Warehouse Supervisor', 'Field Sales'], 'list.title', [8, 9, 10]],
    // A template's blocks, each role's title in an element whose class names it ("offer-title").
    ['titled-markup.php', ['Print Technician', 'Graphic Designer'], 'list.title', [5, 11]],
    // Headings that need not read as job titles, each followed by the same bold labels.
    ['labelled-blocks-bold.md', ['Coordination of field research', 'Field Technician'], 'heading.h1', [4, 18]],
    // A code file's array of object literals, read as data and never run: comments and a value on the next line are kept apart.
    ['jobs-array.ts', ['Warehouse Team Lead', 'Product Designer'], 'data.title', [6, 14]],
    // Bare role names under a line that announces vacancies ("folgende offene Stellen:"), one of them at least a job title.
    ['bare-role-list.md', ['Lagerist', 'Berufskraftfahrer', 'Disponent im Nahverkehr'], 'list.title', [5, 6, 7]],
    // A heading that names vacancies over a line ending in a colon, then roles with a link, a place or a work mode each.
    ['open-positions-list.md', ['Gameplay Programmer', 'Community Manager', '2D Artist, Bergen'], 'list.title', [9, 10, 11]],
    // A careers page's roles listed under a heading that names vacancies, then one "About you" section that all of them share.
    ['shared-about-you.md', ['Backend Developer (Senior)', 'Mobile Developer (Middle)', 'Product Designer'], 'list.title', [12, 13, 14]],
  ])('%s gives one record per posting, its title read at its own line', async (name, titles, rule, lines) => {
    const { result, records } = await normalized(name);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(titles);
    expect(records.map((r) => [r.source.index, r.source.count])).toEqual(titles.map((_, i) => [i, titles.length]));
    expect(records.map((r) => r.evidence.title.rule)).toEqual(titles.map(() => rule));
    expect(records.map((r) => r.evidence.title.line)).toEqual(lines);
  });

  it.each([
    ['single-bold-sections.md', 'Senior Platform Engineer'],
    ['single-repeated-inner.md', 'Data Analyst'],
    // The same colon labels under lines that name no role: stages of one job.
    ['single-repeated-labels.md', 'Data Engineer'],
    // A page titled as one role: its role-like headings are fields of work, its role links other jobs.
    ['single-role-areas.md', 'Software Engineer'],
    ['single-other-jobs-links.md', 'Backend Developer in Ghent'],
    // In-page links to a posting's own sections, one of them naming a role ("Meet the Team Lead").
    ['single-anchor-toc.html', 'Logistics Planner'],
    // Elements classed as job titles under "Other jobs" are other postings'.
    ['single-titled-markup-others.html', 'Print Technician'],
    // A component's array of titled perks: no job titles, so no postings.
    ['single-code-page.tsx', 'Frontend Developer'],
    // Role names in a list under a line that announces no vacancies: the people the job works with.
    ['single-colleague-list.md', 'Data Engineer'],
    // A list of working arrangements under a jobs heading is not a list of roles.
    ['single-arrangements-list.md', 'Frontend Developer'],
    // Perks under "We're hiring", one of them the job itself: most items name no role.
    ['single-perks-list.md', 'Backend Engineer'],
    // A jobs-like front-matter key holding the page's settings, not postings.
    ['single-grouped-settings.md', 'Backend Developer'],
    // A careers page whose list of roles comes after a posting's requirements: the other jobs of that one posting.
    ['single-roles-after-sections.md', 'Data Engineer'],
    // A careers page that first says whom it hires, then links its other open roles above that role's requirements (review29a).
    ['single-hired-beside-open-roles.md', 'Site Reliability Engineer'],
  ])('keeps %s whole: one posting whose bold lines, repeated inner labels, role-like headings or role links name no roles of its own', async (name, title) => {
    const { records } = await normalized(name);
    expect(records.map((r) => r.title)).toEqual([title]);
    expect(records[0]!.source.index).toBeUndefined();
  });

  it('gives a role list\'s posting what its item states: its link (also a relative one), the page\'s company and language, never a guess', async () => {
    const { records } = await normalized('link-list.html');
    expect(records.map((r) => r.apply.urls)).toEqual([['/downloads/psychotherapeut-60-80.pdf'], ['https://jobs.example-ats.ch/job/3962128/'], ['/downloads/psychologin-80-100.pdf']]);
    expect(records[0]!.evidence.apply).toMatchObject({ line: 3, rule: 'list.apply_url' });
    for (const record of records) expect([record.salary, record.skills, record.experienceYears, record.datePosted]).toEqual([[], [], null, null]);
    expect(new Set(records.map((r) => r.language)).size).toBe(1);
  });

  it('gives every labelled block the address the page names after the last one, and each block its own terms', async () => {
    const { records } = await normalized('labelled-blocks.md');
    expect(records.map((r) => r.apply.emails)).toEqual([['jobs@greenfold.example'], ['jobs@greenfold.example']]);
    expect(records.map((r) => r.evidence.apply.line)).toEqual([33, 33]);
    expect(records.map((r) => r.employmentType)).toEqual([['FULL_TIME'], ['PART_TIME']]);
    expect(records.map((r) => r.remote.policy)).toEqual([null, 'remote']);
  });

  it('gives each posting behind an anchor menu its own section\'s lines and the page\'s address to apply to', async () => {
    const { records } = await normalized('anchor-menu.html');
    expect(records.map((r) => r.description.text.includes('forklift'))).toEqual([false, true, false]);
    for (const record of records) expect(record.apply.emails).toEqual(['jobs@harbourline.example']);
  });

  it('keeps a posting whose page title names its role by a careers template ("{role} — Careers at {company}") over "# {role}" as one record; one role in two places stays two', async () => {
    const single = await normalized('single-title-template-heading.md');
    expect(single.records.map((r) => [r.title, r.source.index])).toEqual([['Data Analyst', undefined]]);
    const places = await normalized('same-role-two-places.md');
    expect(places.records.map((r) => [r.source.index, r.source.count, r.evidence.title.line])).toEqual([[0, 2, 3], [1, 2, 10]]);
    // Two different careers tails (review29c): two postings, each its own pay.
    const tails = await normalized('same-role-two-careers-tails.md');
    expect(tails.records.map((r) => r.salary.map((s: { min: number | null }) => s.min))).toEqual([[35000], [33000]]);
  });

  it('gives a role list without links the page\'s address to apply to and its company', async () => {
    const { records } = await normalized('bold-bullets.md');
    for (const record of records) {
      expect(record.apply.emails).toEqual(['founders@harborparts.io']);
      expect(record.company?.name).toBe('Harbor Parts');
    }
  });

  it('gives each posting of a code file\'s object literals its own fields, never running the code', async () => {
    const { records } = await normalized('jobs-array.ts');
    expect(records.map((r) => r.company?.name)).toEqual(['Brightmoor Supply', 'Brightmoor Supply']);
    expect(records.map((r) => [r.apply.emails, r.apply.urls])).toEqual([[['hiring@brightmoor.example'], []], [[], ['https://jobs.lever.co/brightmoor/1234']]]);
    expect(records.map((r) => r.remote.policy)).toEqual(['onsite', 'remote']);
    expect(records[1]!.salary).toMatchObject([{ min: 90000, max: 110000, currency: 'USD' }]);
  });

  it('reads a code file\'s job array holding a long string (an inline logo), and one after many arrays it cannot read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-code-'));
    try {
      const logo = `data:image/png;base64,${'A'.repeat(150_000)}`;
      const job = (title: string) => `{ title: "${title}", company: "Brightmoor Supply", desc: "Run the night shift. Full-time.", logo: "${logo}" }`;
      writeFileSync(path.join(dir, 'logo.ts'), `export const jobs = [\n  ${job('Warehouse Team Lead')},\n  ${job('Forklift Driver')},\n];\n`);
      // Arrays that hold a template literal are never read; the one after them is.
      const unreadable = 'const x = [{ a: `t` }];\n'.repeat(200);
      writeFileSync(path.join(dir, 'many.js'), `${unreadable}export const jobs = [{ title: "Data Engineer", desc: "Build pipelines." }, { title: "Product Designer", desc: "Design the app." }];\n`);
      for (const [name, titles] of [['logo.ts', ['Warehouse Team Lead', 'Forklift Driver']], ['many.js', ['Data Engineer', 'Product Designer']]] as const) {
        const result = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
        expect(result.code).toBe(0);
        expect(parseNdjson(result.stdout).map((r) => r.title)).toEqual(titles);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a Russian list of trades under "открыты вакансии:" as roles (driver, picker, cashier are role nouns as in English)', async () => {
    const input = 'У нас открыты вакансии:\n\n- водитель;\n- комплектовщик заказов;\n- кассир.\n\nРезюме ждем на rabota@magazin.example\n';
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    expect(parseNdjson(result.stdout).map((r) => r.title)).toEqual(['Водитель', 'Комплектовщик заказов', 'Кассир']);
  });

  it('gives every posting the address a sidebar names, though the main content leaves the sidebar out', async () => {
    const { records } = await normalized('sidebar-address.html');
    expect(records.map((r) => r.title)).toEqual(['Medical Receptionist', 'Clinic Cleaner']);
    expect(records.map((r) => r.apply.emails)).toEqual([['careers@copperleaf.example'], ['careers@copperleaf.example']]);
  });

  it('gives the postings of a map keyed by employer ({"companies": {"Acme": [...]}}) the key as their company, unless they name one', async () => {
    const { records } = await normalized('companies-jobs.json');
    expect(records.map((r) => r.company?.name)).toEqual(['Northwind Tiles', 'Northwind Tiles', 'Harbor Bakery Ltd']);
    expect(records[0]!.evidence.company).toMatchObject({ line: 3, rule: 'data.company' });
  });

  it('gives each bare role its own link, place and work mode, and the page\'s address when it has no link', async () => {
    const { records } = await normalized('open-positions-list.md');
    expect(records.map((r) => [r.apply.urls, r.apply.emails])).toEqual([[['https://fjordline.example/jobs/gameplay'], []], [[], ['jobs@fjordline.example']], [[], ['jobs@fjordline.example']]]);
    // "2D Artist, Bergen" names its work place as "– Oslo" does: with no remote work stated, onsite (README).
    expect(records.map((r) => r.remote.policy)).toEqual(['onsite', 'remote', 'onsite']);
    expect(records.map((r) => r.locations.map((l: { city?: string }) => l.city))).toEqual([['Oslo'], [], ['Bergen']]);
  });

  it('reads a Jekyll data file whose quoted values run on at the key\'s indentation, lines kept', async () => {
    const { result, records } = await normalized('jekyll-jobs.yml');
    expect(result.stderr).not.toMatch(/data-syntax/);
    expect(records.map((r) => r.company?.name)).toEqual(['Tacchi Studios', 'Team Lab']);
    expect(records[0]!.description.markdown).toMatch(/React Native/);
    // Not YAML as the spec reads it: one warning at the first run-on line.
    const checked = await runCli(['validate', path.join(SHAPES, 'jekyll-jobs.yml')]);
    expect(checked.code).toBe(0);
    expect(checked.stderr).toMatch(/jekyll-jobs\.yml:7 warning data-lenient /);
  });
});
