/**
 * Which of many literal phrases a text contains, found in one pass over the
 * text (phraseSet().foundIn) instead of one search of the whole text per
 * phrase (the plain reading: phrasesIn, each phrase looked for with
 * includes). The phrases are kept in buckets by their first two code units;
 * at each position of the text only the phrases of that position's bucket
 * are compared, so the pass costs about one array read a character however
 * many phrases there are. tests/phrase-set.property.test.ts holds the two to
 * the same answers on generated texts and on the corpus.
 */

/** Buckets of phrases, by a hash of their first two code units (a bucket may hold other pairs too: each phrase is compared whole). */
const BUCKETS = 4096;
const bucketOf = (first: number, second: number): number => ((first << 6) ^ second) & (BUCKETS - 1);

export interface PhraseSet {
  /** The phrases that occur in the text (text.includes(phrase)). */
  foundIn(text: string): Set<string>;
  /** Does one of the phrases occur in the text? (foundIn(text).size > 0, stopping at the first found.) */
  anyIn(text: string): boolean;
}

/** The phrases that occur in the text, each looked for on its own: the plain reading of phraseSet(phrases).foundIn(text). */
export function phrasesIn(phrases: Iterable<string>, text: string): Set<string> {
  const found = new Set<string>();
  for (const phrase of phrases) if (text.includes(phrase)) found.add(phrase);
  return found;
}

/** A set of phrases to find in texts, each found as text.includes(phrase) finds it. */
export function phraseSet(phrases: Iterable<string>): PhraseSet {
  const distinct = [...new Set(phrases)];
  // The empty phrase is in every text; a one-unit phrase has no pair of units to be filed under.
  const always = distinct.filter((phrase) => phrase.length === 0);
  const short = distinct.filter((phrase) => phrase.length === 1);
  const buckets: Array<string[] | undefined> = new Array<string[] | undefined>(BUCKETS).fill(undefined);
  for (const phrase of distinct) {
    if (phrase.length < 2) continue;
    const at = bucketOf(phrase.charCodeAt(0), phrase.charCodeAt(1));
    (buckets[at] ??= []).push(phrase);
  }
  /** Each phrase of two or more units found in the text, in text order, until `found` returns true. */
  const scan = (text: string, found: (phrase: string) => boolean): void => {
    const last = text.length - 1;
    let second = text.charCodeAt(0);
    for (let i = 0; i < last; i++) {
      const first = second;
      second = text.charCodeAt(i + 1);
      const bucket = buckets[bucketOf(first, second)];
      if (bucket === undefined) continue;
      for (const phrase of bucket) if (text.startsWith(phrase, i) && found(phrase)) return;
    }
  };
  return Object.freeze({
    foundIn(text: string): Set<string> {
      const found = new Set<string>(always);
      for (const phrase of short) if (text.includes(phrase)) found.add(phrase);
      scan(text, (phrase) => {
        found.add(phrase);
        return false;
      });
      return found;
    },
    anyIn(text: string): boolean {
      if (always.length || short.some((phrase) => text.includes(phrase))) return true;
      let any = false;
      scan(text, () => (any = true));
      return any;
    },
  });
}
