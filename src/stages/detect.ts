/**
 * detect: text -> format, from the content (the seeds are all `.txt`), except
 * for data files: a `.json`, `.yml` or `.yaml` file is data (postings as
 * fields), whatever its first line looks like; and a Markdown file (.md) that
 * opens with HTML stays Markdown unless it is an HTML page (formats/index.ts).
 */
import type { PostingDoc } from '../document.js';
import { detectFormatOf } from '../formats/index.js';
import { dataFormatOf, isXmlData } from '../split/data-format.js';

export function detect(doc: PostingDoc): PostingDoc {
  const data = dataFormatOf(doc.path);
  // An `.xml` file is a feed when it holds an XML document that is no page (split/data-xml.ts); else it is read by its content.
  doc.format = (data === 'xml' && !isXmlData(doc.text ?? '') ? undefined : data) ?? detectFormatOf(doc.text ?? '', doc.path).name;
  return doc;
}
