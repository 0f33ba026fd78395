/**
 * Pay periods: words that follow a figure ("/yr", "par mois") or sit before
 * it in the same sentence ("yearly compensation"). Matched case-insensitively
 * as whole words; CJK words as substrings.
 */
import type { SalaryPeriod } from '../../schema/posting.js';

/** Period words by period. */
export const periodWords: Record<SalaryPeriod, string[]> = {
  HOUR: ['/h', '/hr', '/hour', 'per hour', 'an hour', 'a hour', 'hourly', 'hour', 'p/h', 'ph', 'stündlich', 'pro stunde', '/std', 'de l\'heure', 'par heure', 'por hora', '/hora', 'hodinová', 'hodinovú', '/hod', 'hod', 'na hodinu', 'per uur', '/uur', '時給', 'в час', '/час', '/godz', 'za godzinę', '/小時', '/小时', '/時',
    'i timen', 'tunnissa', 'tunnis', 'per jam', '/jam', 'saatlik', '/saat', "all'ora", 'l’ora', 'za hodinu', '시간당', 'за час',
    // Language facts (issue #13 audit): hu, ro, el, he, vi, uk, da/no per hour
    '/óra', 'óránként', 'pe oră', '/oră', 'την ώρα', '/ώρα', 'לשעה', '/giờ', 'за годину', 'pr. time',
    // German as written after a figure ("25€/Stunde", "13,90 € / Stunde", "15 € je Std."): the word spelled out, a spaced slash, "je"
    '/stunde', '/ stunde', '/ std', 'je stunde', 'je std', 'pro std'],
  DAY: ['/day', '/d', 'per day', 'a day', 'daily', 'day rate', 'per diem', 'pro tag', 'tagessatz', 'par jour', '/jour', 'tjm', 'por día', 'por dia', '/día', '/dia', 'per dag', 'denne', '/deň', '日給', 'в день', '/день', 'dziennie',
    // it "al giorno", zh "/天" and "每天", tr "/ gün", a spaced slash ("40.000 TL / ay" below): per day (language facts); not tr
    // "günlük" (daily), which comes before what it counts ("40.000 TL, günlük 8 saat çalışma": eight hours a day)
    'al giorno', 'giornalieri', '/天', '每天', '/ gün', '/gün'],
  WEEK: ['/week', '/wk', 'per week', 'a week', 'weekly', 'pro woche', 'par semaine', 'por semana', 'per week'],
  MONTH: ['/month', '/mo', 'per month', 'a month', 'monthly', 'pm', 'p.m.', 'monatlich', 'pro monat', 'im monat', '/monat', 'brutto/monat', 'par mois', 'mensuel', 'mensuels', 'mensuelle', 'mensuelles', '/mois', 'mensual', 'mensuales', 'al mes', 'por mes', '/mes', 'mensal', 'mensais', 'por mês', '/mês', 'per maand', 'mesačne', 'mesiac', '/mesiac', 'mesačná', 'miesięcznie', 'měsíčně', '月給', '月収', '/月', 'в месяц', 'в мес', '/мес', 'мес', '/mies', 'mies', '每月',
    'per måned', 'i måneden', '/mnd', 'per månad', 'i månaden', '/mån', 'kuukaudessa', '/kk', 'kuus', 'per bulan', '/bulan', 'aylık', '/ay', '/ ay',
    'al mese', 'mensili', 'lordi mensili', 'za miesiąc', 'na miesiąc', 'mesíčně',
    // Language facts (issue #13 audit): hu, ro, el, he, vi, ar, uk, cs/sk, pt, da/no per month
    '/hó', 'havonta', 'havi', 'lunar', 'lunară', 'pe lună', '/lună', 'μηνιαίως', 'το μήνα', 'τον μήνα', '/μήνα', 'לחודש', '/tháng', 'mỗi tháng',
    'شهريا', 'شهرياً', 'في الشهر', 'на місяць', 'в місяць', '/міс', 'za měsíc', 'za mesiac', 'ao mês', 'месечно', 'om måneden', 'pr. måned', 'pr. md.', 'pr. mnd', 'per mnd'],
  YEAR: ['/yr', '/year', '/y', 'per year', 'a year', 'per annum', 'p.a', 'p.a.', 'pa', 'annual', 'annually', 'yearly', 'year', 'jährlich', 'pro jahr', 'im jahr', '/jahr', 'brutto/jahr', 'jahresgehalt', 'par an', '/an', 'annuel', 'annuels', 'annuelle', 'brut annuel', 'anual', 'anuales', 'al año', 'por año', '/año', 'por ano', 'ao ano', 'anuais', 'per jaar', 'ročne', 'ročná', 'rocznie', '年収', '年俸', '/年', '年', 'в год', '/год', '/rok', '每年',
    'per år', 'i året', 'om året', '/år', 'vuodessa', 'aastas', 'per tahun', '/tahun', 'yıllık', "all'anno", 'annui', 'lordi annui', 'ročně',
    // Language facts (issue #13 audit): hu, ro, el, he, vi, ar, uk, cs/sk, pt, da/no per year
    'évente', '/év', 'pe an', 'ετησίως', 'το χρόνο', '/έτος', 'לשנה', '/năm', 'mỗi năm', 'سنويا', 'سنوياً', 'في السنة', 'на рік', 'в рік',
    'za rok', 'ao ano', 'pr. år'],
};

/**
 * Words that may stand between a figure and its period word ("4.500 € brutto monatlich", "2.000 € brutos al mes"):
 * gross and net, the pay's name, brackets and slashes. Up to three are passed over; matched case-insensitively.
 */
export const periodQualifiers: string[] = [
  'brutto', 'brut', 'gross', 'net', 'netto', 'btt', 'base', 'bruto', 'líquido', 'hrubého', 'hrubá', 'mzda', 'gehalt', 'salary', 'package', 'total',
  'all-in', 'ote', '(', ')', '-', '/', '|', 'per',
  // gross and net agree with the pay's noun: es/pt plural and feminine ("2.000 € brutos al mes", "R$ 4.500 líquidos por mês"),
  // it "lordi"/"netti" ("1.800 € netti mensili"), fr plural ("45 k€ bruts annuels"), ru "на руки" (net, in hand)
  'brutos', 'brutas', 'bruta', 'netos', 'netas', 'neto', 'neta', 'líquidos', 'líquida', 'líquidas', 'lordi', 'lordo', 'netti', 'bruts', 'nets',
  'на руки',
];
