/**
 * No record holds a value its posting does not support (issue #13): words
 * that look like a field's vocabulary but say something else. Each row was
 * a wrong reading found in review (session 11) and fails without its fix.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

type Field = 'remote' | 'regions' | 'seniority' | 'urls' | 'salary';
const read = (record: Record<string, any>, field: Field): unknown =>
  field === 'remote' ? record.remote.policy : field === 'regions' ? record.remote.regions : field === 'urls' ? record.apply.urls
    : field === 'salary' ? record.salary.map((s: any) => [s.min, s.max, s.currency]) : record.seniority;

const rows: Array<[name: string, input: string, field: Field, expected: unknown]> = [
  // Words that end like a street ("-ring") or a street word without a street's name are no address.
  ['"Spring 2025 internship" is no street', '# Intern\n\nSpring 2025 internship in our team.\n', 'remote', null],
  ['"Offering 401k matching" is no street', '# Engineer\n\nOffering 401k matching and more.\n', 'remote', null],
  ['"Mentoring 1:1" is no street', '# Engineer\n\nMentoring 1:1 with seniors.\n', 'remote', null],
  ['"the #1 place to work" is no street', '# Engineer\n\nWe are the #1 place to work in fintech.\n', 'remote', null],
  ['"12 rue de la Paix" is a street', '# Développeur\n\nBureaux : 12 rue de la Paix, Paris.\n', 'remote', 'onsite'],
  // A label whose value is no place.
  ['"Where: Google Meet" names no work place', '# Engineer\n\n## Info session\n\nWhere: Google Meet\n', 'remote', null],
  ['"Country: Any" names no work place', '# Engineer\n\nCountry: Any\n', 'remote', null],
  ['"Job site: Indeed" names no work place', '# Engineer\n\nJob site: Indeed and LinkedIn\n', 'remote', null],
  // A work-mode label over the hours ("Work model: Full-time"): an employment word is no place; a place there still is one.
  ['en: "Work model: Full-time" names no work place', '# Engineer\n\nWork model: Full-time\n', 'remote', null],
  ['es: "Modalidad: Tiempo completo" names no work place', '# Desarrollador\n\nModalidad: Tiempo completo\n', 'remote', null],
  ['de: "Standort: Bülach" still names one', '# Entwickler\n\nStandort: Bülach\n', 'remote', 'onsite'],
  // A place then the hours is still a place.
  ['de: "Standort: Bülach, Vollzeit" names one', '# Entwickler\n\nStandort: Bülach, Vollzeit\n', 'remote', 'onsite'],
  ['en: "Location: Fulton, full-time" names one', '# Engineer\n\nLocation: Fulton, full-time\n', 'remote', 'onsite'],
  ['es: "Ubicación: Alcobendas, jornada completa" names one', '# Desarrollador\n\nUbicación: Alcobendas, jornada completa\n', 'remote', 'onsite'],
  // A city that opens an employer's name in the title is no work place.
  ['"– Boston Consulting Group" in the title', '# Data Engineer – Boston Consulting Group\n\nWe build models.\n', 'remote', null],
  ['"at Berlin Brands Group" in the title', '# Backend Engineer at Berlin Brands Group\n\nWe build shops.\n', 'remote', null],
  ['a city after the title still names the place', '# Backend Engineer Berlin\n\nWe build shops.\n', 'remote', 'onsite'],
  // Seniority words with another sense.
  ['en: "Regular Full-Time" is a permanent post, no level', '# Custodian - Regular Full-Time\n\nKeep the building clean.\n', 'seniority', null],
  ['pl: "Regular Java Developer" is the middle level', '# Regular Java Developer\n\nPraca w Krakowie.\n', 'seniority', 'mid'],
  ['en: "Stage host" is no intern', '# Stage host\n\nWelcome our guests at the festival.\n', 'seniority', null],
  ['fr: "Stage développeur" is an internship', '# Stage développeur web\n\nSix mois à Lyon.\n', 'seniority', 'intern'],
  ['ru: "Ведущий мероприятий" is a host', '# Ведущий мероприятий\n\nПроводить праздники.\n', 'seniority', null],
  ['ru: "Ведущий Python-разработчик" is a lead', '# Ведущий Python-разработчик\n\nОпыт от 5 лет.\n', 'seniority', 'lead'],
  // An employer's profile or job list on a board is no apply page; a posting's page is.
  ['hh.ru/employer/N is a profile', '# Разработчик\n\nО компании: https://hh.ru/employer/1234567\n', 'urls', []],
  ['linkedin.com/company/x/jobs is a list', '# Engineer\n\nSee https://www.linkedin.com/company/acme-logistics/jobs/\n', 'urls', []],
  ['hh.ru/vacancy/N is the posting', '# Разработчик\n\nОткликнуться: https://hh.ru/vacancy/12345678\n', 'urls', ['https://hh.ru/vacancy/12345678']],
  // Hybrid technology is no hybrid work; a time zone is no region (session 12, extra7 011 and 015).
  ['it: "in tecnologia ibrida" is no work mode', '# Fullstack Developer\n\nSviluppo di applicazioni per mobile, web e in tecnologia ibrida.\n', 'remote', null],
  ['en: "Central European (UTC+1) timezones" is no region', '# Engineer\n\nThis is a fully remote position, open to candidates in the Eastern (UTC-5) to Central European (UTC+1) timezones.\n', 'regions', []],
  // A pre-seed raise beside a US$ range is no pay; the range is one figure.
  ['en: "raise of $3-5M" is funding, "US$70,000 – US$170,000" one range', '# Engineer\n\nWe will soon complete our pre-seed raise of $3-5M.\n\n## Compensation\n\nUS$70,000 – US$170,000\n', 'salary', [[70000, 170000, 'USD']]],
];

describe('no value the posting does not support', () => {
  it.each(rows)('%s', async (_name, input, field, expected) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    expect(record, result.stderr).toBeDefined();
    expect(read(record!, field)).toEqual(expected);
  });
});
