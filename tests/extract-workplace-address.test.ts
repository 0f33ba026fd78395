/**
 * The work place and contract a posting states that came out empty (#13, session 22), through the CLI, each with
 * rows that must hold and rows that must not:
 * - an address line, a postal code and a town ("23758 Oldenburg in Holstein", "Twickenham TW1 3JT", "6825 BK Velp"):
 *   the country a code's format alone names (no onsite work from the line alone); counts, sizes, times and sentences
 *   that look alike ("2500 Kunden", "10-100 Mitarbeiter", "M1 8GB", "1400 ET Thursday", "Amazon S3 2FA setups") are none;
 * - a location label as a heading over a value the gazetteer does not know ("Arbeitsort" over "Im Dreieck 4");
 * - Turkey's largest cities after the five the gazetteer had ("Denizli", "Konya", "Gaziantep"), Brazil's state capitals
 *   ("São Luís"), and cities and countries as Italian, Spanish, French, Portuguese, German, Dutch, Polish and Czech write
 *   them ("Berlino, Germania", "Monachium, Niemcy", "Londres");
 * - German "Standort" (the employer's site) on a line with a place, wherever the sentence puts it;
 * - "Full-Remote" with a hyphen; a Minijob as the person ("Mini-Jobber*in"); a job's size as a fraction ("1/1 etat").
 */
import { describe, expect, it } from 'vitest';
import { recordInTempFiles } from './helpers.js';

const recordOf = recordInTempFiles('workplace-address-');

interface PlaceRow { name: string; input: string; extension?: string; policy: string | null; countries: Array<string | undefined> }

const places: PlaceRow[] = [
  { name: 'de: an address block under "Arbeitsort", its town known', extension: 'html', policy: 'onsite', countries: ['DE'],
    input: '<html><body><main><h1>Mitarbeiter*in Konfektionierung</h1>\n<p>Teilzeit, ab sofort.</p>\n<h2>Arbeitsort</h2>\n<address>Im Dreieck 4<br>23758 Oldenburg in Holstein</address>\n</main></body></html>\n' },
  { name: 'de: a location heading over a street the gazetteer does not know', policy: 'onsite', countries: [],
    input: '# Lagerhelfer\n\nWir suchen Verstärkung.\n\n## Arbeitsort\n\nIm Dreieck 4\n' },
  { name: 'de: an address line alone, a code before a known town, names the country but no onsite work', policy: null, countries: ['DE'],
    input: '# Lagerhelfer (m/w/d)\n\nWir suchen Verstärkung für unser Lager.\n\nBO-WERT GmbH\n\nIm Dreieck 4\n\n23758 Oldenburg in Holstein\n' },
  { name: 'en: a UK postcode after the town names the country', policy: null, countries: ['GB'],
    input: '# Part-time Co-ordinator\n\nLocal charity requires a co-ordinator.\n\nWrite to HANDS, Garfield Road, Twickenham TW1 3JT or email us.\n' },
  { name: 'nl: four digits and two capitals before an unknown town, under a street (the street names a work place)', policy: 'onsite', countries: ['NL'],
    input: '# Barmedewerker\n\nWij zoeken een barmedewerker.\n\nCafé Classen, Dorpsstraat 12\n6825 BK Velp\n' },
  { name: 'nl: four digits and two capitals before a known town', policy: null, countries: ['NL'],
    input: '# Barmedewerker\n\nWij zoeken een barmedewerker.\n\nCafé Classen, 1015 CJ Amsterdam\n' },
  { name: 'de: a count and an abbreviation after a label ("Teamgröße: 1200 IT Spezialisten") is no nl postcode', policy: null, countries: [],
    input: '# Systemadministrator\n\nAcme GmbH sucht Verstärkung. Vollzeit.\n\nTeamgröße: 1200 IT Spezialisten\n' },
  { name: 'tr: a large Turkish city the gazetteer knows ("Denizli … ofisimizde")', policy: 'onsite', countries: ['TR'],
    input: '# Web Geliştiricisi\n\nDenizli Teknokent içindeki ofisimizde çalışacak bir geliştirici arıyoruz.\n' },
  { name: 'it: a city and country in Italian ("Luogo: Berlino, Germania")', policy: 'onsite', countries: ['DE'],
    input: '# Stage e tirocini\n\n- Durata: 6 mesi.\n- Luogo: Berlino, Germania.\n' },
  { name: 'pl: a city and country in Polish ("Lokalizacja: Monachium, Niemcy")', policy: 'onsite', countries: ['DE'],
    input: '# Programista Java\n\nLokalizacja: Monachium, Niemcy\n' },
  { name: 'pt: a Brazilian state capital before the role ("[São Luís] - Desenvolvedor")', policy: 'onsite', countries: ['BR'],
    input: '# Vagas abertas\n\n## [São Luís] - Desenvolvedor Back-end C#\n\n### Habilidades pessoais\n- Boa comunicação\n' },
  { name: 'it: a lower-case word that is an exonym capitalised ("una mosca") names no place', policy: null, countries: [],
    input: '# Stage\n\nNon farebbe male a una mosca.\n' },
  { name: 'de: "Standort" in a sentence with a city ("als Standort haben wir uns für Berlin entschieden")', policy: 'onsite', countries: ['DE'],
    input: '# Software-Entwickler\n\nAls innovativen Standort haben wir uns für Berlin entschieden.\n' },
  { name: 'de: "Standort" with no place names no work place', policy: null, countries: [],
    input: '# Software-Entwickler\n\nDer Standort ist gut mit Bus und Bahn erreichbar.\n' },
  { name: 'de: a count before a capitalised noun is no address ("2500 Kunden")', policy: null, countries: [],
    input: '# Lagerhelfer\n\nWir suchen Verstärkung.\n\n2500 Kunden vertrauen uns.\n\n10-100 Mitarbeiter\n\n40000 Euro\n' },
  { name: 'en: a laptop\'s chip and memory ("M1 8GB") is no postcode', policy: null, countries: [],
    input: '# Developer\n\nWe send you an Apple M1 8GB laptop.\n' },
  { name: 'en: a 24-hour time and a time zone before a day is no nl postcode ("1400 ET Thursday")', policy: null, countries: [],
    input: '# Data Analyst\n\nWe are hiring a data analyst.\n\nInterview slots: 1400 ET Thursday\n' },
  { name: 'en: a shift\'s times ("0700 AM Monday - 1500 PM Friday") are no nl postcodes', policy: null, countries: [],
    input: '# Warehouse Associate\n\nWe are hiring warehouse associates.\n\nShift: 0700 AM Monday - 1500 PM Friday\n' },
  { name: 'en: "Amazon S3 2FA setups" in a sentence is no UK postcode', policy: 'remote', countries: [],
    input: '# DevOps Engineer\n\nWe are hiring a DevOps engineer. Fully remote.\n\nExperience with Amazon S3 2FA setups and Terraform.\n' },
  { name: 'de: a year before a town is no postal code', policy: null, countries: ['DE', 'DE'],
    input: '# Entwickler\n\nUnsere Meetups:\n\n2019 Berlin, 2021 Hamburg\n' },
  // A list of the company's seat and offices comes after the job's own place, so eight of them cannot crowd it out (place28).
  { name: 'en: the office the job is in comes before the seat\'s and offices\' countries', policy: 'onsite', countries: ['JP', 'CA', 'US', 'FR', 'RO', 'DE', 'BR', 'GB'],
    input: '# Marketing Intern\n\nAcme is headquartered in Quebec, Canada. Acme has offices in the U.S., France, Romania, Germany, Brazil, the UK, Ukraine and now Japan. You will be working from our office in Tokyo.\n' },
  { name: 'en: offices alone are still read', policy: 'onsite', countries: ['DE', 'DE'],
    input: '# Marketing Intern\n\nWe have offices in Berlin and Munich.\n' },
  // A code several countries share, beside a street in one country's language, names that country (place28).
  { name: 'fi: five digits beside a Finnish street ("Öljytie 2, 37150 Nokia")', policy: 'onsite', countries: ['FI'],
    input: '# Sähköasentaja\n\nEtsimme sähköasentajaa.\n\nYhteystiedot\n\nÖljytie 2, 37150 Nokia\n' },
  { name: 'de: five digits beside a German street, the town unknown', policy: 'onsite', countries: ['DE'],
    input: '# Elektriker (m/w/d)\n\nWir suchen Verstärkung.\n\nMusterstraße 5, 37150 Lohne\n' },
  { name: 'fr: five digits after "12 rue de la Paix"', policy: 'onsite', countries: ['FR'],
    input: '# Électricien\n\nNous recrutons.\n\n12 rue de la Paix, 37150 Bléré\n' },
  { name: 'no: four digits beside a Norwegian street', policy: 'onsite', countries: ['NO'],
    input: '# Elektriker\n\nVi søker elektriker.\n\nStorgata 12, 3015 Drammenvik\n' },
  { name: 'de: four digits beside "…strasse" (Austria or Switzerland) name no country', policy: 'onsite', countries: [],
    input: '# Drucker (m/w/d)\n\nWir suchen Verstärkung.\n\nMarenstrasse 73, 4632 Trimbach\n' },
  { name: 'es: "Calle" (Spain or Mexico) with five digits names no country', policy: 'onsite', countries: [],
    input: '# Electricista\n\nBuscamos electricista.\n\nCalle Mayor 5, 45150 Zapotlán\n' },
  // Countries as more languages name them (place28), each beside a must-not.
  { name: 'ru: a country in Russian ("Локация: Германия")', policy: 'onsite', countries: ['DE'], input: '# Инженер\n\nЛокация: Германия\n' },
  { name: 'ru: "по ТК РФ" names Russia', policy: null, countries: ['RU'], input: '# Инженер\n\nЗарплата 100 000 руб. Оформление по ТК РФ.\n' },
  { name: 'uk: a country in Ukrainian ("Локація: Польща")', policy: 'onsite', countries: ['PL'], input: '# Інженер\n\nЛокація: Польща\n' },
  { name: 'zh: a country in Chinese inside a run of text ("工作地点：新加坡")', policy: 'onsite', countries: ['SG'], input: '# 后端工程师\n\n工作地点：新加坡\n' },
  { name: 'ja: a country in katakana ("勤務地：アメリカ")', policy: 'onsite', countries: ['US'], input: '# エンジニア\n\n勤務地：アメリカ\n' },
  { name: 'ko: a country in Korean ("근무지: 미국")', policy: 'onsite', countries: ['US'], input: '# 엔지니어\n\n근무지: 미국\n' },
  { name: 'tr: a country in Turkish ("Konum: Almanya")', policy: 'onsite', countries: ['DE'], input: '# Engineer\n\nKonum: Almanya\n' },
  { name: 'ja: "タイプ" and "ウインドウ" name no Thailand or India', policy: null, countries: [], input: '# エンジニア\n\nウインドウのタイプを設計します。\n' },
  { name: 'zh: "精英国际" (elite international) names no United Kingdom', policy: null, countries: [], input: '# 后端工程师\n\n精英国际团队。\n' },
  // A JSON-LD address whose locality the gazetteer knows names its country where it gives none (place28).
  // A JobPosting's jobLocation is a work place as data (fields28): onsite where no TELECOMMUTE and no remote word.
  { name: 'JSON-LD: a known "addressLocality" alone names its country', extension: 'html', policy: 'onsite', countries: ['FI'],
    input: '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Backend Engineer","description":"We build payment software.","jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Tampere"}}}</script></head><body><h1>Backend Engineer</h1><p>We build payment software.</p></body></html>\n' },
  { name: 'JSON-LD: an unknown locality and a US state\'s name ("Georgia") name no country', extension: 'html', policy: 'onsite', countries: [undefined],
    input: '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Backend Engineer","description":"We build payment software.","jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Springfield","addressRegion":"Georgia"}}}</script></head><body><h1>Backend Engineer</h1><p>We build payment software.</p></body></html>\n' },
  // An HTML page's <title> or og:title part that is wholly a place's name, as a heading's is (place28).
  { name: 'html: a <title> part that is a city ("Backend Engineer - Gdańsk | Acme")', extension: 'html', policy: null, countries: ['PL'],
    input: '<html><head><title>Backend Engineer - Gdańsk | Acme</title></head><body><main><h1>Backend Engineer</h1><p>We build payment software.</p></main></body></html>\n' },
  { name: 'html: an og:title part after a comma ("Backend Engineer, Lyon")', extension: 'html', policy: null, countries: ['FR'],
    input: '<html><head><meta property="og:title" content="Backend Engineer, Lyon"></head><body><main><h1>Backend Engineer</h1><p>We build payment software.</p></main></body></html>\n' },
  { name: 'html: a name that holds a city ("Amsterdam UMC", "Berlin Startup Jobs") is no place', extension: 'html', policy: null, countries: [],
    input: '<html><head><title>Backend Engineer | Amsterdam UMC | Berlin Startup Jobs</title></head><body><main><h1>Backend Engineer</h1><p>We build payment software.</p></main></body></html>\n' },
];

describe('a work place named by an address line or a location heading', () => {
  it.each(places)('$name', async ({ input, extension, policy, countries }) => {
    const record = await recordOf(input, extension);
    expect(record.remote.policy).toBe(policy);
    expect(record.locations.map((l: { country?: string }) => l.country)).toEqual(countries);
  });
});

const terms: Array<{ name: string; input: string; policy?: string | null; types?: string[] }> = [
  { name: 'de: "Full-Remote (innerhalb Deutschlands)" is remote', policy: 'remote',
    input: '# Organisationsassistenz\n\n## Arbeitsumgebung\n\n- Full-Remote (innerhalb Deutschlands), vollständig Online\n' },
  { name: 'en: "fully-remote" is remote', policy: 'remote', input: '# Developer\n\nThis is a fully-remote role.\n' },
  { name: 'de: a Minijob as the person, beside a permanent contract, is part-time only', types: ['PART_TIME'],
    input: '# Organisationsassistenz\n\n- Die Stelle wird als Mini-Jobber*in auf 538 Euro-Basis besetzt\n- Die Anstellung erfolgt unbefristet\n' },
  { name: 'pl: "wymiar czasu pracy – 1/1 etat" is full-time', types: ['FULL_TIME'],
    input: '# Pracownik biurowy\n\nWarunki zatrudnienia:\n\n* wymiar czasu pracy – 1/1 etat;\n' },
  { name: 'pl: "1/2 etatu" is part-time', types: ['PART_TIME'], input: '# Księgowa\n\nZatrudnienie na 1/2 etatu.\n' },
  { name: 'de: "3/4-Stelle" is part-time', types: ['PART_TIME'], input: '# Sachbearbeiter\n\nWir bieten eine 3/4-Stelle in Kiel.\n' },
  { name: 'a round-the-clock "24/7" before "Stelle" is no size', types: [], input: '# Pfleger\n\nBetreuung 24/7 Stelle Kiel.\n' },
  { name: 'a fraction over one is no size ("5/2 etat")', types: [], input: '# Pracownik\n\nGrafik 5/2 etat.\n' },
];

describe('remote and contract words: hyphenated forms and fractions of a job', () => {
  it.each(terms)('$name', async ({ input, policy, types }) => {
    const record = await recordOf(input);
    if (policy !== undefined) expect(record.remote.policy).toBe(policy);
    if (types) expect(record.employmentType).toEqual(types);
  });
});
