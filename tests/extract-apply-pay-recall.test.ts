/**
 * Apply addresses, pay and seniority that a posting states and session 22 found left empty or half read (#13),
 * through the CLI in process, each with rows that must hold and rows that must not:
 * - an address offered for applying in one sentence and for questions in the next is an apply address;
 *   one offered for questions alone ("Questions? Email …", "Für Fragen …", a question anywhere before it in its paragraph) is none;
 * - an address in a section headed for applying ("## Bewerbung", "## How to apply", "## Application" alone; not the posting's own
 *   h1, nor "## Applications we build") is one;
 * - de pay periods as written after a figure ("25€/Stunde", "13,90 € / Stunde", "15 € je Std.");
 * - a floor and then a ceiling with only a connector between them are one range (pt "A partir de … podendo chegar a …",
 *   de "ab … bis zu …"); a floor and a bonus's ceiling a clause apart are not;
 * - de "auf 538 Euro-Basis" is the Minijob ceiling, no pay; nor is a perk's sum a month or a year (Sachbezug, Jobticket, Fortbildungsbudget);
 * - zh 主管 (supervisor) in a title is a manager.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

const posting = (body: string, title = 'Embedded Software Engineer'): string => `# ${title}\n\nAcme Audio is a small company in London.\n\n${body}\n`;

describe('an address offered for applying, and for questions', () => {
  it.each([
    { name: 'to apply in one sentence, for questions in the next (one line)', expected: ['info@acme-audio.io'],
      input: posting('## Apply now!\n\n**To apply, please send a CV and a cover letter to info@acme-audio.io. Please also direct any questions on the position to info@acme-audio.io.**') },
    { name: 'a question before the sentence that gives the address: none', expected: [],
      input: posting('Apply through our careers portal with your CV.\nQuestions? Email hi@acme-audio.io and we reply within a day.') },
    { name: 'a question earlier in the paragraph, a sentence between it and the address: none', expected: [],
      input: posting('Apply with the form at https://acme-audio.io/jobs/1.\n\n## Questions\n\nAny questions about the role? We are happy to help. Reach us at hello@acme-audio.io.') },
    { name: 'a question earlier, then a sentence that says to apply to the address: taken', expected: ['hello@acme-audio.io'],
      input: posting('## How to apply\n\nAny questions? Call Anna on 030 1234. To apply, send your CV and cover letter to hello@acme-audio.io.') },
    { name: 'de: "Noch Fragen?" earlier, then "Deine Bewerbung schickst du an …": taken', expected: ['hallo@acme-audio.de'],
      input: posting('Noch Fragen? Ruf Anna an. Deine Bewerbung schickst du an hallo@acme-audio.de.') },
    { name: 'de: "Für Fragen" under the application section: none', expected: [],
      input: posting('## Bewerbung\n\nBewerbungen bitte über unser Portal.\n\nFür Fragen steht der Vorstand gerne unter vorstand@acme-audio.de zur Verfügung.') },
    { name: 'de: an address in the section headed "Bewerbung", its sentence without apply words', expected: ['anna.berg@acme-audio.de'],
      input: posting('## Bewerbung\n\nWir freuen uns auf dich.\n\nUnterlagen (Zeugnisse, Nachweise, Referenzen) bitte bis zum 30. Juni 2025 gesammelt als PDF an anna.berg@acme-audio.de.') },
    { name: 'an address in the section headed "Application" alone', expected: ['anna.berg@acme-audio.io'],
      input: posting('## Application\n\nWe look forward to hearing about you.\n\nYour documents as one PDF, please, to anna.berg@acme-audio.io.') },
    { name: 'a heading that names software ("Applications we build") is no apply section: none', expected: [],
      input: posting('## Applications we build\n\nWe run billing and CRM tools for 200 shops.\n\nAll our services are maintained by the platform team (platform@acme-audio.io).') },
    { name: 'the posting\'s own heading is no apply section ("# Application Engineer"): none', expected: [],
      input: '# Application Engineer\n\nAcme Audio in London.\n\nOur founder (anna@acme-audio.io) started the company in 2015 and still writes code every day.\n' },
    { name: 'a privacy address in the apply section: none', expected: [],
      input: posting('## Bewerbung\n\nWir freuen uns auf dich.\n\nHinweise zum Datenschutz: datenschutz@acme-audio.de verarbeitet Ihre Daten gemäß DSGVO.') },
  ])('$name', async ({ input, expected }) => {
    expect((await recordOf(input)).apply.emails).toEqual(expected);
  });
});

// review29d: the ask to apply is often on the line above the address or in its heading, and EU postings put a consent clause
// inside the apply sentence; a data-protection contact stays out.
describe('an address the posting asks to apply to, whatever its mailbox or the consent clause beside it', () => {
  it.each([
    { name: 'de: "Bitte sende deinen Lebenslauf an:" above a sales mailbox', expected: ['sales@acme.example'],
      input: posting('## Bewerbung\nBitte sende deinen Lebenslauf an:\n\nsales@acme.example', 'Sales Manager (m/w/d)') },
    { name: 'an apply heading over "Email: marketing@"', expected: ['marketing@globex.example'],
      input: posting('## How to apply\nEmail: marketing@globex.example', 'Marketing Coordinator') },
    { name: 'es: sales@ beside ventas@ under "Interesados enviar CV a"', expected: ['ventas@acme.example', 'sales@acme.example'],
      input: posting('Interesados enviar CV a\nventas@acme.example o a sales@acme.example', 'Ejecutivo de Ventas') },
    { name: 'en: "Send your CV and a signed GDPR consent to:"', expected: ['anna.smith@initech.example'],
      input: posting('## How to apply\nSend your CV and a signed GDPR consent to:\nanna.smith@initech.example') },
    { name: 'de: "Bewerbungen (Hinweise zum Datenschutz unter …) bitte an:"', expected: ['m.mueller@muster.example'],
      input: posting('Bewerbungen (Hinweise zum Datenschutz unter muster.example/datenschutz) bitte an:\nm.mueller@muster.example') },
    { name: 'pl: "CV wraz ze zgodą na przetwarzanie danych (ochrona danych osobowych – RODO) prosimy przesyłać na:"', expected: ['a.nowak@nowak.example'],
      input: posting('CV wraz ze zgodą na przetwarzanie danych (ochrona danych osobowych – RODO) prosimy przesyłać na:\na.nowak@nowak.example', 'Księgowa') },
    { name: 'pl: the data-protection contact below the apply sentence: none of it', expected: ['anna@firma.example'],
      input: posting('CV prosimy przesyłać na adres: anna@firma.example.\n\nW sprawach dotyczących ochrony danych osobowych można kontaktować się pisząc:\n\n* e-maila na adres [dane@firma.example](mailto:dane@firma.example),') },
    { name: 'de: "Datenschutzbeauftragter: dpo@" in the apply section: none', expected: [],
      input: posting('## Bewerbung\nBitte sende deinen Lebenslauf über unser Portal.\nDatenschutzbeauftragter: dpo@acme.example') },
    { name: 'a privacy address on the line below an apply line: none', expected: ['sales@acme.example'],
      input: posting('## How to apply\nApply: sales@acme.example\n\nFor privacy questions about your data, write to privacy@acme.example.') },
  ])('$name', async ({ input, expected }) => {
    expect((await recordOf(input)).apply.emails).toEqual(expected);
  });
});

describe('pay: German periods, a floor and a ceiling, what is no pay', () => {
  it.each([
    { name: 'de: "25€/Stunde"', input: '- Die Vergütung beläuft sich auf 25€/Stunde brutto.', expected: [[25, 25, 'EUR', 'HOUR']] },
    { name: 'de: "13,90 € / Stunde" (a spaced slash)', input: '## Vergütung\n\n- Minijob: 13,90 € / Stunde', expected: [[13.9, 13.9, 'EUR', 'HOUR']] },
    { name: 'de: "je Std."', input: 'Gehalt: 15 € je Std.', expected: [[15, 15, 'EUR', 'HOUR']] },
    { name: 'pt: "A partir de R$ 2.000,00 podendo chegar a R$6.000,00" is one range', input: '### Remuneração\n\n- A partir de R$ 2.000,00 podendo chegar a R$6.000,00 a depender da experiência',
      expected: [[2000, 6000, 'BRL', null]] },
    { name: 'de: "ab 3.000 € bis zu 4.500 € brutto pro Monat" is one range', input: 'Gehalt: ab 3.000 € bis zu 4.500 € brutto pro Monat.', expected: [[3000, 4500, 'EUR', 'MONTH']] },
    { name: 'de: pay from a floor and a bonus up to a ceiling, a clause apart, are no range', input: '## Vergütung\n\nAb 14 € pro Stunde, dazu Umsatzprämien bis zu 500 € im Quartal.',
      expected: [[14, null, 'EUR', 'HOUR'], [null, 500, 'EUR', null]] },
    { name: 'en: a base salary\'s floor and commission up to a ceiling are no range', input: '## Compensation\n\nBase salary from $60,000 per year, with commission up to $90,000 on top at target.',
      expected: [[60000, null, 'USD', 'YEAR'], [null, 90000, 'USD', 'YEAR']] },
    { name: 'en: a base pay\'s floor "with up to" a commission ceiling are no range', input: 'Base pay from $60,000 with up to $90,000 in commission.',
      expected: [[60000, null, 'USD', null], [null, 90000, 'USD', null]] },
    { name: 'a floor and a ceiling in two currencies stay apart', input: 'Salary: from €40,000 in Berlin, up to $60,000 in New York.',
      expected: [[40000, null, 'EUR', null], [null, 60000, 'USD', null]] },
    { name: 'de: perks with a sum a month or a year ("/ Monat", "je Jahr") are no pay', input: '## Benefits\n\n- Sachbezugskarte mit 50 € / Monat\n- Jobticket für 10 € / Monat\n- Fortbildungsbudget von 1.500 € je Jahr',
      expected: [] },
    { name: 'de: perks under Benefits with a spaced "/ Monat" or "je Jahr" are no pay (Pauschale, Budget, Urlaubsgeld)',
      input: '## Benefits\n\n- Homeoffice-Pauschale von 50 € / Monat\n- Mobilitätsbudget 100 € je Monat\n- Internetpauschale 20 € / Monat\n- Urlaubsgeld 500 € je Jahr', expected: [] },
    // Gross and net agree with the pay's noun in es, pt, it and fr: the period after them is the pay's.
    { name: 'es: "brutos al mes"', input: 'Salario: 2.000 € brutos al mes', expected: [[2000, 2000, 'EUR', 'MONTH']] },
    { name: 'es: "netos al mes" after a range', input: 'Ofrecemos entre 1.800 y 2.200 euros netos al mes.', expected: [[1800, 2200, 'EUR', 'MONTH']] },
    { name: 'pt: "líquidos por mês"', input: 'Salário: R$ 4.500 líquidos por mês', expected: [[4500, 4500, 'BRL', 'MONTH']] },
    { name: 'it: "lordi al mese"', input: 'Retribuzione: 1.500 € lordi al mese', expected: [[1500, 1500, 'EUR', 'MONTH']] },
    { name: 'it: "netti mensili"', input: 'Retribuzione: 1.800 € netti mensili', expected: [[1800, 1800, 'EUR', 'MONTH']] },
    { name: 'es: "brutos" then a sentence that counts months is no period', input: 'Salario: 30.000 € brutos. Al mes de entrar tendrás formación.', expected: [[30000, 30000, 'EUR', null]] },
    { name: 'de: "auf 538 Euro-Basis" is the Minijob ceiling, no pay', input: '## Arbeitsumgebung und Vergütung\n\n- Die Stelle kann als Minijob auf 538 Euro-Basis besetzt werden.', expected: [] },
  ])('$name', async ({ input, expected }) => {
    const salary = (await recordOf(posting(input, 'Organisationsassistenz'))).salary as Array<Record<string, unknown>>;
    expect(salary.map((s) => [s.min, s.max, s.currency, s.period])).toEqual(expected);
  });
});

describe('seniority from a title', () => {
  it.each([
    { name: 'zh: 主管 (supervisor) is a manager', title: '用户运营主管', expected: 'manager' },
    { name: 'zh: 专员 (specialist) is no level', title: '医疗信息运营专员', expected: null },
  ])('$name', async ({ title, expected }) => {
    expect((await recordOf(`# ${title}\n\n公司位于上海。\n\n岗位职责：负责用户运营。\n`)).seniority).toBe(expected);
  });
});
