/**
 * Company: more general shapes and language facts, on synthetic postings run
 * through the CLI. Each row states the company chosen (null: none) and, where
 * it matters, the rule; every row fails without the rule it names (the rows
 * with no company guard the new rules' limits).
 */
import { describeCompanyCases, type CompanyRow as Row } from './company-cases.js';

const posting = (body: string, title = 'Backend Developer'): string => `# ${title}\n\n${body}\n\nRequirements: Python, three years.\n`;
const frontmatter = (key: string, value: string): string => `---\n${key}: ${value}\n---\n# Backend Developer\n\nYou will build services.\n`;

const rows: Row[] = [
  // Every language's company label is a front-matter key too.
  { name: 'a "hiring_organization" key', company: 'Nordlicht GmbH', rule: 'frontmatter.hiring_organization', input: frontmatter('hiring_organization', 'Nordlicht GmbH') },
  { name: 'es: an "empresa" key', company: 'Nordlicht', rule: 'frontmatter.empresa', input: frontmatter('empresa', 'Nordlicht') },
  { name: 'de: a "Firma" key, any case', company: 'Nordlicht', rule: 'frontmatter.firma', input: frontmatter('Firma', 'Nordlicht') },
  { name: 'ja: a "会社名" key', company: 'ノルドリヒト株式会社', rule: 'frontmatter.会社名', input: frontmatter('会社名', 'ノルドリヒト株式会社') },
  // "We are X, a …" in more languages; a capitalised name only.
  { name: 'es: "Somos X, una …"', company: 'Nordlicht', rule: 'body.we-are', input: posting('Somos Nordlicht, una startup de software.') },
  { name: 'it: "Siamo X, una …"', company: 'Nordlicht', rule: 'body.we-are', input: posting('Siamo Nordlicht, una startup di Milano.') },
  { name: 'en: "We are excited, a …" names no one', company: null, input: posting('We are excited, a new role is open.') },
  // An aside in brackets, and a noun phrase set off by commas, between the name and its verb.
  { name: 'en: "X (x.io) is a … startup"', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht (nordlicht.io) is a farm software startup.') },
  { name: 'en: "X (YC W21) is hiring"', company: 'Nordlicht', rule: 'body.is-hiring', input: posting('Nordlicht (YC W21) is hiring.') },
  { name: 'en: "X, a … startup, is looking for"', company: 'Nordlicht', rule: 'body.is-hiring', input: posting('Nordlicht, a farm software startup in Lyon, is looking for an engineer.') },
  { name: 'de: "X, eine Agentur aus Berlin, sucht"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht, eine Agentur aus Berlin, sucht Verstärkung.') },
  // The subject of the first sentence under an "About us" heading.
  { name: 'en: "## About us" / "X builds …"', company: 'Nordlicht', rule: 'section.about-subject', input: posting('## About us\n\nNordlicht builds farm software used by 40k farmers.\n\nAt work you will use the Nordlicht API.') },
  { name: 'de: "## Über uns" / "Die X GmbH entwickelt …"', company: 'Nordlicht GmbH', rule: 'section.about-subject', input: posting('## Über uns\n\nDie Nordlicht GmbH entwickelt Software für Landwirte.\n\nDu arbeitest an der Nordlicht GmbH App.') },
  { name: 'fr: "## Qui sommes-nous ?" / "X développe …"', company: 'Nordlicht', rule: 'section.about-subject', input: posting('## Qui sommes-nous ?\n\nNordlicht développe des logiciels agricoles.\n\nVous travaillerez sur les outils Nordlicht.') },
  { name: 'en: "Founded in 2019, we …" under "About us" names no one', company: null, input: posting('## About us\n\nFounded in 2019, we build farm software.') },
  { name: 'en: a place opening the about section is no company', company: null, input: posting('## About us\n\nBerlin is where our office is.') },
  // Alone, the subject is weak: a capitalised noun opens such sentences too (review of session 11).
  { name: 'en: "Climate change is …" under "About us" names no one', company: null, input: posting('## About us\n\nClimate change is the defining problem of our time.') },
  { name: 'de: "Die Energiewende braucht …" under "Über uns" names no one', company: null, input: posting('## Über uns\n\nDie Energiewende braucht gute Software.') },
  { name: 'en: a place before an apposition and "is growing" is no company', company: null, input: posting('Berlin, the capital of startups, is growing fast and so are we.') },
  // "We are" before a name with a legal form is not part of it; a link in brackets after a name is its address.
  { name: 'cs: "Jsme X s.r.o., …"', company: 'Nordlicht s.r.o.', rule: 'text.legal-form', input: posting('Chcete něco nového? Jsme Nordlicht s.r.o., internetová společnost z Brna.') },
  { name: 'en: "X (https://x.io) | Role | REMOTE"', company: 'Nordlicht', input: '# Who is hiring\n\nNordlicht (https://nordlicht.io) | Backend Developer | REMOTE\n\nWe build farm software.\n' },
  // A line under the title that is a section heading or a contract tag names no employer.
  { name: 'fr: "## Votre mission" under the title', company: null, input: '# Ingénieur front-end à Lyon\n\n## Votre mission\n\nVous serez chargé du navigateur.\n' },
  { name: 'pl: a contract tag "Staż" under the title', company: null, input: '# Stażysta Python\n\nStaż\n\nZdalnie. Wymagania: Python.\n' },
  // A team named for its employer; a department's team names no one.
  { name: 'en: "join the X team"', company: 'Nordlicht', rule: 'body.x-team', input: posting('You will join the Nordlicht team in Lyon.') },
  { name: 'sv/en: "the devoted X-team"', company: 'Just Arrived', rule: 'body.x-team', input: posting('#### Come join the devoted Just Arrived-team\n\nYou will sell.', 'Account Manager') },
  { name: 'de: "unserem X-Team"', company: 'Nordlicht', rule: 'body.x-team', input: posting('Werde Teil von unserem Nordlicht-Team!', 'Backend-Entwickler') },
  { name: 'en: "the Engineering team" is a department', company: null, input: posting('Join the Engineering team to build things.') },
  { name: 'en: "the design and UX team" is a department', company: null, input: posting('Work with the design and UX team on usable pages.') },
  // A careers page's front-matter title names the employer beside the careers word.
  { name: 'front matter "title: X - Careers"', company: 'Nordlicht', rule: 'frontmatter.title-careers', input: '---\ntitle: Nordlicht - Careers\n---\n\n# Art Director\n\nWe are looking for an Art Director to join us.\n' },
  // Traditional Chinese forms beside the Simplified ones.
  { name: 'zh-Hant: "X 誠聘"', company: 'Nordlicht', rule: 'body.cjk-hiring', input: posting('Nordlicht 誠聘後端工程師。', '後端工程師') },
  { name: 'zh-Hant: a legal form "有限責任公司"', company: '北光科技有限責任公司', input: posting('北光科技有限責任公司誠聘工程師。', '後端工程師') },
];

describeCompanyCases('company: more shapes and languages', rows);
