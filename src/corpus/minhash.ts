/**
 * MinHash over word shingles: a short signature per description whose
 * agreement between two descriptions estimates the Jaccard similarity of
 * their shingle sets.
 *
 * Design: a shingle is SHINGLE_WORDS consecutive canonical words (fewer when
 * the text is shorter). Each shingle is hashed once (FNV-1a, 32 bits); hash
 * function i is that value xor SEEDS[i], mixed by murmur3's finalizer. The
 * seeds come from splitmix32 started at MINHASH_SEED, so signatures are the
 * same on every machine and in every run. No npm package fitted: `minhash`
 * (0.0.9) is unmaintained, and bloom-filters' MinHash brings a large
 * dependency tree for some thirty lines.
 */
import { canonicalWords } from './canonical.js';

export const SHINGLE_WORDS = 3;
export const SIGNATURE_LENGTH = 64;
/** The documented seed of the hash family; changing it changes every signature. */
export const MINHASH_SEED = 0x9e3779b9;

const EMPTY = 0xffffffff;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** The seed of each hash function; computed once from MINHASH_SEED (immutable). */
export const SEEDS: readonly number[] = Object.freeze(Array.from({ length: SIGNATURE_LENGTH }, splitmix32(MINHASH_SEED)));

/** 32-bit FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** murmur3's 32-bit finalizer: spreads every input bit over the output. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The distinct shingle hashes of a text. */
export function shingleHashes(text: string): Set<number> {
  const words = canonicalWords(text);
  const hashes = new Set<number>();
  const width = Math.min(SHINGLE_WORDS, words.length);
  for (let start = 0; start + width <= words.length && width > 0; start++) hashes.add(hashString(words.slice(start, start + width).join(' ')));
  return hashes;
}

/** The MinHash signature of a text (SIGNATURE_LENGTH values; all EMPTY for a text without words). */
export function signature(text: string): Uint32Array {
  const mins = new Uint32Array(SIGNATURE_LENGTH).fill(EMPTY);
  for (const hash of shingleHashes(text)) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const value = mix(hash ^ SEEDS[i]!);
      if (value < mins[i]!) mins[i] = value;
    }
  }
  return mins;
}

/** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
