/**
 * Equity words, per language: what offers a stake (stock options, RSUs,
 * shares, tokens). Matched case-insensitively as whole words; Chinese and
 * Japanese words anywhere. A new phrase or language is a line here.
 */

/** Phrases that offer a stake in the company. Bare "equity" needs offer words around it (equity.ts). */
export const equityOffers: Record<string, string[]> = {
  en: [
    'equity', 'stock option', 'stock options', 'stock-options', 'stock option plan', 'stock option programme', 'stock option program',
    'employee stock', 'rsu', 'rsus', 'restricted stock unit', 'restricted stock units', 'esop', 'vsop', 'share option', 'share options',
    'virtual shares', 'token package', 'token grant', 'token allocation', 'token option', 'token options', 'token compensation',
    'tokens package', 'tokens grant', 'tokens allocation', 'tokens options', 'tokens compensation',
  ],
  de: ['mitarbeiterbeteiligung', 'aktienoptionen', 'unternehmensbeteiligung'],
  fr: ['bspce', 'actions gratuites'],
  es: ['participación accionarial', 'opciones sobre acciones'],
  pt: ['opções de ações', 'participação acionária'],
  // sv: part-ownership ("Möjlighet till delägarskap"), staff options; no/da the same words
  sv: ['delägarskap', 'delägare', 'personaloptioner', 'teckningsoptioner'],
  'no/da': ['medeierskap', 'aksjeopsjoner', 'medarbejderaktier', 'medejerskab'],
  nl: ['aandelenopties'],
  pl: ['opcje na akcje', 'akcje pracownicze'],
  it: ['partecipazione azionaria'],
  ja: ['ストックオプション', '株式報酬'],
  zh: ['股票期权', '股票期權', '期权激励', '期權激勵', '股权激励', '股權激勵', '公司期权', '公司期權'],
  ko: ['스톡옵션', '스톡 옵션', '주식매수선택권'],
};

/**
 * Words that deny the offer: before its phrase in the same clause ("We do not offer stock options", "keine
 * Aktienoptionen", "sans BSPCE"), or after its phrase and a colon ("Equity: none"). Curly apostrophes read as straight.
 */
export const equityDenials: Record<string, string[]> = {
  en: ['no', 'not', 'none', 'without', 'never', 'cannot', "can't", "don't", "doesn't", "won't", "isn't", "aren't"],
  de: ['kein', 'keine', 'keinen', 'nicht', 'ohne'],
  fr: ['pas', 'aucun', 'aucune', 'sans'],
  es: ['no', 'sin', 'ningún', 'ninguna'],
  pt: ['não', 'sem', 'nenhum', 'nenhuma'],
  nl: ['geen', 'niet', 'zonder'],
  sv: ['inte', 'ingen', 'inga', 'utan'],
  zh: ['没有', '沒有', '不提供', '暂无', '暫無'],
};

/** Words that start a clause of its own, where a denial before them no longer reaches: "no bonus, but stock options". */
export const equityClauseBreaks: Record<string, string[]> = {
  en: ['but', 'however'],
  de: ['aber', 'sondern', 'jedoch'],
  fr: ['mais'],
  es: ['pero', 'sino'],
  pt: ['mas'],
  nl: ['maar'],
  sv: ['men', 'utan även'],
  zh: ['但', '但是', '而是'],
};
