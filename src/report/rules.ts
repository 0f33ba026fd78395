/** One sentence about each rule `validate` reports, for SARIF's rule list and help. */
const descriptions: Record<string, string> = {
  'read-failed': 'The file cannot be read.',
  'file-too-large': 'The file is larger than the size limit.',
  'empty-file': 'The file is empty.',
  'binary-file': 'The file is binary, not text.',
  'invalid-bytes': 'The file holds byte sequences that are not valid UTF-8.',
  'decode-fallback': 'The file is not UTF-8; it was read with a legacy code page.',
  'mojibake-found': 'Text was decoded with the wrong code page (mojibake); `postings repair --write` fixes it.',
  'front-matter-syntax': 'The front matter is not valid YAML, TOML or JSON.',
  'front-matter-code': 'The front matter is in a language that would run code.',
  'front-matter-not-object': 'The front matter is not a key/value mapping.',
  'front-matter-schema': 'The front matter fails the JSON Schema in the config.',
  'field-conflict': 'A field is stated in conflicting ways; the most trusted reading was kept.',
  'jsonld-malformed': 'A JSON-LD script of the page does not parse; it was ignored.',
  'data-xml-damaged': 'The XML feed is damaged or cut short at this line; the postings that parsed before it were read.',
  'data-lenient': 'The data file is YAML only as Jekyll reads it (a quoted value runs on at its key\'s indentation); it was read so.',
  'not-a-posting': 'The file is no posting: a careers index, a "no open positions" page, a hiring-process document, a template, a résumé or a recruiting service’s page.',
  'record-invalid': 'The extracted record fails the record schema.',
  'required-field': 'A field the config or --require names could not be extracted.',
  'value-not-allowed': 'A field holds a value the config does not allow.',
  'posting-too-old': 'datePosted is older than maxAgeDays in the config.',
};

export function ruleDescription(ruleId: string): string {
  return descriptions[ruleId] ?? `${ruleId.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase())}.`;
}
