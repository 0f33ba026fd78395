/**
 * The language of a file's postings: a posting whose own text is too short to
 * tell one (a role list's item, a data item of a title and a place, a few
 * lines under a heading) takes the page's, told from the page read whole, or
 * for a data file from all its postings together. Where the page is too short
 * to tell either, its titles' role words may ("DevOps Engineer", "Frontend
 * Developer": English ones, and none of another language's own), for the
 * postings whose own few words told none or only a trigram guess. A posting
 * with text enough keeps its own language.
 */
import type { PostingDoc, Segment } from '../document.js';
import type { PageReading } from './carry-readings.js';
import type { Fields } from '../extract/context.js';
import { detectLanguage } from '../extract/language.js';
import { titleWordsLanguage } from '../extract/language-words.js';
import type { Evidence } from '../schema/posting.js';

interface Posting { fields: Fields; evidence: Record<string, Evidence>; segment: Segment }
type PageLanguage = { code: string; evidence?: Evidence };

/** Letters a posting's own text needs for its language to be told from it (fewer: a title and a line or two, where trigrams guess). */
const LANGUAGE_LETTERS = 400;
/** Titles that speak for a page's language: two at least, and half of them English by their role words. */
const MIN_ENGLISH_TITLES = 2;
const TITLES_RULE = 'page.titles-english';
/** A language that trigrams guessed (franc): on a posting's few words, no more than a guess. */
const TRIGRAM_GUESS = /(?:^|\.)franc$/;
/** How sure a posting's own reading must be to stand against its titles' guess. */
const OWN_WORDS_CONFIDENCE = 0.8;

/** Give each posting too short to tell its language the page's (in place). */
export function settleLanguages(postings: readonly Posting[], page: PageReading | undefined, doc: PostingDoc): void {
  let pageLanguage: PageLanguage | undefined;
  const language = (): PageLanguage => (pageLanguage ??= languageOfPage(page, postings, doc));
  for (const { fields, evidence, segment } of postings) {
    // A role list's item states a title and a link: the page's language is its, though its few words may read otherwise.
    const list = page !== undefined && segment.origin === 'list';
    if (!list && !tooShortToTell(fields, evidence, segment)) continue;
    const { code, evidence: at } = language();
    if (code === 'und' && !list) continue;
    // The titles' guess is weaker than what a posting's own text said by its words or script ("Wir suchen Verstärkung …":
    // de); it fills an undetermined one, or one that trigrams guessed from a few words.
    if (at?.rule === TITLES_RULE && (fields.language ?? 'und') !== 'und' && !TRIGRAM_GUESS.test(evidence.language?.rule ?? '') && (evidence.language?.confidence ?? 0) >= OWN_WORDS_CONFIDENCE) continue;
    fields.language = code;
    // Read from all the titles, it points at each posting's own title, within the posting's lines.
    if (at?.rule === TITLES_RULE) evidence.language = { ...at, line: evidence.title?.line ?? segment.line };
    else if (at) evidence.language = at;
    else delete evidence.language;
  }
}

/** A posting whose language was read from its own few lines (not declared): the page's language, told from all its postings, is its. */
function tooShortToTell(fields: Fields, evidence: Record<string, Evidence>, segment: Segment): boolean {
  const rule = evidence.language?.rule ?? '';
  if (/^(?:frontmatter|data|xml|list|jsonld|microdata|rdfa|state)\./.test(rule)) return false;
  const own = [fields.title ?? '', ...segment.body.map((line) => line.text)].join(' ');
  return (own.match(/\p{L}/gu)?.length ?? 0) < LANGUAGE_LETTERS;
}

/**
 * The page's language: as the page was read whole, or, for a data file, told from all its postings' titles and text
 * together (with the page's own text, if any); where that is too short to tell, its postings' titles.
 */
function languageOfPage(page: PageReading | undefined, postings: readonly Posting[], doc: PostingDoc): PageLanguage {
  const read = page ? readPage(page) : readData(postings.map((posting) => posting.segment), ownText(doc));
  return read.code === 'und' ? titlesLanguage(postings) ?? read : read;
}

const readPage = (page: PageReading): PageLanguage => ({ code: page.fields.language ?? 'und', ...(page.evidence.language ? { evidence: page.evidence.language } : {}) });

function readData(segments: Segment[], pageText: string): PageLanguage {
  const text = [pageText, ...segments.map((segment) => [segment.frontmatter.title, ...segment.body.map((line) => line.text)].filter((part) => typeof part === 'string').join('\n'))].join('\n');
  // A few titles say no more than one: only text enough to tell a language speaks for the page.
  if ((text.match(/\p{L}/gu)?.length ?? 0) < LANGUAGE_LETTERS) return { code: 'und' };
  const detected = detectLanguage(text);
  return { code: detected.code, evidence: { line: segments[0]?.line ?? 1, rule: `page.${detected.rule}`, text: `all ${segments.length} postings`, confidence: detected.confidence } };
}

/**
 * Titles written with English role words ("Platform Engineer", "Documentation Lead"), two or more and half of them at
 * least, and none with another language's own ("Entwickler", "Vollzeit"): an English page. Titles of other languages
 * are told by their text, and a page too short for it stays undetermined.
 */
function titlesLanguage(postings: readonly Posting[]): PageLanguage | undefined {
  const titles = postings.map((posting) => posting.fields.title).filter((title): title is string => typeof title === 'string');
  const said = titles.map(titleWordsLanguage);
  const english = said.filter((language) => language === 'en').length;
  if (said.includes('other') || english < MIN_ENGLISH_TITLES || english * 2 < titles.length) return undefined;
  const first = postings.find((posting) => posting.fields.title !== null);
  return { code: 'en', evidence: { line: first?.evidence.title?.line ?? first?.segment.line ?? 1, rule: TITLES_RULE, text: `${english} of ${titles.length} titles`, confidence: 0.5 } };
}

/**
 * A page whose postings are a list in its front matter still speaks in its own words: its body and its
 * front matter's texts ("description: Merapar … are looking for developers"); a data file has none.
 */
function ownText(doc: PostingDoc): string {
  const texts = Object.values(doc.frontmatter ?? {}).filter((value): value is string => typeof value === 'string');
  return [...texts, ...(doc.body ?? []).map((line) => line.text)].join('\n');
}
