/**
 * No record holds a value its posting does not support (issue #13), session 13's audit: each row is a class of
 * wrong (or missing) value read from the dev sets and fixtures, through the CLI. Rows that must give nothing
 * sit beside the ones that must still give the value.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

type Field = 'employmentType' | 'regions' | 'salary' | 'emails' | 'experienceYears' | 'company';
const read = (record: Record<string, any>, field: Field): unknown =>
  field === 'regions' ? record.remote.regions : field === 'salary' ? record.salary.map((s: any) => [s.min, s.max, s.currency])
    : field === 'emails' ? record.apply.emails : field === 'company' ? record.company?.name ?? null : record[field];

const rows: Array<[name: string, input: string, field: Field, expected: unknown]> = [
  // Employment words said of the team or of other people, not of this job; hiring those people is this job.
  ['"we have full-time and contract engineers" is the team', '# Backend Engineer\n\nAcme builds things. We have full-time and contract engineers across Europe.\n', 'employmentType', []],
  ['"part-time and full-time developers in five countries" is the team', '# Backend Engineer\n\nWe have part-time and full-time developers in five countries.\n', 'employmentType', []],
  ['"Eligibility: Full-time employees" is a benefit\'s rule', '# Quality Engineer\n\n## Benefits\n\nFree therapy. Eligibility: Full-time employees only.\n', 'employmentType', []],
  ['"hiring full-time engineers" is this job', '# Backend Engineer\n\nWe are hiring full-time engineers.\n', 'employmentType', ['FULL_TIME']],
  ['"looking for full-time and part-time developers" is this job', "# Developer\n\nWe're looking for full-time and part-time developers.\n", 'employmentType', ['FULL_TIME', 'PART_TIME']],
  ['"a full-time role" beside a team of both is full-time only', '# Lead\n\nThis is a full-time role. Our team has full-time and contract engineers.\n', 'employmentType', ['FULL_TIME']],
  // A remote line listing countries: the ones the region table knows and the others of the same list.
  ['"remote for people in the US or Mexico" is both', '# Backend Engineer\n\nThis is a remote role for people in the US or Mexico.\n', 'regions', ['US', 'MX']],
  ['"candidates in the UK and Portugal" is both', '# Backend Engineer\n\nThis is a remote role; candidates in the UK and Portugal welcome.\n', 'regions', ['GB', 'PT']],
  ['"US, Mexico and Brazil" is all three', '# Backend Engineer\n\nRemote, open to people in the US, Mexico and Brazil.\n', 'regions', ['US', 'MX', 'BR']],
  ['a country in another sentence is no region', '# Backend Engineer\n\nFully remote within the US. We sell to Mexico.\n', 'regions', ['US']],
  ['a country of a sister team is no region', '# Backend Engineer\n\nFully remote within the US, with a sister team in Mexico.\n', 'regions', ['US']],
  // Where the staff live and where the company is registered are no regions (corpus 024 Eclipse Foundation).
  ['"domiciled in Belgium, with staff located in Europe, Canada…" names no region', '# Engineer\n\n* Remote. Work from where you are. The Foundation is domiciled in Belgium, with staff located in Europe, Canada, and the United States.\n', 'regions', []],
  ['"headquartered in" beside a remote field with its countries', '# Engineer\n\nWe are headquartered in Toronto, Canada.\n\nRemote (US or Canada).\n', 'regions', ['US', 'CA']],
  ['a list with a city names an office', '# Backend Engineer\n\nRemote in the US or from our office in Berlin, Germany.\n', 'regions', ['US']],
  // An allowance named right before its own sum is not pay (corpus 160 rackshps, 196 bootstrap: ja); the pay beside it is.
  ['ja: "住宅手当 20,000円～30,000円" is an allowance', '# エンジニア\n\n## 給与\n\n月給 250,000円～300,000円\n住宅手当 20,000円～30,000円\n', 'salary', [[250000, 300000, 'JPY']]],
  ['ja: "交通費支給 上限20,000円/月" is commuting costs', '# エンジニア\n\n## 福利厚生\n\n- 交通費支給 上限20,000円/月\n', 'salary', []],
  ['en: "home office allowance of €500" is no pay, the range is', '# Engineer\n\n## Salary\n\n€60,000 – €70,000 per year\n\nA home office allowance of €500.\n', 'salary', [[60000, 70000, 'EUR']]],
  ['fr: "nos logiciels facturent 35M€ par an" is the company\'s billing', '# Développeur\n\n## Rémunération\n\nNos logiciels facturent plus de 35M€ par an.\n', 'salary', []],
  // A sentence run on after an address ("…co.il.If any…") is not its domain (corpus 229).
  ['"job@acme.co.il.If any" ends at .il', '# Engineer\n\nTo apply send your resume to job@acme.co.il.If any of your work is public, link it.\n', 'emails', ['job@acme.co.il']],
  ['"jobs@acme.COM" keeps its capital domain', '# Engineer\n\nApply: jobs@acme.COM\n', 'emails', ['jobs@acme.com']],
  // An organisation's own years are no requirement (extra5 015); a decimal's fraction is no figure.
  ['es: "un despacho con más de 15 años de experiencia"', '# Abogado\n\nTrabajamos en un despacho con más de 15 años de experiencia en A Coruña.\n', 'experienceYears', null],
  ['en: "a firm with over 20 years of experience" beside the requirement', '# Engineer\n\nWe are a firm with over 20 years of experience. You have 3+ years of experience.\n', 'experienceYears', { min: 3 }],
  ['en: "2.5 to 5 years" is not 5 to 5', '# SDE 2\n\nB.Tech with 2.5 to 5 years of experience.\n', 'experienceYears', null],
  ['zh: "2.2年以上…经验" is item 2, two years', '# 安卓开发工程师\n\n2.2年以上安卓产品开发经验\n', 'experienceYears', { min: 2 }],
  // "We have N years": the speakers' own years, in any language; "you have" still asks.
  ['en: "We have 15 years of experience" beside the requirement', '# Engineer\n\nWe have 15 years of experience in IT. You have 3+ years of experience.\n', 'experienceYears', { min: 3 }],
  ['pl: "Mamy ponad 15 lat doświadczenia" is the company\'s', '# Programista Java\n\nMamy ponad 15 lat doświadczenia w branży IT.\n', 'experienceYears', null],
  ['cs: "Máme 10 let zkušeností" is the company\'s', '# Programátor\n\nMáme 10 let zkušeností s vývojem softwaru.\n', 'experienceYears', null],
  ['de: "Wir haben über 20 Jahre Erfahrung" is the company\'s', '# Entwickler (m/w/d)\n\nWir haben über 20 Jahre Erfahrung im Maschinenbau.\n', 'experienceYears', null],
  ['en: "you have 5 years of experience" still asks', '# Engineer\n\nIdeally you have 5 years of experience with Go.\n', 'experienceYears', { min: 5 }],
  ['en: "We have 15+ years of experience" alone is the company\'s', '# Engineer\n\nWe have 15+ years of experience building banks.\n', 'experienceYears', null],
  ['pl: "Mamy ponad 3 lata doświadczenia" is the company\'s', '# Programista Java\n\nMamy ponad 3 lata doświadczenia w branży.\n', 'experienceYears', null],
  // Only "more than" may stand between "we have" and the company's years: other words make it a requirement.
  ['nl: "hebben we minimaal 3 jaar ervaring nodig" asks', '# Ontwikkelaar\n\nVoor deze functie hebben we minimaal 3 jaar ervaring nodig met Java.\n', 'experienceYears', { min: 3 }],
  ['es: "Tenemos como requisito 3 años" asks', '# Desarrollador\n\nTenemos como requisito 3 años de experiencia en Java.\n', 'experienceYears', { min: 3 }],
  ['en: "we have to see 3+ years" asks', '# Engineer\n\nAt a minimum, we have to see 3+ years of experience with Go.\n', 'experienceYears', { min: 3 }],
  ['en: "we have a 5 year experience requirement" asks', '# Engineer\n\nFor this role we have a 5 year experience requirement.\n', 'experienceYears', { min: 5 }],
  ['de: "Wir haben als Voraussetzung 3 Jahre" asks', '# Entwickler (m/w/d)\n\nWir haben als Voraussetzung 3 Jahre Berufserfahrung in Java.\n', 'experienceYears', { min: 3 }],
  ['cs: "Máme požadavek na 3 roky praxe" asks', '# Programátor\n\nMáme požadavek na 3 roky praxe v Javě.\n', 'experienceYears', { min: 3 }],
  ['en: "5+ years of experience with a company" is the candidate\'s', '# Engineer\n\nYou have 5+ years of experience with a company of our size.\n', 'experienceYears', { min: 5 }],
  // A heading under the title that opens a section is no employer (extra7 006 "So sind wir", corpus 230 "Titel"); a name above a badge line is.
  ['de: "## So sind wir" then prose is a section', '# Cloud Engineer\n\n## So sind wir\n\nModern und pragmatisch bewegen wir uns in einem dynamischen Umfeld rund um Cloud Native.\n', 'company', null],
  ['de: "### Titel" then the role is a field', '# Job 1\n\n### Titel\nReact Native Developer für eine Sales CRM App\n', 'company', null],
  ['"### Grafana Labs" above a badge line is the employer', '# Principal Backend Engineer\n### Grafana Labs\n#### `🌎 Germany (Remote)`\n\nWe build observability tools.\n', 'company', 'Grafana Labs'],
];

describe('no value the posting does not support (session 13 audit)', () => {
  it.each(rows)('%s', async (_name, input, field, expected) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    expect(record, result.stderr).toBeDefined();
    expect(read(record!, field)).toEqual(expected);
  });
});
