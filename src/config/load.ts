/**
 * Find, read and check the config: `--config <file>`, else the first of
 * postings.config.yaml / .yml / .json in the working folder or the nearest
 * folder above it, up to the repository root, else none.
 * Every failure is one line naming the file (and line for syntax errors);
 * the command turns it into exit 2.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { ZodType } from 'zod';
import { glob } from '../input/glob.js';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { describeError } from '../input/expand.js';
import { requirableFieldNames } from './fields.js';
import { configSchema, type Config } from './schema.js';
import { unsafeSchemaReason } from './safe-schema.js';
import { frontMatterJsonSchema } from './required-properties.js';

export const CONFIG_NAMES = ['postings.config.yaml', 'postings.config.yml', 'postings.config.json'];

/** The rules a validate run applies, from the config file and the flags together. */
export interface Rules {
  /** The config file read, as shown to the user; undefined when none was found. */
  file?: string;
  /** Other config files beside the one read (its folder held two or more names), which are not read. */
  notRead?: string[];
  required: string[];
  allowed: Array<[path: string, values: Array<string | number | boolean>]>;
  maxAgeDays?: number;
  frontMatter?: ZodType;
  /** Rule id -> severity from the config's `rules`; `off` drops the rule's problems. */
  severities?: Record<string, 'off' | 'warning' | 'error'>;
  /** Absolute paths of the files the config's `ignores` globs name. */
  ignored?: Set<string>;
  /** The config's `gitignore: true`: leave out what .gitignore files ignore. */
  gitignore?: boolean;
}

export type RulesResult = { rules: Rules } | { error: string };

/** Load the config (if any) and merge `--require` into it; never throws. */
export async function loadRules(cwd: string, options: { config?: string; require?: string } = {}): Promise<RulesResult> {
  const required = parseRequireFlag(options.require);
  if ('error' in required) return required;
  const found = await readConfig(cwd, options.config);
  if ('error' in found) return found;
  const { config, file, notRead } = found;
  const rules: Rules = {
    required: [...new Set([...(config.required ?? []), ...required.fields])],
    allowed: Object.entries(config.allowed ?? {}).filter((entry): entry is [string, Array<string | number | boolean>] => entry[1] !== undefined),
  };
  if (config.rules) rules.severities = Object.fromEntries(Object.entries(config.rules).filter((entry): entry is [string, 'off' | 'warning' | 'error'] => entry[1] !== undefined));
  if (config.ignores?.length) {
    // Globs are relative to the config's folder, as in markdownlint-cli2 and ESLint's flat config.
    const base = path.resolve(cwd, path.dirname(file ?? '.'));
    const matches = await glob(config.ignores, { cwd: base, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false });
    rules.ignored = new Set(matches.map((match) => path.resolve(match)));
  }
  if (config.gitignore) rules.gitignore = true;
  if (file !== undefined) rules.file = file;
  if (notRead?.length) rules.notRead = notRead;
  if (config.maxAgeDays !== undefined) rules.maxAgeDays = config.maxAgeDays;
  if (config.frontMatter !== undefined) {
    const unsafe = unsafeSchemaReason(config.frontMatter);
    if (unsafe) return { error: `${file}: frontMatter: ${unsafe}` };
    try {
      rules.frontMatter = z.fromJSONSchema(frontMatterJsonSchema(config.frontMatter) as never);
    } catch (error) {
      return { error: `${file}: frontMatter: not a usable JSON Schema: ${(error as Error).message}` };
    }
  }
  return { rules };
}

/** `--require title,company,apply` -> field names; an unknown name is a usage error. */
export function parseRequireFlag(value: string | undefined): { fields: string[] } | { error: string } {
  if (value === undefined) return { fields: [] };
  const fields = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = fields.find((name) => !requirableFieldNames.includes(name));
  if (unknown !== undefined) return { error: `--require: unknown field "${unknown}" (one of: ${requirableFieldNames.join(', ')})` };
  if (!fields.length) return { error: '--require needs at least one field name, e.g. title,company,apply' };
  return { fields };
}

async function readConfig(cwd: string, explicit: string | undefined): Promise<{ config: Config; file?: string; notRead?: string[] } | { error: string }> {
  const [file, ...notRead] = explicit === undefined ? await findConfigs(cwd) : [explicit];
  if (file === undefined) return { config: {} };
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    return { error: `${file}: cannot read config: ${describeError(error as NodeJS.ErrnoException)}` };
  }
  const data = parseConfigText(file, text);
  if ('error' in data) return data;
  const result = configSchema().safeParse(data.value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    return { error: `${file}: ${where}${issue.message}${more}` };
  }
  return { config: result.data, file, ...(notRead.length ? { notRead } : {}) };
}

/**
 * The nearest config, from the working folder up to the repository root (the
 * folder holding .git) or the file system's root, as markdownlint-cli2 and
 * ESLint look; shown relative to the working folder. The first of
 * CONFIG_NAMES in that folder is read; the others there follow it (not read).
 */
async function findConfigs(cwd: string): Promise<string[]> {
  const isFile = (file: string) => fs.stat(file).then((stat) => stat.isFile(), () => false);
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const here: string[] = [];
    for (const name of CONFIG_NAMES) {
      if (await isFile(path.join(folder, name))) here.push(path.relative(cwd, path.join(folder, name)) || name);
    }
    if (here.length) return here;
    const atRoot = await fs.stat(path.join(folder, '.git')).then(() => true, () => false);
    if (atRoot || path.dirname(folder) === folder) return [];
  }
}

function parseConfigText(file: string, text: string): { value: unknown } | { error: string } {
  if (file.toLowerCase().endsWith('.json')) {
    try {
      return { value: JSON.parse(text) };
    } catch (error) {
      return { error: `${file}: not valid JSON: ${(error as Error).message}` };
    }
  }
  try {
    return { value: parseYaml(text, { maxAliasCount: 100, prettyErrors: true }) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return { error: `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML: ${reason}` };
    }
    return { error: `${file}: not valid YAML: ${(error as Error).message}` };
  }
}
