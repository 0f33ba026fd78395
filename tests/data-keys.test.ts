/**
 * A data item is read for every field its keys state, by the same key readers as front matter (one table of keys per
 * field, src/extract/tables/field-keys.ts): the same key and value as a page's front matter, as a JSON item and as a
 * YAML item give the same field, in the vocabulary's languages. A key that is not the field (`type: engineering`, a
 * department) gives it in none of the three.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizerInTempFiles, parseNdjson, recordInTempFiles, runCli } from './helpers.js';

type Row = [field: string, key: string, value: unknown, expected: unknown];

/** What a record holds for a field, as the rows name it. */
const fieldOf = (record: Record<string, any>, field: string): unknown => ({
  title: record.title,
  company: record.company?.name ?? null,
  remote: record.remote?.policy ?? null,
  employment: record.employmentType,
  experience: record.experienceYears,
  seniority: record.seniority,
  salary: record.salary?.map((salary: { min: number | null; max: number | null; currency: string | null }) => [salary.min, salary.max, salary.currency]) ?? [],
  location: record.locations?.map((location: { city?: string | null; country?: string | null }) => location.city ?? location.country ?? null) ?? [],
  date: record.datePosted,
  apply: [...(record.apply?.urls ?? []), ...(record.apply?.emails ?? [])],
  closing: record.validThrough,
  identifier: record.identifier?.value ?? null,
}[field]);

const rows: Row[] = [
  // The contract type: the gap the lead found (de), and its keys in other languages.
  ['employment', 'employment', 'Vollzeit', ['FULL_TIME']],
  ['employment', 'employment', '20 h / Woche', ['PART_TIME']],
  ['employment', "type d'emploi", 'Temps partiel', ['PART_TIME']],
  ['employment', 'tipo de contrato', 'Tiempo completo', ['FULL_TIME']],
  ['employment', 'anstellungsart', 'Teilzeit', ['PART_TIME']],
  // Years asked, a nested value read as its text ({"title": "2–5 Jahre"}, as a German careers export writes it).
  ['experience', 'experience', { title: '2–5 Jahre', emoji: '🚀' }, { min: 2, max: 5 }],
  ['experience', 'berufserfahrung', '3 Jahre', { min: 3 }],
  ['experience', 'expérience', '5 ans', { min: 5 }],
  ['experience', 'experiencia', '4 años', { min: 4 }],
  // A level, under a level key or under an experience key that holds one.
  ['seniority', 'level', 'Senior', 'senior'],
  ['seniority', 'seniority', 'Junior', 'junior'],
  ['seniority', 'experience_level', 'Lead', 'lead'],
  // Remote work as a flag or a work mode.
  ['remote', 'is_remote', true, 'remote'],
  ['remote', 'remote_ok', 'yes', 'remote'],
  ['remote', 'modalidad', 'Remoto', 'remote'],
  ['remote', 'workplace_type', 'Hybrid', 'hybrid'],
  // The employer under its label in each language.
  ['company', 'arbeitgeber', 'Nordlicht GmbH', 'Nordlicht GmbH'],
  ['company', 'employeur', 'Atelier Lumière SAS', 'Atelier Lumière SAS'],
  ['company', 'empresa', 'Soluciones Andinas SL', 'Soluciones Andinas SL'],
  // The place, pay, date and a way to apply.
  ['location', 'arbeitsort', 'Hamburg', ['Hamburg']],
  ['location', 'ville', 'Lyon', ['Lyon']],
  ['location', 'ciudad', 'Sevilla', ['Sevilla']],
  ['salary', 'gehalt', '55.000 € pro Jahr', [[55000, 55000, 'EUR']]],
  ['salary', 'salaire', '42 000 € par an', [[42000, 42000, 'EUR']]],
  ['date', 'date_published', '2024-03-05', '2024-03-05'],
  ['apply', 'application_url', 'https://jobs.example.org/apply/123', ['https://jobs.example.org/apply/123']],
  ['apply', 'contact_email', 'jobs@example.org', ['jobs@example.org']],
  ['closing', 'apply_by', '2030-01-31', '2030-01-31'],
  ['closing', 'expiry_date', '2030-02-28', '2030-02-28'],
  ['identifier', 'vacancy_id', 'V-123', 'V-123'],
  // Must not: a key that is not the field (a department under `type`, a team under `department`, a place under a work-mode key).
  ['employment', 'type', 'engineering', []],
  ['employment', 'department', 'Full-time Engineering', []],
  ['remote', 'workplace_type', 'Berlin', null],
];

/** The posting as front matter (with its body), as a JSON item and as a YAML item, each with the row's key. */
function forms(key: string, value: unknown): Array<[string, string]> {
  const item: Record<string, unknown> = { title: 'Data Analyst', [key]: value, description: 'Wir analysieren Daten für unsere Kunden.' };
  if (key !== 'company' && !['arbeitgeber', 'employeur', 'empresa'].includes(key)) item.company = 'Acme';
  const yaml = (indent: string) => Object.entries(item).map(([name, inner]) => `${indent}${JSON.stringify(name)}: ${JSON.stringify(inner)}`);
  const { description, ...keys } = item;
  const frontmatter = Object.entries(keys).map(([name, inner]) => `${JSON.stringify(name)}: ${JSON.stringify(inner)}`).join('\n');
  return [
    ['posting.md', `---\n${frontmatter}\n---\n\n${description}\n`],
    ['jobs.json', JSON.stringify([item], null, 2)],
    ['jobs.yml', `- ${yaml('  ').join('\n').slice(2)}\n`],
  ];
}

describe('a data item\'s keys are read as front matter\'s', () => {
  // Each row's three files keep their names (the test reads them back), so each gets a folder of its own under one removed at the end.
  const root = mkdtempSync(path.join(tmpdir(), 'postings-data-keys-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const normalize = normalizerInTempFiles('postings-data-keys-');
  const recordOf = recordInTempFiles('postings-data-keys-');

  it.each(rows)('%s from `%s: %j` is %j as front matter, in JSON and in YAML', async (field, key, value, expected) => {
    const dir = mkdtempSync(path.join(root, 'row-'));
    const files = forms(key, value).map(([name, text]) => (writeFileSync(path.join(dir, name), text), path.join(dir, name)));
    const { stdout } = await runCli(['normalize', ...files, '--format', 'ndjson']);
    const records = parseNdjson(stdout) as Array<Record<string, any>>;
    expect(records.map((record) => record.source.path.split(/[\\/]/).pop())).toEqual(['posting.md', 'jobs.json', 'jobs.yml']);
    expect(records.map((record) => fieldOf(record, field))).toEqual([expected, expected, expected]);
  });

  // A field's key that other lists hold as much as job lists fills a posting's field, but makes no list of other things a list of postings.
  it.each([
    ['a schedule\'s talks (`time`)', '- title: Opening keynote\n  time: "09:00"\n- title: Lunch break\n  time: "12:00"\n'],
    ['a club\'s meetings (`schedule`)', '- title: Morning yoga\n  schedule: Mondays 8am\n- title: Book club\n  schedule: Fridays\n'],
    ['a portfolio\'s projects (`client`)', '- title: Website relaunch\n  client: Nordlicht GmbH\n- title: Brand identity\n  client: Atelier Lumière\n'],
    // Keys that fill a posting's field in any language make no list a list of postings either (review24: each gave records).
    ['a team (de: `titel`, `standort`)', '- name: Anna Schmidt\n  titel: Teamleiterin Vertrieb\n  standort: Berlin\n- name: Jonas Weber\n  titel: Softwareentwickler\n  standort: Hamburg\n'],
    ['events (de: `titel`, `ort`)', '- titel: Sommerfest\n  datum: 2024-06-01\n  ort: Biergarten am See, Berlin\n- titel: Hackathon\n  datum: 2024-09-20\n  ort: Büro Hamburg\n'],
    ['a portfolio (es: `empresa`)', '- title: Rediseño de la tienda online\n  empresa: Zapatos López S.L.\n- title: App de reservas\n  empresa: Hotel Sol S.A.\n'],
    ['products (de: `titel`, `firma`)', '- titel: Akku-Bohrschrauber 18V\n  preis: 129.0\n  firma: Bosch\n- titel: Stichsäge Pro\n  preis: 149.0\n  firma: Festool\n'],
    ['a team (en: `town`)', '- name: Jane Doe\n  title: Senior Engineer\n  town: Bristol\n- name: John Roe\n  title: Product Designer\n  town: Leeds\n'],
    ['talks (fr: `lieu`, `time`)', '- title: Conférence d\'ouverture\n  lieu: Salle A, Paris\n  time: "09:00"\n- title: Atelier Rust\n  lieu: Salle B, Paris\n  time: "10:30"\n'],
  ])('%s are no postings', async (_, text) => {
    const { result: { stderr, code }, records } = await normalize(text, 'yml');
    expect([records, code]).toEqual([[], 1]);
    expect(stderr).toContain('no-postings-in-data');
  });

  // Session 26: a list named for jobs in its language ("stellen:", "vacantes:", "vagas:", "vacatures:", "posizioni:") keyed in that
  // language ("titel", "puesto", "cargo", "functie", "titolo"): each item that states its title and a field a job has is a posting.
  it.each([
    ['de `stellen:` / `titel`, `ort`, `anstellung`', 'stellen:\n  - titel: Backend-Entwickler\n    ort: Berlin\n    anstellung: Vollzeit\n  - titel: Vertriebsleiter\n    ort: Hamburg\n    anstellung: Teilzeit\n', ['Backend-Entwickler', 'Vertriebsleiter']],
    ['es `vacantes:` / `puesto`, `ubicacion`, `enlace`', 'vacantes:\n  - puesto: Desarrollador Backend\n    ubicacion: Madrid\n    enlace: https://acme.example/1\n  - puesto: Gerente de Ventas\n    ubicacion: Valencia\n    enlace: https://acme.example/2\n', ['Desarrollador Backend', 'Gerente de Ventas']],
    ['pt `vagas:` / `cargo`, `cidade`', 'vagas:\n  - cargo: Desenvolvedor Backend\n    cidade: Curitiba\n  - cargo: Gerente de Vendas\n    cidade: Recife\n', ['Desenvolvedor Backend', 'Gerente de Vendas']],
    ['nl `vacatures:` / `functie`, `locatie`, `dienstverband`', 'vacatures:\n  - functie: Backend Developer\n    locatie: Utrecht\n    dienstverband: Fulltime\n  - functie: Salesmanager\n    locatie: Zwolle\n    dienstverband: Parttime\n', ['Backend Developer', 'Salesmanager']],
    ['it `posizioni:` under departments / `titolo`, `sede`', 'reparti:\n  - nome: Tecnologia\n    posizioni:\n      - titolo: Sviluppatore Backend\n        sede: Milano\n      - titolo: Sistemista\n        sede: Torino\n', ['Sviluppatore Backend', 'Sistemista']],
  ])('%s gives a posting per item', async (_, text, titles) => {
    const { records } = await normalize(text, 'yml');
    expect(records.map((record: Record<string, any>) => record.title)).toEqual(titles);
  });

  // …and the same keys under a list named for something else, a list named for jobs whose items state a title alone, or a
  // shop's offers ("ofertas", "offres": offers of any kind) are none.
  it.each([
    ['a team keyed `titel`, `ort` under `team:`', 'team:\n  - titel: Teamleiterin Vertrieb\n    ort: Berlin\n  - titel: Softwareentwickler\n    ort: Hamburg\n'],
    ['`vacantes:` whose items state a title alone', 'vacantes:\n  - puesto: Desarrollador Backend\n  - puesto: Gerente de Ventas\n'],
    ['a shop\'s `ofertas:` keyed `titulo`, `enlace`', 'ofertas:\n  - titulo: Zapatillas de running\n    enlace: https://tienda.example/1\n  - titulo: Chaqueta impermeable\n    enlace: https://tienda.example/2\n'],
    // A title that names no role beside only a place and a description (review26a): offices, a ranking, filled vacancies.
    ['`posizioni:` of offices', 'posizioni:\n  - titolo: Il nostro ufficio di Milano\n    sede: Milano\n    descrizione: Due piani in centro.\n  - titolo: La sede di Roma\n    sede: Roma\n    descrizione: Vicino alla stazione.\n'],
    ['`posizioni:` of a ranking', 'posizioni:\n  - titolo: Primo classificato\n    sede: Milano\n    descrizione: Squadra Rossa, 42 punti.\n  - titolo: Secondo classificato\n    sede: Torino\n    descrizione: Squadra Blu, 40 punti.\n'],
    ['`vacatures:` that are filled', 'vacatures:\n  - functie: Vervuld\n    locatie: Utrecht\n    omschrijving: Deze vacature is vervuld.\n  - functie: Gesloten\n    locatie: Zwolle\n    omschrijving: Deze vacature is gesloten.\n'],
  ])('%s are no postings', async (_, text) => {
    const { records, result: { code } } = await normalize(text, 'yml');
    expect([records, code]).toEqual([[], 1]);
  });

  // A specific key wins over a generic one of the same field, and a yes or no names no link (review24).
  it.each([
    ['`type: Engineering` beside `employment: Vollzeit`', '[{"title":"Backend Engineer","company":"Acme GmbH","type":"Engineering","employment":"Vollzeit"}]', (r: Record<string, any>) => r.employmentType, ['FULL_TIME']],
    ['`directApply: "yes"` beside `url`', '[{"title":"Backend Engineer","company":"Acme Ltd","directApply":"yes","url":"https://acme.example/jobs/1"}]', (r: Record<string, any>) => r.apply.urls, ['https://acme.example/jobs/1']],
    ['`address` (the seat) beside `arbeitsort`', '[{"title":"Backend Engineer","company":"Acme GmbH","address":"Hauptstraße 1, 80331 München","arbeitsort":"Berlin"}]', (r: Record<string, any>) => r.locations.map((l: { city?: string }) => l.city), ['Berlin']],
  ])('%s', async (_, json, read, expected) => {
    expect(read(await recordOf(json, 'json'))).toEqual(expected);
  });

  it('a page\'s `job:` is no title: the body\'s role stays', async () => {
    const record = await recordOf('---\nlayout: job\njob: design\n---\n# We are hiring\n\nAcme Ltd is looking for a Product Designer in London. Send your portfolio to jobs@acme.example\n');
    expect(record.title).toBe('Product Designer');
  });

  it('a careers export\'s nested values ({"title": "Vollzeit"}) are read as their text, as the same front matter is', async () => {
    const dir = path.join(FIXTURES, 'data-keys');
    const { stdout } = await runCli(['normalize', path.join(dir, 'karriere.json'), path.join(dir, 'karriere.md'), '--format', 'ndjson']);
    const records = parseNdjson(stdout) as Array<Record<string, any>>;
    const read = records.map((record) => [record.title, record.employmentType, record.experienceYears, record.seniority]);
    expect(read).toEqual([
      ['Werkstudent Softwareentwicklung', ['PART_TIME'], null, 'intern'],
      ['Senior Consultant', ['FULL_TIME'], { min: 2, max: 5 }, 'senior'],
      ['Senior Consultant', ['FULL_TIME'], { min: 2, max: 5 }, 'senior'],
    ]);
    // The JSON item's evidence is its own: the rule names the data, the line is the item's key (a nested value's, its key's
    // line, not its item's `title`); the front matter's is the nested value's own line.
    expect(records[1]!.evidence.employmentType.rule).toMatch(/^data\./);
    expect([records[1]!.evidence.experienceYears.line, records[2]!.evidence.experienceYears.line]).toEqual([17, 4]);
  });
});
