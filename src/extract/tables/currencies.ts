/**
 * Currencies: ISO 4217 codes with the symbols and words postings use for them.
 * A new currency is one line. Symbols are matched longest first ("R$" before "$").
 */
export interface CurrencyEntry {
  code: string;
  /** Symbols written next to a figure ("$", "€", "R$"). */
  symbols: string[];
  /** Words written next to a figure ("euros", "Eur", "円"), matched case-insensitively. */
  words: string[];
}

/** The currency table. */
export const currencies: CurrencyEntry[] = [
  { code: 'USD', symbols: ['US$', 'USD$', '$'], words: ['usd', 'dollars', 'dollar', 'us dollars'] },
  { code: 'EUR', symbols: ['€'], words: ['eur', 'euro', 'euros', 'eura', 'eur.'] },
  { code: 'GBP', symbols: ['£'], words: ['gbp', 'pounds', 'pound sterling'] },
  { code: 'CHF', symbols: ['CHF', 'SFr.', 'Fr.'], words: ['chf', 'franken', 'francs suisses'] },
  { code: 'CAD', symbols: ['CA$', 'C$', 'CAD$'], words: ['cad', 'canadian dollars'] },
  { code: 'AUD', symbols: ['AU$', 'A$', 'AUD$'], words: ['aud', 'australian dollars'] },
  { code: 'NZD', symbols: ['NZ$'], words: ['nzd'] },
  { code: 'BRL', symbols: ['R$'], words: ['brl', 'reais', 'real'] },
  { code: 'MXN', symbols: ['MX$', 'Mex$'], words: ['mxn', 'pesos mexicanos'] },
  { code: 'COP', symbols: ['COL$'], words: ['cop', 'pesos colombianos'] },
  { code: 'ARS', symbols: ['AR$'], words: ['ars'] },
  { code: 'CLP', symbols: ['CLP$'], words: ['clp'] },
  { code: 'JPY', symbols: ['¥', '￥'], words: ['jpy', '円', 'yen'] },
  { code: 'CNY', symbols: ['CN¥', 'RMB'], words: ['cny', 'rmb', '元'] },
  { code: 'INR', symbols: ['₹', 'Rs.'], words: ['inr', 'lpa', 'rupees'] },
  { code: 'PLN', symbols: ['zł'], words: ['pln', 'zł', 'zl', 'złotych'] },
  { code: 'CZK', symbols: ['Kč'], words: ['czk', 'kč'] },
  { code: 'HUF', symbols: ['Ft'], words: ['huf', 'forint'] },
  { code: 'RON', symbols: ['lei'], words: ['ron', 'lei'] },
  { code: 'SEK', symbols: [], words: ['sek', 'kr'] },
  { code: 'NOK', symbols: [], words: ['nok'] },
  { code: 'DKK', symbols: [], words: ['dkk'] },
  { code: 'ILS', symbols: ['₪'], words: ['ils', 'nis', 'shekels', 'ש"ח', 'שקל', 'שקלים'] },
  { code: 'SGD', symbols: ['S$'], words: ['sgd'] },
  { code: 'HKD', symbols: ['HK$'], words: ['hkd', '港元', '港幣', '港币'] },
  { code: 'TWD', symbols: ['NT$'], words: ['twd', '新台幣', '新臺幣', '台幣', '臺幣'] },
  { code: 'KRW', symbols: ['₩'], words: ['krw', '원'] },
  { code: 'UAH', symbols: ['₴'], words: ['uah', 'грн', 'гривень', 'гривні'] },
  { code: 'RUB', symbols: ['₽'], words: ['rub', 'руб', 'рублей', 'рубля', 'рубль'] },
  { code: 'TRY', symbols: ['₺'], words: ['try', 'tl'] },
  { code: 'ZAR', symbols: [], words: ['zar'] },
  { code: 'NGN', symbols: ['₦'], words: ['ngn'] },
  { code: 'IDR', symbols: ['Rp.', 'Rp'], words: ['idr', 'rupiah'] },
  { code: 'MYR', symbols: ['RM'], words: ['myr', 'ringgit'] },
  { code: 'PHP', symbols: ['₱'], words: [] },
  { code: 'VND', symbols: ['₫'], words: ['vnd', 'đồng', 'vnđ'] },
  { code: 'THB', symbols: ['฿'], words: ['thb', 'baht'] },
  { code: 'AED', symbols: [], words: ['aed', 'dirham', 'dirhams', 'درهم'] },
  { code: 'SAR', symbols: [], words: ['sar', 'riyal', 'riyals', 'ريال'] },
  { code: 'EGP', symbols: [], words: ['egp', 'جنيه'] },
  // Language facts (issue #13 audit): the lev, the tenge
  { code: 'BGN', symbols: ['лв.'], words: ['bgn', 'лв', 'лева'] },
  { code: 'KZT', symbols: ['₸'], words: ['kzt', 'тенге'] },
];

/**
 * "元" (yuan) is the unit of the renminbi, the New Taiwan dollar and the Hong Kong dollar: it means the one
 * whose places or currency names the posting states, else CNY (the table's word for it).
 */
export const yuanPlaces: Record<string, string[]> = {
  TWD: ['台灣', '臺灣', '台北', '臺北', '新北', '桃園', '台中', '臺中', '台南', '臺南', '高雄', '新竹', 'Taiwan', 'Taipei', '新台幣', '新臺幣', '台幣', '臺幣'],
  HKD: ['香港', 'Hong Kong', '港元', '港幣', '港币'],
};

/**
 * Pay words that are one country's own, so a figure they name without a currency is in its money (language facts):
 * ja annual income, monthly, hourly, daily pay, annual salary ("年収想定: 600万 〜 1000万") are yen; zh monthly and
 * annual pay, salary, hourly and daily pay ("6..16 K 月薪") are yuan ("yuan": the posting's, as 元 reads); ko annual
 * salary and monthly pay are won.
 */
export const payWordCurrencies: Array<[word: string, currency: string]> = [
  ['年収', 'JPY'], ['月給', 'JPY'], ['時給', 'JPY'], ['日給', 'JPY'], ['年俸', 'JPY'],
  ['月薪', 'yuan'], ['年薪', 'yuan'], ['薪资', 'yuan'], ['薪資', 'yuan'], ['时薪', 'yuan'], ['時薪', 'yuan'], ['日薪', 'yuan'],
  ['연봉', 'KRW'], ['월급', 'KRW'],
];

/** Codes that a "$" figure can mean when the posting names them ("$110k AUD"). */
export const dollarCodes = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'COP', 'ARS', 'CLP'];

/**
 * Words for a multiple written after a figure, per language (issue #13 audit): pl "15 tys. zł", ru "150 тыс. руб.",
 * uk "50 тис. грн", cs "60 tis. Kč", de "60 Tsd. €", pl/ru million "1,2 mln", vi "15 triệu" (million) and "500 nghìn"
 * (thousand), hu "800 ezer Ft". Case as written. (k, M, 万, lakh, juta and the like are read in money.ts.)
 */
export const amountWords: Array<[word: string, multiplier: number]> = [
  ['tys.', 1_000], ['tys', 1_000], ['тыс.', 1_000], ['тыс', 1_000], ['тис.', 1_000], ['тис', 1_000], ['tis.', 1_000], ['Tsd.', 1_000], ['tsd.', 1_000],
  ['mln', 1_000_000], ['млн', 1_000_000], ['triệu', 1_000_000], ['nghìn', 1_000], ['ezer', 1_000],
];
