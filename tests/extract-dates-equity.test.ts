/**
 * datePosted labels and equity offers by language, through the library.
 * Each case is a language fact; each fails without its table line.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './extract-direct.js';


describe('datePosted from a dated label', () => {
  it.each([
    ['zh-TW', '# 社工員\n\n- **發布日期**: 2025-12-11', '2025-12-11'],
    ['zh', '# 工程师\n\n发布日期：2024-03-05', '2024-03-05'],
    ['ja', '# エンジニア\n\n公開日: 2023-04-01', '2023-04-01'],
    ['ru', '# PHP\n\nДата публикации: 12.05.2024', '2024-05-12'],
    ['pl', '# Admin\n\nData publikacji: 01.08.2023', '2023-08-01'],
    ['it', '# Dev\n\nPubblicato il 3 giugno 2021', '2021-06-03'],
    ['pt', '# Dev\n\nPublicado em 5 de março de 2022', '2022-03-05'],
    // The day as an ordinal before its month (tables/dates.ts dayOrdinalSuffixes): en, fr "1er", es/it "1º"/"1°"
    ['en "26th April 2021"', '# Dev\n\nPosted on 26th April 2021', '2021-04-26'],
    ['fr "1er Juillet 2023"', '# Dev\n\nDate de publication : 1er Juillet 2023', '2023-07-01'],
    ['es "1º de julio de 2022"', '# Dev\n\nPublicado el 1º de julio de 2022', '2022-07-01'],
    ['it "1° luglio 2022"', '# Dev\n\nPubblicato il 1° luglio 2022', '2022-07-01'],
    // fr "Date de parution" (date of appearance), ar "تاريخ الإعلان (عنها)" (date of the announcement): the posting's date
    ['fr "Date de parution"', '# Dev\n\nDate de parution : 12 juillet 2023', '2023-07-12'],
    ['ar "تاريخ الإعلان عنها"', '# Safety Engineer\n\nتاريخ الإعلان عنها : Feb 26, 2018', '2018-02-26'],
    // el "Ημ/νία" (the short form of ημερομηνία, date); a label of a language other than English dates day first ("08/03/2016"),
    // an English one stays unread when both orders are dates
    ['el "Ημ/νία Δημοσίευσης: 08/03/2016"', '# Web Designer\n\nΗμ/νία Δημοσίευσης: 08/03/2016', '2016-03-08'],
    ['fr "Date de publication : 08/03/2016"', '# Dev\n\nDate de publication : 08/03/2016', '2016-03-08'],
    ['must not: fr label on a page that writes its dates month first', '# Dev\n\nDate de publication : 08/03/2016\n\nDeadline: 12/25/2016', null],
    ['must not: en "Posted: 08/03/2016" (month or day first)', '# Dev\n\nPosted: 08/03/2016', null],
    ['must not: en "Publication date: 08/03/2016" (a prefix of ro "publicat")', '# Dev\n\nPublication date: 08/03/2016', null],
    // Must not: an ordinal before no month ("1er trimestre", the first quarter), a label before no date.
    ['must not: fr "Parution : 1er trimestre 2024"', '# Dev\n\nDate de parution : 1er trimestre 2024', null],
    ['must not: ar label with no date', '# Safety Engineer\n\nتاريخ الإعلان : قريبا', null],
  ])('%s', (_lang, markdown, expected) => {
    expect(extract(markdown).fields.datePosted).toBe(expected);
  });

  it('takes the front-matter date over a label, as the evidence says', () => {
    const { fields, evidence, warnings } = extract('# Dev\n\nPosted on March 3, 2021', { date: '2021-03-01' }, '---\ndate: 2021-03-01\n---\n');
    expect(fields.datePosted).toBe('2021-03-01');
    expect(evidence.datePosted?.rule).toBe('frontmatter.date');
    expect(warnings.map((w) => w.code)).not.toContain('field-conflict');
  });
});

describe('equity offers by language', () => {
  it.each([
    ['sv part-ownership', '# Tech Lead\n\n## Vad vi erbjuder\n\n- Möjlighet till delägarskap', true],
    ['sv staff options', '# Dev\n\nVi erbjuder personaloptioner till alla.', true],
    ['no', '# Dev\n\nVi tilbyr aksjeopsjoner.', true],
    ['pt', '# Dev\n\nOferecemos opções de ações.', true],
    ['pl', '# Dev\n\nOferujemy opcje na akcje.', true],
    ['zh', '# 工程师\n\n福利：股票期权、年终奖', true],
    ['sv profit sharing is no equity', '# Dev\n\n- Bonus / vinstdelning', null],
  ])('%s', (_name, markdown, expected) => {
    expect(extract(markdown).fields.equity).toBe(expected);
  });
});
