/**
 * Deduplicating a stream of documents: the library side of `postings dedupe`
 * and `normalize --dedupe`. Documents are kept without their bytes, text and
 * tree (as the worker pool returns them), so memory holds records only.
 */
import { kindOf } from '../argument-kind.js';
import { message, recordsOf, type PostingDoc } from '../document.js';
import { fromSummary, precomputedSignature, summarize } from '../worker-task.js';
import { entryOf, groupDuplicates, type DedupeEntry, type DuplicateGroup } from './group.js';
import type { Posting } from '../schema/posting.js';

/** Duplicate groups among these records (in input order). */
export function findDuplicates(records: Posting[]): DuplicateGroup[] {
  if (!Array.isArray(records)) throw new TypeError(`findDuplicates takes an array of records, not ${kindOf(records)}`);
  return groupDuplicates(records.map((record, index) => entryOf(record, index)));
}

/** The records to keep: every record that is in no group, and each group's representative; in input order. */
export function representativesOnly(records: Posting[], groups: DuplicateGroup[]): Posting[] {
  const dropped = droppedMembers(groups);
  return records.filter((record) => !dropped.has(memberKey(record.id, record.source.path)));
}

/** Members that are not their group's representative, as id + path (the same bytes at two paths are two records). */
function droppedMembers(groups: DuplicateGroup[]): Map<string, DuplicateGroup> {
  const dropped = new Map<string, DuplicateGroup>();
  for (const group of groups) {
    for (const member of group.members) {
      if (member.id !== group.representative.id || member.path !== group.representative.path) dropped.set(memberKey(member.id, member.path), group);
    }
  }
  return dropped;
}

const memberKey = (id: string, path: string) => `${id}\u0000${path}`;

/**
 * Take every document, then give them back in input order with each
 * duplicate that is not its group's representative marked by a
 * `duplicate-dropped` message (`isDroppedDuplicate`). `onEach` is told of each
 * document as it arrives (for the progress bar).
 */
export async function* markDuplicates(docs: AsyncIterable<PostingDoc>, onEach: (doc: PostingDoc) => void): AsyncGenerator<PostingDoc> {
  const kept: PostingDoc[] = [];
  const entries: DedupeEntry[] = [];
  for await (const doc of docs) {
    onEach(doc);
    const light = fromSummary(summarize(doc));
    kept.push(light);
    const list = recordsOf(light);
    const signature = list.length === 1 ? precomputedSignature(doc) : undefined;
    for (const record of list) entries.push(entryOf(record, entries.length, signature));
    delete light.signature;
  }
  const dropped = droppedMembers(groupDuplicates(entries));
  for (const doc of kept) {
    for (const record of recordsOf(doc)) {
      const group = dropped.get(memberKey(record.id, record.source.path));
      // The record's id says which posting of a file of several was dropped.
      if (group) message(doc, 'duplicate-dropped', { args: { representative: group.representative.path, id: record.id } });
    }
    yield doc;
  }
}

/** Whether markDuplicates dropped this document's record (or the given one of its records) in favour of its group's representative. */
export function isDroppedDuplicate(doc: PostingDoc, record?: Posting): boolean {
  return doc.messages.some((m) => m.ruleId === 'duplicate-dropped' && (!record || m.args?.id === undefined || m.args.id === record.id));
}
