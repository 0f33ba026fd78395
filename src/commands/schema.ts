/**
 * `postings schema`: the record's JSON Schema, exactly as schemas/posting.schema.json
 * holds it; with --config, the config file's (schemas/config.schema.json).
 */
import { configJsonSchema } from '../config/schema.js';
import type { Io } from '../io.js';
import { postingJsonSchema } from '../schema/posting.js';

export function schemaText(which: 'record' | 'config' = 'record'): string {
  return `${JSON.stringify(which === 'config' ? configJsonSchema() : postingJsonSchema(), null, 2)}\n`;
}

export async function runSchema(io: Io, which: 'record' | 'config' = 'record'): Promise<number> {
  io.stdout.write(schemaText(which));
  return 0;
}
