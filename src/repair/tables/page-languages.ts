/**
 * The languages each Latin-script legacy page serves, each with the non-ASCII
 * letters it writes (lower case). A reading whose letters no single language
 * of its page writes together is implausible on that page: Czech `Kč měsíčně`
 * saved as Windows-1250 reads `Kè mìsíènì` on Windows-1252, whose è ì í no
 * Western language writes together, while č ě í are all Czech.
 * (codepages.ts languageMisfit). A page not listed here is not judged.
 */

const WESTERN: Record<string, string> = {
  french: 'àâæçéèêëîïôœùûüÿ',
  german: 'äöüß',
  spanish: 'áéíñóúü',
  portuguese: 'áàâãçéêíóôõúü',
  italian: 'àèéìòùî',
  catalan: 'àçèéíïòóúü',
  dutch: 'éèëïöü',
  danish: 'æøåé',
  swedish: 'åäöé',
  finnish: 'äöåšž',
  icelandic: 'áðéíóúýþæö',
  estonian: 'äöõüšž',
};

const CENTRAL: Record<string, string> = {
  czech: 'áčďéěíňóřšťúůýž',
  slovak: 'áäčďéíĺľňóôŕšťúýž',
  polish: 'ąćęłńóśźż',
  hungarian: 'áéíóöőúüű',
  slovene: 'čšž',
  croatian: 'čćđšž',
  romanian: 'ăâîşţșț',
  german: 'äöüß',
};

const BALTIC: Record<string, string> = {
  lithuanian: 'ąčęėįšųūž',
  latvian: 'āčēģīķļņšūž',
  estonian: 'äöõüšž',
  polish: 'ąćęłńóśźż',
  german: 'äöüß',
  swedish: 'åäöé',
  finnish: 'äöåšž',
  danish: 'æøåé',
};

const TURKISH: Record<string, string> = { ...WESTERN, turkish: 'çğıöşüâîû' };

/** Per page (as codepages.ts names it), its languages' letters. */
export const PAGE_LANGUAGES: Record<string, Record<string, string>> = {
  'windows-1252': WESTERN,
  'mac-roman': WESTERN,
  cp437: WESTERN,
  'windows-1250': CENTRAL,
  'iso-8859-2': CENTRAL,
  'windows-1254': TURKISH,
  'windows-1257': BALTIC,
};
