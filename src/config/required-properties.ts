/**
 * A JSON Schema's `required` names that `properties` does not list, listed there, so the front-matter check holds
 * them. zod's fromJSONSchema builds an object's keys from `properties` alone and drops every other required name:
 * `{type: object, required: [job_id]}` accepted front matter without job_id. An added name takes what the schema says
 * of keys it does not list (`additionalProperties` when it is a schema, else anything).
 */
type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose value is one schema, a list of them, or a map of name to schema (JSON Schema 2020-12 and draft 7). */
const ONE_SCHEMA = ['additionalProperties', 'items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'additionalItems', 'unevaluatedProperties', 'unevaluatedItems'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

/** A copy of `schema` in which every object schema lists its required names under `properties`. */
export function withRequiredProperties(schema: unknown): unknown {
  if (!isSchema(schema)) return schema;
  const copy: Schema = { ...schema };
  for (const key of ONE_SCHEMA) if (isSchema(copy[key])) copy[key] = withRequiredProperties(copy[key]);
  for (const key of SCHEMA_LISTS) if (Array.isArray(copy[key])) copy[key] = (copy[key] as unknown[]).map(withRequiredProperties);
  for (const key of SCHEMA_MAPS) {
    if (isSchema(copy[key])) copy[key] = Object.fromEntries(Object.entries(copy[key] as Schema).map(([name, value]) => [name, withRequiredProperties(value)]));
  }
  const required = Array.isArray(copy.required) ? copy.required.filter((name): name is string => typeof name === 'string') : [];
  const listed = isSchema(copy.properties) ? (copy.properties as Schema) : {};
  const missing = required.filter((name) => !Object.hasOwn(listed, name));
  // zod reads required names only beside `type: object` ({allOf: [{required: [job_id]}]} held nothing).
  if (required.length && copy.type === undefined) copy.type = 'object';
  if (!missing.length) return copy;
  // Beside `additionalProperties: false` too: a required name the schema would forbid is still one the user requires.
  const unlisted = isSchema(copy.additionalProperties) ? copy.additionalProperties : {};
  copy.properties = { ...listed, ...Object.fromEntries(missing.map((name) => [name, unlisted])) };
  return copy;
}

/**
 * The config's frontMatter schema as zod reads it: front matter is always an object, so a root schema without a
 * `type` is one (zod reads `properties` and `required` only beside `type: object`), and its required names are listed.
 */
export function frontMatterJsonSchema(schema: unknown): unknown {
  const root = isSchema(schema) && schema.type === undefined && (schema.properties !== undefined || schema.required !== undefined) ? { type: 'object', ...schema } : schema;
  return withRequiredProperties(root);
}
