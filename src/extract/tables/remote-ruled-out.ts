/**
 * Remote work ruled out in so many words, per language, continued from remote.ts. A new phrase is a line.
 */

/**
 * Remote work ruled out in prose, per language (language facts). `after`: a predicate after the remote words ("Remote
 * work is not possible", "Praca zdalna nie jest możliwa", "Práce na dálku není možná", "リモート不可"); `before`: a verb
 * before them ("We do not offer remote work", "Nie oferujemy pracy zdalnej", "Nenabízíme práci na dálku", "不支持远程办公").
 * The clause they rule out states no remote or hybrid work (remote-negation.ts). Lower case; whole words, CJK anywhere.
 */
export const remoteRuledOut: Record<string, { after: string[]; before: string[] }> = {
  en: {
    after: ['not possible', 'not available', 'not offered', 'not an option', 'not allowed', 'not permitted', 'not supported'],
    before: ['do not offer', "don't offer", 'don’t offer', 'does not offer', "doesn't offer", 'doesn’t offer', 'cannot offer', "can't offer", 'can’t offer',
      'unable to offer', 'do not allow', "don't allow", 'don’t allow', 'does not allow', "doesn't allow", 'doesn’t allow'],
  },
  de: {
    after: ['nicht möglich', 'nicht vorgesehen', 'nicht angeboten', 'nicht erlaubt', 'nicht gestattet', 'ausgeschlossen'],
    before: ['bieten wir nicht', 'bieten keine', 'bieten kein', 'keine möglichkeit zum', 'keine möglichkeit für'],
  },
  fr: {
    after: ['pas possible', 'pas proposé', 'pas autorisé', 'pas envisageable', 'pas prévu'],
    before: ['ne proposons pas de', 'ne proposons pas le', 'ne propose pas de', 'ne propose pas le', "pas de possibilité de", 'pas de possibilité du'],
  },
  es: {
    after: ['no es posible', 'no está disponible', 'no se ofrece', 'no está permitido', 'no es una opción'],
    before: ['no ofrecemos', 'no se ofrece', 'no se permite', 'no permitimos', 'no hay posibilidad de'],
  },
  pt: {
    after: ['não é possível', 'não está disponível', 'não é oferecido', 'não é permitido'],
    before: ['não oferecemos', 'não oferece', 'não permitimos', 'não há possibilidade de'],
  },
  it: {
    after: ['non è possibile', 'non è previsto', 'non è prevista', 'non è consentito', 'non è disponibile'],
    before: ['non offriamo', 'non prevede', 'non è prevista la possibilità di', 'non è previsto lo'],
  },
  nl: {
    after: ['niet mogelijk', 'niet toegestaan', 'geen optie', 'uitgesloten'],
    before: ['bieden geen', 'geen mogelijkheid tot', 'geen mogelijkheid om', 'geen mogelijkheid voor'],
  },
  pl: {
    after: ['nie jest możliwa', 'nie jest możliwe', 'nie jest dostępna', 'nie jest przewidziana', 'nie jest oferowana', 'niemożliwa', 'wykluczona'],
    before: ['nie oferujemy', 'nie przewidujemy', 'nie ma możliwości', 'brak możliwości'],
  },
  cs: { after: ['není možná', 'není možné', 'není možný', 'nelze'], before: ['nenabízíme', 'neumožňujeme', 'není možnost'] },
  sk: { after: ['nie je možná', 'nie je možné', 'nie je možný'], before: ['neponúkame', 'neumožňujeme', 'nie je možnosť'] },
  sv: { after: ['inte möjligt', 'inte möjlig', 'ej möjligt', 'ej möjlig', 'erbjuds inte', 'erbjuds ej'], before: ['erbjuder inte', 'erbjuder ej', 'ingen möjlighet till'] },
  da: { after: ['ikke muligt', 'ikke mulig'], before: ['tilbyder ikke', 'ingen mulighed for'] },
  no: { after: ['ikke mulig', 'ikke mulighet'], before: ['tilbyr ikke', 'ingen mulighet for'] },
  fi: { after: ['ei ole mahdollista', 'ei ole mahdollinen', 'ei mahdollista'], before: ['emme tarjoa'] },
  ru: { after: ['не предусмотрена', 'не предусмотрено', 'невозможна', 'невозможно', 'не возможна', 'не предлагается'], before: ['не предлагаем', 'нет возможности'] },
  uk: { after: ['не передбачена', 'не передбачено', 'неможлива', 'неможливо'], before: ['не пропонуємо', 'немає можливості'] },
  ja: { after: ['不可', '不可能'], before: [] },
  zh: { after: ['不可', '不可以', '不可行'], before: ['不支持', '不提供', '不接受', '无法', '無法'] },
  ko: { after: ['불가', '불가능'], before: [] },
};

/**
 * Words that end a ruled-out clause on its way back from its predicate: a new subject joined by "and" ("fully remote
 * and visa sponsorship is not available") or a relative word ("où rien n'est…"). Lower case, whole words.
 */
export const clauseJoiners: Record<string, string[]> = {
  en: ['and', 'but', 'while', 'where', 'which', 'whereas'], de: ['und', 'aber', 'doch', 'wobei', 'während'], fr: ['et', 'mais', 'où', 'tandis'],
  es: ['y', 'e', 'pero', 'donde', 'mientras'], pt: ['e', 'mas', 'onde', 'enquanto'], it: ['e', 'ed', 'ma', 'dove', 'mentre'], nl: ['en', 'maar', 'waar', 'terwijl'],
  pl: ['i', 'oraz', 'ale', 'gdzie', 'a'], cs: ['a', 'ale', 'kde'], sk: ['a', 'ale', 'kde'], sv: ['och', 'men', 'där'], da: ['og', 'men', 'hvor'], no: ['og', 'men', 'hvor'],
  fi: ['ja', 'mutta'], ru: ['и', 'а', 'но', 'где'], uk: ['і', 'й', 'та', 'а', 'але', 'де'],
};

/** A negation right before an `after` predicate makes it a double one ("nicht ausgeschlossen", "niet uitgesloten"). */
export const doubleNegationWords = ['not', 'nicht', 'niet', 'nie jest', 'nie', 'pas', 'non', 'no', 'não', 'inte', 'ikke', 'ei', 'не'];
