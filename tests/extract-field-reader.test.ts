/**
 * A page split into postings is read for what carries over to them with only the extractors of the fields its
 * carry reads (src/extract/index.ts fieldReader, src/stages/carry-readings.ts). Held to the plain version:
 * - every extractor reads and writes only the fields its row of EXTRACTOR_WRITES names (each run watched through
 *   proxies of the context's fields, evidence and hints, on the same pages and postings);
 * - fieldReader's wanted fields and their evidence equal extractFields' for any set of wanted fields, on the pages
 *   and postings of fixtures/ and the real corpus (a property over the sets);
 * - the extract stage gives the same records and messages with the field readers as with every reading whole, on
 *   every split file of fixtures/ and every page of the real corpus split into several postings.
 * Each over fixtures/ always, and again over the corpus (that part skipped, with the reason, when ../shared is absent).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDoc, type PostingDoc } from '../src/document.js';
import { stages } from '../src/pipeline.js';
import { extract } from '../src/stages/extract.js';
import { wholeReaders } from '../src/stages/carry-readings.js';
import { extractContext, EXTRACTOR_WRITES, extractFields, extractors, fieldReader, type ExtractInput } from '../src/extract/index.js';
import { emptyFields, type Fields } from '../src/extract/context.js';
import { CORPUS, describeShared, FIXTURES } from './helpers.js';
import { propertyRuns } from './property-runs.js';
import { corpusRecords } from './run-once.js';

const RUNS = propertyRuns(100);
const POSTING_FILE = /\.(md|markdown|mdx|txt|html?)$/i;
const TODAY = '2026-01-15';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && POSTING_FILE.test(entry.name) && !/^(readme|sources)\b/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The document as the extract stage receives it: every stage before it run. */
function beforeExtract(file: string): PostingDoc | undefined {
  const doc = createDoc(file, readFileSync(file));
  doc.today = TODAY;
  for (const [name, stage] of stages) {
    if (name === 'extract') return doc;
    stage(doc);
    if (doc.messages.some((m) => m.fatal)) return undefined;
  }
  return undefined;
}

/** What extract gives: records and messages. */
const outcome = (doc: PostingDoc) => JSON.stringify({ records: doc.records ?? (doc.record ? [doc.record] : []), messages: doc.messages });

/** Each page's whole reading and each of its postings' readings, as extract makes them. */
function inputsOf(doc: PostingDoc): ExtractInput[] {
  const whole: ExtractInput = { path: doc.path, frontmatter: doc.frontmatter ?? {}, sourceText: doc.text ?? '', lines: doc.body ?? [], tree: doc.tree ?? { type: 'root', children: [] }, today: TODAY };
  const parts = (doc.segments ?? []).map((segment): ExtractInput => ({ path: doc.path, frontmatter: segment.frontmatter, sourceText: segment.sourceText, keyLines: segment.keyLines, lines: segment.body, tree: segment.tree, today: TODAY, part: true }));
  return [whole, ...parts];
}

/** About three quarters of what each set holds today (fixtures/: 22 split files, 116 inputs; the corpus: 21, 203): a run over a handful proves little. */
const FIXTURE_SPLIT = 15;
const FIXTURE_INPUTS = 80;
const CORPUS_SPLIT = 15;
const CORPUS_INPUTS = 150;
const FIELD_NAMES = Object.keys(emptyFields()) as Array<keyof Fields>;
/** The evidence keys a field's reading writes. */
const evidenceKeys = (field: keyof Fields): string[] => (field === 'remote' ? ['remote', 'remoteRegions'] : [field]);

/**
 * The least a set of files must hold for its run to mean something: split files, and inputs of the sampled ones; and
 * which of its other files are sampled: one in `sampleEvery` (1 where the set is a sample already).
 */
interface Least { split: number; inputs: number; sampleEvery: number }

/**
 * The differential tests over a set of files (each through the stages before extract; each test extracts a copy),
 * with texts that take rare paths for the watch of what extractors read and write.
 */
function readingTests(files: () => string[] | Promise<string[]>, least: Least, rarePaths: string[] = []): void {
  let docs: Array<PostingDoc & { sampled: boolean }> = [];
  beforeAll(async () => {
    docs = (await files()).flatMap((file, index) => {
      const doc = beforeExtract(file);
      return doc ? [Object.assign(doc, { sampled: Boolean(doc.segments) || index % least.sampleEvery === 0 })] : [];
    });
  });

  /** Every split file and one in `least.sampleEvery` of the others. */
  const sampled = () => docs.filter((doc) => doc.sampled);

  it('gives the same records and messages as reading it whole, on every split file', () => {
    let split = 0;
    for (const doc of docs) {
      if (!doc.segments) continue;
      split++;
      const fast = structuredClone(doc);
      const plain = structuredClone(doc);
      extract(fast);
      extract(plain, wholeReaders);
      expect(outcome(fast), doc.path).toBe(outcome(plain));
    }
    expect(split).toBeGreaterThanOrEqual(least.split);
  });

  it('reads the wanted fields and their evidence as extractFields does, for any wanted fields', () => {
    const inputs = sampled().flatMap(inputsOf);
    expect(inputs.length).toBeGreaterThanOrEqual(least.inputs);
    const wanted = fc.uniqueArray(fc.constantFrom(...FIELD_NAMES), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(wanted, fc.nat(inputs.length - 1), (fields, at) => {
      const input = inputs[at]!;
      const plain = extractFields(input);
      const read = fieldReader(fields)(input);
      for (const field of fields) {
        expect((read.fields as Fields)[field], field).toEqual(plain.fields[field]);
        for (const key of evidenceKeys(field)) expect(read.evidence[key], key).toEqual(plain.evidence[key]);
      }
    }), { numRuns: RUNS });
  });

  it('has each extractor read and write only what EXTRACTOR_WRITES says', () => {
    // A hint is the title's (title-clean.ts gives them); evidence is its field's (remoteRegions the remote policy's).
    const fieldOf = (key: string, kind: 'fields' | 'evidence' | 'hints'): string => (kind === 'hints' ? 'title' : key === 'remoteRegions' ? 'remote' : key);
    const seen = extractors.map(() => ({ reads: new Set<string>(), writes: new Set<string>() }));
    let current = 0;
    const watched = <T extends object>(target: T, kind: 'fields' | 'evidence' | 'hints'): T => new Proxy(target, {
      get(object, key, receiver) {
        if (typeof key === 'string') seen[current]!.reads.add(fieldOf(key, kind));
        return Reflect.get(object, key, receiver);
      },
      set(object, key, value, receiver) {
        if (typeof key === 'string') seen[current]!.writes.add(fieldOf(key, kind));
        return Reflect.set(object, key, value, receiver);
      },
      deleteProperty(object, key) {
        if (typeof key === 'string') seen[current]!.writes.add(fieldOf(key, kind));
        return Reflect.deleteProperty(object, key);
      },
    });
    for (const input of [...sampled().flatMap(inputsOf), ...rarePaths.flatMap(inputsOfText)]) {
      const ctx = extractContext(input);
      ctx.fields = watched(ctx.fields, 'fields');
      ctx.evidence = watched(ctx.evidence, 'evidence');
      ctx.hints = watched(ctx.hints, 'hints');
      extractors.forEach((extractor, index) => {
        current = index;
        extractor(ctx);
      });
    }
    extractors.forEach((extractor, index) => {
      const row = EXTRACTOR_WRITES[index]!;
      const declared = new Set<string>([...Object.keys(row), ...Object.values(row).flat()]);
      for (const field of seen[index]!.writes) expect(Object.keys(row), `${extractor.name} writes ${field}`).toContain(field);
      for (const field of seen[index]!.reads) expect([...declared], `${extractor.name} reads ${field}`).toContain(field);
    });
  });

}

// fixtures/ always (fixtures/multi: split files of every shape); the real corpus's careers pages where ../shared is.
describe('reading a split page for some fields only: fixtures/', () => readingTests(() => filesUnder(FIXTURES), { split: FIXTURE_SPLIT, inputs: FIXTURE_INPUTS, sampleEvery: 3 }, RARE_PATHS));
// The corpus: only the files the sample holds go through the stages (about 85 of 214), every third file and every page
// the run's shared corpus run (tests/run-once.ts) split into several postings: the other pages, one posting each, were
// parsed for nothing (about three fifths of this part's CPU before it). A page split into one segment is left to the
// fixtures' part (none in the corpus: each of its 21 split pages gives several records).
describeShared('reading a split page for some fields only: the real corpus', () => readingTests(sampledCorpusFiles, { split: CORPUS_SPLIT, inputs: CORPUS_INPUTS, sampleEvery: 1 }));

async function sampledCorpusFiles(): Promise<string[]> {
  const several = new Set((await corpusRecords()).filter((record) => record.source.count > 1).map((record) => record.source.path as string));
  return filesUnder(CORPUS).filter((file, index) => several.has(file) || index % 3 === 0);
}


describe('fieldReader', () => {
  it('runs fewer extractors for the readings carry makes, and all of them for every field', async () => {
    const { extractorsFor, extractors } = await import('../src/extract/index.js');
    expect(extractorsFor(['company']).length).toBeLessThan(extractors.length / 2);
    expect(extractorsFor(FIELD_NAMES)).toEqual(extractors.map((_, index) => index));
  });

  it('gives a posting the same title, company and apply address as extractFields on a small page', () => {
    const text = '# Backend Engineer (Acme)\n\nAcme GmbH is hiring in Berlin. Full-time.\n\nApply: jobs@acme.example\n';
    const lines = text.split('\n').map((line, index) => ({ text: line, line: index + 1 }));
    const input: ExtractInput = { path: 'x.md', frontmatter: {}, sourceText: text, lines, tree: stagesTree(text), today: TODAY };
    const plain = extractFields(input);
    const read = fieldReader(['title', 'company', 'apply'])(input);
    expect(read.fields.title).toBe(plain.fields.title);
    expect(read.fields.company).toEqual(plain.fields.company);
    expect(read.fields.apply).toEqual(plain.fields.apply);
    expect(plain.fields.apply.emails).toEqual(['jobs@acme.example']);
  });
});

function stagesTree(text: string) {
  return inputsOfText(text)[0]!.tree;
}

/** A text's inputs, as extract makes them. */
function inputsOfText(text: string): ExtractInput[] {
  const doc = createDoc('x.md', Buffer.from(text));
  doc.today = TODAY;
  for (const [name, stage] of stages) {
    if (name === 'extract') break;
    stage(doc);
  }
  return inputsOf(doc);
}

/** Postings that take paths the sampled files may not: an address written with a placeholder, a title's bracket aside. */
const RARE_PATHS = [
  '# Backend Engineer\n\nAcme GmbH (https://acme.example) is hiring. Send your CV to jobs@[company domain].\n',
  '# Backend Engineer (Klarna)\n\nWe build payments. Remote in the EU, full-time, 60,000-70,000 EUR.\n',
  '# Nurse (Night Shift)\n\nAcme GmbH is hiring in Berlin. You will work the Night Shift on our ward.\n',
  '---\ntitle: Designer\ncompany: Globex\nlocation: Berlin\n---\n\nJoin Globex. Apply at https://boards.greenhouse.io/globex/jobs/1\n',
];
