/**
 * Contract words that count only as a field's value, and contract headings and labels (moved from employment.ts, which re-exports them).
 */

export const employmentLabelOnly = new Set([
  'contract', 'contractor', 'freelance', 'freelancer', 'temp', 'intern', 'interns', 'stage', 'temporal', 'volunteer', 'polovičný', 'prácticas',
  'b2b', 'pj', 'outsource', 'staż', 'clt', 'mei', 'permanent', 'vast',
  // c2c is also consumer-to-consumer trade, ИП and PFA short forms, "praktika"/"praktyki" also practice, "apprentissage" also learning
  // sv "tillsvidare" is also "until further notice" ("Sista ansökningsdag: tillsvidare")
  'c2c', 'ип', 'pfa', 'praktika', 'praktyki', 'apprentissage', 'teil-', 'tillsvidare',
  // es "indefinido", pt "efetivo", no "fast" (permanent), es "completa"/"parcial" and cs "plný"/"zkrácený" (full/reduced) and pl "UoP" (umowa o
  // pracę) name the contract only as a field's value ("Tipo de contrato: Indefinido", "Jornada: Parcial", "Stillingstype: Fast", "Úvazek: Zkrácený")
  'indefinido', 'efetivo', 'fast', 'completa', 'parcial', 'plný', 'zkrácený', 'uop', 'パート',
  // pt "sem termo" / "a termo" are also "without end" / "at the end" in prose
  'sem termo', 'a termo',
  // ru/uk "full"/"partial" are the employment only as the value of a "Занятость" field ("Занятость – полная")
  'полная', 'частичная', 'повна', 'часткова',
  // nl/de seasonal and holiday workers in the plural, and de "Saisonarbeit" (a season's work): in prose the staff a job plans or hires
  // ("Du planst den Einsatz unserer Saisonkräfte", "Je werft vakantiekrachten"); the type as a title or a field ("Weekendhulpen en vakantiekrachten")
  'seizoenskrachten', 'vakantiekrachten', 'saisonkräfte', 'saisonarbeit',
]);

/**
 * Label-only words that count only as a whole item of the value (the value split at , ; / |): nl "Dienstverband: Vast",
 * not "in overleg vast te stellen", "staat nog niet vast", "met uitzicht op vast" (fixed, settled, a prospect). One a line.
 */
export const employmentWholeItemOnly = new Set([
  'vast',
  // no "Stillingstype: Fast" (not "Type: fast-paced"), es "Jornada: Completa", cs "Úvazek: Zkrácený" (the word whole, as "vast")
  'fast', 'completa', 'parcial', 'plný', 'zkrácený', 'パート',
]);

/**
 * Labels that introduce the contract type, as "Label: value" lines (and, the
 * first group, as section headings followed by the value).
 */
export const contractHeadings = [
  'contrat', 'contract', 'vertrag', 'contrato', 'conditions', 'modalités', 'employment type', 'job type', 'type of employment',
  'type de contrat', 'vertragsart', 'anstellungsart', 'beschäftigungsart', 'tipo de contrato', 'forma zatrudnienia', 'rodzaj umowy',
  'тип занятости', 'тип зайнятості', '雇用形態', 'regime de contratação', 'regime da contratação', 'contratação', 'modelo de contratação',
  'tipo de contratação',
];
export const contractLabels = [
  ...contractHeadings, 'employment', 'contract type', 'type', 'schedule', 'forma', 'forma spolupráce', 'typ úväzku', 'úväzok',
  'beschäftigungsart', 'arbeitszeit', 'jornada', 'dienstverband', 'soort dienstverband', 'regime', 'regime de contratação',
  'modelo de contratação', 'tipo de vaga', 'contratação', 'tipo di contratto', 'typ umowy', 'wymiar pracy', 'wymiar etatu',
  'занятость', 'зайнятість', 'anställningsform', 'omfattning', 'ansættelsesform', 'arbejdstid', 'ansettelsesform', 'stillingstype',
  'työsuhde', 'työaika', 'töö tüüp', 'çalışma şekli', 'pozisyon türü', '工作性质', '工作性質',
  // ru the form of hiring ("Оформление: ИП"), cs/sk contract type, hu contract and employment type, ro contract type, el employment type, he job type
  'оформление', 'тип договора', 'typ smlouvy', 'typ zmluvy', 'szerződés típusa', 'foglalkoztatás jellege', 'tip contract', 'tipul contractului',
  'τύπος απασχόλησης', 'סוג משרה',
  // pl the form of cooperation and of employment ("Forma współpracy: B2B", "Rodzaj zatrudnienia: umowa o pracę")
  'forma współpracy', 'rodzaj zatrudnienia',
  // cs the load and the kind of employment ("Úvazek: Zkrácený", "Typ pracovního poměru: …"), it the contract's kind, pl the kind of work
  'úvazek', 'pracovní úvazek', 'typ pracovního poměru', 'pracovní poměr', 'tipologia contrattuale', 'tipologia di contratto', 'rodzaj pracy',
];
