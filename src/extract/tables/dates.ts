/**
 * Words for datePosted, per language: the labels a posting's date stands
 * behind ("Posted on", "Veröffentlicht am", "發布日期") and month names.
 * Labels match case-insensitively at the start of a line. A new language is
 * a line here.
 */

/** Labels that introduce the date a posting was published. */
export const postedLabels: Record<string, string[]> = {
  en: ['date posted', 'posted on', 'posted', 'published', 'publication date', 'job posted', 'posted date', 'date published', 'published on'],
  fr: ['date de publication', 'publié le'],
  de: ['veröffentlicht am', 'veröffentlicht', 'datum', 'online seit', 'eingestellt am'],
  es: ['fecha de publicación', 'publicado el', 'publicada el', 'vacante publicada el', 'oferta publicada el'],
  pt: ['publicado em', 'data de publicação'],
  nl: ['gepubliceerd op', 'geplaatst op', 'datum geplaatst'],
  sk: ['dátum pridania ponuky', 'dátum zverejnenia'],
  pl: ['data publikacji', 'opublikowano'],
  it: ['data di pubblicazione', 'pubblicato il', 'pubblicata il'],
  cs: ['zveřejněno', 'datum zveřejnění'],
  sv: ['publicerad', 'publiceringsdatum'],
  da: ['offentliggjort', 'opslået'],
  no: ['publisert'],
  fi: ['julkaistu', 'julkaisupäivä'],
  tr: ['yayınlanma tarihi', 'ilan tarihi', 'yayın tarihi'],
  id: ['diposting', 'tanggal posting', 'dipublikasikan'],
  ru: ['дата публикации', 'опубликовано'],
  ja: ['掲載日', '公開日', '投稿日'],
  zh: ['發布日期', '发布日期', '刊登日期', '發佈日期', '发布时间', '發布時間', '發佈時間'],
  // Language facts (issue #13 audit): the labels each language's boards and careers pages put before the publication date
  'en+': ['date of posting', 'listed on', 'posting date', 'pubdate', 'pub date'],
  'de+': ['erstellt am', 'ausgeschrieben am', 'veröffentlichungsdatum', 'inseriert am'],
  'fr+': ['publiée le', 'mise en ligne le', 'posté le', 'postée le', 'date de mise en ligne', 'date de parution', 'parution', 'paru le', 'parue le'],
  'es/pt/it+': ['fecha de publicación', 'publicada em', 'postado em', 'data pubblicazione'],
  'nl+': ['geplaatst', 'publicatiedatum', 'datum publicatie'],
  'pl+': ['dodano', 'data dodania', 'opublikowane'],
  'cs/sk+': ['datum vložení', 'vloženo', 'publikováno', 'zverejnené', 'pridané'],
  'ru/uk+': ['размещено', 'опубликована', 'дата размещения', 'вакансия опубликована', 'опубліковано', 'дата публікації'],
  'tr+': ['yayınlandı', 'yayınlanma'],
  'sv/da/no+': ['publicerat', 'upplagd', 'udgivet', 'oprettet', 'lagt ut'],
  et: ['avaldatud', 'avaldamise kuupäev'],
  'id+': ['diterbitkan', 'tanggal terbit'],
  vi: ['ngày đăng', 'đăng ngày'],
  // ar "date of the announcement" (Arab job boards' label, also "… of it": "تاريخ الإعلان عنها")
  ar: ['تاريخ النشر', 'نشر في', 'تاريخ الإعلان', 'تاريخ الإعلان عنها'],
  he: ['תאריך פרסום', 'פורסם'],
  hu: ['közzétéve', 'feladva', 'megjelenés dátuma', 'közzététel dátuma'],
  ro: ['publicat pe', 'publicat', 'data publicării'],
  el: ['δημοσιεύθηκε', 'ημερομηνία δημοσίευσης'],
  // el: "Ημ/νία", the usual short form of ημερομηνία (date)
  'el+': ['ημ/νία δημοσίευσης', 'ημ/νια δημοσίευσης', 'ημ. δημοσίευσης'],
  'ja+': ['掲載開始日'],
  'zh+': ['发布于', '發布於', '刊登时间'],
  ko: ['게시일', '등록일', '작성일'],
};

/**
 * What an ordinal day number carries before its month: en "26th April 2021", fr "1er juillet 2023", es/pt/it "1º de
 * julio", "1° luglio". Lower case, matched right after the digits.
 */
export const dayOrdinalSuffixes: Record<string, string[]> = {
  en: ['st', 'nd', 'rd', 'th'],
  fr: ['er'],
  'es/pt/it': ['º', '°', 'o'],
};

/** Month names and abbreviations by number. */
export const monthNames: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  januar: 1, februar: 2, märz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janvier: 1, février: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
  // ru and pl month names as dates write them (genitive: "3 марта 2021", "3 marca 2021")
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, października: 10, listopada: 11, grudnia: 12,
  // Language facts (issue #13 audit), the forms dates write: sv, da/no, fi (partitive), cs and sk (genitive), uk (genitive), tr, ro, id, el (genitive)
  maj: 5, augusti: 8, marts: 3, desember: 12,
  tammikuuta: 1, helmikuuta: 2, maaliskuuta: 3, huhtikuuta: 4, toukokuuta: 5, kesäkuuta: 6, heinäkuuta: 7, elokuuta: 8, syyskuuta: 9, lokakuuta: 10,
  marraskuuta: 11, joulukuuta: 12,
  ledna: 1, února: 2, března: 3, dubna: 4, května: 5, června: 6, července: 7, srpna: 8, září: 9, října: 10, listopadu: 11, prosince: 12,
  januára: 1, februára: 2, apríla: 4, mája: 5, júna: 6, júla: 7, septembra: 9, októbra: 10, novembra: 11, decembra: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11, грудня: 12,
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12,
  ianuarie: 1, februarie: 2, martie: 3, aprilie: 4, iunie: 6, iulie: 7, septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12,
  maret: 3, agustus: 8,
  ιανουαρίου: 1, φεβρουαρίου: 2, μαρτίου: 3, απριλίου: 4, μαΐου: 5, ιουνίου: 6, ιουλίου: 7, αυγούστου: 8, σεπτεμβρίου: 9, οκτωβρίου: 10,
  νοεμβρίου: 11, δεκεμβρίου: 12,
};

/** Front-matter keys that hold the publication date when their value is a date ("published: 2021-03-02"; "published: false" is a draft flag). */
export const datedKeys = ['published', 'publishedAt', 'published_on', 'publishedOn', 'published_date', 'publishedDate', 'posted_on', 'postedOn', 'posted_date', 'postedDate', 'posting_date', 'postingDate', 'date_added', 'dateAdded', 'added_on', 'addedOn', 'date_created', 'dateCreated', 'created_on', 'listed_at'];

/**
 * Labels that introduce a posting's closing date ("Apply by", "Bewerbungsfrist",
 * "date limite"); the date follows, after an optional colon. Matched
 * case-insensitively anywhere in a line.
 */
export const closingLabels: Record<string, string[]> = {
  en: ['apply by', 'apply before', 'applications close on', 'applications close', 'application deadline', 'closing date', 'deadline', 'closes on', 'valid through', 'valid until', 'open until', 'expiry date'],
  de: ['bewerbungsfrist', 'bewerbungsschluss', 'bewerbung bis', 'bewerben bis', 'einsendeschluss'],
  fr: ['date limite de candidature', 'date limite', 'candidater avant le', 'postuler avant le', 'clôture des candidatures'],
  es: ['fecha límite', 'fecha de cierre', 'plazo de presentación'],
  pt: ['prazo de inscrição', 'prazo para candidaturas', 'prazo', 'inscrições até', 'data limite'],
  nl: ['sluitingsdatum', 'reageren vóór', 'reageren voor'],
  it: ['data di scadenza', 'scadenza', 'candidature entro il'],
  pl: ['termin składania aplikacji', 'termin nadsyłania zgłoszeń'],
  sv: ['sista ansökningsdag', 'sista ansökningsdatum'],
  da: ['ansøgningsfrist'],
  no: ['søknadsfrist'],
  fi: ['hakuaika päättyy'],
  ru: ['срок подачи заявок', 'прием заявок до'],
  ja: ['応募締切', '締切'],
  zh: ['截止日期', '截止时间'],
};

/**
 * Phrases that say a posting is filled or closed, per language, as regular
 * expression sources (matched case-insensitively anywhere in a line). Each
 * holds one of expiredKeywords, the prefilter that skips most lines.
 */
export const expiredPhrases: Record<string, string[]> = {
  en: ['no longer (?:accepting|available|active|open|taking)', 'position (?:has been|is) (?:filled|closed)', '(?:job|position|posting|vacancy|role) (?:has )?(?:expired|closed|been filled)', 'applications? (?:are |is )?(?:now )?closed', 'this (?:job|posting) is closed'],
  de: ['nicht mehr (?:aktuell|verfügbar|verfuegbar)', '(?:stelle|position) ist (?:bereits )?besetzt', 'stelle wurde (?:bereits )?besetzt', 'bewerbungsfrist (?:ist )?abgelaufen'],
  fr: ["n'est plus (?:disponible|d'actualité|ouverte)", 'offre (?:expirée|pourvue|clôturée)', 'poste (?:est |a été )?pourvu', 'candidatures (?:sont )?closes'],
  es: ['ya no está disponible', 'oferta (?:cerrada|expirada)', 'vacante (?:cerrada|cubierta)'],
  pt: ['vaga (?:encerrada|preenchida|fechada)', 'não está mais disponível', 'inscrições encerradas'],
  nl: ['niet meer beschikbaar', 'vacature is (?:vervuld|gesloten)'],
  sk: ['už nie je aktuáln\\w+', 'ponuka (?:už )?nie je aktuálna'],
  ja: ['募集(?:は)?終了'],
};

/** Every expiredPhrases pattern, lower-cased, contains one of these. */
export const expiredKeywords = ['no longer', 'filled', 'expired', 'closed', 'nicht mehr', 'besetzt', 'abgelaufen', "n'est plus", 'offre', 'pourvu', 'closes', 'ya no está', 'oferta', 'vacante', 'vaga', 'não está mais', 'encerradas', 'niet meer', 'vacature is', 'nie je aktuáln', '終了'];

/** Front-matter keys of a closing date. */
export const closingDateKeys = ['validThrough', 'valid_through', 'expires', 'expires_at', 'expiresAt', 'expiry', 'expiry_date', 'expiration_date', 'closing_date', 'closingDate', 'closes', 'deadline', 'application_deadline', 'applicationDeadline', 'apply_by', 'apply_before'];

/** Front-matter keys that say whether a posting is open: the value that means closed. */
export const closedFlags: Array<{ keys: string[]; closedWhen: boolean }> = [
  { keys: ['open', 'active', 'is_open', 'isOpen', 'is_active', 'isActive'], closedWhen: false },
  { keys: ['closed', 'expired', 'filled', 'is_closed', 'isClosed', 'is_filled'], closedWhen: true },
];

/** Front-matter `status` values of a closed posting. */
export const closedStatuses = ['closed', 'filled', 'expired', 'archived', 'inactive'];
