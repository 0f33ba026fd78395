/**
 * Title and company candidates, session 17 (#13): what a candidate-by-candidate
 * audit of every single posting we may open found about the sources, through
 * the CLI in process:
 * - a role phrase read from prose stops where the sentence goes on to speak to
 *   or for someone: a title holds no pronoun ("Als Software Developer arbeitest
 *   du", "Als X wirst du Teil unseres Teams", "Als medior X heb je"), and the
 *   words between the role and the pronoun are no part of it;
 * - words that praise the one sought ("a passionate X") and the Italian
 *   "alla ricerca di un X" are no part of the title;
 * - an article alone is never a company ("hos En renare vardag": Swedish "en");
 * - a work mode after a title's comma or dash is no part of it, and states the
 *   policy ("Engineer, Remote (US)", "Engineer (Remote - US)"); a place after a
 *   comma stays ("Country Manager, Ukraine"); "This role is Remote." states it
 *   as "remote" does; a country code ("Sales Manager, PT"), another word
 *   ("Software Engineer, Temporal") or a lone contract word ("Kundenberater,
 *   Vollzeit") after a comma stays;
 * - each sentence is read with its own language's pronouns (French "du" is
 *   "of the": "Responsable du service client"), and a label heading's value is
 *   the title whatever its words ("## Position" / "Barista") unless it is a
 *   pronoun ("### About" / "You").
 * Each row states the value chosen (null: none); the must-not rows keep what
 * the posting does not support out of the record.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

interface Row { name: string; input: string; title?: string | null; titleRule?: string; company?: string | null }

const rows: Row[] = [
  { name: 'de: the role before "arbeitest du"', title: 'Software Developer', titleRule: 'text.role-phrase',
    input: '# Karriere\n\nAls Software Developer arbeitest du an unserer Plattform.\n\n## Was du mitbringst\n- Java\n' },
  { name: 'de: the role before "wirst du Teil unseres Teams"', title: 'Test Automation Engineer', titleRule: 'text.role-phrase',
    input: '# Karriere\n\nAls Test Automation Engineer wirst du Teil unseres Teams in Berlin.\n\n## Was du mitbringst\n- Java\n' },
  { name: 'nl: the role before "heb je"', title: 'Medior Software Engineer', titleRule: 'text.role-phrase',
    input: '# Vacature\n\nAls medior Software Engineer heb je direct invloed op onze producten.\n\n## Wat wij bieden\n- Goed salaris\n' },
  { name: 'en: the role before "you will"', title: 'Senior Engineer', titleRule: 'text.role-phrase',
    input: '# Careers\n\nAs a Senior Engineer you will own our platform.\n\n## Requirements\n- Go\n' },
  { name: 'en: a lower-case role keeps its role noun before "you will"', title: 'Software engineer', titleRule: 'text.role-phrase',
    input: '# Careers\n\nAs a software engineer you will own our platform.\n\n## Requirements\n- Go\n' },
  { name: 'it: "alla ricerca di un X"', title: 'Fullstack Developer', titleRule: 'text.role-phrase',
    input: '# Lavora con noi\n\nSiamo alla ricerca di un Fullstack Developer.\n\n## Requisiti\n- React\n' },
  { name: 'en: "a passionate X": praise is no part of the title', title: 'Backend Engineer', titleRule: 'text.role-phrase',
    input: '# Careers\n\nWe are looking for a passionate Backend Engineer to join our team.\n\n## Requirements\n- Go\n' },
  { name: 'nl: "een gedreven X"', title: 'Developer', titleRule: 'text.role-phrase',
    input: '# Vacature\n\nWij zoeken een gedreven developer voor ons team.\n\n## Wat wij bieden\n- Goed salaris\n' },
  // Must not: a sentence's words after the role, and an article read as a name.
  { name: 'must not: the pronoun and its verb in the title', title: 'Data Analyst',
    input: '# Jobs\n\nAls Data Analyst bringst du Zahlen zum Sprechen.\n\n## Profil\n- SQL\n' },
  { name: 'sv: must not: "hos En renare vardag" gives no company "En"', company: null,
    input: '# Städare\n\nDu som söker jobb hos En renare vardag ska vara minst 18 år.\n' },
  { name: 'no: must not: "hos Ei lita bedrift" gives no company "Ei"', company: null,
    input: '# Utvikler\n\nSom utvikler hos Ei lita bedrift får du ansvar.\n' },
  { name: 'de: must not: "bei Die …" gives no company "Die"', company: null,
    input: '# Entwickler\n\nAls Entwickler bei Die kleine Agentur arbeitest du im Team.\n' },
  // Review of session 17: each sentence is read with its own language's pronouns; French "du" is "of the".
  { name: 'fr: "Responsable du service client" keeps its "du"', title: 'Responsable du service client', titleRule: 'text.role-phrase',
    input: '# Carrières\n\nNous recherchons un Responsable du service client pour notre agence de Lyon. Vous piloterez une équipe.\n' },
  { name: 'fr: "En tant que Responsable du recrutement, vous…"', title: 'Responsable du recrutement', titleRule: 'text.role-phrase',
    input: '# Carrières\n\nEn tant que Responsable du recrutement, vous pilotez nos embauches.\n\n## Profil\n- RH\n' },
  { name: 'fr: "Chef du projet digital"', title: 'Chef du projet digital', titleRule: 'text.role-phrase',
    input: '# Carrières\n\nNous recherchons un Chef du projet digital pour notre équipe.\n' },
  { name: 'fr: "Directrice du marketing"', title: 'Directrice du marketing', titleRule: 'text.role-phrase',
    input: '# Offre d\'emploi\n\nNous recherchons une Directrice du marketing pour notre agence de Lyon. Vous piloterez une équipe.\n\nCDI, temps plein.\n' },
  { name: 'sv: must not: the role before "du" keeps no pronoun', title: 'Projektledare', titleRule: 'text.role-phrase',
    input: '# Jobb\n\nVi söker en Projektledare du får leda våra kunder.\n' },
  // "a dedicated X" names a role of its own.
  { name: 'en: "a Dedicated Account Manager" keeps "Dedicated"', title: 'Dedicated Account Manager', titleRule: 'text.role-phrase',
    input: '# Careers\n\nWe are looking for a Dedicated Account Manager to join our team.\n\n## Requirements\n- B2B sales\n' },
  // A label heading's value is the title whatever its words; the next label heading is no employer.
  { name: 'en: "## Position" over "Barista"', title: 'Barista', titleRule: 'heading.label', company: null,
    input: '## Position\n\nBarista\n\n## Location\n\nLeeds\n\nPart-time, weekends. Apply at jobs@cafe.example\n' },
  { name: 'de: "## Job title" over "Kassierer"', title: 'Kassierer', titleRule: 'heading.label', company: null,
    input: '## Job title\n\nKassierer\n\n## Ort\n\nGraz\n\nWir bieten eine unbefristete Stelle in Teilzeit.\n' },
  { name: 'id: "## Position" over "Pakar SEO"', title: 'Pakar SEO', titleRule: 'heading.label', company: null,
    input: '## Position\n\nPakar SEO\n\n## Lokasi\n\nJakarta\n\nKirim lamaran ke hr@contoh.id\n' },
  { name: 'de: must not: a front matter "Kundenberater, Vollzeit" keeps its contract', title: 'Kundenberater, Vollzeit', company: 'Acme',
    input: '---\ntitle: "Kundenberater, Vollzeit"\ncompany: Acme\n---\n\nWe build things. Apply at jobs@acme.example\n' },
  { name: 'en: must not: "### About" over "You" is no title', title: null,
    input: '### About\n\nYou\n\n### Benefits\n\nGood coffee and a friendly team for everyone who joins.\n' },
  { name: 'nl: must not: "# Vacature" over a sentence is no label value', title: 'Developer', titleRule: 'text.role-phrase',
    input: '# Vacature\n\nWij zoeken een developer voor ons team.\n' },
];

interface ModeRow { name: string; input: string; title: string | null; policy: string | null; regions?: string[] }
const page = (heading: string, line = ''): string => `# ${heading}\n\n${line ? `${line}\n\n` : ''}We build tools. Send your CV to jobs@fernway.io.\n`;
const modes: ModeRow[] = [
  { name: '"X, Remote (US)"', input: page('Engineer, Remote (US)'), title: 'Engineer', policy: 'remote', regions: ['US'] },
  { name: '"X, Remote"', input: page('Data Engineer, Remote'), title: 'Data Engineer', policy: 'remote' },
  { name: '"X, Fully Remote"', input: page('Data Engineer, Fully Remote'), title: 'Data Engineer', policy: 'remote' },
  { name: '"X, Hybrid"', input: page('Data Engineer, Hybrid'), title: 'Data Engineer', policy: 'hybrid' },
  { name: '"X (Remote - US)"', input: page('Engineer (Remote - US)'), title: 'Engineer', policy: 'remote', regions: ['US'] },
  { name: '"X (Remote – Europe)"', input: page('Engineer (Remote – Europe)'), title: 'Engineer', policy: 'remote', regions: ['Europe'] },
  { name: '"This role is Remote (US)."', input: page('Backend Engineer', 'This role is Remote (US).'), title: 'Backend Engineer', policy: 'remote', regions: ['US'] },
  { name: '"X, Remote, Full-time"', input: page('Data Engineer, Remote, Full-time'), title: 'Data Engineer', policy: 'remote' },
  // Must not: a country code, a word that is no work mode, or a contract word alone after a comma is part of the title.
  { name: 'must not: "Sales Manager, PT" keeps its country', input: page('Sales Manager, PT'), title: 'Sales Manager, PT', policy: null },
  { name: 'must not: "Software Engineer, Temporal" keeps its team', input: page('Software Engineer, Temporal'), title: 'Software Engineer, Temporal', policy: null },
  { name: 'must not: "Kundenberater, Vollzeit" keeps its contract', input: page('Kundenberater, Vollzeit'), title: 'Kundenberater, Vollzeit', policy: null },
  // Must not: a territory after a comma is part of the title; a team that is remote, or a noun's modifier, states no policy.
  { name: 'must not: "Country Manager, Ukraine" keeps its territory', input: page('Country Manager, Ukraine'), title: 'Country Manager, Ukraine', policy: null },
  { name: 'must not: "Software Engineer, Backend" keeps its area', input: page('Software Engineer, Backend'), title: 'Software Engineer, Backend', policy: null },
  { name: 'must not: "Our team is remote." is no policy of the job', input: page('Backend Engineer', 'Our team is remote.'), title: 'Backend Engineer', policy: null },
  { name: 'must not: "It is Remote work friendly." is no predicate', input: page('Backend Engineer', 'It is Remote work friendly.'), title: 'Backend Engineer', policy: null },
];

describe('a work mode after the title (session 17 audit)', () => {
  it.each(modes)('$name', async ({ input, title, policy, regions }) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    expect(record, result.stderr).toBeDefined();
    expect(record!.title ?? null).toBe(title);
    expect(record!.remote.policy).toBe(policy);
    if (regions) expect(record!.remote.regions).toEqual(regions);
  });
});

describe('title and company candidates (session 17 audit)', () => {
  it.each(rows)('$name', async ({ input, title, titleRule, company }) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    expect(record, result.stderr).toBeDefined();
    if (title !== undefined) expect(record!.title ?? null).toBe(title);
    if (titleRule) expect(record!.evidence.title.rule).toBe(titleRule);
    if (company !== undefined) expect(record!.company?.name ?? null).toBe(company);
  });
});
