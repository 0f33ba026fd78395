/**
 * Words for datePosted, per language: the labels a posting's date stands
 * behind ("Posted on", "Veröffentlicht am", "發布日期") and month names.
 * Labels match case-insensitively at the start of a line. A new language is
 * a line here.
 */

/** Labels that introduce the date a posting was published. */
export const postedLabels: Record<string, string[]> = {
  en: ['date posted', 'posted on', 'posted', 'published', 'publication date'],
  fr: ['date de publication', 'publié le'],
  de: ['veröffentlicht am', 'veröffentlicht', 'datum'],
  es: ['fecha de publicación', 'publicado el'],
  pt: ['publicado em', 'data de publicação'],
  nl: ['gepubliceerd op'],
  sk: ['dátum pridania ponuky', 'dátum zverejnenia'],
  pl: ['data publikacji', 'opublikowano'],
  it: ['data di pubblicazione', 'pubblicato il'],
  ru: ['дата публикации', 'опубликовано'],
  ja: ['掲載日', '公開日', '投稿日'],
  zh: ['發布日期', '发布日期', '刊登日期', '發佈日期'],
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
};
