/**
 * The shape of postings.config.(yaml|yml|json), checked with zod. Unknown
 * keys are rejected, so a typo ("maxAge") is an error rather than a rule
 * that silently never runs.
 */
import * as z from 'zod';
import { ruleIds } from '../messages.js';
import { requirableFieldNames, restrictablePaths, valuesOfPath } from './fields.js';

/** The config's zod schema, built on first use (#18, start-up): a run without a config file never needs it. */
export const configSchema = (() => {
  let built: ReturnType<typeof buildConfigSchema> | undefined;
  return () => (built ??= buildConfigSchema());
})();

function buildConfigSchema() {
  const scalar = z.union([z.string(), z.number(), z.boolean()]);
  return z.strictObject({
    $schema: z.string().optional(),
    required: z.array(z.enum(requirableFieldNames as [string, ...string[]])).optional()
      .describe('record fields that must be extracted'),
    // A path whose values the record's schema fixes takes only those, so a typo ("FULLTIME") is an error at load.
    allowed: z.strictObject(Object.fromEntries(restrictablePaths.map((name) => {
      const values = valuesOfPath[name];
      const value = values ? z.enum(values) : name === 'draft' ? z.boolean() : scalar;
      return [name, z.array(value).min(1).optional()];
    }))).optional()
      .describe('record path -> the only values it may hold, e.g. remote.policy: [remote, hybrid]'),
    maxAgeDays: z.number().int().positive().optional()
      .describe('datePosted may be at most this many days old'),
    frontMatter: z.record(z.string(), z.unknown()).optional()
      .describe('a JSON Schema (draft 2020-12) fragment the front matter must pass'),
    rules: z.partialRecord(z.enum(ruleIds as [string, ...string[]]), z.enum(['off', 'warning', 'error'])).optional()
      .describe('rule id -> off (never reported), warning or error, e.g. mojibake-found: error'),
    ignores: z.array(z.string().min(1)).optional()
      .describe('globs of files never checked, relative to the folder of this config, e.g. ["_jobs/drafts/**"]'),
    gitignore: z.boolean().optional()
      .describe('leave out files that .gitignore files ignore, in folders and globs (as --gitignore)'),
  });
}

/** The JSON Schema of the config file itself (schemas/config.schema.json), so editors complete and check it. */
export function configJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(configSchema(), { io: 'input' }), title: 'postings.config', $id: 'https://github.com/OWNER/postings/schemas/config.schema.json' };
}

export type Config = z.infer<ReturnType<typeof buildConfigSchema>>;
