/**
 * Field recall (issue #13): place names as Slavic languages decline them
 * after a preposition ("в Москве", "w Warszawie", "v Praze"), read as the
 * gazetteer's places, for the work place's country and for an office named
 * with no remote work (onsite); location labels in more languages; remote
 * work offered to the reader; a pay range on a header or title line. Each
 * row is a language fact or a pattern of two sources; rows that must stay
 * empty hold precision. Read through the library as a user would
 * (normalizeText).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';
import { placeFormLines } from '../src/extract/tables/place-forms.js';
import { places } from '../src/extract/tables/places.js';

const record = (body: string) => normalizeText(body, { path: 'posting.md' }).record!;
const posting = (line: string, title = 'Backend Developer') => `# ${title}\n\n${line}\n`;
const countriesOf = (line: string) => [...new Set(record(posting(line)).locations.map((l) => l.country))];

describe('inflected place names', () => {
  it.each([
    // ru / uk locative
    ['Работа в офисе в Москве, рядом с метро.', 'RU', 'Москва'],
    ['Мы ищем разработчика в Санкт-Петербурге.', 'RU', 'Санкт-Петербург'],
    ['Офис находится в Новосибирске.', 'RU', 'Новосибирск'],
    ['Наша команда працює у Києві.', 'UA', 'Київ'],
    // pl locative
    ['Praca w biurze w Warszawie.', 'PL', 'Warszawa'],
    ['Firma z siedzibą we Wrocławiu szuka programisty.', 'PL', 'Wrocław'],
    ['Oferujemy pracę w Krakowie.', 'PL', 'Kraków'],
    // cs / sk locative
    ['Pracoviště v Praze, Karlín.', 'CZ', 'Praha'],
    ['Hledáme kolegu do kanceláře v Brně.', 'CZ', 'Brno'],
    ['Pracovisko v Bratislave.', 'SK', 'Bratislava'],
    // et, fi, lt, hu cases; el, he, ar scripts
    ['Otsime arendajat meie meeskonda Tallinnas.', 'EE', 'Tallinn'],
    ['Etsimme kehittäjää Helsingin toimistoomme.', 'FI', 'Helsinki'],
    ['Ieškome programuotojo į mūsų komandą Vilniuje.', 'LT', 'Vilnius'],
    ['Backend fejlesztőt keresünk budapesti irodánkba.', 'HU', 'Budapest'],
    ['Τοποθεσία: Αθήνα.', 'GR', 'Athens'],
    ['אנחנו מחפשים מפתח לצוות שלנו בתל אביב.', 'IL', 'Tel Aviv'],
    ['الموقع: دبي، الإمارات العربية المتحدة.', 'AE', 'Dubai'],
  ])('%s -> %s (%s)', (line, country, city) => {
    const locations = record(posting(line)).locations;
    expect(locations.map((l) => l.country)).toContain(country);
    expect(locations.map((l) => l.city)).toContain(city);
  });

  it('reads no place where the form is absent (precision)', () => {
    expect(countriesOf('Praca zdalna, elastyczne godziny.')).toEqual([]);
    expect(countriesOf('Работа с документами и отчётами.')).toEqual([]);
    expect(countriesOf('Meie tiim on väike ja töötame kaugtööna.')).toEqual([]);
    // A case form that is a word or a name of its own is no such city (review25b): a surname, a Syrian port.
    expect(countriesOf('Ihr Ansprechpartner: Herr Thomas Kaune.')).toEqual([]);
    expect(countriesOf('We ship spare parts to the port of Tartus.')).not.toContain('EE');
  });

  it.each([
    ['Τοποθεσία: Ελλάδα.', 'GR'], ['Địa điểm: Việt Nam.', 'VN'], ['Asukoht: Eesti.', 'EE'], ['Vieta: Lietuva.', 'LT'], ['Atrašanās vieta: Latvija.', 'LV'],
    ['Lokacija: Srbija.', 'RS'], ['Lokacija: Slovenija.', 'SI'], ['Място: България.', 'BG'], ['מיקום: ישראל.', 'IL'], ['الموقع: مصر.', 'EG'],
    ['الموقع: المملكة العربية السعودية.', 'SA'],
  ])('a country named in its own language: %s -> %s', (line, country) => {
    expect(countriesOf(line)).toEqual([country]);
  });

  // A location field's value in capitals: Greek drops its accents there ("ΑΘΗΝΑ" is Αθήνα; session 29, dev28-A bitsource), others keep theirs
  it.each([
    ['Πόλη: ΑΘΗΝΑ', 'GR', 'Athens'], ['Τοποθεσία: ΘΕΣΣΑΛΟΝΙΚΗ', 'GR', 'Thessaloniki'], ['Standort: MÜNCHEN', 'DE', 'München'], ['Location: BERLIN, GERMANY', 'DE', 'Berlin'],
  ])('a location field in capitals: %s -> %s (%s)', (line, country, city) => {
    const { locations, remote } = record(posting(line));
    expect(locations.map((l) => [l.country, l.city])).toEqual([[country, city]]);
    expect(remote.policy).toBe('onsite');
  });

  it('reads no place in capitals outside a location field, nor a field value that is no place (precision)', () => {
    expect(countriesOf('ΑΘΗΝΑ ΚΑΙ ΘΕΣΣΑΛΟΝΙΚΗ: ΑΝΑΚΟΙΝΩΣΗ')).toEqual([]);
    expect(countriesOf('NICE TO HAVE: BERLIN EXPERIENCE')).toEqual([]);
    expect(countriesOf('Location: REMOTE')).toEqual([]);
    expect(countriesOf('Location: HEAD OFFICE')).toEqual([]);
  });

  // A table cell under a location or pay column's header: a Markdown table, an HTML table's first row over its next (session 29:
  // dev23-A petrovich, ru; a README's jobs table)
  it('reads a cell under its column header as a field: place, onsite work, pay', () => {
    const html = '<html><body><h1>Продавец-консультант</h1>\n<table>\n<tr><td>факты</td><td><b>Зарплата</b></td><td><b>Место работы</b></td></tr>\n'
      + '<tr><td>&nbsp;</td><td>33&nbsp;000&nbsp;руб</td><td>Санкт-Петербург, Приморский район</td></tr>\n</table>\n<p>Мы ищем продавца.</p></body></html>';
    const page = normalizeText(html, { path: 'vacancy.html' }).record!;
    expect(page.locations.map((l) => l.city)).toEqual(['Санкт-Петербург']);
    expect(page.remote.policy).toBe('onsite');
    expect(page.salary.map((s) => [s.min, s.max, s.currency])).toEqual([[33000, 33000, 'RUB']]);
    const markdown = record('# Backend Developer\n\nWe are hiring.\n\n| Location | Type |\n|---|---|\n| Remote | Full-time |\n');
    expect(markdown.remote.policy).toBe('remote');
  });

  it('reads no column header over a row of another shape, nor over the header itself (precision)', () => {
    expect(record('# Backend Developer\n\nOur offices.\n\n| Team | Size |\n|---|---|\n| Berlin office | 40 |\n').remote.policy).toBe(null);
    expect(record('# Backend Developer\n\n| Location | Salary |\n|---|---|\n').salary).toEqual([]);
  });

  // review29c: a table of other jobs (a post column over two or more rows, or a heading that opens other jobs) is the
  // page's "similar jobs": their pay and places are not the posting's. One row under a post column is the posting's own.
  it.each([
    ['en a role column', '# Data Analyst\n\nLocation: Hamburg\n\nSalary: €55,000 per year.\n\n## More\n\n| Role | Location | Salary |\n|---|---|---|\n| Data Engineer | Munich | €70,000 |\n| BI Developer | Cologne | €60,000 |\n', ['Hamburg'], [55000]],
    ['es under "Otras ofertas"', '# Analista de Datos\n\nUbicación: Madrid\n\nSalario: 30.000 € al año.\n\n## Otras ofertas\n\n| Ubicación | Salario |\n|---|---|\n| Barcelona | 40.000 € |\n', ['Madrid'], [30000]],
    ['en one row under a post column: the posting\'s own', '# Data Analyst\n\nWe are hiring.\n\n| Position | Location | Salary |\n|---|---|---|\n| Data Analyst | Hamburg | €55,000 |\n', ['Hamburg'], [55000]],
  ])('reads no other job\'s row of a jobs table as the posting\'s: %s', (_name, markdown, cities, pay) => {
    const page = record(markdown);
    expect(page.locations.map((l) => l.city)).toEqual(cities);
    expect(page.salary.map((s) => s.min)).toEqual(pay);
  });

  it('every form stands for a name the gazetteer has', () => {
    const names = new Set(places.map((p) => p.name));
    for (const line of placeFormLines) expect(names.has(line.split('|')[0]!), line).toBe(true);
  });
});

describe('an office named in an inflected form, no remote work stated: onsite', () => {
  it.each([
    ['У нас просторный офис в Ярославле.', 'onsite'],
    // ru "в офис г. …" (to the office in the city of …)
    ['В офис г. Ярославль - Петровский Пассаж', 'onsite'],
    ['Nasze biuro w Gdańsku jest blisko dworca.', 'onsite'],
    ['У нас офис в Москве, но можно работать удалённо.', 'remote'],
  ])('%s -> %s', (line, policy) => {
    expect(record(posting(line)).remote.policy).toBe(policy);
  });
});

describe('remote policy: work-place labels in more languages, remote work offered', () => {
  it.each([
    // it "sede di lavoro" (place of work), de "Ort", es "lugar de trabajo", pl "miejscowość": a location field naming a place.
    ['## SEDE DI LAVORO:\n\nMilano', 'onsite'],
    ['Ort: Kiel', 'onsite'],
    ['Lugar de trabajo: Zaragoza', 'onsite'],
    ['Miejscowość: Lublin', 'onsite'],
    ['Ort: nach Vereinbarung', null], // names no place
    // Remote work offered to the reader (two sources).
    ["If you want to work remote, that's great. If you want to work near others, that's cool too.", 'remote'],
    ["We're a distributed team, so if you're looking to work with us remotely, we encourage you to apply!", 'remote'],
    ['Our developers work remotely on weekends sometimes.', null], // a passing "remotely" decides nothing
  ])('%s -> %s', (line, policy) => {
    expect(record(posting(line)).remote.policy).toBe(policy);
  });
});

describe('salary: a pay period', () => {
  // tr "günlük" (daily) counts what follows it, not the figure before it (review25b): eight hours a day, not pay a day.
  it('Turkish "günlük" after a figure names no period', () => {
    const [salary] = normalizeText('# Backend\n\nMaaş: 40.000 TL, günlük 8 saat çalışma.\n', { path: 'posting.md' }).record!.salary;
    expect(salary?.min).toBe(40000);
    expect(salary?.period).not.toBe('DAY');
  });
});

describe('salary: a pay range on a header or title line, without pay words', () => {
  const salaryOf = (text: string) => normalizeText(text, { path: 'posting.md' }).record!.salary.map(({ min, max, currency }) => ({ min, max, currency }));
  it.each([
    // A range's own spaced dash is no cell separator of the header line.
    ['Acme | Backend Engineer | Berlin | €60.000 - €75.000\n\nWe build things.\n', [{ min: 60000, max: 75000, currency: 'EUR' }]],
    // The title's own line states pay by its position.
    ['# Backend Engineer ($120k-$150k)\n\nWe build things.\n', [{ min: 120000, max: 150000, currency: 'USD' }]],
    ['# Senior Engineer – €60.000 - €75.000\n\nWe build things.\n', [{ min: 60000, max: 75000, currency: 'EUR' }]],
    // Never funding, revenue or a price; never a figure in prose without pay words.
    ['# Backend Engineer\n\nWe raised $20M-$30M in funding.\n', []],
    ['# Backend Engineer\n\nOur customers pay $1,000-$5,000 a seat.\n', []],
    // A sales target on the title's line is no pay.
    ['# Account Executive – $1M-$2M quota\n\nWe build things.\n', []],
  ])('%j', (text, salary) => {
    expect(salaryOf(text)).toEqual(salary);
  });
});

describe('apply emails: a contact label in more languages', () => {
  const emailsOf = (line: string) => record(posting(`We build things.\n\n${line}`)).apply.emails;
  it.each([
    // es/pt/it "contact", ru/uk "contacts", pl "write", fi "contact person", nl "contact person", ja "contact details": language facts, as en "Contact:" and de "Kontakt:".
    ['Contacto: anna@acme.es', ['anna@acme.es']],
    ['Contato: anna@acme.com.br', ['anna@acme.com.br']],
    ['Contatti: anna@acme.it', ['anna@acme.it']],
    ['Контакты: anna@acme.ru', ['anna@acme.ru']],
    ['Zainteresowany? Napisz: anna@acme.pl', ['anna@acme.pl']],
    ['Yhteyshenkilö: anna@acme.fi', ['anna@acme.fi']],
    ['Contactpersoon: anna@acme.nl', ['anna@acme.nl']],
    ['連絡先：anna@acme.jp', ['anna@acme.jp']],
    // Never a privacy or press address, whatever the label.
    ['Contacto para privacidad: privacy@acme.es', []],
  ])('%s -> %j', (line, emails) => {
    expect(emailsOf(line)).toEqual(emails);
  });
});

describe('remote policy: some days a week in the office or at home, in more languages (hybrid)', () => {
  it.each([
    // cs, sv, no, da, fi, ru, tr, ko: a number of days a week and an office or home word (language facts).
    ['Práce 2 dny v týdnu z kanceláře.', 'hybrid'],
    ['Vi jobbar 2 dagar i veckan på kontoret.', 'hybrid'],
    ['3 dager i uken på kontoret.', 'hybrid'],
    ['2 dage om ugen på kontoret.', 'hybrid'],
    ['2 päivää viikossa toimistolla.', 'hybrid'],
    ['2 дня в неделю в офисе.', 'hybrid'],
    ['Haftada 2 gün ofiste.', 'hybrid'],
    ['주 2회 출근', 'hybrid'],
    // Days of remote work named by a word for home or remote work of en, es, nl, sv (consistency probes of session 26).
    ['Work from home 2 days a week.', 'hybrid'],
    ['Teletrabajo 2 días a la semana.', 'hybrid'],
    ['Trabajo remoto 3 días por semana.', 'hybrid'],
    ['Je werkt 2 dagen per week vanuit huis.', 'hybrid'],
    ['Möjlighet till distansarbete 2 dagar i veckan.', 'hybrid'],
    // fi the partitive after a number, da days of working from home, fr days "en télétravail" beside days on site (language facts).
    ['2 etäpäivää viikossa.', 'hybrid'],
    ['Thuiswerken: 2 dagen per week.', 'hybrid'],
    ['2 hjemmearbejdsdage om ugen.', 'hybrid'],
    ['3 jours sur site, 2 jours en télétravail.', 'hybrid'],
    // Five days in the office is no share of remote work; days without an office or home word say nothing.
    ['5 days a week in the office.', null],
    ['Работа 5 дней в неделю.', null],
    ['We meet 2 days a week for lunch.', null],
    ['Home visits to patients 2 days a week.', null],
    ['Trabajo remoto al 100%, reunión presencial 2 días al año.', 'remote'],
    // A week's days beside "remoto", "casa" or "at home" alone: a fully remote part-time job, onboarding, home care (review26a)
    ['Puesto 100% remoto, 4 días a la semana.', 'remote'],
    ['Vaga 100% remota, 4 dias por semana.', 'remote'],
    ['Feel at home from day one: 2 days a week of onboarding.', null],
    ['Cuidado de personas mayores en casa 4 días a la semana.', null],
  ])('%s -> %s', (line, policy) => {
    expect(record(posting(line)).remote.policy).toBe(policy);
  });
});
