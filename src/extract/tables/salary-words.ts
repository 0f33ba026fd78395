/**
 * Words around a money figure, per language: what says it is pay, what says
 * it is not, and what makes it a floor or a ceiling. Matched
 * case-insensitively as whole words; a word ending in "*" also matches
 * longer words ("ročn*": ročne, ročná); words in Chinese or Japanese script
 * (and emoji) match anywhere, as those scripts have no spaces between words.
 * A new phrase or language is a line here.
 */
import type { SalaryPeriod } from '../../schema/posting.js';

/** Words that call a nearby figure pay. */
export const salaryWords: Record<string, string[]> = {
  en: ['salary', 'salaries', 'salaried', 'pay', 'paid', 'pays', 'compensation', 'remuneration', 'wage', 'wages', 'rate', 'base', 'ote', 'package', 'stipend', 'earn', 'earnings', 'ctc',
    // "£45,000 - £55,000 DOE" (depending on experience): said only of pay
    'doe', 'depending on experience'],
  de: ['gehalt', 'jahresgehalt', 'vergütung', 'lohn', 'bruttojahresgehalt', 'stipendium', 'honorar', 'brutto'],
  fr: ['salaire', 'rémunération', 'rémunéré', 'tjm', 'brut', 'taux journalier', 'taux horaire'],
  es: ['sueldo', 'salario', 'retribución', 'remuneración', 'horquilla salarial', 'horquilla'],
  pt: ['salário', 'remuneração', 'bolsa'],
  nl: ['salaris', 'loon'],
  'sk/cs': ['plat', 'mzda', 'mzdy', 'odmena'],
  pl: ['wynagrodzenie', 'pensja', 'stawka', 'brutto'],
  ru: ['зарплата', 'зарплаты', 'зарплату', 'зарплатой', 'заработная плата', 'заработную плату', 'заработной платы', 'зп', 'з/п', 'оклад', 'оплата труда'],
  ja: ['年収', '給与', '年俸', '月給', '時給', '報酬'],
  zh: ['薪資', '薪资', '薪水', '薪酬', '月薪', '年薪', '工資', '工资', '待遇', '時薪', '时薪', '日薪', '底薪'],
  it: ['stipendio', 'retribuzione', 'ral', 'compenso', 'tariffa giornaliera', 'tariffa oraria'],
  'no/da/sv': ['lønn', 'årslønn', 'månedslønn', 'timelønn', 'løn', 'månedsløn', 'lön', 'månadslön', 'årslön', 'timlön'],
  'fi/et': ['palkka', 'kuukausipalkka', 'tuntipalkka', 'palk', 'brutopalk', 'töötasu'],
  tr: ['maaş', 'ücret', 'brüt maaş', 'net maaş'],
  id: ['gaji', 'upah'],
  ar: ['راتب', 'الراتب'],
  ko: ['연봉', '월급', '급여', '시급'],
  // Language facts (issue #13 audit): de/nl/pl/pt/es/sv/fi the salary range; uk pay; hu, ro, el, he, vi salary words
  'de+': ['gehaltsspanne', 'gehaltsband', 'bruttogehalt', 'jahresbruttogehalt'],
  'nl+': ['salarisindicatie', 'brutosalaris'],
  'pl+': ['wynagrodzenia', 'widełki', 'widełki płacowe'],
  'pt/es+': ['faixa salarial', 'banda salarial', 'rango salarial'],
  'sv/da/fi+': ['lönespann', 'lønramme', 'palkkahaitari'],
  uk: ['зарплата', 'заробітна плата', 'зарплатня', 'оплата праці'],
  bg: ['заплата', 'възнаграждение'],
  hu: ['fizetés', 'bér', 'bérezés', 'bruttó bér'],
  ro: ['salariu', 'salariul', 'salarizare'],
  el: ['μισθός', 'μισθό', 'αποδοχές', 'αμοιβή'],
  he: ['שכר', 'משכורת'],
  vi: ['lương', 'mức lương', 'thu nhập'],
  any: ['💰'],
};

/** Words that make a figure in the same sentence something else: funding, revenue, budgets, prices, grants, counts. */
export const notSalaryWords: Record<string, string[]> = {
  en: ['raised', 'raise', 'raises', 'funding', 'funded', 'valuation', 'valued', 'revenue', 'revenues', 'arr', 'series a', 'series b', 'series c', 'series d', 'series e', 'series f', 'investor', 'investors', 'investment', 'seed round', 'round', 'grant', 'grants', 'budget', 'market cap', 'sales', 'turnover', 'bonus of', 'prize', 'price', 'cost', 'costs', 'fee', 'fees', 'donat*', 'users', 'customers',
    // a sales role's targets ("$1M-$2M quota", "deal sizes of $50k-$200k")
    'quota', 'quotas', 'deal size', 'deal sizes', 'book of business',
    // one-off sums beside the pay, no pay themselves ("Relocation package up to 20,000,000 VND", "a $5,000 signing bonus")
    'relocation package', 'relocation bonus', 'relocation allowance', 'relocation budget', 'signing bonus', 'sign-on bonus'],
  // "Minijob auf 538-Euro-Basis": the ceiling of German marginal employment, not the pay
  de: ['umsatz', 'finanzierung', 'zuschuss', 'euro-basis', '€-basis', 'minijob-basis',
    // perks with a sum a month or a year ("Sachbezugskarte mit 50 € / Monat", "Jobticket für 10 €/Monat", "Fortbildungsbudget von 1.500 € je Jahr")
    'sachbezug*', 'sachbezüge', 'jobticket', 'deutschlandticket', 'fortbildungsbudget', 'weiterbildungsbudget', 'essenszuschuss', 'fahrtkostenzuschuss', 'gutschein*'],
  // perks with a yearly sum ("Friskvårdsbidrag: 5 000 kr/år", "Prylbudget om 11 000 kr/år", "home office allowance")
  perks: ['allowance', 'bidrag', 'friskvårdsbidrag', 'friskvård', 'prylbudget', 'utbildningsbudget', 'budsjett', 'kompetansebudsjett', 'tilskud'],
  // the company's billing ("nos logiciels facturent plus de 35M€ par an")
  fr: ['levée', "chiffre d'affaires", 'factur*'],
  // es "saldo" (a credit to spend: "Saldo anual de 1.000 € para formación")
  es: ['facturación', 'presupuesto', 'inversión', 'ronda de financiación', 'saldo'],
  pt: ['orçamento', 'faturamento', 'investimento'],
  pl: ['budżet'],
  ru: ['бюджет', 'выручка', 'инвестиции'],
  ja: ['資金調達', '売上', '予算'],
  zh: ['融資', '融资', '營收', '营收', '預算', '预算', '獎助', '奖助', '補助', '补助', '用户', '用戶', '客户', '客戶'],
};

/**
 * Allowances named right before their own sum, beside the pay in one line or table cell ("住宅手当 20,000円～30,000円",
 * "交通費支給 上限20,000円/月"): the sum is the allowance's. ja 手当 (allowance), 交通費 (commuting costs), 購入 (a
 * purchase budget); zh 补贴/津贴 (allowance); en allowance, de Zuschuss, pt auxílio. (A stipend or an indemnité de stage is an intern's pay: not here.)
 */
export const allowanceRightBefore: string[] = [
  '手当', '交通費', '交通費支給', '購入制度', '补贴', '補貼', '津贴', '津貼', 'allowance', 'zuschuss', 'auxílio',
];

/** Words anywhere before a single figure in its sentence that make it a ceiling ("up to $191,900"). */
export const ceilingBefore: string[] = ['up to', 'upto', 'maximum', 'max.', 'capped at', 'bis zu', 'maximal', 'höchstens', "jusqu'à", 'au maximum', 'hasta', 'até', 'do výšky',
  // pt "may reach", "reaching" ("A partir de R$ 2.000 podendo chegar a R$ 6.000")
  'chegar a', 'chegando a'];

/**
 * All that may stand between a floor and a later ceiling for the two to be one range ("ab 3.000 € bis zu 4.500 €",
 * "A partir de R$ 2.000 podendo chegar a R$ 6.000"): a connector alone. "with up to", "plus up to", "dazu bis zu" add a bonus.
 */
export const rangeConnectors: string[] = ['up to', 'upto', 'to', 'bis', 'bis zu', 'hasta', 'até', "jusqu'à", 'chegar a', 'podendo chegar a', 'chegando a', '-', '–', '—'];

/** Short words right before a single figure that make it a ceiling (pl/cs/sk "do", ru "до"). */
export const ceilingRightBefore: string[] = ['do', 'до'];

/** Words right before a single figure that make it a floor ("from €40,000", ru "от 150 000"). */
export const floorRightBefore: string[] = ['from', 'starting at', 'starting from', 'minimum', 'min.', 'at least', 'ab', 'mindestens', 'à partir de', 'au moins', 'desde', 'a partir de', 'od', 'от'];

/** Words right after a single figure that make it a floor (ja/zh 以上 "or more"; ja 〜 with no second figure, "from"). */
export const floorRightAfter: string[] = ['以上', '〜', '～', 'и выше'];

/** Words right after a single figure that make it a ceiling (ja/zh 以下 "or less", ja まで "up to"). */
export const ceilingRightAfter: string[] = ['以下', 'まで'];

/** Period words anywhere before a figure in its sentence ("yearly compensation", "年収"). */
export const periodBeforeWords: Record<SalaryPeriod, string[]> = {
  YEAR: ['annual', 'annually', 'yearly', 'per year', 'a year', 'per annum', 'jahresgehalt', 'jährlich', 'annuel', 'annuelle', 'anual', 'anuales', 'anuais', 'ročn*', '年収', '年俸', '年薪',
    'yıllık', 'årslønn', 'årslön', 'årsløn', 'vuosipalkka', 'per tahun', '연봉', 'ral', 'annuo', 'annua', 'годовой', 'годовая',
    // hu, el, uk yearly (issue #13 audit)
    'éves', 'ετήσιος', 'ετήσιες', 'річна', 'річний'],
  MONTH: ['monthly', 'per month', 'monatlich', 'mensuel', 'mensuelle', 'mensuels', 'mensuelles', 'mensual', 'mensuales', 'mensal', 'mensais', 'mesačn*', '月給', '月収', '月薪',
    'aylık', 'månedslønn', 'månadslön', 'månedsløn', 'kuukausipalkka', 'kuupalk', 'per bulan', '월급', 'mensile', 'měsíční', 'miesięczne', 'ежемесячно',
    // hu, el, vi, uk monthly (issue #13 audit)
    'havi', 'μηνιαίος', 'μηνιαίες', 'lương tháng', 'щомісячна'],
  HOUR: ['hourly', 'per hour', 'stundenlohn', 'taux horaire', 'por hora', 'hodinov*', '時給', '時薪', '时薪', 'saatlik', 'timelønn', 'timlön',
    'tuntipalkka', 'tunnitasu', 'per jam', '시급', 'orario', 'почасовая'],
  DAY: ['daily', 'day rate', 'per day', 'tagessatz', 'tjm', 'taux journalier', 'tariffa giornaliera', '日薪'],
  WEEK: [],
};

/** A period written right before the figure with no space (ja "年600万", "月30万"). */
export const periodRightBefore: Record<string, SalaryPeriod> = { 年: 'YEAR', 月: 'MONTH', 時給: 'HOUR', 日給: 'DAY' };

/** Labels that name pay when they stand right before a figure ("B2B: 100-140 PLN/h", "UoP: 12 000 zł"): contract types on Polish boards. */
export const payLabels: string[] = ['b2b', 'uop', 'umowa o pracę', 'kontrakt b2b'];
