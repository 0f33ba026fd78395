/** A record as a schema.org JobPosting (Google's job posting structured data). */
import type { Posting } from '../schema/posting.js';

export function toJobPosting(record: Posting): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: 'postings', value: record.id },
  };
  if (record.title) out.title = record.title;
  out.description = record.description.text;
  if (record.datePosted) out.datePosted = record.datePosted;
  if (record.company) {
    out.hiringOrganization = { '@type': 'Organization', name: record.company.name, ...(record.company.url ? { sameAs: record.company.url } : {}) };
  }
  if (record.remote.policy === 'remote') {
    out.jobLocationType = 'TELECOMMUTE';
    if (record.remote.regions.length) {
      out.applicantLocationRequirements = record.remote.regions.map((name) => ({ '@type': /^[A-Z]{2}$/.test(name) ? 'Country' : 'AdministrativeArea', name }));
    }
  }
  if (record.locations.length) {
    out.jobLocation = record.locations.map((location) => ({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(location.city ? { addressLocality: location.city } : {}),
        ...(location.region ? { addressRegion: location.region } : {}),
        ...(location.country ? { addressCountry: location.country } : {}),
        ...(!location.city && !location.country ? { streetAddress: location.text } : {}),
      },
    }));
  }
  if (record.employmentType.length) out.employmentType = record.employmentType.length === 1 ? record.employmentType[0] : record.employmentType;
  const salary = record.salary.find((s) => s.currency && (s.min !== null || s.max !== null));
  if (salary) {
    const value: Record<string, unknown> = { '@type': 'QuantitativeValue' };
    if (salary.min !== null && salary.max !== null && salary.min !== salary.max) {
      value.minValue = salary.min;
      value.maxValue = salary.max;
    } else value.value = salary.min ?? salary.max;
    if (salary.period) value.unitText = salary.period;
    out.baseSalary = { '@type': 'MonetaryAmount', currency: salary.currency, value };
  }
  if (record.experienceYears) {
    out.experienceRequirements = { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: record.experienceYears.min * 12 };
  }
  if (record.skills.length) out.skills = record.skills.join(', ');
  const url = record.apply.urls[0];
  if (url) out.url = url;
  if (record.language && record.language !== 'und') out.inLanguage = record.language;
  return out;
}
