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
  pt: 'o a os as e de que em um uma é com para do da dos das no na nos nossa nosso você são ao pelo pela seu sua',
  nl: 'de het een en van is je wij we in op met voor dat die te zijn ons onze naar bij ook niet aan jij er',
  it: 'il lo la gli le e di che è un una per con non sono della del nella nel siamo tu noi',
  sk: 'a je na sa v s z do pre že ako aj alebo sú nie si by ktorý ktorá ktoré vo so od po tvoje naše už sme ste som máš môžeš našej',
  cs: 'a je na se v s z do pro že jako i nebo jsou není si by který která které ve se od po vaše naše',
  pl: 'i w na z do że jest się nie to dla jak od po oraz są być lub przez nasz twoje',
  sv: 'och att det som en på är för med har av till den inte vi du om ett',
  da: 'og at det som en på er for med har af til den ikke vi du om et',
};

/** Languages recognised by their script alone: [code, pattern]; a pattern matches one character (the share of letters is counted per character). */
export const scriptLanguages: Array<[code: string, pattern: RegExp]> = [
  ['ja', /[\u3040-\u30ff]/gu],
  ['ko', /[\uac00-\ud7af]/gu],
  ['zh', /[\u4e00-\u9fff]/gu],
  ['uk', /[ієїґ]/gu],
  ['ru', /[\u0400-\u04ff]/gu],
];
