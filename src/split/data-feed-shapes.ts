/**
 * The public job feeds of applicant-tracking systems and job boards, as their
 * own documentation gives them: how a feed is known by its keys, and where
 * each field of a posting sits. A feed's shape is public and stable, so a
 * posting it holds is read by path, not guessed by key name (split/data-feeds.ts
 * reads them; a file of no known shape goes through split/data.ts as before).
 * A new system is one entry. A path is dotted ("categories.commitment"); "^"
 * before it starts at the file's root (the board's own name beside its jobs);
 * a list of paths in a list is joined as the parts of one value ("city, region,
 * country"). A field an entry does not name is read as any data item's.
 * Fields the documentation leaves unsure are left out.
 */

import { xmlFeedShapes } from './data-feed-shapes-xml.js';

/** The fields a feed states, under the data item's field names (split/tables.ts dataFields). */
export type FeedField = 'title' | 'company' | 'location' | 'country' | 'date' | 'apply_url' | 'apply_email' | 'employment_type' | 'remote' | 'seniority' | 'identifier';

/** A field's value: the first path that holds one, or a list of paths whose values are joined as one. */
export type FeedPath = string | string[];

/** Pay as the feed states it: an object's keys (or one component of a list of them, by its type). */
export interface FeedSalary {
  path: string;
  min: string;
  max: string;
  currency?: string[];
  period?: string[];
  /** A list of pay components, each with a type: the one of this type ("Salary", not "EquityPercentage"). */
  component?: { list: string; typeKey: string; type: string };
}

export interface FeedShape {
  system: string;
  /** Where the field names were read. */
  source: string;
  /** The path of the list of postings from the file's root ("" when the root is the list). */
  list: string;
  /** Keys every posting of the feed holds ("key=value": that value too); a list is the feed's when most of its maps hold them all. */
  marks: string[];
  /**
   * A feed whose items are postings only in a thread of this title ("Who is hiring?"): the title's path from an item ("^" from
   * the root). A thread of another title (a Show HN, "Who wants to be hired?") holds none; one that states no title is not the feed's.
   */
  thread?: { path: string; title: RegExp };
  fields: Partial<Record<FeedField, FeedPath[]>>;
  /** The remote policy the feed states: a flag that is true (`policy`), or a value read as a workplace type. */
  remote?: Array<{ path: string; policy?: 'remote' | 'hybrid' | 'onsite' }>;
  /** A board of remote jobs only: every posting on it is remote. */
  allRemote?: boolean;
  salary?: FeedSalary;
  /** The description: the first path that holds text (HTML before plain text). */
  description: string[];
  /** Parts after the description: a heading and a path, or a list of {heading key, content key} maps. */
  sections?: Array<{ path: string; heading?: string; titled?: { heading: string; content: string } }>;
}

/** The title of a Hacker News hiring thread ("Ask HN: Who is hiring? (February 2026)"); "Who wants to be hired?" is job seekers'. */
const HIRING_THREAD = /\bwho(?:\s+is|'s|\u2019s)\s+hiring\b/i;

export const feedShapes: FeedShape[] = [
  {
    system: 'Greenhouse Job Board API',
    source: 'https://developers.greenhouse.io/job-board.html',
    list: 'jobs',
    marks: ['absolute_url', 'internal_job_id', 'title'],
    fields: { title: ['title'], location: ['location.name'], date: ['updated_at'], apply_url: ['absolute_url'], identifier: ['requisition_id'] },
    // `content` is HTML escaped as entities ("&lt;p&gt;"): decoded once (data-feeds.ts).
    description: ['content'],
  },
  {
    system: 'Lever Postings API',
    source: 'https://github.com/lever/postings-api/blob/master/README.md',
    list: '',
    marks: ['text', 'categories', 'hostedUrl'],
    fields: {
      title: ['text'], location: ['categories.location', 'categories.allLocations'], country: ['country'], date: ['createdAt'],
      apply_url: ['applyUrl', 'hostedUrl'], employment_type: ['categories.commitment'],
    },
    remote: [{ path: 'workplaceType' }],
    salary: { path: 'salaryRange', min: 'min', max: 'max', currency: ['currency'], period: ['interval'] },
    description: ['description', 'descriptionPlain'],
    sections: [{ path: 'lists', titled: { heading: 'text', content: 'content' } }, { path: 'additional' }],
  },
  {
    system: 'Ashby Job Postings API',
    source: 'https://developers.ashbyhq.com/docs/public-job-posting-api',
    list: 'jobs',
    marks: ['title', 'jobUrl', 'applyUrl'],
    fields: {
      title: ['title'], location: ['location'], country: ['address.postalAddress.addressCountry'], date: ['publishedAt'],
      apply_url: ['applyUrl', 'jobUrl'], employment_type: ['employmentType'],
    },
    remote: [{ path: 'isRemote', policy: 'remote' }, { path: 'workplaceType' }],
    salary: { path: 'compensation', min: 'minValue', max: 'maxValue', currency: ['currencyCode'], period: ['interval'], component: { list: 'compensationTiers.0.components', typeKey: 'compensationType', type: 'Salary' } },
    description: ['descriptionHtml', 'descriptionPlain'],
  },
  {
    // The careers-page widget (`name` and `jobs` at the root) and API v3 (`location` an object) write the same job keys.
    system: 'Workable',
    source: 'https://workable.readme.io/reference/jobs',
    list: 'jobs',
    marks: ['title', 'shortcode', 'application_url'],
    fields: {
      title: ['title'], company: ['^name'], location: ['location.location_str', ['city', 'state', 'country'], ['location.city', 'location.region', 'location.country']],
      country: ['location.country_code', 'country'], date: ['published_on', 'created_at'], apply_url: ['application_url', 'url'], employment_type: ['employment_type'],
    },
    remote: [{ path: 'telecommuting', policy: 'remote' }, { path: 'location.telecommuting', policy: 'remote' }],
    description: ['full_description', 'description'],
    sections: [{ path: 'requirements', heading: 'Requirements' }, { path: 'benefits', heading: 'Benefits' }],
  },
  {
    system: 'Recruitee Careers Site API',
    source: 'https://dev.to/earnnovadev/the-recruitee-careers-api-a-no-auth-endpoint-with-100-structured-salary-data-1af5',
    list: 'offers',
    marks: ['title', 'careers_url', 'careers_apply_url'],
    fields: {
      title: ['title'], company: ['company_name'], location: ['location', ['city', 'country']], country: ['country_code'], date: ['published_at'],
      apply_url: ['careers_apply_url', 'careers_url'], employment_type: ['employment_type_code'],
    },
    remote: [{ path: 'remote', policy: 'remote' }, { path: 'hybrid', policy: 'hybrid' }, { path: 'on_site', policy: 'onsite' }],
    salary: { path: 'salary', min: 'min', max: 'max', currency: ['currency'], period: ['period'] },
    description: ['description'],
    sections: [{ path: 'requirements', heading: 'Requirements' }],
  },
  {
    system: 'SmartRecruiters Posting API',
    source: 'https://dev.to/dododata/reading-smartrecruiters-job-boards-through-the-public-posting-api-six-things-that-will-trip-your-5afb',
    list: 'content',
    // `name`, `releasedDate` and `refNumber` are a product's keys too (review28a): the company and location every posting has are marks.
    marks: ['name', 'releasedDate', 'refNumber', 'company.name', 'location'],
    fields: {
      title: ['name'], company: ['company.name'], location: [['location.city', 'location.region']], country: ['location.country'], date: ['releasedDate'],
      // `ref` is the API's own address, no page of the job's: never where to apply.
      // `experienceLevel` is LinkedIn's scale ("Mid-Senior Level", "Associate", "Not Applicable"): no level of the record's, left to the title.
      apply_url: ['applyUrl', 'postingUrl'], employment_type: ['typeOfEmployment.label'], identifier: ['refNumber'],
    },
    remote: [{ path: 'location.remote', policy: 'remote' }],
    description: ['jobAd.sections.jobDescription.text'],
    sections: [
      { path: 'jobAd.sections.companyDescription.text', heading: 'Company' },
      { path: 'jobAd.sections.qualifications.text', heading: 'Qualifications' },
      { path: 'jobAd.sections.additionalInformation.text', heading: 'Additional information' },
    ],
  },
  {
    // JSON:API: each job's fields under `attributes`. Its documentation could not be read here: only the title and the
    // body are read (`remote-status`, the links and the dates are left out until confirmed).
    system: 'Teamtailor API',
    source: 'https://docs.teamtailor.com/ (not read; the JSON:API shape of a job)',
    list: 'data',
    marks: ['type=jobs', 'attributes.title'],
    fields: { title: ['attributes.title'] },
    description: ['attributes.body'],
  },
  {
    // A vacancy (GET /vacancies/{id}) or a search's `items`; `url` is the API's own address, `alternate_url` the page.
    system: 'HeadHunter (hh.ru) API',
    source: 'https://github.com/hhru/api/blob/master/docs/vacancies.md',
    list: 'items',
    marks: ['name', 'alternate_url', 'employer.name'],
    fields: {
      title: ['name'], company: ['employer.name'], location: ['area.name', 'address.city'], date: ['published_at', 'created_at'],
      apply_url: ['response_url', 'apply_alternate_url', 'alternate_url'], apply_email: ['contacts.email'], employment_type: ['employment.id'],
    },
    // schedule.id "remote" (the dictionary's other schedules, "fullDay", "shift", name no workplace).
    remote: [{ path: 'schedule.id' }],
    salary: { path: 'salary', min: 'from', max: 'to', currency: ['currency'] },
    description: ['description', 'branded_description'],
    sections: [{ path: 'snippet.responsibility', heading: 'Responsibilities' }, { path: 'snippet.requirement', heading: 'Requirements' }],
  },
  {
    // A "Who is hiring?" thread (GET /api/v1/items/{id}): its top-level comments are the postings, each an HTML text whose first
    // line is its header ("Acme | Backend Engineer | Berlin | ONSITE"); replies sit deeper and are not read. A deleted comment has no text.
    system: 'Hacker News items (Algolia API)',
    source: 'https://hn.algolia.com/api',
    list: 'children',
    marks: ['type=comment', 'text', 'parent_id'],
    thread: { path: '^title', title: HIRING_THREAD },
    // The comment's `type` is no contract.
    fields: { date: ['created_at'], employment_type: [] },
    description: ['text'],
  },
  {
    // The same comments found by a search (GET /api/v1/search?tags=comment,story_{id}).
    system: 'Hacker News search (Algolia API)',
    source: 'https://hn.algolia.com/api',
    list: 'hits',
    marks: ['comment_text', 'story_id', 'objectID'],
    thread: { path: 'story_title', title: HIRING_THREAD },
    fields: { date: ['created_at'] },
    description: ['comment_text'],
  },
  {
    system: 'Remotive remote jobs API',
    source: 'https://remotive.com/api/remote-jobs (fields as apify.com/snappytools/remotive-jobs-scraper lists them)',
    list: 'jobs',
    marks: ['title', 'company_name', 'candidate_required_location', 'publication_date'],
    fields: {
      title: ['title'], company: ['company_name'], location: ['candidate_required_location'], date: ['publication_date'], apply_url: ['url'],
      employment_type: ['job_type'],
    },
    allRemote: true,
    description: ['description'],
  },
  {
    // The first item is the feed's legal notice: no posting (it holds none of the marks).
    system: 'Remote OK API',
    source: 'https://remoteok.com/api (fields as github.com/cffrank/jobmatchAI docs/REMOTEOK_API_INTEGRATION.md reads them)',
    list: '',
    marks: ['position', 'company', 'epoch'],
    fields: { title: ['position'], company: ['company'], location: ['location'], date: ['epoch', 'date'], apply_url: ['apply_url', 'url'] },
    allRemote: true,
    salary: { path: '', min: 'salary_min', max: 'salary_max' },
    description: ['description'],
  },
  {
    system: 'Arbeitnow job board API',
    source: 'https://www.arbeitnow.com/api/job-board-api (fields as its clients type them: github.com/charafeddine-Web/JobFinder)',
    list: 'data',
    marks: ['slug', 'company_name', 'title', 'job_types'],
    fields: { title: ['title'], company: ['company_name'], location: ['location'], date: ['created_at'], apply_url: ['url'], employment_type: ['job_types'] },
    remote: [{ path: 'remote', policy: 'remote' }],
    description: ['description'],
  },
  {
    system: 'Himalayas jobs API',
    source: 'https://himalayas.app/jobs/api (fields as apify.com/webdatatools/himalayas-jobs-scraper lists them)',
    list: 'jobs',
    marks: ['title', 'companyName', 'applicationLink', 'pubDate'],
    fields: {
      title: ['title'], company: ['companyName'], location: ['locationRestrictions'], date: ['pubDate'], apply_url: ['applicationLink', 'guid'],
      // `seniority` is a list of the levels a job is open to ("Entry-level", "Mid-level", "Senior"): no one level, left to the title.
      employment_type: ['employmentType'],
    },
    allRemote: true,
    salary: { path: '', min: 'minSalary', max: 'maxSalary', currency: ['currency', 'salaryCurrency'], period: ['salaryPeriod'] },
    description: ['description'],
  },
  {
    system: 'Jobicy remote jobs API',
    source: 'https://jobicy.com/api/v2/remote-jobs (fields as apify.com/usefulapi/jobicy-remote-jobs-scraper and its clients read them)',
    list: 'jobs',
    marks: ['jobTitle', 'companyName', 'jobGeo'],
    fields: {
      title: ['jobTitle'], company: ['companyName'], location: ['jobGeo'], date: ['pubDate'], apply_url: ['url'], employment_type: ['jobType'], seniority: ['jobLevel'],
    },
    allRemote: true,
    // The figures' key says the period: a year.
    salary: { path: '', min: 'annualSalaryMin', max: 'annualSalaryMax', currency: ['salaryCurrency'], period: ['=year'] },
    description: ['jobDescription', 'jobExcerpt'],
  },
  // Indeed's, LinkedIn's, Personio's, Recruitee's and XING's XML feeds (split/data-xml.ts reads the XML).
  ...xmlFeedShapes,
];

/**
 * Employment codes of the feeds (compared lower-cased, letters only: "FullTime", "full_time", "fulltime_permanent")
 * -> the record's employment type. A code whose first words are one of these is read as it (Recruitee's "fulltime_fixed_term");
 * a word that only begins with one is not ("Internal Transfer", "Partner").
 */
export const feedEmploymentCodes: Array<[string, string]> = [
  ['fulltime', 'FULL_TIME'], ['parttime', 'PART_TIME'], ['contractor', 'CONTRACTOR'], ['contract', 'CONTRACTOR'], ['freelance', 'CONTRACTOR'],
  ['temporary', 'TEMPORARY'], ['internship', 'INTERN'], ['intern', 'INTERN'], ['traineeship', 'INTERN'], ['volunteer', 'VOLUNTEER'],
  ['perdiem', 'PER_DIEM'],
  // hh.ru's employment dictionary: full, part, project, volunteer, probation (an internship).
  ['full', 'FULL_TIME'], ['part', 'PART_TIME'], ['project', 'CONTRACTOR'], ['probation', 'INTERN'],
];

/** Currency codes of the feeds that ISO 4217 no longer writes: hh.ru's dictionary keeps the rouble's pre-1998 "RUR". */
export const feedCurrencyCodes: Record<string, string> = { RUR: 'RUB' };

/** Words of a pay period inside a feed's interval ("per-year-salary", "1 YEAR", "month", "annual") -> the record's period. */
export const feedPeriodWords: Array<[RegExp, string]> = [
  [/\b(?:year|yearly|annual|annually)\b/i, 'year'], [/\bmonth/i, 'month'], [/\bweek/i, 'week'], [/\bday|\bdaily/i, 'day'], [/\bhour/i, 'hour'],
];
