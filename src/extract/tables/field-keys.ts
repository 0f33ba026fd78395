/**
 * The keys that state a posting's fields, one list per field, read alike in a page's front matter and in a data
 * file's items: the front-matter readers (title.ts, employment.ts, experience.ts, …) read these keys, and a data
 * item's key found here is given to them under the field's first key (split/tables.ts dataFields), so
 * `employment: Vollzeit` reads the same in front matter, in a JSON item and in a YAML item.
 * Keys are compared lower-cased without "_", "-" or spaces ("job_type", "jobType", "job-type" are one key); a dotted
 * key is a path into nested front matter. Order is preference: the first key a posting states wins.
 * Adding a synonym is a word here.
 */
import { companyLabels } from './companies.js';

/** A key as it is compared: "job_type", "jobType", "Job Type" -> "jobtype". */
export const keyForm = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, '');

export const fieldKeys = {
  // "roles" last: a data item's list of roles is no title, a page's `roles:` names its one role only where nothing else does.
  // A data item's `job` is its title (split/tables.ts), a page's `job:` is as often a team or a trade ("job: design").
  title: ['title', 'titel', 'position', 'position.title', 'job_title', 'job.title', 'position_title', 'job_name', 'role', 'name', 'puesto', 'cargo', 'roles'],
  // The English keys first, then every language's company label as a key ("empresa", "firma", "hiring_organization", "会社名").
  company: [...new Set([
    'company', 'company_name', 'company.name', 'hiringOrganization.name', 'hiringOrganization', 'organization', 'organisation',
    'organization.name', 'employer', 'employer.name', 'employer_name',
    ...Object.values(companyLabels).flat().flatMap((label) => [label.replace(/\s+/g, '_'), label.replace(/\s+/g, '')]),
    // Last: they name the employer only where nothing else does (a portfolio's client beside `firma`).
    'startup', 'friend', 'client',
  ])],
  // Places, the place of work's words as keys per language (de Arbeitsort, fr ville, es ciudad, it città, nl werklocatie, pl
  // miasto); a key under `jobLocation.` or `location.` is a place too (extract/workplace.ts).
  // The place of work's own words first; an address or a region last (an employer's seat as often as the place of work).
  location: ['location', 'locations', 'job_location', 'city', 'ort', 'standort', 'lieu', 'ubicacion', 'ubicación', 'localização', 'plaats',
    'miesto', 'workplace', 'work_place', 'work_location', 'office_location', 'job_city', 'town', 'arbeitsort', 'einsatzort', 'stadt', 'ville',
    'lieu_de_travail', 'ciudad', 'cidade', 'localidad', 'localidade', 'città', 'citta', 'stad', 'werklocatie', 'miasto', 'place', 'office',
    'offices', 'addressLocality', 'addressRegion', 'address', 'region'],
  country: ['country', 'country_code', 'country_name', 'addressCountry'],
  // Keys read as the posting date whatever they hold; tables/dates.ts datedKeys are read only when they hold a date.
  date: ['datePosted', 'posted', 'postedAt', 'publishDate', 'pubDate', 'published_at', 'post_date', 'date_published', 'publication_date', 'date',
    'created', 'created_at', 'opens'],
  apply_url: ['apply_url', 'application_url', 'apply_link', 'apply', 'url_apply', 'application link', 'apply.url', 'directApply', 'link_apply', 'job_url'],
  // `contacts` last: a contact object or a list of them ("contacts: {name, email}" as hh.ru's API writes it, "contacts: [{email}]").
  apply_email: ['apply_email', 'application_email', 'email', 'contact', 'contact_email', 'contact.email', 'hiringOrganization.email', 'apply.email', 'contacts'],
  // Pay as text or as a MonetaryAmount; a key that holds one of these words ("salary_text", "gehalt_brutto") is pay too (extract/salary.ts).
  salary: ['salary', 'baseSalary', 'compensation', 'pay', 'salary_range', 'wage', 'gehalt', 'salaire', 'sueldo'],
  // "duration: Full Time" is many job lists' contract type (a résumé's duration, "2019-2021", is work history: split/data.ts).
  // The keys that only a contract has first; `type`, `time`, `schedule` last (`type: Engineering` beside `employment: Vollzeit`).
  employment_type: ['employment_type', 'job_type', 'contract', 'contract_type', 'employment', 'type_of_contract', "type d'emploi", 'vertragsart',
    'anstellungsart', 'tipo de contrato', 'duration', 'job_duration', 'commitment', 'work_type', 'conditions', 'forma', 'type', 'time', 'schedule'],
  // Keys that state remote work as a field (`true`, "yes", "hybrid", TELECOMMUTE): Lever and LinkedIn `workplaceType`, Workable
  // `workplace_type`, schema.org `jobLocationType`; their values are in tables/workplace-values.ts.
  remote: ['remote', 'workplace', 'workplace_type', 'jobLocationType', 'work_mode', 'work_model', 'work_arrangement', 'modality', 'modalidad',
    'modalidade', 'is_remote', 'has_remote', 'remote_ok', 'remote_allowed', 'allows_remote', 'telecommute', 'fully_remote', 'location_type',
    'remote_type', 'work_type',
    // a policy or telework key as job sites' exports name one ("remote_policy: hybrid", "telework: yes")
    'remote_policy', 'telework'],
  // Years asked, or a level where a key that mostly holds years holds one ("experience: Senior Level"; extract/seniority.ts).
  experience: ['experience', 'years_of_experience', 'experience_years', 'min_experience', 'minimum_experience', 'experience_required',
    'required_experience', 'berufserfahrung', 'erfahrung', 'experiencia', 'expérience', 'experiência', 'ervaring', 'esperienza'],
  seniority: ['seniority', 'level', 'experience_level', 'job_level', 'career_level'],
} satisfies Record<string, string[]>;

export type KeyedField = keyof typeof fieldKeys;

/** The compared forms of a field's keys (dotted paths kept whole). */
export const keyForms = (field: KeyedField): Set<string> => new Set(fieldKeys[field].map(keyForm));
