/** `postings schema`: the record's JSON Schema, exactly as schemas/posting.schema.json holds it. */
import type { Io } from '../io.js';
import { postingJsonSchema } from '../schema/posting.js';

export function schemaText(): string {
  return `${JSON.stringify(postingJsonSchema(), null, 2)}\n`;
}

export async function runSchema(io: Io): Promise<number> {
  io.stdout.write(schemaText());
  return 0;
}
