/**
 * Emitters share one contract, so output can stream: `start`, then `record`
 * for each record in input order, then `end`. Each returns text for stdout.
 */
import { stringify as yamlStringify } from 'yaml';
import type { Posting } from '../schema/posting.js';
import { toJobPosting } from './jsonld.js';
import { csvHeader, csvRow } from './csv.js';

export interface Emitter {
  /** File extension for `--out`. */
  extension: string;
  start(): string;
  record(record: Posting, index: number): string;
  end(count: number): string;
  /** One record as a whole file (for `--out`). */
  single(record: Posting): string;
}

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
  csv: csvEmitter(''),
} satisfies Record<string, Emitter>;

export type OutputFormat = keyof typeof emitters;
export const outputFormats = Object.keys(emitters) as OutputFormat[];

export interface EmitOptions {
  /** CSV only: start the output (each file, with --out) with a UTF-8 byte order mark. */
  bom?: boolean;
}

/** The emitter of a format, with its options. */
export function emitterFor(format: OutputFormat, options: EmitOptions = {}): Emitter {
  return format === 'csv' && options.bom ? csvEmitter('\uFEFF') : emitters[format];
}

/** A header row, then a row a record (csv.ts); `prefix` is a byte order mark or nothing. */
function csvEmitter(prefix: string): Emitter {
  return {
    extension: 'csv',
    start: () => prefix + csvHeader(),
    record: (record) => csvRow(record),
    end: () => '',
    single: (record) => prefix + csvHeader() + csvRow(record),
  };
}

/** Emit all records at once (library use). */
export function emitRecords(records: Posting[], format: OutputFormat, options: EmitOptions = {}): string {
  const emitter: Emitter = emitterFor(format, options);
  return emitter.start() + records.map((record, index) => emitter.record(record, index)).join('') + emitter.end(records.length);
}
