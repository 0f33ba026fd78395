/**
 * The emitters of every output format, for the library (emit/emitter.ts has
 * the contract). The CLI loads them through load.ts, so a run that writes no
 * JSON-LD never loads the HTML renderer.
 */
import { kindOf } from '../argument-kind.js';
import type { Posting } from '../schema/posting.js';
import { toJobPosting } from './jsonld.js';
import { jsonArray, lightEmitterFor, lightEmitters, type EmitOptions, type Emitter } from './emitter.js';

export type { Emitter, EmitOptions } from './emitter.js';

export const emitters = {
  json: lightEmitters.json,
  ndjson: lightEmitters.ndjson,
  yaml: lightEmitters.yaml,
  jsonld: jsonArray(toJobPosting, 'jsonld'),
  csv: lightEmitters.csv,
} satisfies Record<string, Emitter>;

export type OutputFormat = keyof typeof emitters;
export const outputFormats = Object.keys(emitters) as OutputFormat[];

/** The emitter of a format, with its options; an unknown format is a TypeError that names the ones there are. */
export function emitterFor(format: OutputFormat, options: EmitOptions = {}): Emitter {
  // Library callers are not type-checked: a name from outside must be a format, not an internal error later.
  if (!Object.hasOwn(emitters, format)) throw new TypeError(`unknown output format ${JSON.stringify(format)}: use one of ${outputFormats.join(', ')}`);
  return format === 'jsonld' ? emitters.jsonld : lightEmitterFor(format, options);
}

/** Emit all records at once (library use). */
export function emitRecords(records: Posting[], format: OutputFormat, options: EmitOptions = {}): string {
  if (!Array.isArray(records)) throw new TypeError(`emitRecords takes an array of records, not ${kindOf(records)}`);
  const emitter: Emitter = emitterFor(format, options);
  return emitter.start() + records.map((record, index) => emitter.record(record, index)).join('') + emitter.end(records.length);
}
