/**
 * Precision leftovers of #13 (session 16), through the CLI in process: what must not be extracted, beside what
 * still is.
 * - English puts a compound's head last: "Staff Accountant Intern" is an intern, whatever rank comes before; German,
 *   Dutch and Scandinavian "intern" is internal ("Recruiter intern", "intern ausgeschrieben"): no intern there.
 * - franc's answer on a short text in Latin letters needs support (its or a relative's stop words, its own words):
 *   names and tools read as Javanese, Esperanto, Afrikaans or Catalan are "und".
 * - " at " stands for "@" only in an address's shape: "Mike at Booking.com" names a person at a company.
 * - "X is our …", "X is the heart of our business", "X is a product of a … company": X is a part, not the employer.
 * - German capitalises every noun: "bei der Portierung", "für die Entwicklung" (an article, one word with an abstract
 *   noun's ending) name an activity, not an employer; "bei der Allianz Versicherung" still names one.
 * - An apposition that calls a sentence's subject an organisation ("Merapar Technologies, an Eindhoven-based startup, …",
 *   "Sefaria, a non-profit technology organization, …"), in the body or a front matter's description, names it; one that
 *   calls it a team or department ("Payments, a small team within the company, …") does not.
 * - (Review of session 16) "intern" is internal only in de/nl/sv/no/da and not beside their own internship word; a
 *   short text's own letters ("vývojář", "thời gian") support its language; " at " after a mailbox word is an address.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record).toBeDefined();
  return record!;
}

const english = 'We are hiring for our team in Boston. You will work with the people who run the day-to-day of the business.';
const german = 'Wir suchen ab sofort Verstärkung für unser Team in Berlin. Die Stelle wird intern und extern ausgeschrieben, wir freuen uns auf deine Bewerbung.';
const dutch = 'Wij zoeken een collega voor ons team in Utrecht. De vacature wordt intern en extern opengesteld en je werkt vanuit ons kantoor.';
const swedish = 'Vi söker en kollega till vårt team i Stockholm. Tjänsten tillsätts internt och du arbetar på vårt kontor med de andra i teamet.';

describe('an intern: the head noun, and "intern" as internal', () => {
  it.each([
    ['Staff Accountant Intern', english, 'intern'],
    ['Senior Software Engineer Intern', english, 'intern'],
    ['Lead Designer Intern (Summer 2025)', english, 'intern'],
    ['Marketing intern', english, 'intern'],
    ['Staff Accountant', english, 'staff'],
    // German, Dutch, Swedish postings: a lower-case "intern" after a title is internal.
    ['Recruiter intern (m/w/d)', german, null],
    ['Senior Recruiter intern', german, 'senior'],
    ['Recruiter intern', dutch, null],
    ['Controller intern', swedish, null],
  ])('%s', async (title, body, seniority) => {
    const record = await recordOf(`# ${title}\n\n${body}\n`);
    expect(record.seniority).toBe(seniority);
    expect(record.employmentType.includes('INTERN')).toBe(seniority === 'intern');
  });

  // Other languages: "intern" is no adjective there; German with its own internship word means an intern too.
  it.each([
    ['es', '# Marketing intern\n\nBuscamos un Marketing intern para nuestro equipo en Madrid durante seis meses.\n', 'intern'],
    ['pl', '# Marketing intern\n\nSzukamy osoby na stanowisko Marketing intern w naszym zespole w Warszawie.\n', 'intern'],
    ['de', '# Research intern\n\nWir bieten ein Praktikum in unserem Team in Berlin für sechs Monate, wir freuen uns auf deine Bewerbung.\n', 'intern'],
    ['de', `# Research intern\n\n${german}\n`, null],
  ])('a %s posting: %j', async (_language, text, seniority) => {
    const record = await recordOf(text);
    expect(record.seniority).toBe(seniority);
    expect(record.employmentType.includes('INTERN')).toBe(seniority === 'intern');
  });

  it.each([
    ['de', `# Sachbearbeiter Buchhaltung (m/w/d)\n\n${german} Dies ist eine interne Stelle.\n`],
    ['nl', `# Medewerker administratie\n\n${dutch} Dit is een interne vacature.\n`],
  ])('a %s posting that fills a post internally has no intern', async (_language, text) => {
    const record = await recordOf(text);
    expect(record.seniority).toBeNull();
    expect(record.employmentType).not.toContain('INTERN');
  });
});

describe('language: franc on a short text needs support', () => {
  it.each([
    ['Javanese', 'Java Backend Developer\nJakarta\nSpring Boot, Kafka'],
    ['Esperanto', 'Scala Developer\nPraha\nAkka, Kafka, Spark'],
    ['Afrikaans', 'Sysadmin Linux\nEsperanto-speaking team\nDebian, Ansible'],
    ['Catalan', 'Werkstudent Marketing\nMünchen\nSocial Media, Canva'],
  ])('names and tools franc reads as %s are "und"', async (_name, text) => {
    const [title, ...rest] = text.split('\n');
    expect((await recordOf(`# ${title}\n\n${rest.join('\n\n')}\n`)).language).toBe('und');
  });

  it.each([
    ['vi', '# Lập trình viên Java\n\nCông ty chúng tôi đang tìm kiếm lập trình viên Java.\n'],
    ['vi', '# Kế toán\n\nHồ Chí Minh, toàn thời gian.\n'],
    ['cs', '# Java vývojář\n\nPraha, HPP, plný úvazek.\n'],
    ['tr', '# Yazılım Geliştirici\n\nİstanbul, tam zamanlı, hibrit.\n'],
  ])('a short %s text in its own letters keeps its language', async (language, text) => {
    expect((await recordOf(text)).language).toBe(language);
  });

  it.each([
    ['de', '# Werkstudent Marketing\n\nWir suchen eine Verstärkung für unser Team in München.\n'],
    ['tr', '# Web Geliştiricisi\n\nEkibimize katılacak bir yazılım geliştirici arıyoruz.\n'],
    ['fi', '# Ohjelmistokehittäjä\n\nEtsimme kokenutta ohjelmistokehittäjää tiimiimme.\n'],
    // Turkish "ve" (and) is a Czech stop word: the letters ı, ğ, ş, which Czech never writes, keep it Turkish.
    ['tr', "# Backend Geliştirici\n\nİstanbul'daki ekibimize deneyimli bir backend geliştirici arıyoruz. Go ve PostgreSQL ile çalışacaksınız ve esnek çalışma saatleri sunuyoruz.\n"],
    ['cs', '# Backend vývojář\n\nHledáme zkušeného vývojáře do našeho týmu v Praze a ve Brně. Budete pracovat s Go a PostgreSQL.\n'],
  ])('a short %s text with its own words keeps its language', async (language, text) => {
    expect((await recordOf(text)).language).toBe(language);
  });
});

describe('an address spelled with " at "', () => {
  it.each([
    ['---\ntitle: Developer\ncontact: Mike at Booking.com\n---\nWe build travel software.\n', []],
    ['---\ntitle: Developer\ncontact: Anna AT Zalando.de\n---\nWe build fashion software.\n', []],
    ['# Developer\n\nQuestions? Ask Anna AT Zalando.de about the team.\n', []],
    // Address shapes: one case in the host.
    ['---\ntitle: Developer\ncontact: jobs at acme.org\n---\nWe build travel software.\n', ['jobs@acme.org']],
    ['# Developer\n\nSend your CV to careers AT acme.com and we reply within a week.\n', ['careers@acme.com']],
    ['# Developer\n\nSend your CV to jobs [at] Acme.com.\n', ['jobs@acme.com']],
    // A mailbox word, or a lower-case mailbox on a line that asks to write: an address, whatever the host's case.
    ['# Developer\n\nApply: Jobs AT Globex.com\n', ['jobs@globex.com']],
    ['# Developer\n\nPlease write to Careers AT Globex.IO with your CV.\n', ['careers@globex.io']],
    ['# Developer\n\nSend your CV to anna AT Zalando.de today.\n', ['anna@zalando.de']],
    ['# Developer\n\nSend your CV to Mike AT Booking.com today.\n', []],
  ])('%j', async (text, emails) => {
    expect((await recordOf(text)).apply.emails).toEqual(emails);
  });
});

describe('a part of the business is no company', () => {
  it.each([
    ['Payments is our fastest growing business.', null],
    ['Payments is the heart of our business.', null],
    ['Payments is a team inside our company.', null],
    ['Checkout is a product of a Berlin company.', null],
    ['Zahlungen ist ein Bereich innerhalb unseres Unternehmens.', null],
    ['Paiements est une équipe au sein de notre entreprise.', null],
    ['Pagos es el corazón de nuestra empresa.', null],
    // The subject is the organisation: a noun heading the complement, or one of several ("una de las empresas").
    ['Acme is a fintech company in Berlin.', 'Acme'],
    ['Acme is a new kind of company for payments.', 'Acme'],
    ['Acme es una de las empresas líderes en pagos.', 'Acme'],
    ['Acme ist ein junges Unternehmen aus Berlin.', 'Acme'],
  ])('%s', async (line, company) => {
    const record = await recordOf(`# Backend Engineer\n\n${line}\n\nYou will build APIs in Go.\n`);
    expect(record.company?.name ?? null).toBe(company);
  });
});

describe('a subject set off by an apposition that calls it an organisation', () => {
  it.each([
    ['body', '# Java Developer\n\nMerapar Technologies, an Eindhoven-based startup, providing software services, are looking for developers.\n', 'Merapar Technologies'],
    ['description', '---\ntitle: Java Developer\ndescription: Sefaria, a non-profit technology organization, builds the Jewish future.\n---\nYou will build our APIs.\n', 'Sefaria'],
    ['Dutch body', '# Java Developer\n\nBrightwave, een jonge organisatie, zoekt een ontwikkelaar voor ons team.\n', 'Brightwave'],
    // Not an employer: a place, a tool, an apposition without an organisation's noun.
    ['place', '# Java Developer\n\nBerlin, a city of startups, is where you will work.\n', null],
    ['tool', '# Java Developer\n\nReact, a UI platform, is what we use every day.\n', null],
    ['no noun', '# Java Developer\n\nMaria, our lead engineer, will be your mentor.\n', null],
    // A team or department: the gap stops at "within", "inside", "across"; a department's name is no employer.
    ['team', '# Java Developer\n\nPayments, a small team within the company, builds the checkout.\n', null],
    ['named team', '# Java Developer\n\nThe Platform Team, a group of ten engineers inside our company, runs the cloud.\n', null],
    ['department', '# Java Developer\n\nEngineering, a department of 40 people across the company, builds our product.\n', null],
    ['article and noun', '+++\ntitle = "Développeur Magento"\ndescription = "L\'agence Lumao recrute un développeur Magento."\n+++\nVous travaillerez en équipe.\n', 'Lumao'],
  ])('%s', async (_where, text, company) => {
    expect((await recordOf(text)).company?.name ?? null).toBe(company);
  });
});

describe('a German abstract noun after its article is no employer', () => {
  it.each([
    ['Wir suchen Unterstützung bei der Portierung eines unserer Programme von 32 Bit auf 64 Bit.', null],
    ['Wir suchen einen Softwareentwickler für die Entwicklung unserer Plattform.', null],
    ['Wir suchen eine Kollegin für die Betreuung unserer Kunden in Köln.', null],
    ['Wir suchen Verstärkung bei der Allianz Versicherung in München.', 'Allianz Versicherung'],
    ['Die Stiftung Warentest sucht Verstärkung in Berlin.', 'Stiftung Warentest'],
    // Every place the name is written counts, not only the first (here the line's start).
    ['Die Koordination sucht Verstärkung in Berlin. Wir bieten Unterstützung bei der Koordination.', null],
  ])('%s', async (line, company) => {
    expect((await recordOf(`# Softwareentwickler (m/w/d)\n\n${line}\n`)).company?.name ?? null).toBe(company);
  });
});
