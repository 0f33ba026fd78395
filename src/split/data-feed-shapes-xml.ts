/**
 * XML job feeds, as their documentation gives them (split/data-xml.ts reads
 * the XML into data: an element of elements is a map, a repeated element or
 * one of `tables.ts` xmlItemElements a list; the root element's name is not a
 * key). One entry per feed, read by split/data-feeds.ts like the JSON feeds
 * of data-feed-shapes.ts. An XML list of jobs of no known shape (`<jobs><job>`
 * with `<title>`, `<company>`, `<location>`) is read by its keys as any data.
 */
import type { FeedShape } from './data-feed-shapes.js';

export const xmlFeedShapes: FeedShape[] = [
  {
    // <source><job>: partnerJobId, company, title, description, applyUrl, location, city, state, country, workplaceTypes, jobtype.
    system: 'LinkedIn Basic Jobs XML feed',
    source: 'https://learn.microsoft.com/en-us/linkedin/talent/job-postings/xml-feeds-development-guide',
    list: 'job',
    marks: ['partnerJobId', 'title', 'description'],
    fields: {
      title: ['title'], company: ['company'], location: ['location', ['city', 'state']], country: ['country'], apply_url: ['applyUrl'],
      employment_type: ['jobtype'], identifier: ['partnerJobId'],
    },
    remote: [{ path: 'workplaceTypes' }],
    description: ['description'],
  },
  {
    // <source><publisher/><job>: title, date (RFC 822), referencenumber, url, company, city, state, country, email, description, jobtype, salary.
    system: 'Indeed XML job feed',
    source: 'Indeed\'s basic XML feed, as gist.github.com/hieu-v/0b390d57d69d9b41be577e757f4efbb6 writes one',
    list: 'job',
    marks: ['title', 'referencenumber', 'url'],
    fields: {
      title: ['title'], company: ['company'], location: [['city', 'state', 'country']], country: ['country'], date: ['date'], apply_url: ['url'],
      apply_email: ['email'], employment_type: ['jobtype'], identifier: ['referencenumber'],
    },
    description: ['description'],
  },
  {
    // <workzag-jobs><position>: id, subcompany, office, name, jobDescriptions/jobDescription {name, value}, schedule, createdAt.
    // `employmentType` (permanent, intern, trainee, freelance) is read after `schedule` (full-time, part-time); `seniority`
    // ("experienced") is Personio's own scale, left to the title.
    system: 'Personio XML feed',
    source: 'https://developer.personio.de/docs/integration-of-open-positions (and dev.to/dododata on its feed)',
    list: 'position',
    marks: ['id', 'name', 'jobDescriptions'],
    fields: {
      title: ['name'], company: ['subcompany'], location: ['office'], date: ['createdAt'], employment_type: ['schedule', 'employmentType'],
      identifier: ['id'],
    },
    description: [],
    sections: [{ path: 'jobDescriptions.jobDescription', titled: { heading: 'name', content: 'value' } }],
  },
  {
    // <jobs><job>: reference, title, company, company_id, description_requirements, city, state, country, postal_code, remote, hybrid, on_site.
    system: 'Recruitee XML job board feed',
    source: 'https://docs.recruitee.com/docs/feed',
    list: 'job',
    marks: ['reference', 'company_id', 'title'],
    fields: { title: ['title'], company: ['company'], location: [['city', 'state']], country: ['country'], identifier: ['reference'] },
    remote: [{ path: 'remote', policy: 'remote' }, { path: 'hybrid', policy: 'hybrid' }, { path: 'on_site', policy: 'onsite' }],
    description: ['description_requirements', 'description'],
  },
  {
    // <feed><postings><posting>: id, job_title, description, url, company_name, job_locations/job_location {city, country}.
    system: 'XING job feed',
    source: 'https://dev.xing.com/partners/job_integration/feed_docs',
    list: 'postings.posting',
    marks: ['job_title', 'company_name', 'description'],
    fields: {
      title: ['job_title'], company: ['company_name'], location: [['job_locations.job_location.0.city']], country: ['job_locations.job_location.0.country'],
      apply_url: ['url'], identifier: ['id'],
    },
    description: ['description'],
  },
];
