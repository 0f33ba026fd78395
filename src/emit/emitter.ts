/**
 * Emitters share one contract, so output can stream: `start`, then `record`
 * for each record in input order, then `end`. Each returns text for stdout.
 * This module holds the contract and the formats that need no heavy module;
 * JSON-LD (which renders HTML) is added by index.ts, or loaded on demand by load.ts.
 */
import { stringify as yamlStringify } from 'yaml';
import type { Posting } from '../schema/posting.js';
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

export interface EmitOptions {
  /** CSV only: start the output (each file, with --out) with a UTF-8 byte order mark. */
  bom?: boolean;
}

const indent = (text: string) => text.replace(/\n/g, '\n  ');

/** One JSON array of converted records. */
export const jsonArray = (convert: (record: Posting) => unknown, extension: string): Emitter => ({
  extension,
  start: () => '[',
  record: (record, index) => `${index ? ',' : ''}\n  ${indent(JSON.stringify(convert(record), null, 2))}`,
  end: (count) => (count ? '\n]\n' : ']\n'),
  single: (record) => `${JSON.stringify(convert(record), null, 2)}\n`,
});

/** A header row, then a row a record (csv.ts); `prefix` is a byte order mark or nothing. */
export function csvEmitter(prefix: string): Emitter {
  return {
    extension: 'csv',
    start: () => prefix + csvHeader(),
    record: (record) => csvRow(record),
    end: () => '',
    single: (record) => prefix + csvHeader() + csvRow(record),
  };
}

/** Every format but jsonld. */
export const lightEmitters = {
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
  csv: csvEmitter(''),
} satisfies Record<string, Emitter>;

/** A light format's emitter, with its options. */
export function lightEmitterFor(format: keyof typeof lightEmitters, options: EmitOptions = {}): Emitter {
  return format === 'csv' && options.bom ? csvEmitter('\uFEFF') : lightEmitters[format];
}
