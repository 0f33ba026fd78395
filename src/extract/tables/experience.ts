/**
 * Experience-years vocabulary for the languages the hand-read rules of
 * experience.ts leave out (their words are not ASCII, so \b cannot bound
 * them): Russian, Ukrainian, the Nordic languages, Turkish, plus Chinese and
 * Japanese ranges and English "N-year experience". A statement counts only
 * when its line names experience too. A new language is a line here.
 */

/** Words for years after a number: ru лет/года/год, uk років/роки/рік/року, sv/da/no år/års, tr yıl/sene. */
export const otherYearsWords = ['лет', 'года', 'год', 'років', 'роки', 'рік', 'року', 'år', 'års', 'åren', 'yıl', 'yil', 'sene'];

/** Words for "at least" / "more than" before the number. */
export const otherAtLeastWords = [
  'от', 'не менее', 'более', 'минимум', 'від', 'не менше', 'понад', 'щонайменше', 'мінімум', 'minst', 'mindst', 'mer enn', 'mere end',
  'mer än', 'över', 'en az', 'asgari',
];

/** Words for experience; one must be on the line: ru опыт, стаж; uk досвід; sv erfarenhet; da/no erfaring; tr deneyim, tecrübe. */
export const otherExperienceWords = ['опыт', 'стаж', 'досвід', 'досвіду', 'erfarenhet', 'erfaring', 'deneyim', 'tecrübe'];

/** Chinese and Japanese words for experience or its length, one of which a CJK range ("1-3 年") needs on its line. */
export const cjkExperienceWords = ['经验', '經驗', '経験', '年限'];
