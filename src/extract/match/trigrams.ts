/**
 * franc's francAll (franc 6: trigram profiles, by the unified authors) as
 * one table lookup per trigram of the text instead of one per trigram and
 * per language: the languages that a script's candidates allow are indexed
 * once, trigram -> [language, weight] pairs (trigramIndex), and a text's
 * distance to every language is summed from its own trigrams' pairs. The
 * scores are franc's exactly: the same integer distances, the same stable
 * order, the same normalisation, from franc's own data and script patterns.
 * franc's francAll is the plain reading; tests/extract-trigrams.property.test.ts
 * holds the two to the same answers on generated text and the corpus.
 */
import { createRequire } from 'node:module';
import { memoized } from '../text.js';

/** franc's data: per script, per language, its trigrams by rank ("|"-joined, most frequent first). */
type FrancData = Record<string, Record<string, string>>;
/** What franc's package holds besides its code: the profiles and the global patterns of each script. */
export interface FrancTables { data: FrancData; expressions: Record<string, RegExp> }

/** Read franc's tables (null where they cannot be loaded: an older Node without require of ES modules). */
export function loadFrancTables(): FrancTables | null {
  try {
    const require = createRequire(import.meta.url);
    const { data } = require('franc/data.js') as { data: FrancData };
    const { expressions } = require('franc/expressions.js') as { expressions: Record<string, RegExp> };
    return { data, expressions };
  } catch {
    return null;
  }
}

// franc's constants (franc/index.js).
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

export interface TrigramOptions { minLength?: number; only?: readonly string[] }
type Scores = Array<[code: string, score: number]>;

/** The languages of a script that `only` allows, in franc's data order, and each trigram's [language, rank] pairs. */
interface ScriptIndex { languages: string[]; pairs: Map<string, number[]> }

/**
 * francAll(value, options) as franc computes it (ignore lists aside), with
 * the tables of loadFrancTables(). `index` memoises the script indexes: one
 * per detector (trigramDetector), since `only` is fixed for it.
 */
function francAllIndexed(tables: FrancTables, index: (script: string) => ScriptIndex, value: string, options: TrigramOptions): Scores {
  const only = options.only ?? [];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample, tables.expressions);
  if (script === undefined || !(script in tables.data)) {
    if (script === undefined || share === 0 || (only.length > 0 && !only.includes(script))) return [['und', 1]];
    return [[script, 1]];
  }
  const { languages, pairs } = index(script);
  if (languages.length === 0) return [['und', 1]];
  const distances = new Array<number>(languages.length);
  const counts = trigramCounts(sample);
  distances.fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const found = pairs.get(trigram);
    if (found === undefined) continue;
    for (let at = 0; at < found.length; at += 2) {
      const difference = count - found[at + 1]! - 1;
      distances[found[at]!]! += (difference < 0 ? -difference : difference) - MAX_DIFFERENCE;
    }
  }
  const scores: Scores = languages.map((language, at) => [language, distances[at]!]);
  // Array sort is stable: ties keep franc's data order, as in franc.
  scores.sort((a, b) => a[1] - b[1]);
  const min = scores[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const score of scores) score[1] = 1 - (score[1] - min) / max || 0;
  return scores;
}

/** The script whose pattern matches most of the text, and its share, as franc's getTopScript finds it. */
function topScript(value: string, expressions: Record<string, RegExp>): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** How often each trigram occurs in the text as trigram-utils reads it: punctuation and digits as spaces, spaces collapsed, lower-cased, padded with a space. */
function trigramCounts(value: string): Map<string, number> {
  const text = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let at = 0; at + 3 <= text.length; at++) {
    const trigram = text.slice(at, at + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The index of one script's allowed languages: a trigram listed twice in a profile keeps its first (lowest) rank, as franc's table does. */
function scriptIndex(data: FrancData, script: string, only: readonly string[]): ScriptIndex {
  const languages = Object.keys(data[script]!).filter((language) => only.length === 0 || only.includes(language));
  const pairs = new Map<string, number[]>();
  languages.forEach((language, at) => {
    const ranks = new Map<string, number>();
    const model = data[script]![language]!.split('|');
    for (let rank = model.length - 1; rank >= 0; rank--) ranks.set(model[rank]!, rank);
    for (const [trigram, rank] of ranks) {
      let list = pairs.get(trigram);
      if (list === undefined) pairs.set(trigram, (list = []));
      list.push(at, rank);
    }
  });
  return { languages, pairs };
}

/**
 * A detector with franc's answers for these options (`only` fixed, so each
 * script's index is built once, on the first text of that script), or null
 * where franc's tables cannot be loaded.
 */
export function trigramDetector(options: TrigramOptions, tables: FrancTables | null = loadFrancTables()): ((value: string) => Scores) | null {
  if (!tables) return null;
  const only = [...(options.only ?? [])];
  const index = memoized((script) => scriptIndex(tables.data, script, only));
  return (value) => francAllIndexed(tables, index, value, options);
}
