/**
 * The job's place named in prose, shares of remote work, and remote fields with their refusals ("Remote: No") (moved from remote.ts, which re-exports them).
 */

/**
 * Words that say where the job itself is done ("a position at the University
 * of Padova", "sommerjobb i Oslo", "arbeiten in Hamburg"): read as office
 * phrases, with a place on the same line.
 */
export const workPlacePhrases: string[] = [
  'position at', 'position in', 'position is based', 'job in', 'job at', 'role in', 'role at', 'work in', 'work at', 'working in',
  'working at', 'internship in', 'internship at', 'arbeiten in', 'arbeitest in', 'arbeitsplatz in', 'stelle in', 'poste à', 'poste basé',
  'travailler à', 'trabajar en', 'puesto en', 'trabalhar em', 'vaga em', 'lavorare a', 'lavoro a', 'posizione a', 'praca w', 'pracy w',
  'работа в', 'работы в', 'jobb i', 'jobbe i', 'jobba i', 'sommerjobb i', 'sommarjobb i', 'stilling i', 'stillingen i', 'tjänst i',
  'tjänsten i', 'arbeta i', 'arbejde i', 'werken in', 'functie in', 'práce v', 'práca v', 'çalışmak üzere', 'bekerja di', 'located in',
  'toimipaikka', 'toimipaikkasi',
  // de "Standort" is the employer's site, wherever the sentence puts it ("als Standort haben wir uns für Berlin entschieden",
  // "an den Standorten Hamburg und Köln"): a line with it and a place names the work place
  'standort', 'standorte', 'standorten',
  // The job's place as each language says it is placed there, the job its subject (session 26 probes, language facts): sv "Tjänsten är
  // placerad i Göteborg", it "Il lavoro si svolge a Torino", es "El puesto se ubica en Madrid", de "Dein Arbeitsplatz ist in Köln",
  // "Arbeitsort ist München". Never the bare verb: "huvudkontor är placerat i", "il colloquio si svolge a", "si estás ubicado en",
  // "Die Stelle ist in Teilzeit … aus Leipzig" name no work place (review26a).
  'tjänsten är placerad i', 'tjänsten är placerad på', 'il lavoro si svolge a', 'il lavoro si svolge presso', 'el puesto se ubica en',
  'dein arbeitsplatz ist in', 'ihr arbeitsplatz ist in', 'arbeitsort ist',
];

/**
 * Words for remote work that take a share: "40% teletrabajo", "60 % Homeoffice",
 * "80% remote". Less than 100% of it is hybrid work.
 */
export const remoteShareWords: string[] = [
  'remote', 'remotely', 'wfh', 'work from home', 'home office', 'home-office', 'homeoffice', 'mobiles arbeiten', 'télétravail', 'teletrabajo',
  'remoto', 'remota', 'trabajo remoto', 'trabalho remoto', 'smart working', 'thuiswerken', 'zdalnie', 'pracy zdalnej', 'praca zdalna',
];

/**
 * Labels of a field that answers whether remote work is offered ("Remote: No", "Télétravail : non", "Homeoffice: nein",
 * a <dt>Remote</dt> over <dd>No</dd>), beside the workplace values that also serve as such a label (tables/workplace-values.ts).
 * Lower case, per language.
 */
export const remoteFieldLabels: string[] = [
  'remote work', 'remote working', 'remote possible', 'remote work possible', 'remote option', 'working from home', 'home working', // en
  'remote-arbeit', 'homeoffice möglich', 'home office möglich', 'telearbeit', // de
  'télétravail possible', // fr
  'trabajo remoto', 'trabalho remoto', 'lavoro agile', // es, pt, it
  'distansarbete', 'fjernarbejde', 'hjemmearbejde', 'etätyö', 'etätyömahdollisuus', // sv, da, fi
  // ko "whether working from home / remote work is possible" ("재택근무 가능 여부: 불가"), a question its answer follows
  '재택근무 가능 여부', '재택근무 여부', '재택 가능 여부', '원격근무 가능 여부', '원격 근무 가능 여부', '원격근무 여부',
];

/**
 * A remote field's whole answer that refuses it ("Remote: No", "Télétravail : non", "| Remote | Not possible |"):
 * the work is onsite, as the front-matter "remote: no" says. Lower case, per language.
 */
export const remoteFieldRefusals: string[] = [
  'no', 'none', 'not possible', 'not available', 'not offered', // en
  'nein', 'kein', 'keins', 'nicht möglich', // de
  'non', 'pas possible', 'impossible', // fr
  'no es posible', 'no disponible', 'não', 'não é possível', 'non possibile', 'non previsto', // es, pt, it
  'nee', 'niet mogelijk', 'nie', 'brak', 'ne', 'není možná', 'není možné', // nl, pl, cs
  'nej', 'nei', 'inte möjligt', 'ikke muligt', 'ikke mulig', 'ei', 'ei mahdollista', // sv, da/no, fi
  'нет', 'невозможно', 'なし', '不可', 'いいえ', '否', '无', '無', '不支持', // ru, ja, zh
  '불가', '불가능', '없음', '아니오', '아니요', // ko
];

/** Words after a remote field's "no" that allow some remote work after all ("No, but 2 days", "Nein, aber", "non, sauf"). */
export const remoteFieldContrasts: string[] = [
  'but', 'except', 'aber', 'außer', 'ausser', 'mais', 'sauf', 'pero', 'salvo', 'excepto', 'mas', 'exceto', 'ma', 'tranne', 'maar', 'behalve',
  'ale', 'oprócz', 'kromě', 'men', 'utom', 'mutta', 'но', 'кроме',
];
