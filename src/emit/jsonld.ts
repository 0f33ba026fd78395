/**
 * A record as a schema.org JobPosting, typed as schema.org and Google's job
 * posting guidelines define each property. Only what the record states is
 * written, and only properties JobPosting has (tests/jsonld.test.ts checks
 * every emitted object against schema-dts's JobPosting type).
 *
 * - description: the Markdown description as sanitised HTML (html.ts).
 * - jobLocationType TELECOMMUTE only for fully remote jobs, with
 *   applicantLocationRequirements: a Country for an ISO 3166 code, an
 *   AdministrativeArea for a larger region ("EU", "EMEA"). "Worldwide" is no
 *   area: it is left out, as Google asks for the places applicants must be in.
 * - baseSalary: the first salary with a currency; unitText only when the
 *   period is known.
 * - directApply: true when the posting gives an apply URL or email.
 * - identifier: the record's identifier, the organisation's own id for the
 *   job (from front matter or the page's structured data), named by its id
 *   system or else the company; postings' record id is no such thing.
 */
import { kindOf } from '../argument-kind.js';
import type { Posting, Salary } from '../schema/posting.js';
import { countryLines } from '../extract/tables/places.js';
import { markdownToHtml } from './html.js';

interface Typed<T extends string> { '@type': T }
type Text = string;
export interface PostalAddressLd extends Typed<'PostalAddress'> { addressLocality?: Text; addressRegion?: Text; addressCountry?: Text }
export interface PlaceLd extends Typed<'Place'> { name?: Text; address?: PostalAddressLd }
export interface QuantitativeValueLd extends Typed<'QuantitativeValue'> { value?: number; minValue?: number; maxValue?: number; unitText?: Text }

/** The JobPosting object postings writes: a subset of schema.org's JobPosting. */
export interface JobPostingLd extends Typed<'JobPosting'> {
  '@context': 'https://schema.org';
  title?: Text;
  description?: Text;
  datePosted?: Text;
  validThrough?: Text;
  hiringOrganization?: Typed<'Organization'> & { name: Text; sameAs?: Text };
  identifier?: Typed<'PropertyValue'> & { name?: Text; value: Text };
  jobLocation?: PlaceLd[];
  jobLocationType?: 'TELECOMMUTE';
  applicantLocationRequirements?: Array<(Typed<'Country'> | Typed<'AdministrativeArea'>) & { name: Text }>;
  employmentType?: Text | Text[];
  baseSalary?: Typed<'MonetaryAmount'> & { currency: Text; value: QuantitativeValueLd };
  experienceRequirements?: Typed<'OccupationalExperienceRequirements'> & { monthsOfExperience: number };
  skills?: Text;
  responsibilities?: Text;
  qualifications?: Text;
  jobBenefits?: Text;
  directApply?: boolean;
  applicationContact?: Typed<'ContactPoint'> & { email?: Text; url?: Text };
}

const COUNTRY_CODES = new Set(countryLines.map((line) => line.split('|')[0]!));
/** Regions that name no place an applicant must be in. */
const NO_AREA = new Set(['Worldwide']);

/** A record as a JobPosting object. */
export function toJobPosting(record: Posting): JobPostingLd {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new TypeError(`toJobPosting takes a record, not ${kindOf(record)}`);
  const out: JobPostingLd = { '@context': 'https://schema.org', '@type': 'JobPosting' };
  if (record.title) out.title = record.title;
  const html = record.description.markdown.trim() ? markdownToHtml(record.description.markdown) : '';
  if (html) out.description = html;
  if (record.datePosted) out.datePosted = record.datePosted;
  if (record.validThrough) out.validThrough = record.validThrough;
  if (record.company) {
    out.hiringOrganization = { '@type': 'Organization', name: record.company.name, ...(record.company.url ? { sameAs: record.company.url } : {}) };
  }
  const id = record.identifier;
  const idName = id?.name ?? record.company?.name;
  if (id) out.identifier = { '@type': 'PropertyValue', ...(idName ? { name: idName } : {}), value: id.value };
  const remote = record.remote.policy === 'remote';
  // For a remote job, a bare country that is also an allowed region says where applicants live, not where an office is.
  const places = record.locations.filter((l) => !(remote && !l.city && l.country && record.remote.regions.includes(l.country))).map(toPlace);
  if (places.length) out.jobLocation = places;
  if (remote) {
    out.jobLocationType = 'TELECOMMUTE';
    const areas = record.remote.regions.filter((name) => !NO_AREA.has(name)).map((name) => ({ '@type': COUNTRY_CODES.has(name) ? ('Country' as const) : ('AdministrativeArea' as const), name }));
    if (areas.length) out.applicantLocationRequirements = areas;
  }
  if (record.employmentType.length) out.employmentType = record.employmentType.length === 1 ? record.employmentType[0]! : [...record.employmentType];
  const salary = record.salary.find((s) => s.currency && (s.min !== null || s.max !== null));
  if (salary) out.baseSalary = { '@type': 'MonetaryAmount', currency: salary.currency!, value: salaryValue(salary) };
  if (record.experienceYears) out.experienceRequirements = { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: record.experienceYears.min * 12 };
  if (record.skills.length) out.skills = record.skills.join(', ');
  // A section's paragraphs, then its items one a line.
  const sectionText = (kind: Posting['sections'][number]['kind']) => record.sections.filter((s) => s.kind === kind).flatMap((s) => [s.text, ...s.items]).filter((t) => t.trim()).join('\n');
  const responsibilities = sectionText('responsibilities');
  if (responsibilities) out.responsibilities = responsibilities;
  const qualifications = sectionText('requirements');
  if (qualifications) out.qualifications = qualifications;
  const benefits = sectionText('benefits');
  if (benefits) out.jobBenefits = benefits;
  const [email] = record.apply.emails;
  const [url] = record.apply.urls;
  if (email || url) {
    out.directApply = true;
    out.applicationContact = { '@type': 'ContactPoint', ...(email ? { email } : {}), ...(url ? { url } : {}) };
  }
  return out;
}

function toPlace(location: Posting['locations'][number]): PlaceLd {
  const address: PostalAddressLd = { '@type': 'PostalAddress' };
  if (location.city) address.addressLocality = location.city;
  if (location.region) address.addressRegion = location.region;
  if (location.country) address.addressCountry = location.country;
  // A place the gazetteer could not read keeps its words as the place's name, never as a street address.
  return Object.keys(address).length > 1 ? { '@type': 'Place', address } : { '@type': 'Place', name: location.text };
}

function salaryValue(salary: Salary): QuantitativeValueLd {
  const value: QuantitativeValueLd = { '@type': 'QuantitativeValue' };
  if (salary.min !== null && salary.max !== null && salary.min === salary.max) value.value = salary.min;
  else {
    if (salary.min !== null) value.minValue = salary.min;
    if (salary.max !== null) value.maxValue = salary.max;
  }
  if (salary.period) value.unitText = salary.period;
  return value;
}

