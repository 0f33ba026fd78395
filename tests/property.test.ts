/**
 * Property tests over the whole pipeline, for arbitrary bytes and for
 * arbitrary Markdown-like text built from the pieces postings are made of:
 * - processing never throws;
 * - it yields a record that passes the schema, or a clear error (a rule id
 *   from the catalog and a one-line reason) and no record;
 * - it is deterministic;
 * - normalizing a record's own cleaned Markdown again gives the same title,
 *   salary, remote policy, employment type, seniority and skills. These
 *   fields are read from the body alone. Fields that may depend on the
 *   source file are left out: id and source (the bytes differ), evidence
 *   and warnings (line numbers shift once front matter is gone), and
 *   anything front matter supplied (the cleaned Markdown has none), so
 *   inputs for that property carry no front matter.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processBytes } from '../src/pipeline.js';
import { PostingSchema, type Posting } from '../src/schema/posting.js';
import { ruleIds } from '../src/messages.js';
import { deepOr, propertyRuns } from './property-runs.js';

// `npm run test:deep` runs each property 2,000 times or more: a minute is enough for the usual runs, not for those.
const PROPERTY_TIMEOUT = deepOr(60_000, 900_000);

const encode = (text: string) => new TextEncoder().encode(text);

const words = ['Senior', 'Backend', 'Engineer', 'Developer', 'Acme', 'remote', 'Remote (EU)', 'hybrid', 'onsite', 'full-time', 'Full-time', 'part-time',
  'contract', '$120,000', '€65k', '- $150k', 'per year', '/hour', '5+ years', 'Kubernetes', 'K8s', 'Python', 'Go', 'React', 'Berlin', 'London',
  'jobs@acme.com', 'https://acme.com/jobs', 'apply', 'equity', 'stock options', 'we', 'are', 'hiring', 'a', 'the', 'and', 'with', 'é', 'ñ', '日本', '💼'];
const markup = ['# ', '## ', '### ', '- ', '* ', '1. ', '> ', '**', '_', '`', '```', '[', '](', ')', '![', '<b>', '</b>', '<p>', '<br>', '{{ x }}', '{% if %}',
  '---', '|', '\\', '&amp;', '&#x27;', '\t', '    '];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.constantFrom(...markup) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', ': ', ', ', '. ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const markdownLike = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));
const markdownBody = markdownLike.map((text) => `# ${text.split('\n')[0]!.slice(0, 40) || 'Engineer'}\n\n${text}`.replace(/^---/, 'x'));

function checkDoc(bytes: Uint8Array): ReturnType<typeof processBytes> {
  const doc = processBytes('property.md', bytes);
  if (doc.record) {
    const parsed = PostingSchema.safeParse(doc.record);
    expect(parsed.success).toBe(true);
  } else {
    // The message that says why there is no record: an error, or a fatal warning (not-a-posting).
    const error = doc.messages.find((m) => m.fatal || m.severity === 'error');
    expect(error).toBeDefined();
    expect(ruleIds).toContain(error!.ruleId);
    expect(error!.reason.length).toBeGreaterThan(0);
    expect(error!.reason).not.toMatch(/\n/);
    expect(error!.ruleId).not.toBe('worker-failed');
  }
  return doc;
}

const stableFields = (record: Posting) => ({
  title: record.title,
  salary: record.salary.map(({ min, max, currency, period }) => ({ min, max, currency, period })),
  remote: record.remote.policy,
  employmentType: record.employmentType,
  seniority: record.seniority,
  skills: record.skills,
});

describe('the pipeline on arbitrary input', () => {
  it('arbitrary bytes: never throws, a valid record or a clear error', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => void checkDoc(bytes)), { numRuns: propertyRuns(100) });
  });

  it('arbitrary Markdown-like text (front matter, HTML and templates included): never throws, a valid record or a clear error', { timeout: PROPERTY_TIMEOUT }, () => {
    const withFrontMatter = fc.tuple(fc.constantFrom('', '---\ntitle: X\n---\n', '+++\ntitle = "X"\n+++\n', '{\n  "title": "X"\n}\n', '---\n'), markdownLike);
    fc.assert(fc.property(withFrontMatter, ([head, body]) => void checkDoc(encode(head + body))), { numRuns: propertyRuns(100) });
  });

  it('is deterministic', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(markdownLike.map(encode), fc.uint8Array({ maxLength: 1000 })), (bytes) => {
        const first = processBytes('same.md', bytes);
        const second = processBytes('same.md', bytes);
        expect(JSON.stringify(second.record)).toBe(JSON.stringify(first.record));
        expect(second.messages).toEqual(first.messages);
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it("normalizing a record's own cleaned Markdown gives the same body fields", { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(markdownBody, (text) => {
        const first = processBytes('first.md', encode(text));
        fc.pre(first.record !== undefined);
        const second = processBytes('second.md', encode(first.record!.description.markdown));
        expect(second.record).toBeDefined();
        expect(stableFields(second.record!)).toEqual(stableFields(first.record!));
      }),
      { numRuns: propertyRuns(60) },
    );
  });
});

describe('employment types in a stable order', () => {
  it('lists them in the schema\'s order, whatever line of the text names each first (so a record\'s own Markdown reads the same)', () => {
    const first = processBytes('first.md', encode('# contract<br>Full-time\n\ncontract<br>Full-time'));
    expect(first.record!.employmentType).toEqual(['FULL_TIME', 'CONTRACTOR']);
    const second = processBytes('second.md', encode(first.record!.description.markdown));
    expect(second.record!.employmentType).toEqual(first.record!.employmentType);
  });

  it('reads a title heading that holds a contract word as the title, not as a section on the contract (seed -1566024414)', () => {
    for (const text of ['# contract# <br>Full-time', '# contract#\nFull-time']) {
      const first = processBytes('first.md', encode(text));
      expect(first.record!.employmentType).toEqual(['CONTRACTOR']);
      const second = processBytes('second.md', encode(first.record!.description.markdown));
      expect(second.record!.employmentType).toEqual(first.record!.employmentType);
    }
  });
});
