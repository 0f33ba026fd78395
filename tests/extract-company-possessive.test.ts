/**
 * Company from English possessives inside a sentence (#13): "streamlining Acme's manufacturing" on two
 * lines names the employer when nothing else does; once, it only adds to another reading. The rows
 * that must NOT give a value: a degree, a technology, a place, a person, a sentence's first word, a common
 * noun after a determiner ("the Trust's values"), a client ("We help Google's teams"), and a name stated
 * plainly elsewhere outranks it. Short inputs through the CLI in process.
 */
import { describeCompanyCases, type CompanyRow as Row } from './company-cases.js';

const rows: Row[] = [
  { name: 'two possessives inside sentences name the employer', company: 'Fernway', rule: 'body.possessive',
    input: '# Mechanical Design Intern\n\nYou will help in streamlining Fernway’s manufacturing pipelines.\n\n- Integrate the jig with Fernway\'s internal database.\n' },
  { name: 'one possessive alone is too weak', company: null,
    input: '# Mechanical Design Intern\n\nYou will help in streamlining Fernway’s manufacturing pipelines. Internship, 6 months.\n' },
  { name: 'one possessive adds to another reading of the same name', company: 'Fernway',
    input: '# Backend Engineer\n\nBuild the software behind Fernway’s live experience.\n\nFernway is a startup in Lisbon.\n' },
  { name: 'a plainly stated employer outranks possessives of another name', company: 'Brightwave',
    input: '# Backend Engineer\n\nBrightwave is hiring. You will integrate with Fernway’s billing and help with Fernway’s invoices.\n' },
  { name: 'a team named after the employer does not lengthen its name ("the Fernway Policy team")', company: 'Fernway',
    input: '# Policy Advisor\n\nFernway is hiring. Advisors form part of Fernway’s product teams.\n\n## Why join the Fernway Policy team?\n\nYou will learn a lot.\n' },
  { name: 'a degree is no name ("a Master’s degree")', company: null,
    input: '# Data Scientist\n\nYou hold a Master’s degree or a Bachelor’s degree.\nA Master’s in statistics is a plus, or a Bachelor’s with experience.\n' },
  { name: 'a technology is no name ("Python’s")', company: null,
    input: '# Backend Engineer\n\nYou know Python’s typing well.\nYou like Python’s asyncio.\n' },
  { name: 'a place is no name ("Europe’s")', company: null,
    input: '# Sales Manager\n\nYou will grow in Europe’s largest market.\nYou know Europe’s retailers.\n' },
  { name: 'a person is no employer ("Sarah’s team")', company: null,
    input: '# Product Designer\n\nYou will work in Sarah’s team of four.\nYou will report to the lead and learn from Sarah’s designs.\n' },
  { name: 'a sentence’s first word is no name ("It’s", "Let’s")', company: null,
    input: '# Backend Engineer\n\nIt’s a remote role. Let’s talk.\nWhat’s in it for you? Here’s the deal.\n' },
  // Review of session 15: after a determiner the noun is a common one; a client's name after "We help" never stands alone.
  ...[['the', 'Trust'], ['the', 'Bank'], ['the', 'Group'], ['this', 'University'], ['our', 'Fund']].map(([determiner, noun]): Row => ({
    name: `a determiner makes a common noun ("${determiner} ${noun}’s values")`, company: null,
    input: `# Nurse Manager\n\nYou will uphold ${determiner} ${noun}’s values.\nYou will follow ${determiner} ${noun}’s policies.\n`,
  })),
  { name: 'a client after "We help" is no employer, however often its possessive recurs', company: null,
    input: '# Backend Engineer\n\nWe help retailers and Google’s teams ship faster.\nLearn about Google’s culture and read Google’s blog.\n' },
  { name: 'a client after "clients such as" is no employer', company: null,
    input: '# Account Manager\n\nYou will look after clients such as Fernway’s stores.\nYou will visit Fernway’s offices.\n' },
  { name: 'a client’s possessive still adds to another reading of its name', company: 'Fernway',
    input: '# Backend Engineer\n\nWe work with Fernway’s teams every day.\n\nFernway is a startup in Lisbon.\n' },
];

describeCompanyCases('company: English possessives', rows);
