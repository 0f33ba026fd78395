/**
 * Company from an address's domain that spells the initials of a name the text writes (#13): "vacature@vdlp.nl"
 * beside "Van der Let & Partners", "jointts@gsa.gov" beside "General Services Administration". Rows that must
 * NOT give a value: a role spelled by the domain, a name that goes on past the letters, a two-letter domain,
 * a lower-case phrase, a name opening with a function word, a sentence's first words capitalised only there.
 * Short inputs through the CLI in process.
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
  { name: 'en: a name spelled inside a sentence ("Tata Consultancy Services", tcs.com)', company: 'Tata Consultancy Services', rule: 'domain.acronym',
    input: '# Engineer\n\nYou will work for Tata Consultancy Services in Pune.\n\nWrite to careers@tcs.com.\n' },
  { name: 'en: a sentence’s capitalised article is no part of the name ("The General Services Administration")', company: 'General Services Administration',
    rule: 'domain.acronym', input: '# Recruiter\n\nThe General Services Administration hires recruiters.\n\nWrite to jointts@gsa.gov.\n' },
  { name: 'a name opening a sentence counts where the text writes its first word capitalised inside a sentence too', company: 'Tata Consultancy Services',
    rule: 'domain.acronym', input: '# Engineer\n\nTata Consultancy Services hires in Pune.\n\nYou will meet the Tata teams. Write to careers@tcs.com.\n' },
  // Review of session 15: a function word opens no name; a sentence's first word is capitalised anyway.
  { name: 'a function word opens no name ("We work In Berlin Mostly")', company: null,
    input: '# Backend Engineer\n\nApply: jobs@ibm.com\n\nWe work In Berlin Mostly.\n' },
  { name: 'de: a function word opens no name ("Wir arbeiten Im Büro München")', company: null,
    input: '# Entwickler\n\nBewerbung an jobs@ibm.de\n\nWir arbeiten Im Büro München.\n' },
  { name: 'a sentence’s first words written with capitals only there spell nothing', company: null,
    input: '# Backend Engineer\n\nInterns Build Magic every day.\n\nWrite to careers@ibm.com.\n' },
];

describeCompanyCases('company: a domain that spells a name\'s initials', rows);
