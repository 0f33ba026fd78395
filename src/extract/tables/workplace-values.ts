/**
 * The values of a workplace-type field ("location_type: Remote",
 * "workplaceType: ON_SITE", "tryb_pracy: zdalna"), per language: a field
 * states the policy in one or two words, often forms the prose phrases of
 * remote.ts do not cover ("Zdalna", "Híbrido", "Presencial"). Compared
 * lower-cased, "_", "-" and camel case read as spaces (structured-remote.ts).
 */
import type { Policy } from '../match/policy.js';

export const workplaceValues: Record<Policy, string[]> = {
  remote: [
    'remote', 'fully remote', 'full remote', 'remote only', 'remote first', 'telecommute', 'telework', 'work from home', 'wfh', 'anywhere',
    'homeoffice', 'home office', 'mobiles arbeiten', // de
    'télétravail', 'teletravail', 'à distance', 'a distance', // fr
    'remoto', 'remota', 'teletrabajo', 'a distancia', 'en remoto', // es, pt, it
    'da remoto', 'smart working', // it
    'op afstand', 'thuiswerken', // nl
    'zdalna', 'zdalnie', 'zdalny', 'praca zdalna', // pl
    'na dálku', 'na diaľku', 'z domova', // cs, sk
    'удалённо', 'удаленно', 'удалённая', 'удаленная', 'удалёнка', 'удаленка', 'дистанционно', 'віддалено', 'віддалена', 'дистанційно', // ru, uk
    'uzaktan', 'distans', 'på distans', 'etätyö', 'kaugtöö', // tr, sv, fi, et
    'hjemmekontor', 'etä', // no/da a home office as the place of work ("Arbeidssted: Hjemmekontor"), fi remote ("Sijainti: Etä")
    'リモート', 'フルリモート', '在宅', '在宅勤務', '远程', '远程办公', '遠端', '遠距', '원격', '재택', '재택근무', // ja, zh, ko
  ],
  hybrid: [
    'hybrid', 'partial', 'partly', 'partially remote', // en
    'hybride', 'híbrido', 'híbrida', 'hibrido', 'hibrida', 'ibrido', 'ibrida', // fr, es, pt, it
    'hybrydowa', 'hybrydowy', 'hybrydowo', 'hybridní', 'hybridná', 'hybridně', 'hybridne', // pl, cs, sk
    'гибрид', 'гибридный', 'гибридная', 'гібрид', 'гібридний', 'гібридна', // ru, uk
    'hibrit', 'hybridi', 'hübriid', // tr, fi, et
    'ハイブリッド', '混合办公', '混合辦公', '하이브리드', // ja, zh, ko
  ],
  onsite: [
    'onsite', 'on site', 'office', 'in office', 'office based', 'in person', 'on premises', 'on premise', // en
    'vor ort', 'präsenz', 'büro', 'im büro', // de
    'sur site', 'présentiel', 'en présentiel', 'au bureau', // fr
    'presencial', 'en oficina', 'oficina', 'escritório', 'no escritório', 'in sede', 'in ufficio', 'ufficio', // es, pt, it
    'op kantoor', 'op locatie', // nl
    'stacjonarna', 'stacjonarny', 'stacjonarnie', 'w biurze', // pl
    'в офисе', 'офис', 'офисная', 'в офісі', 'офіс', // ru, uk
    'ofiste', 'på kontoret', 'toimistolla', 'kontoris', // tr, sv, fi, et
    'på plats', 'lähityö', 'lähityössä', // sv on site, fi on-site work ("Arbetsform: På plats", "Työskentelytapa: Lähityö")
    '出社', 'オフィス', '现场', '驻场', '坐班', '사무실', '출근', // ja, zh, ko
  ],
};
