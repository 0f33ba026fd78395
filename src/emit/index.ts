/**
 * Emitters share one contract, so output can stream: `start`, then `record`
 * for each record in input order, then `end`. Each returns text for stdout.
 */
import { createRequire } from 'node:module';
import type { Posting } from '../schema/posting.js';
import { toJobPosting } from './jsonld.js';

export interface Emitter {
  /** File extension for `--out`. */
  extension: string;
  start(): string;
  record(record: Posting, index: number): string;
  end(count: number): string;
  /** One record as a whole file (for `--out`). */
  single(record: Posting): string;
}

// The yaml library costs start-up time that json and ndjson runs do not need: load it on the first yaml record.
// (Under Node its package resolves to the same CommonJS build for import and require.)
const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
const yamlStringify = (record: Posting, options: import('yaml').ToStringOptions): string => (yamlModule ??= require('yaml') as typeof import('yaml')).stringify(record, options);

const indent = (text: string) => text.replace(/\n/g, '\n  ');

const jsonArray = (convert: (record: Posting) => unknown, extension: string): Emitter => ({
  extension,
  start: () => '[',
  record: (record, index) => `${index ? ',' : ''}\n  ${indent(JSON.stringify(convert(record), null, 2))}`,
  end: (count) => (count ? '\n]\n' : ']\n'),
  single: (record) => `${JSON.stringify(convert(record), null, 2)}\n`,
});

export const emitters = {
  json: jsonArray((record) => record, 'json'),
  ndjson: {
    extension: 'json',
    start: () => '',
    record: (record) => `${JSON.stringify(record)}\n`,
    end: () => '',
    single: (record) => `${JSON.stringify(record)}\n`,
  },
  yaml: {
    extension: 'yaml',
    start: () => '',
    record: (record) => `---\n${yamlStringify(record, { lineWidth: 0 })}`,
    end: () => '',
    single: (record) => yamlStringify(record, { lineWidth: 0 }),
  },
  jsonld: jsonArray(toJobPosting, 'jsonld'),
} satisfies Record<string, Emitter>;

export type OutputFormat = keyof typeof emitters;
export const outputFormats = Object.keys(emitters) as OutputFormat[];

/** Emit all records at once (library use). */
export function emitRecords(records: Posting[], format: OutputFormat): string {
  const emitter: Emitter = emitters[format];
  return emitter.start() + records.map((record, index) => emitter.record(record, index)).join('') + emitter.end(records.length);
}
