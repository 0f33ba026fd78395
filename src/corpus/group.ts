/**
 * Near-duplicate grouping. Two records describe the same job when they have
 * the same canonical company and title (see canonical.ts) and either the same
 * fingerprint or descriptions whose estimated Jaccard similarity (MinHash
 * over word shingles, see minhash.ts) is above SIMILARITY_THRESHOLD: more
 * than half of the signature agrees. Groups are closed under that relation
 * (A~B and B~C puts A, B, C together).
 *
 * Candidate pairs come from LSH banding: the signature is cut into BANDS
 * bands of ROWS values, and only records with the same key that share a
 * whole band are compared, so the work grows with the number of records, not
 * its square (within one company and title, with the pairs that look alike).
 * With 32 bands of 2 rows the banding loses nothing: a pair that agrees on
 * more than 32 of 64 values agrees on both values of some band (pigeonhole).
 * `groupAllPairs` is the plain version that compares every pair with the same
 * key; a property test holds the two to the same groups.
 */
import type { Posting } from '../schema/posting.js';
import { canonicalCompany, canonicalText, stripTracking } from './canonical.js';
import { estimatedSimilarity, signature, SIGNATURE_LENGTH } from './minhash.js';

/** Descriptions are alike when their estimated similarity is above this. */
export const SIMILARITY_THRESHOLD = 0.5;
export const BANDS = SIGNATURE_LENGTH / 2;
export const ROWS = SIGNATURE_LENGTH / BANDS;

/** What grouping needs of a record: small, so 100,000 of them fit in memory. */
export interface DedupeEntry {
  /** Input order. */
  index: number;
  id: string;
  path: string;
  /** Canonical company and title; null (never grouped) without a title. */
  key: string | null;
  fingerprint: string;
  signature: Uint32Array;
  datePosted: string | null;
  salary: string[];
  apply: string[];
  /** How many record fields are stated: breaks ties between representatives. */
  filled: number;
}

/** The fields reported when the members of a group disagree on them. */
export const COMPARED_FIELDS = ['datePosted', 'salary', 'apply'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface GroupMember {
  id: string;
  path: string;
  fingerprint: string;
  datePosted: string | null;
  salary: string[];
  apply: string[];
  /** Estimated similarity of the description to the representative's (1 for the representative). */
  similarity: number;
}

export interface DuplicateGroup {
  /** The representative's record id. */
  id: string;
  size: number;
  representative: { id: string; path: string };
  differs: ComparedField[];
  members: GroupMember[];
}

/** The entry of one record (index: its place in input order); `precomputed`: its signature, when a worker made it. */
export function entryOf(record: Posting, index: number, precomputed?: Uint32Array): DedupeEntry {
  const title = record.title === null ? '' : canonicalText(record.title);
  return {
    index,
    id: record.id,
    path: record.source.path,
    key: title ? `${canonicalCompany(record.company?.name ?? '')}\u0001${title}` : null,
    fingerprint: record.fingerprint,
    signature: precomputed ?? signature(record.description.text),
    datePosted: record.datePosted,
    salary: record.salary.map((s) => `${s.min ?? ''}-${s.max ?? ''} ${s.currency ?? '?'}/${s.period ?? '?'}`),
    apply: [...new Set([...record.apply.urls.map(stripTracking), ...record.apply.emails.map((email) => email.toLowerCase())])].sort(),
    filled: filledFields(record),
  };
}

function filledFields(record: Posting): number {
  const stated = [
    record.title, record.company, record.remote.policy, record.seniority, record.equity, record.experienceYears, record.datePosted,
    record.locations.length || null, record.employmentType.length || null, record.salary.length || null, record.skills.length || null,
    record.apply.urls.length + record.apply.emails.length || null,
  ];
  return stated.filter((value) => value !== null).length;
}

/** Duplicate groups (two members or more), found through LSH banding. Entries come in input order; so do the groups (by first member). */
export function groupDuplicates(entries: DedupeEntry[]): DuplicateGroup[] {
  const sets = new UnionFind(entries.length);
  const buckets = new Map<string, number[]>();
  // Copies with one fingerprint have one key and one signature: the first stands for the rest in the buckets,
  // so a corpus of many exact copies does not fill a bucket with pairs.
  const firstWithFingerprint = new Map<string, number>();
  for (const [position, entry] of entries.entries()) {
    if (entry.key === null) continue;
    const copyKey = `${entry.key}\u0002${entry.fingerprint}`;
    const first = firstWithFingerprint.get(copyKey);
    if (first !== undefined) {
      sets.union(first, position);
      continue;
    }
    firstWithFingerprint.set(copyKey, position);
    for (let band = 0; band < BANDS; band++) {
      const rows = entry.signature.subarray(band * ROWS, (band + 1) * ROWS).join(',');
      const bucketKey = `${entry.key}\u0002${band}\u0002${rows}`;
      const bucket = buckets.get(bucketKey);
      if (bucket) bucket.push(position);
      else buckets.set(bucketKey, [position]);
    }
  }
  for (const bucket of buckets.values()) {
    for (let i = 1; i < bucket.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = bucket[j]!;
        const b = bucket[i]!;
        if (sets.find(a) !== sets.find(b) && sameJob(entries[a]!, entries[b]!)) sets.union(a, b);
      }
    }
  }
  return groupsOf(entries, sets);
}

/** The plain version: every pair with the same key is compared. Quadratic within a key; for tests. */
export function groupAllPairs(entries: DedupeEntry[]): DuplicateGroup[] {
  const sets = new UnionFind(entries.length);
  for (let i = 1; i < entries.length; i++) {
    for (let j = 0; j < i; j++) {
      if (entries[i]!.key !== null && entries[i]!.key === entries[j]!.key && sameJob(entries[i]!, entries[j]!)) sets.union(i, j);
    }
  }
  return groupsOf(entries, sets);
}

function sameJob(a: DedupeEntry, b: DedupeEntry): boolean {
  return a.fingerprint === b.fingerprint || estimatedSimilarity(a.signature, b.signature) > SIMILARITY_THRESHOLD;
}

function groupsOf(entries: DedupeEntry[], sets: UnionFind): DuplicateGroup[] {
  const byRoot = new Map<number, DedupeEntry[]>();
  for (const [position, entry] of entries.entries()) {
    const root = sets.find(position);
    const members = byRoot.get(root);
    if (members) members.push(entry);
    else byRoot.set(root, [entry]);
  }
  const groups: DuplicateGroup[] = [];
  for (const members of byRoot.values()) {
    if (members.length < 2) continue;
    members.sort((a, b) => a.index - b.index);
    const chosen = members.reduce((best, entry) => (better(entry, best) ? entry : best));
    groups.push({
      id: chosen.id,
      size: members.length,
      representative: { id: chosen.id, path: chosen.path },
      differs: COMPARED_FIELDS.filter((field) => new Set(members.map((m) => JSON.stringify(m[field]))).size > 1),
      members: members.map((m) => ({
        id: m.id,
        path: m.path,
        fingerprint: m.fingerprint,
        datePosted: m.datePosted,
        salary: m.salary,
        apply: m.apply,
        similarity: Math.round(estimatedSimilarity(m.signature, chosen.signature) * 100) / 100,
      })),
    });
  }
  // Roots were met in input order of their first member, so the groups already are in that order.
  return groups;
}

/** The representative: the earliest datePosted (a stated date before none), then the most fields, then input order. */
function better(entry: DedupeEntry, best: DedupeEntry): boolean {
  if (entry.datePosted !== best.datePosted) {
    if (entry.datePosted === null) return false;
    if (best.datePosted === null) return true;
    return entry.datePosted < best.datePosted;
  }
  if (entry.filled !== best.filled) return entry.filled > best.filled;
  return entry.index < best.index;
}

/** Disjoint sets over 0..n-1 with path halving. */
class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(node: number): number {
    let current = node;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]!]!;
      current = this.parent[current]!;
    }
    return current;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}
