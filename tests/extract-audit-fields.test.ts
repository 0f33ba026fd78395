/**
 * Bugs a read-only audit of extraction found (issue #13, session 13): each
 * row is a short synthetic posting through the CLI, with what must be given
 * and, beside it, what must not. Every positive row failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function recordOf(input: string): Promise<Record<string, unknown>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

const BODY = '\n\nWe build logistics software in a small team. Send your CV to jobs@fernway.io.\n';

describe('title: a word written with a capital keeps its case', () => {
  it.each([
    ['a capital inside the first word ("iOS")', `# iOS Developer${BODY}`, 'iOS Developer'],
    ['"eBay" in a lower-case title', `# eBay seller${BODY}`, 'eBay seller'],
    ['"macOS" first', `# macOS Engineer${BODY}`, 'macOS Engineer'],
    ['"jQuery" first', `# jQuery developer${BODY}`, 'jQuery developer'],
    // What must not change: a wholly lower-case first word is still raised.
    ['a lower-case title gets its first letter raised', `# senior developer${BODY}`, 'Senior developer'],
    ['a capitalised title stays as written', `# Senior iOS Developer${BODY}`, 'Senior iOS Developer'],
  ])('%s', async (_name, input, title) => {
    expect((await recordOf(input)).title ?? null).toBe(title);
  });
});

const remoteOf = async (body: string) => ((await recordOf(`# Backend Developer\n\n${body}\n\nSend your CV to jobs@fernway.io.\n`)).remote ?? {}) as { policy?: string | null; regions?: string[] };

describe('remote: plain sentences that state remote work, and where', () => {
  it.each([
    ['en: "remote in" after a comma', 'Full-time, remote in Europe.', 'remote', ['Europe']],
    ['en: "is remote in"', 'This role is remote in Europe.', 'remote', ['Europe']],
    ['en: "is remote within the US"', 'This role is remote within the US.', 'remote', ['US']],
    ['en: "Remote within" opening a sentence', 'You will build our APIs in Go. Remote within Germany.', 'remote', ['DE']],
    ['en: "is remote." as a predicate', 'The position is remote.', 'remote', []],
    ['en: home work anywhere in a country', 'Work from home, anywhere in Germany.', 'remote', ['DE']],
    // The country after remote work's words is its region in each language, as "remote within Germany" is (place28).
    ['de: Homeoffice anywhere in a country', 'Homeoffice, überall in Deutschland.', 'remote', ['DE']],
    ['de: "Full-Remote (innerhalb Deutschlands)", the genitive', 'Full-Remote (innerhalb Deutschlands), Vollzeit.', 'remote', ['DE']],
    ['es: "remoto desde España"', 'Trabajo 100% remoto desde España.', 'remote', ['ES']],
    ['fr: "télétravail complet depuis la France"', 'Poste en télétravail complet depuis la France.', 'remote', ['FR']],
    ['pt: "remota em qualquer lugar do Brasil"', 'Vaga 100% remota em qualquer lugar do Brasil.', 'remote', ['BR']],
    ['it: "da remoto dall\'Italia"', "Lavoro da remoto dall'Italia, orario flessibile.", 'remote', ['IT']],
    // What must not: a city there names an office; customers' countries; an office then home.
    ['de: remote from an office in a city gives no region', 'Full-Remote oder aus unserem Büro in Berlin.', 'remote', []],
    ['es: customers\' countries are no region', 'Trabajo 100% remoto. Nuestros clientes en México y España confían en nosotros.', 'remote', []],
    ['fr: remote from a city gives no region', 'Poste en télétravail complet depuis Lyon.', 'remote', []],
    ['pl: "praca zdalna" as an object', 'Oferujemy pracę zdalną i elastyczne godziny.', 'remote', []],
    ['it: the share after the words', 'Smart working 100%, orario flessibile.', 'remote', []],
    ['it: a share below 100% after the words is hybrid', 'Smart working 60%, orario flessibile.', 'hybrid', []],
    // What must not be read: a question, a modifier of a noun, remote work ruled out, home office alone.
    ['en: a question is no policy', 'Is remote work possible? Ask us at the interview.', null, []],
    ['en: "remote team" is no predicate', 'Our support staff are remote team players across time zones.', null, []],
    ['en: "is not remote" is onsite', 'This role is not remote.', 'onsite', []],
    ['en: home office without "anywhere" stays weak', 'Work from home on Fridays.', null, []],
    ['en: "remote in" before a lower-case word is no place', 'We keep the chance of failure remote in practice.', null, []],
  ])('%s', async (_name, body, policy, regions) => {
    const remote = await remoteOf(body);
    expect(remote.policy ?? null).toBe(policy);
    if (policy === 'remote') expect(remote.regions ?? []).toEqual(regions);
  });
});

describe('company: a name written both ways is given as capitalised', () => {
  it.each([
    ['lower case first, capitalised later', 'spacemesh is hiring!\n\n# Backend Developer\n\nJoin Spacemesh and build the protocol.\n\nSend your CV to jobs@spacemesh.io.\n', 'Spacemesh'],
    ['capitalised only', '# Backend Developer\n\nJoin Spacemesh and build the protocol.\n\nSend your CV to jobs@spacemesh.io.\n', 'Spacemesh'],
    // What must not change: a name written only in lower case stays so, and the front matter's name is kept as written.
    ['lower case only', 'spacemesh is hiring!\n\n# Backend Developer\n\nWe build the protocol.\n\nSend your CV to jobs@spacemesh.io.\n', 'spacemesh'],
    ['front matter as written', '---\ncompany: spacemesh\n---\n\n# Backend Developer\n\nJoin Spacemesh and build the protocol.\n', 'spacemesh'],
  ])('%s', async (_name, input, company) => {
    expect(((await recordOf(input)).company as { name?: string } | null)?.name ?? null).toBe(company);
  });
});

describe('language: two stop words on a short text do not outvote franc sure of another language', () => {
  it.each([
    ['it: two stop words ("un", "al") do not outvote franc', 'Cerchiamo un ingegnere software. Lavoro da remoto al 100%.', 'it'],
    // What must not change: short texts whose language is clear keep it.
    ['ru: clear', 'Мы ищем Java-разработчика в нашу команду. Опыт работы от трёх лет, знание Spring и PostgreSQL обязательно. Мы предлагаем гибкий график и обучение за счёт компании.', 'ru'],
    ['cs: clear', 'Hledáme vývojáře Java do našeho týmu v Brně. Nabízíme práci na plný úvazek a flexibilní pracovní dobu.', 'cs'],
    ['pl: clear', 'Szukamy programisty Java do zespołu w Krakowie. Oferujemy umowę o pracę i elastyczne godziny pracy.', 'pl'],
    ['es: clear', 'Buscamos un desarrollador para nuestro equipo en Madrid. Envía tu CV y una carta de presentación.', 'es'],
  ])('%s', async (_name, input, language) => {
    expect((await recordOf(`${input}\n`)).language).toBe(language);
  });
});

describe('title: "a position as" and a workload figure before the title', () => {
  it.each([
    ['de: "80% Stelle als X" as a first line', '80% Stelle als Buchhalter\n\nWir sind ein Treuhandbüro in Zürich. Bewerbung an jobs@treuhand-muster.ch.\n', 'Buchhalter'],
    ['de: "Stelle als X" heading', '# Stelle als Buchhalter\n\nWir sind ein Treuhandbüro in Zürich. Bewerbung an jobs@treuhand-muster.ch.\n', 'Buchhalter'],
    ['en: "Position as X" heading', `# Position as Data Analyst${BODY}`, 'Data Analyst'],
    // What must not change: "Position" that is the role's own word, and a title with no lead.
    ['en: "Position Manager" keeps its word', `# Position Manager${BODY}`, 'Position Manager'],
    ['de: a plain title', '# Buchhalter 80%\n\nWir sind ein Treuhandbüro in Zürich. Bewerbung an jobs@treuhand-muster.ch.\n', 'Buchhalter'],
  ])('%s', async (_name, input, title) => {
    expect((await recordOf(input)).title ?? null).toBe(title);
  });
});
