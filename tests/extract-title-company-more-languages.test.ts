/**
 * Title and company in languages the tables did not know yet (issue #13, session 29): a company label on a line of
 * its own language ("Εταιρεία: X", "Cég: X"), a role noun of Hungarian, an Estonian careers or invitation heading over
 * the role, a Norwegian or Swedish "Utlysning:" before the title, and a Scandinavian "Om <noun>" heading that is about
 * the job, not a company. Each row has a must-not row beside it: the same position holding something else. Read
 * through the library as a user would.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';

const BODY = '\n\nWe build software for warehouses. Send your CV to jobs@nordvik.example.\n';
const record = (text: string, path = 'posting.md') => normalizeText(text, { path }).record;
const title = (text: string, path = 'posting.md'): string | null => record(text, path)?.title ?? null;
const company = (text: string, path = 'posting.md'): string | null => record(text, path)?.company?.name ?? null;

describe('a company label of more languages, on its line over the posting', () => {
  it.each([
    ['el "Εταιρεία:"', `# Web Designer\n\nΕταιρεία: Brightwave\nΠόλη: Αθήνα${BODY}`, 'Brightwave'],
    ['hu "Cég:"', `# Backend fejlesztő\n\nCég: Brightwave\nHelyszín: Budapest${BODY}`, 'Brightwave'],
    ['fi "Työnantaja:"', `# Ohjelmistokehittäjä\n\nTyönantaja: Brightwave\nSijainti: Tampere${BODY}`, 'Brightwave'],
    ['vi "Công ty:"', `# Lập trình viên Backend\n\nCông ty: Brightwave\nĐịa điểm: Hà Nội${BODY}`, 'Brightwave'],
    // Must not: the label lines beside it (a city, a date) name no company.
    ['must not: el "Πόλη:" (city) alone names no company', `# Web Designer\n\nΠόλη: Αθήνα\nΗμ/νία Δημοσίευσης: 08/03/2016\n\nΣτείλτε το βιογραφικό σας.\n`, null],
    ['must not: hu "Helyszín:" (place) alone names no company', `# Backend fejlesztő\n\nHelyszín: Budapest\n\nKüldje el önéletrajzát.\n`, null],
  ])('%s', (_name, input, expected) => {
    expect(company(input)).toBe(expected);
  });
});

describe('a role noun of Hungarian under a careers heading', () => {
  it.each([
    ['hu "Értékesítő" (salesperson) under "Karrier"', '## Karrier\n\n### Értékesítő\n\n##### Főbb feladatok\n\n- Ügyfelek felkutatása\n- Tárgyalások lebonyolítása\n', 'Értékesítő'],
    ['hu "Fordító" (translator) under "Karrier"', '## Karrier\n\n### Fordító\n\n##### Főbb feladatok\n\n- Szakszövegek fordítása\n- Lektorálás\n', 'Fordító'],
    // Must not: the noun of the work ("értékesítés", sales), not of the worker, names no role.
    ['must not: hu "Fordítóiroda" (a translation office) is a firm, no title', '## Karrier\n\n### Brightwave Fordítóiroda\n\n##### Főbb feladatok\n\n- Szakszövegek fordítása\n- Lektorálás\n', null],
    ['must not: hu "Értékesítési feladatok" (sales tasks) is no title', '## Karrier\n\n### Értékesítési feladatok\n\n- Ügyfelek felkutatása\n- Tárgyalások lebonyolítása\n', null],
  ])('%s', (_name, input, expected) => {
    expect(title(input)).toBe(expected);
  });
});

describe('Estonian careers and invitation headings over the role', () => {
  const page = (h1: string, next: string) => `<!doctype html><html><head></head><body><main><h1>${h1}</h1>\n<span>${next}</span>\n<p>Sinu tööülesanded on mitmekesised ja huvitavad.</p>\n<p>career@brightwave.example</p></main></body></html>`;
  it.each([
    ['et "Otsime oma meeskonda" (we seek for our team) over the role', page('Otsime oma meeskonda', 'Tarkvaraarendajat'), 'Tarkvaraarendajat'],
    ['et "Liitu meie meeskonnaga" (join our team) over the role', page('Liitu meie meeskonnaga', 'Raamatupidaja'), 'Raamatupidaja'],
    // Must not: the heading over a sentence gives no title, and is never one itself.
    ['must not: et "Otsime oma meeskonda" over a sentence', page('Otsime oma meeskonda', 'Meie meeskond kasvab kiiresti.'), null],
    ['must not: et "Karjäär" (careers) is no title', page('Karjäär', 'Meie meeskond kasvab kiiresti.'), null],
  ])('%s', (_name, input, expected) => {
    expect(title(input, 'posting.html')).toBe(expected);
  });
});

describe('a Norwegian or Swedish "Utlysning:" (a call) before the title', () => {
  it.each([
    ['no "Utlysning:" on the heading', `# Utlysning: Rådgiver i arkivutvikling${BODY}`, 'Rådgiver i arkivutvikling'],
    ['no "Utlysning:" before a post named without a role noun', `# Utlysning: Hospitering i Brightwave${BODY}`, 'Hospitering i Brightwave'],
    ['no "Stillingsutlysning:" before a post named without a role noun', `# Stillingsutlysning: Hospitering i Brightwave${BODY}`, 'Hospitering i Brightwave'],
    // Must not: the word inside a compound, with no colon after it, is part of the title.
    ['must not: "Utlysningskoordinator" stays whole', `# Utlysningskoordinator${BODY}`, 'Utlysningskoordinator'],
  ])('%s', (_name, input, expected) => {
    expect(title(input)).toBe(expected);
  });
});

describe('a Scandinavian "Om <noun>" heading is about the job, "Om <Name>" about the company', () => {
  const posting = (heading: string) => `# Rådgiver\n\nVi søker en rådgiver til teamet vårt.\n\n## ${heading}\n\nDu får jobbe med standarder i et tverrfaglig team.\n`;
  it.each([
    ['no "Om hospiteringen" names no company', posting('Om hospiteringen'), null],
    ['sv "Om tjänsten" names no company', posting('Om tjänsten'), null],
    ['must not: no "Om Brightwave" names the company', posting('Om Brightwave'), 'Brightwave'],
  ])('%s', (_name, input, expected) => {
    expect(company(input)).toBe(expected);
  });
});

describe('a Russian or Ukrainian preposition before a legal-form name is no part of it', () => {
  const posting = (sentence: string) => `# Дизайнер интерфейсов\n\n${sentence} Опыт работы от 3 лет.\n`;
  it.each([
    ['ru "В Brightwave LLC мы ищем" names Brightwave LLC', posting('В Brightwave LLC мы ищем сильного дизайнера.'), 'Brightwave LLC'],
    ['uk "У Brightwave LLC ми шукаємо" names Brightwave LLC', posting('У Brightwave LLC ми шукаємо дизайнера.'), 'Brightwave LLC'],
    // Must not: a name whose own first word opens with that letter keeps it.
    ['must not: "Вектор LLC ищет дизайнера" keeps its first word', posting('Вектор LLC ищет дизайнера.'), 'Вектор LLC'],
  ])('%s', (_name, input, expected) => {
    expect(company(input)).toBe(expected);
  });
});
