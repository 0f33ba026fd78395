/**
 * Slavic languages put the role after an active hiring verb in the accusative
 * ("Ищем разработчика", "Zatrudnimy programistę", "Hledáme vývojáře"), where a
 * title is written in the nominative ("Разработчик", "Programista", "Vývojář").
 * Per language: the verbs whose object is the role, the "experienced"-type
 * adjectives a title leaves out, and [accusative, nominative] ending pairs for
 * the adjectives before the role noun and for the noun itself, longest first.
 * Masculine animate nouns (most role nouns) take the genitive's ending.
 * After a colon ("Poszukujemy: Programista") the role is already nominative.
 */
export interface CaseEndings {
  verbs: string[]; fillers: string[]; adjective: Array<[string, string]>; noun: Array<[string, string]>;
  /** Where the role goes, said before it ("Ищем в команду X", "Hledáme do týmu X"): no part of the title. */
  places?: string[];
  /** Adjectives also follow the noun ("analityka biznesowego"); elsewhere a word after the noun is its genitive. */
  adjectivesAfter?: boolean;
}

export const accusativeRoles: Record<string, CaseEndings> = {
  ru: {
    verbs: ['ищем', 'мы ищем', 'ищет', 'приглашаем', 'разыскиваем'],
    fillers: ['опытного', 'опытную', 'опытных', 'талантливого', 'талантливую', 'толкового', 'сильного', 'хорошего'],
    // Velar and hushing stems keep "и": "ведущего" -> "ведущий", "русского" -> "русский".
    adjective: [['кого', 'кий'], ['гого', 'гий'], ['хого', 'хий'], ['жего', 'жий'], ['шего', 'ший'], ['чего', 'чий'], ['щего', 'щий'],
      ['ого', 'ый'], ['его', 'ий'], ['ую', 'ая'], ['юю', 'яя']],
    // "водителя" -> "водитель", "секретаря" -> "секретарь", "продавца" -> "продавец", "уборщицу" -> "уборщица", "разработчиков" -> "разработчик".
    noun: [['ля', 'ль'], ['ря', 'рь'], ['вца', 'вец'], ['ов', ''], ['у', 'а'], ['ю', 'я'], ['а', '']],
    places: ['в команду', 'в нашу команду', 'к нам в команду', 'в офис'],
  },
  uk: {
    verbs: ['шукаємо', 'ми шукаємо', 'шукає', 'запрошуємо'],
    fillers: ['досвідченого', 'досвідчену', 'досвідчених', 'талановитого'],
    adjective: [['ього', 'ій'], ['ого', 'ий'], ['ую', 'а'], ['юю', 'я']],
    noun: [['ля', 'ль'], ['ря', 'р'], ['ів', ''], ['у', 'а'], ['ю', 'я'], ['а', '']],
    places: ['в команду', 'у команду', 'до команди', 'до нашої команди'],
  },
  pl: {
    verbs: ['poszukujemy', 'szukamy', 'zatrudnimy', 'przyjmiemy', 'zatrudni', 'poszukuje', 'szuka', 'zatrudnię'],
    fillers: ['doświadczonego', 'doświadczoną', 'doświadczonych', 'utalentowanego', 'ambitnego', 'ambitną'],
    // "Szukać" takes the genitive ("Poszukujemy programisty", "księgowej"), "zatrudnić" the accusative ("Zatrudnimy programistę").
    adjective: [['iego', 'i'], ['ego', 'y'], ['ą', 'a'], ['ej', 'a']],
    // "programistę"/"programisty" -> "programista", "analityka" -> "analityk", "asystentki" -> "asystentka", "handlowca" -> "handlowiec".
    noun: [['ę', 'a'], ['sty', 'sta'], ['ki', 'ka'], ['wca', 'wiec'], ['a', '']],
    places: ['do zespołu', 'do naszego zespołu', 'do biura'],
    adjectivesAfter: true,
  },
  cs: {
    verbs: ['hledáme', 'přijmeme', 'hledá', 'přijme', 'poptáváme'],
    fillers: ['zkušeného', 'zkušenou', 'zkušené', 'šikovného', 'šikovnou', 'talentovaného'],
    adjective: [['ého', 'ý'], ['ího', 'í'], ['ou', 'á']],
    // Soft stems end in "e": "vývojáře" -> "vývojář", "řidiče" -> "řidič", "učitele" -> "učitel"; "správce" stays.
    noun: [['ře', 'ř'], ['če', 'č'], ['še', 'š'], ['že', 'ž'], ['je', 'j'], ['le', 'l'], ['u', 'a'], ['a', '']],
    places: ['do týmu', 'do našeho týmu', 'do kanceláře'],
  },
  sk: {
    verbs: ['hľadáme', 'prijmeme', 'hľadá', 'prijme'],
    fillers: ['skúseného', 'skúsenú', 'šikovného', 'šikovnú'],
    adjective: [['ceho', 'ci'], ['ieho', 'í'], ['ého', 'ý'], ['ú', 'á']],
    noun: [['u', 'a'], ['a', '']],
    places: ['do tímu', 'do nášho tímu'],
  },
};
