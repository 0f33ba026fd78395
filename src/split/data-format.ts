/** Which files are data files: by name alone, so the folder walk can tell without loading the parser. */

/** The data format a file name says ("jobs.yml" -> yaml), or undefined for any other file. */
export function dataFormatOf(path: string): 'json' | 'yaml' | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'yaml';
  return undefined;
}
