/**
 * More field recall (issue #13): phrasings of remote work, ways to apply and
 * the other field families that a careful reader finds and the rules left
 * empty, each row with its reason (a language fact, a Markdown fact, or a
 * pattern seen in two independent sources). Rows that must stay empty hold
 * precision. Read through the library as a user would (normalizeText).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';

const record = (body: string) => normalizeText(body, { path: 'posting.md' }).record!;
const posting = (line: string, title = 'Backend Developer') => `# ${title}\n\n${line}\n`;

describe('remote policy', () => {
  it.each([
    // An HTML <em> becomes "_…_" in Markdown: its underscores are no letters of the phrase (pl "remote work is ruled out").
    ['<p>Na wstępie zaznaczam, że <em>zdalna praca jest wykluczona</em>, umowa o pracę.</p>', 'onsite'],
    ['Vous avez _quelques jours de télétravail_ par semaine.', 'hybrid'],
    ['We use snake_case_remote_only identifiers.', null], // an underscore inside a word stays a letter
    // nl "thuis werken" (working from home, written apart) beside "ons kantoor" (our office) in a named city: hybrid.
    ['- Een prettige werkplek in ons kantoor aan de Maliebaan in Utrecht, maar thuis werken kan ook altijd', 'hybrid'],
    ['- Twee thuiswerkdagen per week', 'hybrid'],
    // "our office" in a named city, per language, and no remote work: onsite.
    ['Unser Büro liegt mitten in Hamburg.', 'onsite'],
    ['Nos bureaux sont situés au cœur de Lyon.', 'onsite'],
    ['Trabajarás en nuestra oficina de Madrid.', 'onsite'],
    ['Thuis werken is bij ons mogelijk.', null], // working from home alone, no work place: nothing stated
    // nl "thuiswerken", no "hjemmekontor" (working from home) beside an office in a named city: hybrid, as "home office" is.
    ['Kantoor in Utrecht, thuiswerken in overleg.', 'hybrid'],
    ['Vi har kontor i Oslo og hjemmekontor etter avtale.', 'hybrid'],
    // pl "praca w biurze" (work in the office); ja 原則出社 (in the office as a rule): onsite.
    ['Praca w biurze, umowa o pracę.', 'onsite'],
    ['原則出社となります。', 'onsite'],
    // ja リモートワーク可 (remote work possible), 在宅勤務制度 (a work-from-home scheme): hybrid.
    ['リモートワーク可（週2日まで）', 'hybrid'],
    ['在宅勤務制度あり', 'hybrid'],
    // A location field of anywhere, per language: remote work from anywhere, never a work place.
    ['Location: Worldwide', 'remote'],
    ['Ubicación: Cualquier lugar', 'remote'],
    ['Standort: Überall', 'remote'],
    // it: days a week of smart working or in the office.
    ['Smart working 2 giorni a settimana.', 'hybrid'],
  ])('%s -> %s', (line, policy) => {
    expect(record(posting(line)).remote.policy).toBe(policy);
  });

  it('reads the posting\'s prose kept in nested front matter, not readers\' comments', () => {
    const prose = '---\ntitle: Developer\nperfect-job:\n  text:\n    - We offer a flexible job you can work from anywhere.\n---\n\nWe build software.\n';
    expect(record(prose).remote.policy).toBe('remote');
    const comments = '---\ntitle: Developer\ncomments:\n  - content: I would love to work from anywhere.\n---\n\nWe build software.\n';
    expect(record(comments).remote.policy).toBe(null);
  });
});

describe('apply addresses', () => {
  it.each([
    // Words about applying, per language (language facts): fi "lähetä hakemuksesi" (send your application), id "kirim lamaran"
    // (send an application), ru "пришлите" (send), pt "candidatar-se", de "Bewerbungsunterlagen" (a compound of Bewerbung),
    // zh 履歷 (CV, traditional), ko 이력서 (CV).
    ['Lähetä hakemuksesi osoitteeseen anna.virtanen@firma.fi.', ['anna.virtanen@firma.fi']],
    ['Kirim lamaran ke budi.santoso@perusahaan.co.id', ['budi.santoso@perusahaan.co.id']],
    ['Пришлите ваше портфолио на ivan.petrov@studio.ru', ['ivan.petrov@studio.ru']],
    ['Para se candidatar, fale com maria.souza@empresa.com.br', ['maria.souza@empresa.com.br']],
    ['Deine Bewerbungsunterlagen an anna.schmidt@firma.de', ['anna.schmidt@firma.de']],
    ['有意者請將履歷寄至 chen@gongsi.tw', ['chen@gongsi.tw']],
    ['이력서는 kim@hoesa.kr 로 보내주세요', ['kim@hoesa.kr']],
    // ko 보내 (send) without 이력서: "with your documents, please send to" (extra5 plzfashion; a standard term, as zh 发送).
    ['제출서류와 함께 [park@hoesa.kr](mailto:park@hoesa.kr) 으로 보내주세요.', ['park@hoesa.kr']],
    // en invitations to write: "drop us a line", "reach us", "ping me", "let's talk" (language facts).
    ['Sounds like you? Drop us a line at mike.smith@acme.com', ['mike.smith@acme.com']],
    ['Ping me at mike.smith@acme.com and let’s talk.', ['mike.smith@acme.com']],
    // ja/zh pages write the "@" full-width, or name the character that stands for it ("★を@に変えて": replace ★ with @).
    ['応募は recruit＠acme.co.jp まで', ['recruit@acme.co.jp']],
    ['応募はこちら：tanaka★acme.co.jp（★を@に変えてください）', ['tanaka@acme.co.jp']],
    // A mailbox may spell out its dots as its host does.
    ['Send your CV to mike dot smith at acme dot com', ['mike.smith@acme.com']],
    // Mailboxes named for human resources or recruiting (fr/pt/es "rh", es "rrhh", pt "recrutamento"), whatever the words around.
    ['Dúvidas: rh@empresa.com.br', ['rh@empresa.com.br']],
    ['rrhh@empresa.es', ['rrhh@empresa.es']],
    // Precision: an "E-mail:" label alone invites no application, a personal address stays out.
    ['E-mail: anna.schmidt@firma.de', []],
    ['Lisätietoja: info@firma.fi', []],
  ] as Array<[string, string[]]>)('%s -> %j', (line, emails) => {
    expect(record(posting(line)).apply.emails).toEqual(emails);
  });
});

describe('apply links', () => {
  it.each([
    // A link whose own text says "apply", per language, whatever its host.
    ['[Aplikuj](https://acme.pl/kariera/7)', ['https://acme.pl/kariera/7']],
    ['[Candidatar-se →](https://acme.com.br/vaga-dev)', ['https://acme.com.br/vaga-dev']],
    ['[応募する](https://acme.co.jp/entry/dev)', ['https://acme.co.jp/entry/dev']],
    ['[Solliciteer nu](https://acme.nl/werken-bij/dev)', ['https://acme.nl/werken-bij/dev']],
    // Applicant trackers and forms (tables/apply.ts), and the .jobs domain, which is for employment sites.
    ['Só preencher seus dados [aqui](https://crawly.solides.jobs/).', ['https://crawly.solides.jobs/']],
    ['More about us on [our page](https://acme.recruitee.com/o/backend-developer).', ['https://acme.recruitee.com/o/backend-developer']],
    ['Details on [the role page](https://jobs.ashbyhq.com/acme/123).', ['https://jobs.ashbyhq.com/acme/123']],
    // Precision: a link whose text only starts like an apply word, or a search button, is no apply link.
    ['Read about [applying for visas](https://acme.com/blog/visas) on our blog.', []],
    ['[Søk](https://acme.no/sok)', []],
    ['See [applytojob.community](https://applytojob.community.example.org/x) for tips.', []],
  ] as Array<[string, string[]]>)('%s -> %j', (line, urls) => {
    expect(record(posting(line)).apply.urls).toEqual(urls);
  });
});

describe('employment type', () => {
  it.each([
    // Hours a week written after the figure ("horas semanais", "heures hebdomadaires") or after a weekly-hours label (language facts).
    ['Carga horária: 40 horas semanais', ['FULL_TIME']],
    ['Bolsa com carga horária semanal de 20 horas.', ['PART_TIME']],
    ['Wochenarbeitszeit: 30 Stunden', ['PART_TIME']],
    ['Working hours: 9-17h', []], // hours of the day, not a week's
    // A permanent contract is full-time (as CDI), unless part-time work is named; de "Zeitvertrag" is fixed-term.
    ['Wir bieten eine Festanstellung in einem tollen Team.', ['FULL_TIME']],
    ['Contrato indefinido y buen ambiente.', ['FULL_TIME']],
    ['Job type: Permanent', ['FULL_TIME']],
    ['Eine unbefristete Teilzeitstelle (20 Std./Woche).', ['PART_TIME']],
    ['CDI à temps partiel.', ['PART_TIME']],
    ['Zeitvertrag für zwei Jahre.', ['TEMPORARY']],
    ['Our permanent staff love it here.', []], // "permanent" alone, outside a contract label, says nothing
  ] as Array<[string, string[]]>)('%s -> %j', (line, types) => {
    expect(record(posting(line)).employmentType).toEqual(types);
  });
});

describe('salary', () => {
  it.each([
    // "Kč" (Czech koruna) after a figure is a currency, not "K" for thousands.
    ['Plat: 60 000 - 80 000 Kč měsíčně', ['60000|80000|CZK|MONTH']],
    // en "DOE" (depending on experience) is said only of pay; "per annum" gives the period.
    ['£45,000 - £55,000 DOE', ['45000|55000|GBP|null']],
    ['£45,000 - £55,000 per annum', ['45000|55000|GBP|YEAR']],
    ['We raised £5,000,000 - £10,000,000 last year.', []],
  ] as Array<[string, string[]]>)('%s -> %j', (line, salary) => {
    expect(record(posting(line)).salary.map((s) => `${s.min}|${s.max}|${s.currency}|${s.period}`)).toEqual(salary);
  });
});

describe('date posted', () => {
  it.each([
    // Labels of the publication date and month names as dates write them, per language (language facts).
    ['Опубликовано 3 марта 2021', '2021-03-03'],
    ['Opublikowano: 3 marca 2021', '2021-03-03'],
    ['发布时间：2021-03-03', '2021-03-03'],
    ['Yayınlanma tarihi: 03.03.2021', '2021-03-03'],
    ['Julkaistu 3.3.2021', '2021-03-03'],
    ['Publicerad: 2021-03-03', '2021-03-03'],
    ['Job posted: 2021-03-03', '2021-03-03'],
    ['Geplaatst op 3 maart 2021', '2021-03-03'],
    ['Last updated: March 3, 2021', null], // an update is no publication
  ] as Array<[string, string | null]>)('%s -> %s', (line, date) => {
    expect(record(posting(line)).datePosted).toBe(date);
  });
});

describe('countries', () => {
  it.each([
    // The largest cities of more countries (a gazetteer fact): a work place the table did not know.
    ['Ofisimiz İzmir\'de, Alsancak\'ta.', ['TR']],
    ['Lokasi kerja: Bandung', ['ID']],
    ['Arbeitsort: Olten', ['CH']],
    ['Kontor i Linköping.', ['SE']],
    ['We are hiring in Katowice.', ['PL']],
    ['Contact Sofia for details.', []], // a first name, not the city
  ] as Array<[string, string[]]>)('%s -> %j', (line, countries) => {
    expect([...new Set(record(posting(line)).locations.map((place) => place.country))]).toEqual(countries);
  });
});
