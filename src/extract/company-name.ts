/**
 * A company's name as a candidate holds it: cleaned of what a sentence or a
 * page puts around it (a link in brackets, Markdown marks, quotes, a leading
 * article, a possessive "'s", the noun before it: "Компанія DONE"), and
 * tested for what is never a name (a pronoun, a sentence, a contract word).
 */
import { companyNouns, companyNounsBeforeName, legalFormsAfter, nameConnectors } from './tables/companies.js';
import { stopWordLanguage } from './language.js';
import { abstractNouns, descriptionHeads, notANameWords, possessiveDeterminers, pronounPhrases } from './tables/company-names.js';
import { alternation, escapeRegExp, lazily } from './text.js';

/** Pronouns, determiners and common nouns of each language (tables/company-names.ts): never a name read from prose. */
export const NOT_A_NAME = new RegExp(`^(?:${alternation([...new Set(Object.values(notANameWords).flat())])})$`, 'iu');
/** A name read from prose never opens with a possessive determiner ("Unser Kunde", "Notre client"). */
const POSSESSIVE_START = new RegExp(`^(?:${alternation([...new Set(Object.values(possessiveDeterminers).flat())])})\\s`, 'iu');
/** "On recrute !": a pronoun that is also a name, read in its phrase (tables/company-names.ts). */
const PRONOUN_PHRASE = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.values(pronounPhrases).flat())})(?![\\p{L}])`, 'giu');
/** "21/06/2021", "2021-06-21", "06/2021": a date, never a name ("24/7" and "1&1" are names). */
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|\d{1,2}[./-]\d{4})$/u;

/** "der Portierung", "die Entwicklung": an article, then one word with an abstract noun's ending (tables/company-names.ts). */
const ABSTRACT_AFTER_ARTICLE = Object.entries(abstractNouns).map(([language, { articles, endings }]) => ({
  language,
  article: new RegExp(`(?<![\\p{L}])(?:${alternation(articles)})\\s+$`, 'iu'),
  ending: new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${alternation(endings)})$`, 'u'),
}));

/**
 * Is the one-word name, at some place the text writes it, an abstract noun after its article ("bei der Portierung")?
 * Only in a text of that language (its stop words say so): English "the Foundation", Swedish "den Stationen" are not.
 */
function abstractNounInText(name: string, text: string): boolean {
  const readings = ABSTRACT_AFTER_ARTICLE.filter(({ ending }) => ending.test(name));
  if (!readings.length || !text.includes(name)) return false;
  const language = stopWordLanguage(text).code;
  for (const { article } of readings.filter((reading) => reading.language === language)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) if (at > 0 && article.test(text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/** A connector the name pattern allows inside a name does not end one. */
const TRAILING_CONNECTOR = new RegExp(`\\s+(?:${nameConnectors.join('|')})$`, 'u');

/** Articles before a name, per language (not Dutch "De", which starts many names). */
const LEADING_ARTICLE = /^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Ll]e|[Ll]es|[Dd]ie|[Dd]er|[Dd]as|[Hh]et|[Ii]l|[Ll]o|[Oo]s|[Aa]s)\s+(?=\p{Lu})/u;

/** "L'agence Lumao", "la société Acme", "the startup Acme": an article and a lower-case organisation noun before a name. */
const LEADING_ARTICLE_NOUN = lazily(() => new RegExp(String.raw`^(?:[Ll]['’]|(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l|[Dd]ie|[Dd]as|[Dd]er|[Hh]et|[Ii]l|[Aa]|[Oo])\s+)(?:${alternation(Object.values(companyNouns).flat().filter((noun) => /^\p{Ll}/u.test(noun)))})\s+(?=\p{Lu})`, 'u'));

/** A legal form written with a final dot that is longer than three letters ("Ltda.", "Corp.", "Nyrt."), at a name's end. */
const DOTTED_LEGAL_FORM_END = lazily(() => new RegExp(`[ ,](?:${alternation(legalFormsAfter.filter((form) => form.endsWith('.')))})$`, 'u'));

const URL_ASIDE = /\s*\((?:https?:\/\/|www\.)[^()\s]*\)/gu;

/** The name without what surrounds it in a sentence or on a page. */
export function cleanName(raw: string): string {
  // "Sourcegraph (https://sourcegraph.com)": a link in brackets is the name's address, not part of it.
  const linked = raw.includes('(') ? raw.replace(URL_ASIDE, '') : raw;
  const marked = linked.includes('**') || linked.includes('__') || linked.includes('`') ? linked.replace(/\*\*|__|`/g, '') : linked;
  // '"Marco Polo"' as a data file quotes it: the quotes are not part of the name.
  const bare = marked.trim().replace(/[,;]+$/u, '');
  const unmarked = /^["“„«]/u.test(bare) && /["”“»]$/u.test(bare) ? bare.slice(1, -1) : marked;
  // "El Grupo Frogtek", "The Acme Company": a leading article is not part of the name.
  // A connector the name pattern allows inside a name ("Institute for X") does not end one ("Fernway for a Rust engineer").
  const name = unmarked.replace(/['’]s$/u, '').replace(TRAILING_CONNECTOR, '').replace(/[\s,;:!]+$/u, '').replace(/\s+/g, ' ').trim().replace(LEADING_ARTICLE_NOUN(), '').replace(LEADING_ARTICLE, '');
  // "Компанія DONE", "The company Acme": the noun before a name is not part of it.
  const noun = companyNounsBeforeName.find((word) => name.toLowerCase().startsWith(`${word.toLowerCase()} `));
  if (noun) return cleanName(name.slice(noun.length + 1));
  // "Acme s.r.o.", "Acme Inc." and "Acme Ltda." keep their dot; a sentence's full stop goes.
  return !name.endsWith('.') || /(?:^|[.\s])\p{L}{1,3}\.$/u.test(name) || DOTTED_LEGAL_FORM_END().test(name) ? name : name.replace(/\.+$/, '');
}

/** "Greentech Startup", "Innovatives Unternehmen": words before a kind of organisation describe one, they do not name it. */
const DESCRIPTION_HEAD = new RegExp(`\\s(?:${alternation([...new Set(Object.values(descriptionHeads).flat())])})$`, 'u');

/** CJK sentence punctuation (full stop, comma, colon, enumeration comma): a sentence, never a name. */
const CJK_SENTENCE_MARK = /[。，、：；！？]/u;

/**
 * Could the text be a name at all: no sentence, no date, no contract word. Read
 * from prose (not front matter or structured data), also no pronoun or common
 * noun, a letter in it, and not the pronoun of its phrase ("On recrute").
 */
export function isPlausibleName(name: string, prose = true, text = ''): boolean {
  if (name.length < 2 || name.length > 80 || CJK_SENTENCE_MARK.test(name) || DATE.test(name)) return false;
  if (/^(?:we|you|our|this|the team|the role|remote|full[- ]time|part[- ]time)\b/iu.test(name)) return false;
  if (!prose) return true;
  // "21/06/2021 - Softwareentwickler": a number before a title names no one; a name in prose has a letter.
  // "EA SPORTS™ FC", "Join Apache Kafka®": a trade mark marks a product or a brand, not the organisation that hires.
  // The mark may follow the longer name the text writes ("Join Nordwind Arena®" read as "Nordwind"), when the text never
  // writes the name without it ("Nordwind is hiring … Nordwind Analytics®" names its maker).
  const tradeMarked = /[™®]/u.test(name) || (/[™®]/u.test(text) && onlyTradeMarked(name, text));
  if (NOT_A_NAME.test(name) || POSSESSIVE_START.test(name) || DESCRIPTION_HEAD.test(name) || tradeMarked || !/\p{L}/u.test(name) || abstractNounInText(name, text)) return false;
  const pronoun = `${name.toLowerCase()} `;
  return !text.includes(' ') || ![...text.matchAll(PRONOUN_PHRASE)].some((phrase) => phrase[0].toLowerCase().startsWith(pronoun));
}

/** Is every mention of the name in the text the start of a trade-marked name ("Nordwind Arena®")? */
function onlyTradeMarked(name: string, text: string): boolean {
  const escaped = escapeRegExp(name);
  const mentions = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
  const marked = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:[ ]\\p{Lu}[\\p{L}\\p{N}]*){0,3}[™®]`, 'gu'))?.length ?? 0;
  return marked > 0 && marked >= mentions;
}

/** "Acme Inc." and "Acme Inc" are one name. */
export const nameKey = (name: string): string => name.toLowerCase().replace(/[.,;:!\s]+$/u, '');
