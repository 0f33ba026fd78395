/**
 * `postings dedupe`: read postings as normalize does, group the records that
 * describe the same job, and print either the groups (`--format groups`,
 * NDJSON, one group a line) or the deduplicated records in a normalize format.
 */
import { collectDocs, finish, type CorpusInput } from '../corpus/collect.js';
import { representativesOnly } from '../corpus/dedupe.js';
import { entryOf, groupDuplicates, type DedupeEntry } from '../corpus/group.js';
import type { Emitter } from '../emit/emitter.js';
import type { OutputFormat } from '../emit/index.js';
import { loadEmitter } from '../emit/load.js';
import type { Io } from '../io.js';
import { recordsOf } from '../document.js';
import type { Posting } from '../schema/posting.js';
import { writeOut } from './normalize.js';
import { precomputedSignature } from '../worker-task.js';

export interface DedupeSettings extends CorpusInput {
  format: OutputFormat | 'groups';
  /** `--bom`: start CSV output with a byte order mark, as normalize does. */
  bom?: boolean;
}

export async function runDedupe(settings: DedupeSettings, io: Io): Promise<number> {
  // Groups need only a small entry per record; whole records are kept only when they are printed.
  const keepRecords = settings.format !== 'groups';
  const entries: DedupeEntry[] = [];
  const records: Posting[] = [];
  const collected = await collectDocs(settings, io, (doc) => {
    const list = recordsOf(doc);
    // A worker's signature is of the file's one record; a file of several postings gets one per record here.
    const signature = list.length === 1 ? precomputedSignature(doc) : undefined;
    for (const record of list) {
      entries.push(entryOf(record, entries.length, signature));
      if (keepRecords) records.push(record);
    }
  });
  if (collected.noInput) return finish(collected, settings, io);
  const groups = groupDuplicates(entries);
  if (settings.format === 'groups') {
    for (const group of groups) await writeOut(io.stdout, `${JSON.stringify(group)}\n`);
  } else {
    const emitter: Emitter = await loadEmitter(settings.format, { bom: settings.bom });
    const kept = representativesOnly(records, groups);
    await writeOut(io.stdout, emitter.start());
    for (const [index, record] of kept.entries()) await writeOut(io.stdout, emitter.record(record, index));
    await writeOut(io.stdout, emitter.end(kept.length));
  }
  const inGroups = groups.reduce((sum, group) => sum + group.size, 0);
  io.stderr.write(`postings: ${groups.length} duplicate group${groups.length === 1 ? '' : 's'}, ${inGroups} records in them, ${entries.length - inGroups + groups.length} distinct jobs\n`);
  return finish(collected, settings, io);
}
