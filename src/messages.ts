/**
 * Every message postings can attach to a file: a stable kebab-case rule id, its
 * default severity and its wording. Logic names the rule; wording lives here.
 * Templates use {name} placeholders. No "Error:" prefix, no line numbers.
 */
const catalog = {
  'read-failed': ['error', 'cannot read file: {reason}'],
  'file-too-large': ['error', 'file is {bytes} bytes, over the limit of {limit} (--max-bytes)'],
  'empty-file': ['error', 'file is empty'],
  'binary-file': ['error', 'file looks binary ({kind}), not a posting'],
  'decode-fallback': ['warning', 'bytes are not valid UTF-8; decoded as {encoding}'],
  'invalid-bytes': ['warning', '{count} invalid byte sequence(s) replaced with U+FFFD'],
  'mojibake-repaired': ['info', 'repaired {count} character(s) of mojibake ({detail})'],
  'mojibake-found': ['warning', 'mojibake found ({detail}); `postings repair --write` can fix it'],
  'front-matter-syntax': ['error', '{reason}'],
  'front-matter-code': ['error', 'front matter in language "{language}" would run code; refusing to evaluate it'],
  'front-matter-not-object': ['error', 'front matter is not a key/value mapping'],
  'front-matter-warning': ['warning', '{reason}'],
  'front-matter-only': ['warning', 'file has front matter but no body'],
  'front-matter-too-deep': ['error', 'front matter is nested too deeply ({reason}); refusing to read it'],
  'nesting-flattened': ['warning', '{count} line(s) nested too deeply were flattened'],
  'blocks-cut': ['warning', 'a list or block too long to parse quickly was cut in {count} place(s); no text was lost'],
  'markup-escaped': ['warning', 'markup in {count} block(s) is too dense to parse quickly; read as plain text'],
  'template-tag-removed': ['warning', 'removed {count} template tag(s) such as "{sample}"'],
  'template-include-unresolved': ['warning', 'template include "{name}" cannot be resolved; its content is missing'],
  'tracking-pixel-removed': ['info', 'removed {count} tracking pixel(s)'],
  'html-converted': ['info', 'converted HTML to Markdown'],
  'body-from-front-matter': ['info', 'the body is empty; the posting is read from front matter field "{key}"'],
  'body-from-structured-data': ['info', "the page's text is empty or a shell; the posting is read from its JSON-LD description"],
  'not-a-posting': ['error', 'not a posting ({reason}): {why}'],
  'data-syntax': ['error', 'data file does not parse: {reason}'],
  'data-xml-damaged': ['warning', 'XML feed is damaged or cut short ({reason}); what parsed before it is read'],
  'data-lenient': ['warning', "data file parses only as Jekyll reads it: a quoted value's lines run on at its key's indentation"],
  'no-postings-in-data': ['error', 'data file holds no postings (no item with a title and a field a job has)'],
  'posting-split': ['info', 'file holds {count} postings ({rule}); each gives its own record'],
  'posting-record-invalid': ['error', 'posting {index} of the file gives no valid record: {path}: {reason}'],
  'posting-expired': ['warning', 'the page says this posting has expired or is closed'],
  'salary-conflict': ['warning', 'salary figures disagree: {figures}'],
  'salary-unclear': ['warning', 'money figure "{text}" may be a salary, but the words around it do not say so'],
  'salary-period-missing': ['warning', 'salary "{text}" states no period; {guess} is likely but not stated'],
  'remote-conflict': ['warning', 'remote policy is stated in conflicting ways: {policies}'],
  'employment-type-conflict': ['warning', 'employment type is stated in conflicting ways: {types}'],
  'email-unresolved': ['warning', 'apply address "{text}" is obfuscated and the posting names no domain to resolve it'],
  'email-resolved': ['info', 'apply address "{text}" resolved to {email}'],
  'jsonld-malformed': ['warning', 'a JSON-LD script does not parse ({reason}); it is ignored'],
  'field-conflict': ['warning', '{field} is stated in conflicting ways: {values}'],
  'structured-data-conflict': ['warning', "{field} in the page's structured data is {structured}, but the text says {text}"],
  'title-missing': ['warning', 'no job title found'],
  'date-invalid': ['warning', 'date "{text}" is not a valid date'],
  'record-invalid': ['error', 'record fails the schema at {path}: {reason}'],
  'required-field': ['error', 'required field "{field}" could not be extracted'],
  'value-not-allowed': ['error', '{field} is "{value}", which the config does not allow (allowed: {allowed})'],
  'posting-too-old': ['error', 'datePosted {date} is {days} days old, over the limit of {max} days (maxAgeDays)'],
  'front-matter-schema': ['error', 'front matter "{path}": {reason}'],
  'write-failed': ['error', 'cannot write {name}: {reason}'],
  'write-refused': ['error', 'not rewritten: {why}'],
  'file-changed': ['error', 'not rewritten: another process changed it since it was read'],
  'file-too-complex': ['error', 'file is too complex: processing it went past its {budget} budget of {limit} ({option}); skipped'],
  'worker-failed': ['error', 'internal error while processing this file: {reason}'],
  'ndjson-line': ['error', 'cannot read this NDJSON line: {reason}'],
  'duplicate-dropped': ['info', 'the same job as {representative}, which is kept instead (--dedupe)'],
} as const satisfies Record<string, readonly ['error' | 'warning' | 'info', string]>;

export type RuleId = keyof typeof catalog;
export const ruleIds = Object.keys(catalog) as RuleId[];

export function messageText(
  ruleId: RuleId,
  args: Record<string, string | number>,
): { text: string; severity: 'error' | 'warning' | 'info' } {
  const [severity, template] = catalog[ruleId];
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? `{${name}}`));
  return { text, severity };
}
