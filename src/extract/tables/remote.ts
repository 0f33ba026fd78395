/**
 * Remote work, per language: phrases that state a policy (remote, hybrid,
 * onsite) with their weight, and the regions where remote work may be
 * allowed. A new language is a few more strings here. Phrases match
 * case-insensitively as whole words; a phrase with a Japanese or Chinese
 * character matches anywhere (those scripts put no spaces between words).
 */

/** Phrases that state a remote policy outright, with their weight (3 strong, 1 weak). */
export const remotePhrases: Record<'remote' | 'hybrid' | 'onsite', Array<[phrase: string, weight: number]>> = {
  remote: [
    ['fully remote', 3], ['full remote', 3], ['fully-remote', 3], ['full-remote', 3], ['100% remote', 3], ['100 % remote', 3], ['remote-first', 3], ['remote first', 3],
    ['all-remote', 3], ['all remote', 3], ['remote position', 3], ['remote role', 3], ['remote job', 3], ['remote-only', 3],
    ['remote only', 3], ['work from anywhere', 3], ['work remotely from anywhere', 3], ['anywhere in the world', 3],
    ['distributed company', 2], ['telecommute', 2], ['telecommuting', 2], ['remote', 1], ['remotely', 1],
    ['allows remote', 3], ['remote allowed', 3], ['remote ok', 3],
    // remote work offered to the reader ("if you want to work remote, that's great", "looking to work with us remotely"): seen in two sources
    ['want to work remote', 3], ['want to work remotely', 3], ['work with us remotely', 3], ['looking to work remotely', 3],
    // de
    ['vollständig remote', 3], ['komplett remote', 3], ['100% homeoffice', 3], ['100 % homeoffice', 3], ['100% im homeoffice', 3], ['100 % im homeoffice', 3], ['ortsunabhängig', 3],
    // fr
    ['100% télétravail', 3], ['télétravail complet', 3], ['télétravail total', 3], ['full télétravail', 3], ['entièrement à distance', 3],
    ['intégralement à distance', 3], ['100% à distance', 3], ['en télétravail', 2],
    // es
    ['100% remoto', 3], ['remoto', 3], ['en remoto', 3], ['teletrabajo', 3], ['trabajo remoto', 3], ['desde donde quieras', 2],
    // pt
    ['100% remota', 3], ['de forma remota', 3], ['trabalho remoto', 3], ['home office integral', 3],
    // nl
    ['volledig remote', 3], ['op afstand', 2], ['volledig thuis werken', 3], ['volledig vanuit huis', 3],
    // "thuiswerken" is written joined as often as apart, and "op afstand" takes "volledig" as "remote" does
    ['volledig thuiswerken', 3], ['volledig op afstand', 3],
    // sk / cz
    ['plne remote', 3], ['práca z domu', 2], ['na diaľku', 2], ['plně remote', 3], ['práce z domova', 2], ['na dálku', 2],
    // "work at a distance" as a sentence offers it (accusative: "nabízíme práci na dálku"), and "fully" before it as before "remote"
    ['práci na dálku', 3], ['prácu na diaľku', 3], ['plně na dálku', 3], ['plne na diaľku', 3],
    // pl
    ['praca zdalna', 3], ['pracy zdalnej', 3], ['w pełni zdalna', 3], ['całkowicie zdalnie', 3], ['w pełni zdalnie', 3], ['100% zdalnie', 3],
    ['zdalnie', 2],
    // pl: "praca zdalna" declined, as an object ("Oferujemy pracę zdalną") or after "z" ("z pracą zdalną")
    ['pracę zdalną', 3], ['zdalną pracę', 3], ['pracą zdalną', 3], ['zdalnej pracy', 3],
    // ru / uk
    ['удалённо', 3], ['удаленно', 3], ['удалённая работа', 3], ['удаленная работа', 3], ['удалёнка', 3], ['удаленка', 3],
    ['дистанционно', 3], ['дистанционная работа', 3], ['віддалено', 3], ['віддалена робота', 3], ['дистанційно', 3],
    // it
    ['da remoto', 3], ['lavoro da remoto', 3], ['completamente da remoto', 3],
    // it working from home ("lavoro da casa", "lavorare da casa"); "da casa" alone is also "far from home", "10 minuti da casa"
    ['lavoro da casa', 3], ['lavorare da casa', 3], ['lavorando da casa', 3],
    // tr
    ['uzaktan çalışma', 3], ['tamamen uzaktan', 3], ['uzaktan', 2],
    // sv / da / no
    ['distansarbete', 3], ['på distans', 3], ['distans', 2], ['fjernarbejde', 3], ['fjernarbeid', 3], ['arbejde hjemmefra', 2], ['jobba hemifrån', 2],
    ['jobbe hjemmefra', 2],
    // fi / et
    ['etätyö', 3], ['etänä', 2], ['kaugtöö', 3],
    // id / vi / ar
    ['kerja jarak jauh', 3], ['kerja dari rumah', 2], ['làm việc từ xa', 3], ['عن بعد', 3],
    // zh
    ['远程办公', 3], ['远程工作', 3], ['全职远程', 3], ['完全远程', 3], ['遠端工作', 3], ['遠距工作', 3], ['遠程工作', 3], ['居家办公', 2],
    ['在家办公', 2], ['远程', 2], ['遠端', 2], ['遠距', 2], ['远端工作', 3], ['远端', 2],
    // ko
    ['원격 근무', 3], ['원격근무', 3], ['재택근무', 2],
    // ja
    ['フルリモート', 3], ['完全リモート', 3], ['リモートワーク', 2], ['リモート勤務', 2], ['テレワーク', 2], ['在宅勤務', 2],
    // ja: the place of work is free, or not asked ("勤務場所自由", "勤務地不問"): work from where you like
    ['勤務場所自由', 3], ['勤務地自由', 3], ['勤務地不問', 3],
    // Language facts, per language, as recruiters write them (issue #13 audit): en a home-based role (UK); de wholly at home;
    // fr/es/pt/it work at a distance; pt-PT teletrabalho; pl/cs/sk/ru/uk the board's "work mode: remote"; sv a distance job;
    // ko fully at home; hu, ro, el, he remote work
    ['home-based role', 3], ['home-based position', 3], ['home-based job', 3], ['home based role', 3], ['home-based', 2],
    ['vollständig im homeoffice', 3], ['komplett im homeoffice', 3], ['ausschließlich im homeoffice', 3], ['ausschließlich remote', 3],
    ['travail à distance', 3], ['trabajo a distancia', 3], ['modalidad remota', 3], ['posición remota', 3], ['remota', 2], ['trabajo desde casa', 2], ['trabajar desde casa', 2], ['trabalhar de casa', 2], ['trabalhar em casa', 2],
    // fr working from home, as "trabajar desde casa" ("vous travaillez de chez vous", "depuis votre domicile"); "de chez vous" alone is also
    // "près de chez vous" (near your home)
    ['travailler de chez vous', 2], ['travaillez de chez vous', 2], ['depuis chez vous', 2], ['depuis votre domicile', 2],
    ['teletrabalho', 3], ['trabalho a distância', 3], ['vaga remota', 3], ['modalidade remota', 3], ['posição remota', 3],
    ['lavoro a distanza', 3], ['full smart working', 3], ['100% smart working', 3], ['smart working al 100%', 3], ['telelavoro', 2],
    ['w trybie zdalnym', 3], ['tryb pracy: zdalny', 3], ['tryb pracy: zdalna', 3], ['vzdálená práce', 3], ['práce na dálku', 3], ['práca na diaľku', 3],
    ['vzdialená práca', 3], ['удалённый формат', 3], ['удаленный формат', 3], ['формат работы: удалённый', 3], ['формат работы: удаленный', 3],
    ['віддалений формат', 3], ['формат роботи: віддалений', 3], ['віддалена', 2], ['дистанційна робота', 3], ['evden çalışma', 2], ['distansjobb', 3],
    ['từ xa', 2], ['풀재택', 3], ['전면 재택', 3], ['전면재택', 3], ['완전 재택', 3],
    ['távmunka', 3], ['távmunkában', 3], ['távoli munkavégzés', 3], ['la distanță', 3], ['la distanta', 3], ['telemuncă', 3],
    ['απομακρυσμένη εργασία', 3], ['εξ αποστάσεως', 3], ['τηλεργασία', 3], ['עבודה מרחוק', 3], ['מרחוק', 2],
  ],
  hybrid: [
    ['hybrid', 3], ['hybride', 3], ['híbrido', 3], ['hibrido', 3], ['partially remote', 3], ['partial remote', 3], ['partly remote', 3],
    ['remote: partial', 3], ['flexible working location', 2], ['teilweise remote', 3], ['teilweise homeoffice', 3],
    ['télétravail possible', 3], ['télétravail partiel', 3], ['teletrabajo parcial', 3], ['gedeeltelijk thuiswerken', 3],
    ['možný občasný home-office', 3], ['občasný home office', 3], ['home office možný', 3], ['home office möglich', 2],
    ['homeoffice möglich', 2], ['remote arbeiten ist möglich', 2], ['ハイブリッド', 3],
    // de: a home-office "model" or hybrid working is some days at home; ja: "一部リモート", remote in part
    ['homeoffice-modell', 3], ['home-office-modell', 3], ['hybrides arbeiten', 3], ['hybrides arbeitsmodell', 3], ['一部リモート', 3], ['一部在宅', 3],
    // en/de the possibility of remote work, as "option to work from home" (extra5 segfaultsystems, rpi-virtuell)
    ['possibility to work remotely', 3], ['possibility of working remotely', 3], ['possibility of remote work', 3], ['option to work remotely', 3],
    ['remote-arbeit möglich', 3], ['remote arbeit möglich', 3],
    ['flexibility to work from home', 3], ['option to work from home', 3], ['híbrida', 3], ['hibrida', 3], ['parte en teletrabajo', 3],
    ['hybrydowo', 3], ['praca hybrydowa', 3], ['pracy hybrydowej', 3], ['model hybrydowy', 3], ['hybrydowy', 3],
    ['гибридный формат', 3], ['гибридный график', 3], ['гибрид', 3], ['гібридний формат', 3], ['ibrido', 3], ['ibrida', 3],
    ['hibrit', 3], ['hybridarbete', 3], ['hybridmodell', 3], ['hybridityö', 3], ['fleksibilitet til at arbejde hjemmefra', 3],
    ['混合办公', 3], ['混合辦公', 3], ['하이브리드', 3],
    // Weak: working from home named without a share ("* Home office" among benefits) decides nothing alone; beside a named work place it is hybrid work.
    ['home office', 1], ['home-office', 1], ['homeoffice', 1], ['work from home', 1], ['working from home', 1], ['wfh', 1],
    ['mobiles arbeiten', 1], ['mobile arbeit', 1],
    // nl: "thuis werken" / "werken vanuit huis" (working from home), written apart as often as "thuiswerken"
    // nl "thuiswerken", no "hjemmekontor": working from home, as "home office" above (a share of it, with no share named)
    ['thuiswerken', 1], ['hjemmekontor', 1], ['thuis werken', 1], ['thuiswerkmogelijkheid', 1], ['werken vanuit huis', 1], ['vanuit huis werken', 1], ['thuiswerkdagen', 3], ['thuiswerkdag', 3],
    // ja: "remote possible", "working from home possible" (as télétravail possible)
    ['リモート可', 3], ['リモート可能', 3], ['在宅勤務可', 3], ['在宅勤務可能', 3], ['リモート勤務可', 3], ['リモート勤務可能', 3],
    ['テレワーク可', 3], ['テレワーク可能', 3], ['リモートワーク可', 3], ['リモートワーク可能', 3], ['在宅勤務制度', 3], ['リモートワーク制度', 3],
    // ko: "working from home possible", "remote work possible" (as ja 在宅勤務可能)
    ['재택근무 가능', 3], ['재택 가능', 3], ['원격근무 가능', 3], ['원격 근무 가능', 3],
    // "2 jours de télétravail", "2 Tage Homeoffice": some days of remote work a week
    // fr "essentiellement en télétravail" (mostly remote work): remote with some days together
    ['essentiellement en télétravail', 3], ['principalement en télétravail', 3], ['majoritairement en télétravail', 3],
    ['jours de télétravail', 3], ['jour de télétravail', 3], ['tage homeoffice', 3], ['tage home office', 3], ['tage im homeoffice', 3],
    ['tage mobiles arbeiten', 3], ['tage remote', 3], ['days remote', 3], ['days from home', 3], ['days working from home', 3],
    ['days in the office', 3], ['days in office', 3], ['días de teletrabajo', 3], ['dias de home office', 3], ['dias remotos', 3],
    ['dni pracy zdalnej', 3], ['dni w biurze', 3], ['dny home office', 3], ['dagen thuiswerken', 3], ['giorni di smart working', 3],
    ['etäpäivä', 3], ['etäpäiviä', 3], ['hjemmekontordager', 3], ['hemarbetsdagar', 3],
    // fi the partitive after a number ("2 etäpäivää viikossa"), da days of working from home, fr "2 jours en télétravail"
    ['etäpäivää', 3], ['hjemmearbejdsdage', 3], ['hjemmearbejdsdag', 3], ['jours en télétravail', 3], ['jour en télétravail', 3],
    // Language facts (issue #13 audit): pl/cs/sk/ru/uk hybrid (adjective forms), fi/et a possibility of remote work, ar/hu/ro/el/he hybrid
    ['hybrydowa', 3], ['hybrydowej', 3], ['hybrydowym', 3], ['tryb pracy: hybrydowy', 3], ['tryb pracy: hybrydowa', 3], ['hybridní', 3], ['hybridný', 3],
    ['hybridná', 3], ['hybridně', 3], ['hybridne', 3], ['гибридный', 3], ['гібрид', 3], ['гібридний', 3], ['etätyömahdollisuus', 3], ['osittain etänä', 3], ['hübriid', 3], ['hübriidne', 3],
    ['hübriidtöö', 3], ['kaugtöövõimalus', 3], ['هجين', 3], ['هجينة', 3], ['hibrid', 3], ['υβριδικό', 3], ['υβριδική', 3], ['היברידי', 3], ['היברידית', 3],
    // Weak, as "home office" above: fr télétravail (most often some days of it), it smart working / lavoro agile (the legal name of it),
    // de Telearbeit, da/sv working from home, ro from home, ar/he working from home
    ['télétravail', 1], ['smart working', 1], ['lavoro agile', 1], ['telearbeit', 1], ['hjemmearbejde', 1], ['hemarbete', 1], ['arbeta hemifrån', 1],
    ['de acasă', 1], ['العمل من المنزل', 1], ['עבודה מהבית', 1],
    // fr occasional or flexible télétravail, it "the possibility of smart working", de "Telearbeit möglich": a share of it, as "télétravail possible"
    ['télétravail occasionnel', 3], ['télétravail flexible', 3], ['possibilità di smart working', 3], ['telearbeit möglich', 2],
  ],
  onsite: [
    ['on-site', 3], ['onsite', 3], ['on site', 3], ['in-office', 3], ['in office', 2], ['office-based', 3], ['office based', 3],
    ['no telecommuting', 3], ['no remote', 3], ['not remote', 3], ['not a remote', 3], ['vor ort', 2],
    ['präsenz', 2], ['sur site', 3], ['en présentiel', 3], ['presencial', 3], ['presencialmente', 3], ['op kantoor', 2], ['出社', 2],
    ['praca stacjonarna', 3], ['stacjonarnie', 3], ['w biurze', 2], ['работа в офисе', 3], ['в офисе', 2], ['in sede', 3],
    ['ofisten çalışma', 3], ['på plats', 2], ['på kontoret', 2], ['坐班', 3], ['到岗办公', 3],
    // remote work ruled out, per language
    ['kein homeoffice', 3], ['kein home office', 3], ['kein remote', 3], ['nessun lavoro da remoto', 3], ['no smart working', 3],
    ['sin teletrabajo', 3], ['sin trabajo remoto', 3], ['sem home office', 3], ['sem trabalho remoto', 3], ['pas de télétravail', 3],
    ['bez pracy zdalnej', 3], ['zdalna praca jest wykluczona', 3], ['praca zdalna jest wykluczona', 3], ['без удалёнки', 3], ['без удаленки', 3], ['ei etätyötä', 3], ['geen thuiswerken', 3],
    ['ofiste çalışma', 3], ['kantoorfunctie', 2], ['現地勤務', 3], ['出社勤務', 3], ['常驻', 2], ['현장 근무', 3], ['사무실 근무', 3],
    ['lavoro in presenza', 3], ['in presenza', 2], ['na miejscu', 2], ['kontorsbaserad', 3], ['toimistolla', 2],
    // pl "work in the office"; ja "in the office as a rule", "office attendance required", "office work"
    ['praca w biurze', 3], ['pracy w biurze', 3], ['原則出社', 3], ['出社必須', 3], ['オフィス勤務', 3],
    // Language facts (issue #13 audit): en in person; de attendance required; nl at the site; pl/ru/uk the board's "work mode: office";
    // cs/sk/et/vi/ar/hu/ro/el/he in the office; id "Work From Office" (WFO); zh stationed on site; ko stationed, commuting to the office
    ['in-person', 2], ['präsenzpflicht', 3], ['op locatie', 2], ['w trybie stacjonarnym', 3], ['tryb pracy: stacjonarny', 3], ['tryb pracy: stacjonarna', 3],
    ['офисный формат', 3], ['формат работы: офис', 3], ['робота в офісі', 3], ['в офісі', 2], ['офісний формат', 3], ['v kanceláři', 2], ['v kancelárii', 2],
    ['kontoris', 2], ['work from office', 3], ['wfo', 3], ['di kantor', 2], ['làm việc tại văn phòng', 3], ['tại văn phòng', 2], ['في المكتب', 2],
    ['irodai munkavégzés', 3], ['irodában', 2], ['la birou', 2], ['στο γραφείο', 2], ['במשרד', 2], ['驻场', 3], ['现场办公', 3], ['現場辦公', 3],
    ['상주 근무', 3], ['상주근무', 3], ['사무실 출근', 3],
  ],
};

/**
 * Negation words, per language: a short remote value that holds one beside its remote words rules remote
 * work out ("Remote not possible", "Remote work not offered", "kein Homeoffice", "pas de télétravail").
 * The words the body's negated-remote rule reads (remote-phrases.ts), plus the predicates of a value.
 * Whole words, case-insensitively.
 */
export const remoteNegationWords: Record<string, string[]> = {
  en: ['no', 'not', 'non', 'never', 'impossible', 'unavailable'],
  de: ['kein', 'keine', 'nicht', 'ohne', 'ausgeschlossen'],
  fr: ['pas', 'sans', 'impossible'],
  es: ['sin', 'imposible'],
  pt: ['não', 'sem', 'impossível'],
  it: ['non', 'nessun', 'niente', 'senza', 'impossibile'],
  nl: ['geen', 'niet', 'zonder'],
  pl: ['nie', 'bez', 'brak'],
  fi: ['ei'],
  sv: ['inte', 'ej', 'ingen'],
  cs: ['není', 'nelze', 'bez'],
  sk: ['nie', 'bez'],
};

/**
 * A refusal after the remote words, in the same sentence ("Volledig thuiswerken is bij deze functie niet mogelijk",
 * "Práci na dálku bohužel nenabízíme"): that sentence states no remote work. One a line.
 */
export const remoteRefusals: string[] = [
  'niet mogelijk',
  'nenabízíme',
  'není možná',
  'není možné',
  'neponúkame',
  'nie je možná',
  'nie je možné',
];

/**
 * Technology terms that hold a policy word but say nothing of where the work
 * is done ("hybrid mobile apps", "hybrid cloud"): their words are not read as
 * a policy. Whole words, case-insensitively.
 */
export const notPolicyPhrases: string[] = [
  'hybrid mobile', 'hybrid-mobile', 'hybrid app', 'hybrid apps', 'hybrid application', 'hybrid applications', 'hybrid cloud', 'hybrid-cloud',
  'hybrid infrastructure', 'hybride app', 'hybride apps',
  // it/es/pt/fr: hybrid apps and hybrid technology, as "hybrid mobile apps" ("applicazioni ... in tecnologia ibrida")
  'tecnologia ibrida', 'tecnologie ibride', 'app ibrida', 'app ibride', 'applicazione ibrida', 'applicazioni ibride', 'cloud ibrido', 'cloud ibrida',
  'tecnología híbrida', 'app híbrida', 'apps híbridas', 'aplicación híbrida', 'aplicaciones híbridas', 'nube híbrida',
  'tecnologia híbrida', 'app híbrido', 'apps híbridos', 'aplicativo híbrido', 'aplicativos híbridos', 'aplicação híbrida', 'aplicações híbridas', 'nuvem híbrida',
  'application hybride', 'applications hybrides', 'cloud hybride',
  // a hybrid (cross-platform) framework, and "Android, iOS or hybrid" as a list of mobile platforms (fr m6web, pt devmaker)
  'hybrid framework', 'hybrid frameworks', 'framework hybride', 'frameworks hybrides', 'framework híbrido', 'frameworks híbridos', 'framework ibrido',
  'ios or hybrid', 'ios ou hybride', 'ios ou híbrido', 'ios ou hibrido', 'ios o híbrido', 'ios o ibrido',
  'ios, or hybrid', 'ios, ou hybride', 'ios, ou híbrido', 'ios, ou hibrido', 'ios, o híbrido', 'ios, o ibrido',  // a machine controlled remotely, not remote work (nl "volledig op afstand te bedienen", cs "plně na dálku ovladatelný")
  'op afstand te bedienen',
  'op afstand bedienbaar',
  'op afstand bestuurbaar',
  'na dálku ovladatelný',
  'na dálku ovladatelná',
  'na dálku ovladatelné',
  'na diaľku ovládateľný',
  'na diaľku ovládateľná',
  'na diaľku ovládateľné',
];

/**
 * Words that make a remote phrase a statement about the company rather than
 * this job ("we are a remote-first company", "unser Team arbeitet remote"):
 * such a phrase counts less.
 */
export const remoteCompanyWords: string[] = [
  'company', 'companies', 'organization', 'organisation', 'startup', 'culture', 'our team', 'unternehmen', 'firma', 'unser team',
  'entreprise', 'société', 'notre équipe', 'empresa', 'nuestro equipo', 'nosso time', 'nossa equipe', 'bedrijf', 'ons team', 'firmy',
  'компания', 'компании', 'команда', 'компанія', 'azienda', 'şirket', 'företag', 'virksomhed', 'selskap', 'yritys',
];

/**
 * Words that say where the office is ("our office in Berlin", "kontor i
 * Linköping", "lokaler sentralt i Oslo"): with a place on the same line and
 * no remote work stated anywhere, the work is onsite.
 */
export const officePhrases: string[] = [
  'office in', 'offices in', 'our office', 'our offices', 'based in', 'based at', 'büro in', 'büros in', 'standort in', 'bureau à',
  'bureaux à', 'basé à', 'basée à', 'oficina en', 'oficinas en', 'escritório em', 'escritórios em', 'kantoor in', 'kantoor te',
  'kontor i', 'kontoret i', 'kontorer i', 'lokaler', 'biuro w', 'biurze w', 'ufficio a', 'uffici a', 'sede di', 'офис в', 'офисе в',
  // "our office", per language: nl, de, fr, es, pt, it, pl, sv/no, da, ru
  'ons kantoor', 'onze kantoren', 'unser büro', 'unserem büro', 'unsere büros', 'notre bureau', 'nos bureaux', 'nos locaux', 'nuestra oficina',
  'nuestras oficinas', 'nosso escritório', 'nostro ufficio', 'nostra sede', 'nasze biuro', 'naszym biurze', 'vårt kontor', 'vores kontor',
  'наш офис', 'нашем офисе',
  // no the office with its possessive after it ("kontoret vårt i Oslo"), sv our offices
  'kontoret vårt', 'kontorene våre', 'våra kontor',
  // ru "в офис г. Ярославль" (to the office in ...): a job in the office named
  'в офис',
  // Language facts (issue #13 audit), "our office (in)", "based in", "headquarters in", per language: en, de, fr, es, pt, it, nl, pl, cs, sk,
  // uk, tr (a suffix: "İstanbul ofisimizde"), sv/no/da, fi, et, id, vi, ar, he, hu, ro, el
  'headquartered in', 'hq in', 'office located in', 'sitz in', 'hauptsitz in', 'am standort', 'an unserem standort', 'locaux à', 'situé à', 'située à',
  'nos bureaux de', 'oficinas de', 'sede en', 'con sede en', 'sede em', 'escritório de', 'nossa sede', 'sede a', 'ufficio di', 'uffici di',
  'vestiging in', 'gevestigd in', 'siedziba w', 'siedzibie w', 'oddział w', 'kancelář v', 'kanceláři v', 'naše kancelář', 'pobočka v',
  'kancelária v', 'kancelárii v', 'naša kancelária', 'офіс у', 'офіс в', 'офісі у', 'офісі в', 'наш офіс', 'нашому офісі', 'ofisimiz',
  'ofisimizde', 'ofisinde', 'kontor på', 'baserad i', 'basert i', 'baseret i', 'placeret i', 'toimistomme', 'toimistollamme', 'toimistossamme',
  'meie kontor', 'kontoris', 'kantor di', 'kantor kami', 'berlokasi di', 'văn phòng tại', 'văn phòng ở', 'مكتبنا', 'مقرنا', 'המשרד שלנו',
  'במשרדי', 'משרדינו', 'irodánk', 'irodánkban', 'biroul nostru', 'biroul din', 'birourile din', 'sediul din', 'γραφεία μας', 'γραφείο μας',
];

/**
 * "our <place> office" ("from our Berlin office", "our New York offices"): the words before and after a place's name that
 * make it the office's. English writes the name bare between them (German "unserem Berliner Büro" declines it into an adjective).
 * A preposition of place or "join" before "our" makes it where the work is ("Our San Francisco office is where the founders
 * sit" names the founders' office, not the job's).
 */
export const officeBeforePlace: string[] = ['in our', 'at our', 'from our', 'join our'];
export const officeAfterPlace: string[] = ['office', 'offices', 'studio', 'hq', 'headquarters'];
/** A sentence that visits the office ("a few trips a year to see our Berlin office", "meet at our Berlin office") names no work place. */
export const officeVisitWords: string[] = [
  'visit', 'visits', 'visiting', 'trip', 'trips', 'travel', 'travels', 'see', 'meet', 'meetup', 'meetups', 'offsite', 'offsites', 'retreat', 'retreats',
];

/**
 * A location field's whole value that names no place but anywhere ("Location: Anywhere", "Ubicación: Cualquier
 * lugar"): the work is remote, from anywhere. Lower case, per language.
 */
export const anywhereValues: string[] = [
  'anywhere', 'worldwide', 'anywhere in the world', 'world', 'weltweit', 'überall', 'partout', "n'importe où", 'n’importe où',
  'cualquier lugar', 'desde cualquier lugar', 'qualquer lugar', 'de qualquer lugar', 'ovunque', 'overal', 'wszędzie', 'везде', 'где угодно',
];

/**
 * The last part of a nested front-matter key that holds the posting's own prose ("perfect-job.text",
 * "about.content"): read for remote phrases as the body is. Lower case.
 */
export const frontmatterProseKeys: string[] = [
  'text', 'content', 'body', 'intro', 'about', 'details', 'excerpt', 'teaser', 'overview', 'description', 'summary', 'perks', 'benefits',
];

export { workPlacePhrases, remoteShareWords, remoteFieldLabels, remoteFieldRefusals, remoteFieldContrasts } from './remote-fields.js';
export { regionLines, remoteWhereFillers, remoteWherePrepositions, remoteWhereWords, teamPlacePhrases } from './remote-places.js';
export { clauseJoiners, doubleNegationWords, remoteRuledOut } from './remote-ruled-out.js';
