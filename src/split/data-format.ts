/** Which files are data files: by name alone, so the folder walk can tell without loading the parser. */

/** The data format a file name says ("jobs.yml" -> yaml, "feed.xml" -> xml), or undefined for any other file. */
export function dataFormatOf(path: string): 'json' | 'yaml' | 'xml' | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'yaml';
  if (lower.endsWith('.xml') || lower.endsWith('.rss') || lower.endsWith('.atom')) return 'xml';
  return undefined;
}

/**
 * Whether an `.xml` file's text is an XML document of data: it opens with an element (after a declaration, comments or a
 * doctype) that is no HTML page's (an XHTML page saved as .xml is a page; text saved as .xml is text).
 */
export function isXmlData(text: string): boolean {
  const head = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<([A-Za-z_][\w.:-]*)/.exec(text.slice(0, 8192));
  return head !== null && !/^(?:html|body)$/i.test(head[1]!);
}
