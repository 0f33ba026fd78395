/**
 * Salary notations and the words around them, per language, through the
 * library: parseMoney for how a figure is written, the extractors for
 * whether it is pay. Each case is a language fact or a notation seen in
 * more than one source; each fails without its rule.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { extractFields } from '../src/extract/index.js';
import { parseMoney } from '../src/extract/salary.js';

const money = (text: string) => parseMoney(text).map(({ min, max, currency, period }) => ({ min, max, currency, period }));

/** Run the extractors over a small Markdown text, as the pipeline does. */
function extract(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const lines = markdown.split('\n').map((text, i) => ({ text, line: i + 1 }));
  const tree = unified().use(remarkParse).parse(markdown);
  return extractFields({ path: 'x.md', frontmatter, sourceText: markdown, lines, tree });
}
const salaryOf = (markdown: string) => extract(markdown).fields.salary.map(({ min, max, currency, period }) => ({ min, max, currency, period }));

describe('money notations by language', () => {
  it.each([
    // ru: "от X до Y" (from X to Y), руб./рублей, мес. (month)
    ['от 40 000 до 80 000 рублей', { min: 40000, max: 80000, currency: 'RUB', period: null }],
    ['от 150 000 до 250 000 руб./мес.', { min: 150000, max: 250000, currency: 'RUB', period: 'MONTH' }],
    // nl "tussen X en Y", pl "od X do Y"
    ['tussen de € 3.848,14 en € 6.162,81 bruto', { min: 3848.14, max: 6162.81, currency: 'EUR', period: null }],
    ['od 8 000 do 13 000 zł / mies.', { min: 8000, max: 13000, currency: 'PLN', period: 'MONTH' }],
    // Indian numbering: lakh grouping, "Lacs" in any case
    ['6,00,000 per year', { min: 600000, max: 600000, currency: null, period: 'YEAR' }],
    ['₹ 12,50,000 per annum', { min: 1250000, max: 1250000, currency: 'INR', period: 'YEAR' }],
    ['15 Lacs Per Annum', { min: 1500000, max: 1500000, currency: 'INR', period: 'YEAR' }],
    // Thousands written against an ISO code without a space (notation: "25KMXN" is "25K MXN"); "10KLOC" is no money.
    ['entre 25KMXN y 30KMXN', { min: 25000, max: 30000, currency: 'MXN', period: null }],
    ['50kUSD per year', { min: 50000, max: 50000, currency: 'USD', period: 'YEAR' }],
    // zh: "N薪" (paid N months a year: monthly figures), w = 万 in Chinese text, 萬, 至; both are the yuan's notations
    ['月薪 11-20K·14薪', { min: 11000, max: 20000, currency: 'CNY', period: 'MONTH' }],
    ['薪资：20～80w', { min: 200000, max: 800000, currency: 'CNY', period: null }],
    // A Japanese line's "w" (kana beside it) is no yuan: no currency rather than a wrong one (extra5 nognight).
    ['待遇：20～80w(実力次第で優遇)', { min: 200000, max: 800000, currency: null, period: null }],
    ['年薪 30萬至50萬 新台幣', { min: 300000, max: 500000, currency: 'TWD', period: null }],
    // ja: a figure right after a kanji ("年600万円")
    ['年600万円以上', { min: 6000000, max: 6000000, currency: 'JPY', period: null }],
    ['100-140 PLN/h', { min: 100, max: 140, currency: 'PLN', period: 'HOUR' }],
    // A range whose second end repeats a prefixed dollar ("US$70,000 – US$170,000", extra7 010/026; "CA$90k - CA$110k")
    ['US$70,000 – US$170,000', { min: 70000, max: 170000, currency: 'USD', period: null }],
    ['CA$90k - CA$110k', { min: 90000, max: 110000, currency: 'CAD', period: null }],
    // A whole amount's "no cents" mark: de, nl, cs, id ",-", de-CH ".-" (session 29: dev28-A sagara id, and the notation of each language)
    ['3.000,- € bis 4.000,- € brutto monatlich', { min: 3000, max: 4000, currency: 'EUR', period: 'MONTH' }],
    ['30.000,- Kč měsíčně', { min: 30000, max: 30000, currency: 'CZK', period: 'MONTH' }],
    ['CHF 100000.- bis 120000.- pro Jahr', { min: 100000, max: 120000, currency: 'CHF', period: 'YEAR' }],
    // A letter symbol written against the figure, as "$" is; id "s/d" (sampai dengan) and "ke" as range words
    ['Rp3.000.000,- s/d Rp4.000.000,- per bulan', { min: 3000000, max: 4000000, currency: 'IDR', period: 'MONTH' }],
    ['Dari Rp 3.000.000 ke Rp 4.000.000', { min: 3000000, max: 4000000, currency: 'IDR', period: null }],
    ['RM3,500 - RM4,500', { min: 3500, max: 4500, currency: 'MYR', period: null }],
    // A range word is a whole word: "a" does not cut "and", nor "to" nl "tot"
    ['between $3,000 and $4,000 a month', { min: 3000, max: 4000, currency: 'USD', period: 'MONTH' }],
    ['€ 3.000 tot € 4.000 per maand', { min: 3000, max: 4000, currency: 'EUR', period: 'MONTH' }],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual([expected]);
  });

  it('reads a long run of lakh-like pairs in linear time (fails by timeout when quadratic)', () => {
    expect(parseMoney(`1${',11'.repeat(100_000)}`)).toEqual([]);
  });

  it('reads no "w" outside Chinese text and no lakh grouping without a currency or period', () => {
    expect(money('a 40w charger for 2-3w')).toEqual([]);
    expect(money('ref 1,23,456')).toEqual([]);
  });

  it('reads no currency code glued to a figure, only a symbol: "PHP7" is a language, "x86" no money', () => {
    expect(money('PHP7 and x86, TRY2 later')).toEqual([]);
    expect(money('10,-20 items')).toEqual([]);
  });
});

describe('is it pay, and is it a floor or a ceiling', () => {
  it.each([
    ['ru ЗП label', '# PHP\n\nЗП: от 150 000 до 250 000 руб./мес.', [{ min: 150000, max: 250000, currency: 'RUB', period: 'MONTH' }]],
    ['ru "от" floor', '# PHP\n\nЗарплата от 120 000 рублей', [{ min: 120000, max: null, currency: 'RUB', period: null }]],
    ['pl "do" ceiling', '# Admin\n\nWynagrodzenie: do 13 000 zł', [{ min: null, max: 13000, currency: 'PLN', period: null }]],
    ['ja 年 before the figure, 〜 and 以上 as floors', '# エンジニア\n\n- 年600万〜（社保険完備）\n\n## 給与\n\n年600万円以上', [{ min: 6000000, max: null, currency: 'JPY', period: 'YEAR' }]],
    ['ja 以下 as a ceiling', '# エンジニア\n\n月給 40万円以下', [{ min: null, max: 400000, currency: 'JPY', period: 'MONTH' }]],
    ['es horquilla (salary band)', '# Backend\n\nHemos reservado para este puesto una horquilla de entre 35K€ y 45K€.', [{ min: 35000, max: 45000, currency: 'EUR', period: null }]],
    ['zh-TW 元 in Taipei is TWD', '# 社工員\n\n- 地點: 台北市文山區\n- 薪資: 38,898 ~ 40,000 元/月', [{ min: 38898, max: 40000, currency: 'TWD', period: 'MONTH' }]],
    ['zh 元 elsewhere is CNY', '# 工程师\n\n薪资：8000-12000元/月', [{ min: 8000, max: 12000, currency: 'CNY', period: 'MONTH' }]],
    ['pl B2B label', '# Dev\n\nB2B: 20 000 - 25 000 PLN netto + VAT', [{ min: 20000, max: 25000, currency: 'PLN', period: null }]],
    ['fr "jusqu\'à" ceiling (Unicode word boundary)', '# Dev\n\nSalaire jusqu\'à 60 000 €', [{ min: null, max: 60000, currency: 'EUR', period: null }]],
    // A currency written once: a pay figure without one takes the posting's, when its figures name exactly one.
    ['currency written once', '# Backend\n\n**Salario**: entre 30K y 40K\n\nHemos reservado una horquilla de entre 35K€ y 45K€.', [{ min: 30000, max: 40000, currency: 'EUR', period: null }, { min: 35000, max: 45000, currency: 'EUR', period: null }]],
    // A country's own pay word names its money when the figure names none: ja 年収 (extra7 028), zh 月薪 (extra7 020), ko 연봉.
    ['ja 年収 without 円', '# エンジニア\n\n- 年俸制 (年収想定: 600万 〜 1000万程度)', [{ min: 6000000, max: 10000000, currency: 'JPY', period: 'YEAR' }]],
    ['zh 月薪 without 元', '# 工程师\n\n* 月薪 10-16 K，五险一金', [{ min: 10000, max: 16000, currency: 'CNY', period: 'MONTH' }]],
    ['ko 연봉 without 원', '# 개발자\n\n연봉 4,000만 ~ 6,000만', [{ min: 40000000, max: 60000000, currency: 'KRW', period: 'YEAR' }]],
    ['two currencies named: none is guessed', '# Dev\n\nSalary: 30K - 40K\n\nSalary: 35K€ - 45K€ or $50K - $60K', [{ min: 30000, max: 40000, currency: null, period: null }, { min: 35000, max: 45000, currency: 'EUR', period: null }, { min: 50000, max: 60000, currency: 'USD', period: null }]],
    // fr/it a day rate named as pay, it "al giorno", zh "/天", tr "/ ay" spaced: per day and per month (language facts)
    ['fr taux journalier', '# Dev\n\nTaux journalier : 500 €', [{ min: 500, max: 500, currency: 'EUR', period: 'DAY' }]],
    ['it tariffa giornaliera', '# Dev\n\nTariffa giornaliera: 300 €', [{ min: 300, max: 300, currency: 'EUR', period: 'DAY' }]],
    ['it al giorno', '# Dev\n\nRetribuzione: 300 € al giorno', [{ min: 300, max: 300, currency: 'EUR', period: 'DAY' }]],
    ['zh 日薪 /天', '# 工程师\n\n日薪：800元/天', [{ min: 800, max: 800, currency: 'CNY', period: 'DAY' }]],
    ['tr / ay', '# Geliştirici\n\nMaaş: 40.000 TL / ay', [{ min: 40000, max: 40000, currency: 'TRY', period: 'MONTH' }]],
    // The stop of a symbol ("Rp.", "Rs.") ends no sentence: the pay word before it still counts
    ['id Rp. after the label', '# Backend Developer\n\nGaji: Rp. 3.000.000', [{ min: 3000000, max: 3000000, currency: 'IDR', period: null }]],
    // "upto" written as one word is "up to", a ceiling (session 29: dev28-A stdcoding, vi/en; Indian English "upto 20 LPA")
    ['en "upto" ceiling', '# C++ Developer\n\nSalary: upto 2000$ per month', [{ min: null, max: 2000, currency: 'USD', period: 'MONTH' }]],
    // A table cell under a pay column's header: a Markdown table, an HTML table's first row (session 29: dev23-A petrovich, ru)
    ['a pay column in Markdown', '# Backend Developer\n\nWe are hiring.\n\n| Salary (per month) | Location |\n|---|---|\n| 3000 EUR | Berlin |', [{ min: 3000, max: 3000, currency: 'EUR', period: 'MONTH' }]],
    ['in Rs. after the label', '# Backend Developer\n\nSalary: Rs. 25,000', [{ min: 25000, max: 25000, currency: 'INR', period: null }]],
  ])('%s', (_name, markdown, expected) => {
    expect(salaryOf(markdown)).toEqual(expected);
  });

  it.each([
    ['fr a rate that is no pay', '# Dev\n\nNotre taux de satisfaction client : 98 %'],
    ['es training budget', '# Backend\n\n- Presupuesto para formación de 500€ anuales.'],
    ['pt budget', '# Dev\n\n- Orçamento de 2.000 reais por ano para cursos.'],
    ['ru budget', '# Dev\n\nБюджет на обучение 50 000 руб. в год'],
    ['zh-TW subsidy scheme', '# 社工員\n\n## 薪資\n\n按年加給1萬5，600元至6萬2，400元之個人獎助'],
    ['ja revenue', '# エンジニア\n\n売上高 年5000万円'],
    ['zh user counts in "w"', '# 工程师\n\n薪资待遇优厚，平台已有 5w 用户'],
    // The no-cents mark does not make funding pay, nor a symbol's stop a sentence about pay
    ['de funding with ",-"', '# Entwickler\n\nWir wurden 2019 mit 3.000.000,- € Seed-Finanzierung gestartet.'],
    // A relocation package or a signing bonus is a one-off sum, never the pay (dev28-A stdcoding: "up to 20,000,000 VND")
    ['en relocation package', '# C++ Developer\n\n## Benefits\n\n- Attractive salary\n- Relocation package up to 20,000,000 VND for candidates from other cities.'],
    ['en signing bonus', '# Engineer\n\n## Compensation\n\nA $5,000 signing bonus after your first month.'],
    // Must not: a column of funding or of the company's facts is no pay
    ['a funding column', '# Backend Developer\n\nAbout us.\n\n| Funding | Investors |\n|---|---|\n| $20,000,000 | Acme Ventures |'],
    ['a facts table', '# Backend Developer\n\nAbout us.\n\n| Founded | Employees | Revenue |\n|---|---|---|\n| 2010 | 250 | €30M |'],
    ['id a price, no pay word', '# Backend Developer\n\nProduk kami mulai dari Rp. 99.000 saja.'],
  ])('never pay: %s', (_name, markdown) => {
    expect(salaryOf(markdown)).toEqual([]);
  });
});

describe('a range in a header line', () => {
  it.each([
    ['pipes', 'Acme | Senior Engineer | Berlin | REMOTE | €70k-€90k\n\nWe build things.', [{ min: 70000, max: 90000, currency: 'EUR', period: null }]],
    ['dashes (Hacker News)', 'elvex - Senior Product Engineer - $150k-$210k USD equity - Remote\n\nWe build things.', [{ min: 150000, max: 210000, currency: 'USD', period: null }]],
  ])('%s', (_name, text, expected) => {
    expect(salaryOf(text)).toEqual(expected);
  });

  it.each([
    ['a line further down', '# Engineer\n\nWe build things.\n\nMore text.\n\nAcme | Berlin | $70k-$90k'],
    ['funding in the header', 'Acme | Series B | raised $20M-$30M | Remote'],
    ['prices, not pay', 'Acme | Pro plan | $10-$20 | Remote'],
    ['two cells only', 'Acme Engineer - $70k-$90k'],
  ])('never pay: %s', (_name, text) => {
    expect(salaryOf(text)).toEqual([]);
  });
});

