/**
 * Stop words per language (BCP 47 code): short, frequent words that say which
 * language a text is in. Scripts settle some languages outright (kana: ja).
 * A new language is one line.
 */
export const stopWords: Record<string, string> = {
  en: 'the and of to in a is you we for with our are be will on as that this your have or an at by from it can',
  de: 'der die das und ist du wir sie mit für von zu den ein eine nicht auf auch bei dich dein deine ihr uns im sind werden als',
  fr: 'le la les et des est une un vous nous pour dans du en au aux avec sur que qui par pas ce cette sont être votre notre',
  es: 'el la los las y de que en un una es con por para del al se nuestro nuestra tu como más lo sus estamos eres',
  pt: 'o a os as e de que em um uma é com para do da dos das no na nos nossa nosso você são ao pelo pela seu sua por se',
  nl: 'de het een en van is je wij we in op met voor dat die te zijn ons onze naar bij ook niet aan jij er',
  it: 'il lo la gli le e di che è un una per con non sono della del nella nel siamo tu noi',
  sk: 'a je na sa v s z do pre že ako aj alebo sú nie si by ktorý ktorá ktoré vo so od po tvoje naše už sme ste som máš môžeš našej nášho našom tiež keď',
  cs: 'a je na se v s z do pro že jako i nebo jsou není si by který která které ve se od po vaše naše jsme jste našeho našem když',
  pl: 'i w na z do że jest się nie to dla jak od po oraz są być lub przez nasz twoje',
  // Close relatives (no/da/sv, es/gl/ca/pt, hr/bs/sr/sl, id/ms) share most function words: each list ends with the
  // common ones that tell it from its relatives (no "av oss vår", da "af os vores", sv "och vad några"), so a
  // near-tie of franc's trigrams between relatives is decided by them (language-tie.ts).
  sv: 'och att det som en på är för med har av till den inte vi du om ett vår vårt våra oss dig efter vad några mycket blir också från ska',
  da: 'og at det som en på er for med har af til den ikke vi du om et vores os dig efter hvad nogle meget bliver også fra skal',
  no: 'og at det som en på er for med har av til den ikke vi du om et å vår vårt våre oss deg etter hva noen mye blir også fra skal',
  // Catalan "per" left out: English postings write "per year".
  ca: 'el la els les i de del a en amb que és un una al als no es ens us nostre nostra seu seva són més',
  gl: 'o a os as e de do da dos das en no na nos un unha con por para que é ao non se noso nosa seu súa máis',
  hr: 'i u na je za se da s sa od do što tko ili kao će biti smo ste nudimo uvjeti uvjete uvjeta tvrtka vrijeme plaća plaću',
  bs: 'i u na je za se da s sa od do šta ko ili kao će biti smo ste nudimo uslovi uslove uslova vrijeme plata platu',
  sr: 'i u na je za se da s sa od do šta ko ili kao će biti smo ste nudimo uslovi uslove uslova vreme preduzeće plata platu',
  sl: 'in v na je za se s z od ki kot bo smo ste tudi iz pri naš naša nudimo ter',
  id: 'yang dan di untuk dengan kami anda ini itu dari ke dalam akan pada tidak karena bisa lamaran',
  ms: 'yang dan di untuk dengan kami anda ini itu dari ke dalam akan pada tidak kerana syarikat sila jawatan',
  // Cyrillic: franc's trigrams for Russian, Ukrainian and Bulgarian sit close on a short text; their function words differ.
  ru: 'и в на с по от для не мы вы что это как или за к до из о у наш наша наши ваш вас нас который которая которые будет нашей нашего вашей',
  uk: 'і й в у на з по від для не ми ви що це як або за до із наш наша наші ваш вас нас який яка які буде та',
  bg: 'и в на с по от за не ние вие че това как или към до из се са е да ще нашия нашата който която които',
};

/** Languages recognised by their script alone (Cyrillic is not one: franc tells Russian from Ukrainian): [code, pattern]; a pattern matches one character (the share of letters is counted per character). */
export const scriptLanguages: Array<[code: string, pattern: RegExp]> = [
  ['ja', /[\u3040-\u30ff]/gu],
  ['ko', /[\uac00-\ud7af]/gu],
  ['zh', /[\u4e00-\u9fff]/gu],
];

/**
 * franc's ISO 639-3 codes -> BCP 47, for the languages a posting is reported in. A code franc may
 * answer that is not here (Scots for short English, Low German for short Dutch) gives "und": a
 * close relative is no confident answer. Bokmål and Nynorsk are both Norwegian (no): franc's scores
 * for the two sit within a hair of each other. A new language is one line.
 */
export const francCodes: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', afr: 'af',
  dan: 'da', swe: 'sv', nob: 'no', nno: 'no', fin: 'fi', ekk: 'et', lit: 'lt', lvs: 'lv',
  pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', bos: 'bs', srp: 'sr', hun: 'hu', ron: 'ro', als: 'sq',
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', mkd: 'mk', kaz: 'kk', uzn: 'uz', azj: 'az', tur: 'tr', tuk: 'tk',
  cat: 'ca', glg: 'gl', epo: 'eo', arb: 'ar', heb: 'he', ydd: 'yi', pes: 'fa', urd: 'ur', hin: 'hi', mar: 'mr', npi: 'ne',
  ind: 'id', zlm: 'ms', jav: 'jv', tgl: 'tl', vie: 'vi', mya: 'my', amh: 'am', swh: 'sw', hau: 'ha', yor: 'yo', zul: 'zu',
  ell: 'el',
};

/**
 * Groups of languages so close that franc's scores for them sit together on any text in one of them: a
 * short text's answer needs to stand clear of every language outside its group (language-detector.ts).
 */
export const closeLanguageGroups: string[][] = [
  ['no', 'da', 'sv'], ['cs', 'sk'], ['hr', 'bs', 'sr'], ['bg', 'mk'], ['ru', 'uk', 'be'], ['es', 'gl', 'ca', 'pt'], ['id', 'ms'],
];

/**
 * Languages franc also weighs (ISO 639-3) though no posting is reported in them, so that a text
 * closer to one of them than to any language above is "und": Scots (near English), Low German (near
 * German and Dutch), Sardinian and Venetian (near Italian and Spanish), Dari (near Persian).
 */
export const closeRelatives = ['sco', 'nds', 'src', 'vec', 'prs'];

/**
 * Letters a language never writes though a close relative does (orthography): a text that holds two or
 * more of them is in no such language. Bulgarian and Ukrainian have no ы, э, ё; Russian no і, ї, є, ґ;
 * Czech no ľ, ĺ, ŕ, ô, ä; Slovak no ř, ů, ě; Spanish no ã, õ, ç, à; Portuguese no ñ; Danish and
 * Norwegian no ä, ö; Swedish no æ, ø; Slovene no ć, đ; the South Slavic languages
 * no acute accents (á, ý); none of them writes Turkish ı, ğ or ş ("ve" is a Czech stop word and Turkish "and").
 * A new language is one line.
 */
export const foreignLetters: Record<string, string> = {
  ru: 'іїєґўѓќѕљњџјђћ',
  uk: 'ыэёъўѓќѕљњџјђћ',
  be: 'иъщїєґѓќѕљњџјђћ',
  bg: 'ыэёіїєґўѓќѕљњџјђћ',
  mk: 'ыэёъщйюяьіїєґўђћ',
  cs: 'ľĺŕôäłąęńśźżćđőűığş',
  sk: 'řůěłąęńśźżćđőűığş',
  pl: 'řůěľĺŕôäčšžđőűığş',
  hr: 'řůěľĺŕôäłąęńśźőűáíóúýťďňığş',
  bs: 'řůěľĺŕôäłąęńśźőűáíóúýťďňığş',
  sr: 'řůěľĺŕôäłąęńśźőűáíóúýťďňığş',
  sl: 'ćđřůěľĺŕôäłąęńśźőűáíóúýťďňığş',
  es: 'ãõçàèòùâêôŀığş',
  pt: 'ñèìòùŀığş',
  gl: 'ãõçàèòùâêôŀığş',
  ca: 'ñãõâêôáìùığş',
  da: 'äöığş',
  no: 'äöığş',
  sv: 'æøığş',
};

/**
 * Letters of a language's own alphabet that English and most others never write: a short text's lower-case
 * word holding one supports franc's answer of that language (or a close relative) where no stop word does
 * ("lập trình viên", "vývojář", "księgowa"). A new language is one line.
 */
export const ownLetters: Record<string, string> = {
  vi: 'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ',
  cs: 'řůě',
  sk: 'ľĺŕô',
  pl: 'łąęśźżń',
  tr: 'ığş',
  ro: 'ășțâî',
  hu: 'őű',
  hr: 'đć',
  is: 'þð',
  lv: 'āēīūķļņģ',
  lt: 'ąčęėįšųū',
};
