/**
 * Company from an address's domain that spells the initials of a name the text writes (#13): "vacature@vdlp.nl"
 * beside "Van der Let & Partners", "jointts@gsa.gov" beside "General Services Administration". Rows that must
 * NOT give a value: a role spelled by the domain, a name that goes on past the letters, a two-letter domain,
 * a lower-case phrase. Short inputs through the CLI in process.
 */
import { describeCompanyCases, type CompanyRow as Row } from './company-cases.js';

const rows: Row[] = [
  { name: 'nl: a domain spelling a name with a particle and "&"', company: 'Van der Let & Partners', rule: 'domain.acronym',
    input: '# Software Engineer\n\nJe werkt binnen Van der Let & Partners aan webapplicaties.\n\nMail je sollicitatie naar vacature@vdlp.nl.\n' },
  { name: 'en: a government agency\'s initials', company: 'General Services Administration', rule: 'domain.acronym',
    input: '# Recruiter\n\nYou will hire for the General Services Administration in Washington.\n\nWrite to jointts@gsa.gov.\n' },
  { name: 'a role the domain spells is no company', company: null,
    input: '# Senior Data Engineer\n\nAs Senior Data Engineer you will build pipelines.\n\nWrite to jobs@sde.io.\n' },
  { name: 'a name that goes on past the letters is not the one spelled', company: null,
    input: '# Recruiter\n\nYou will work for the General Services Administration Office of Hiring.\n\nWrite to jobs@gsa.gov.\n' },
  { name: 'a two-letter domain spells nothing', company: null,
    input: '# Backend Engineer\n\nYou will build the Acme Bank apps.\n\nWrite to jobs@ab.se.\n' },
  { name: 'a lower-case phrase spells nothing', company: null,
    input: '# Backend Engineer\n\nYou will build data pipelines every day.\n\nWrite to jobs@dpe.io.\n' },
];

describeCompanyCases('company: a domain that spells a name\'s initials', rows);
