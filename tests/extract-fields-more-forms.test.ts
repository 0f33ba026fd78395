/**
 * Field forms a careful reader reads and the rules left empty (issue #13,
 * session 15): years written as a word or as Chinese "N年及以上", an address in
 * a field named for it or for applying, a short English text with English
 * stop words only, a language's own role words, "intern" in German, a trial
 * period's term. Each row gives its reason; rows that must stay empty or
 * unchanged hold precision. Read through the library as a user would.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';

const record = (body: string, path = 'posting.md') => normalizeText(body, { path }).record!;
const posting = (line: string, title = 'Backend Developer') => `# ${title}\n\n${line}\n`;

describe('experience years', () => {
  it.each([
    // it number words (a language fact): "at least five years of experience".
    ['Requisiti: almeno cinque anni di esperienza nello sviluppo web.', { min: 5 }],
    ['Requisiti: almeno tre anni di esperienza.', { min: 3 }],
    // zh "N年及以上" ("N years and above"), as "N年以上" is read.
    ['2、7年及以上 JAVA 开发的经验，了解常用框架的原理和机制', { min: 7 }],
    ['1、3年及以上.NET平台开发经验', { min: 3 }],
    // Not experience: a degree "and above" (大专及以上学历), a company's age (the figure ends "100"), "sei" as "you are".
    ['计算机相关专业大专及以上学历', null],
    ['创业100年以上の老舗です。', null],
    ['Sei una persona curiosa e ami il web.', null],
  ])('%s -> %j', (line, years) => {
    expect(record(posting(line)).experienceYears).toEqual(years);
  });
});

describe('apply emails written with spaces around "@"', () => {
  it.each([
    // "name @ host" (an address spaced against harvesters, as company-domain.ts reads its host): the address, where a plain one counts.
    ['Send your CV to jobs @ lindenhof.example.org', ['jobs@lindenhof.example.org']],
    ['Per candidarti invia il tuo CV a info @ lindenhof.it', ['info@lindenhof.it']],
    // A capitalised word before " @ " is a person or a role at a company; "@ home" has no host.
    ['Our lead was Senior Engineer @ booking.com before. Send your CV through the form.', []],
    // A spaced "@" is an address only after a mailbox named like one: a pronoun, a verb, a tool or a figure reads it as "at".
    ['Follow us @ twitter.com for news. Apply through the form.', []],
    ['To apply, write to us @ lindenhof.example.org.', []],
    ['Bewirb dich! Folge uns @ instagram.com für Neuigkeiten.', []],
    ['Pour postuler, suivez-nous @ linkedin.com.', []],
    ['To apply, go to apply @ jobs.lindenhof.example.org.', []],
    ['Apply if you ran postgres @ aws.amazon.com at scale.', []],
    ['Apply now: tables for 9 @ lindenhof.cafe every night.', []],
  ])('%s -> %j', (line, emails) => {
    expect(record(posting(line)).apply.emails).toEqual(emails);
  });
});

describe('apply emails from fields', () => {
  it.each([
    // A field named for an address holds one: " at " there is its "@".
    ['title: Research Scientist\ncontact:\n  email: "scho1105 at rice.edu"\ndescription: We are hiring a research scientist.\n', ['scho1105@rice.edu']],
    ['title: Research Scientist\ncontact_email: jobs [at] lab.example.org\ndescription: We are hiring a research scientist.\n', ['jobs@lab.example.org']],
    // A field named for applying that holds an address and nothing else.
    ['---\ntitle: Designer\nhow_to_apply:\n  - jane.doe@example.org\n---\nWe are looking for a designer.\n', ['jane.doe@example.org']],
    ['title: Designer\napply: mailto:jobs@example.org\ndescription: We are looking for a designer.\n', ['jobs@example.org']],
    // "contact" names the address in a data file's fields (split/tables.ts): in front matter too, " at " as its "@".
    ['---\ntitle: Designer\ncontact: jobs at acme.org\n---\nWe are looking for a designer.\n', ['jobs@acme.org']],
    ['---\ntitle: Designer\ncontact: Jane Doe, Head of People\n---\nWe are looking for a designer.\n', []],
    // Not an address to apply to: a field named for neither, prose " at " in a field, a sentence in an apply field.
    ['title: Designer\nsee_also: mike@example.org\ndescription: We are looking for a designer.\n', []],
    ['title: Designer\ncontact_email: "Meet us at booth.example at the fair"\ndescription: We are looking for a designer.\n', []],
    ['---\ntitle: Designer\nhow_to_apply: Use the form; questions to webmaster@example.org\n---\nWe are looking for a designer.\n', []],
  ])('%j -> %j', (text, emails) => {
    expect(record(text, text.startsWith('---') ? 'posting.md' : 'posting.yml').apply.emails).toEqual(emails);
  });
});

describe('language of a short English text', () => {
  it.each([
    // English stop words and no other language's, in English letters: English (franc's trigrams read this one as French).
    ['Data engineer, Lisbon or remote. Spark, Airflow, dbt. 60-80k EUR.', 'en'],
    ['Backend developer in Berlin. Python and Go. Apply at jobs@acme.io', 'en'],
    // Another language's stop words, or its letters: not English.
    ['Développeur backend, Lyon ou télétravail. Python, Django. 45-55k EUR.', 'fr'],
    ['Backend-Entwickler in Berlin gesucht, Python und Go, ab sofort.', 'de'],
  ])('%s -> %s', (line, language) => {
    expect(record(`${line}\n`, 'posting.txt').language).toBe(language);
  });
});

describe('seniority from the title', () => {
  it.each([
    // English puts a compound's head last: an intern, whatever level words come before.
    ['Product Marketing Manager Intern', 'intern'],
    ['Software Engineering Intern (Summer 2024)', 'intern'],
    ['Intern Program Manager', 'manager'], // manages the interns: the head is "Manager"
    ['Senior Backend Developer', 'senior'],
    // A project's head manages a project (ru, uk, de): a manager, not the head of a unit.
    ['Руководитель проектов', 'manager'],
    ['Керівник проєкту', 'manager'],
    ['Projektleiter Softwareimplementierung', 'manager'],
    ['Руководитель отдела разработки', 'director'], // the head of a department
    // German "intern" is internal: a rank before it stands, and a title in another language's role words is no intern's.
    ['Senior Referent Unternehmenskommunikation intern (m/w/d)', 'senior'],
    ['Projektleiter Kommunikation intern', 'manager'],
  ])('%s -> %s', (title, seniority) => {
    expect(record(posting('We are hiring for this role.', title)).seniority).toBe(seniority);
  });

  it.each([
    // A title without role words of any language ends in an intern only where the posting is English.
    ['# Head of Product Intern\n\nWe are hiring an intern for our product team in Berlin.\n', 'intern'],
    ['# Head of Kommunikation intern\n\nWir suchen ab sofort eine Verstärkung für unser Team in Berlin und freuen uns auf deine Bewerbung.\n', 'director'],
    ['# Senior Referent Unternehmenskommunikation intern (m/w/d)\n', 'senior'],
  ])('%j -> %s', (text, seniority) => {
    expect(record(text).seniority).toBe(seniority);
  });
});

describe('equity in a pay field', () => {
  it.each([
    ['---\ntitle: Site Reliability Engineer\nsalary: "$80k - $120k USD + Equity"\n---\nWe run a global API platform.\n', true],
    ['---\ntitle: Site Reliability Engineer\ncompensation: "€70k + equity"\n---\nWe run a global API platform.\n', true],
    // Not an offer: equity in a field not about pay, pay without equity.
    ['---\ntitle: Site Reliability Engineer\nvalues: "1 team + equity for all"\n---\nWe run a global API platform.\n', null],
    ['---\ntitle: Site Reliability Engineer\nsalary: "$80k - $120k USD"\n---\nWe run a global API platform.\n', null],
  ])('%j -> %j', (text, equity) => {
    expect(record(text).equity).toBe(equity);
  });
});

describe('employment type', () => {
  it.each([
    // A contract, a preposition, then its term (language facts): fixed-term.
    ['Wij bieden een contract van 1 jaar met kans op verlenging.', ['TEMPORARY']],
    ['We offer a contract of 12 months.', ['TEMPORARY']],
    ['Nous proposons un contrat de 6 mois.', ['TEMPORARY']],
    ['Ofrecemos un contrato de 1 año.', ['TEMPORARY']],
    // zh 正职 (a regular, full-time post; simplified, as 正職 is read)
    ['长期招聘正职岗位。', ['FULL_TIME']],
    // Not a term: a contract's weekly hours (full-time by its hours, never fixed-term), a company's age.
    ['Contract of 40 hours a week, open-ended.', ['FULL_TIME']],
    ['We have been around for 12 years.', []],
    // A trial period's term is no contract's (en, de, es; language facts), nor a term after a permanent contract is stated.
    ['We offer a permanent contract. The first contract of 6 months is a probation period. Full-time in Amsterdam.', ['FULL_TIME']],
    ['The first contract of 6 months is a probation period.', []],
    ['Ofrecemos un contrato de 6 meses como período de prueba.', []],
    ['Wir bieten eine unbefristete Anstellung; der erste Vertrag für 6 Monate gilt als Probezeit.', ['FULL_TIME']],
    // The term stands: a trial with its own figure, a permanent contract only in prospect, "permanent" of something else.
    ['We offer a 12-month contract with a probationary period of 3 months.', ['TEMPORARY']],
    ['Je start met een contract van 6 maanden; de proeftijd is 1 maand.', ['TEMPORARY']],
    ['Permanent remote. Contract of 12 months.', ['TEMPORARY']],
    // A trial added to the contract ("with a probation period"): the contract's term stands (en, nl).
    ['We offer a contract of 12 months with a probation period. Full-time.', ['FULL_TIME', 'TEMPORARY']],
    ['We bieden een contract van 1 jaar met proeftijd, daarna een vast contract.', ['FULL_TIME', 'TEMPORARY']],
  ])('%s -> %j', (line, types) => {
    expect(record(posting(line)).employmentType).toEqual(types);
  });
});

describe('a location label with a spaced dash', () => {
  it.each([
    // A label line may set its value off with a spaced dash, as Russian label lines do ("Занятость – полная" is read so).
    ['**Локация** – Москва, м. Ботанический сад', 'onsite', 'RU'],
    ['Location — Berlin', 'onsite', 'DE'],
    ['Location – Remote (EU)', 'remote', undefined],
    // Not a label: a dash inside a sentence that opens with a label word.
    ['Location-independent work – we meet in Berlin once a year.', undefined, undefined],
  ])('%s -> %s', (line, policy, country) => {
    const posting = record(`# Frontend Developer\n\n${line}\n\nWe build web apps.\n`);
    if (policy !== undefined) expect(posting.remote.policy).toBe(policy);
    else expect(posting.remote.policy).not.toBe('onsite');
    if (country) expect(posting.locations.map((l) => l.country)).toContain(country);
  });
});

describe('language of a short text without stop words', () => {
  it.each([
    // Names, tools and a date, a-z letters only: too little to name a language; franc's guess (French, Italian) is not given.
    ['Middle Java developer, Kyiv, Ukraine. Java, Spring, Kafka. 2 November, 2020', 'und'],
    // Stop words of a language are evidence; so is a language whose stop words the tables lack (Estonian, by franc).
    ['Développeur Java senior pour une équipe produit à Lyon, Spring et Kafka.', 'fr'],
    ['Otsime oma meeskonda kogenud tarkvaraarendajat, kes aitaks arendada veebirakendusi.', 'et'],
  ])('%s -> %s', (line, language) => {
    expect(record(`${line}\n`, 'posting.txt').language).toBe(language);
  });

  it.each([
    // A language's own role and contract words (German "Softwareentwickler", "Vollzeit"; Italian "Sviluppatore") are evidence.
    ['# Softwareentwickler Java\n\nSoftwareentwickler Java Vollzeit Berlin Homeoffice Festanstellung Gehalt.\n', 'de'],
    ['Sviluppatore Java senior Milano ibrido contratto indeterminato.\n', 'it'],
    // English role words are no other language's ("developer"): names and a date stay too little.
    ['Middle Java developer Kyiv, Ukraine 2 November, 2020\n', 'und'],
  ])('%j -> %s', (text, language) => {
    expect(record(text).language).toBe(language);
  });
});

describe('section headings that say what a job offers', () => {
  it.each([
    // it: "what our company offers" is the benefits, though "la nostra azienda" alone heads the company's section.
    ['Cosa offre la nostra azienda', 'benefits'],
    ['Cosa offriamo', 'benefits'],
    ['La nostra azienda', 'company'],
    ['Chi siamo', 'company'],
    // ru: "Условия" heads the job's terms, but a site's terms of use are no offer; hu "Előnyt jelent" (is an advantage).
    ['Условия', 'benefits'],
    ['Условия использования сайта', 'other'],
    ['Előnyt jelent', 'niceToHave'],
    // fi "Avoimet tehtävät" (open positions) and ru "… открытые вакансии" head a careers index's list, not the duties.
    ['Avoimet tehtävät', 'other'],
    ['Интересные задачи и открытые вакансии', 'other'],
    ['Tehtävät', 'responsibilities'],
  ])('"%s" is a %s section', (heading, kind) => {
    const text = `# Psicologo\n\nLavoro a tempo pieno a Roma.\n\n## ${heading}\n\n- Buoni pasto e formazione continua.\n`;
    expect(record(text).sections.find((section) => section.heading === heading)?.kind).toBe(kind);
  });
});
