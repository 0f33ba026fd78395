/**
 * detect: text -> format, from the content (the seeds are all `.txt`), except
 * for data files: a `.json`, `.yml` or `.yaml` file is data (postings as
 * fields), whatever its first line looks like; and a Markdown file (.md) that
 * opens with HTML stays Markdown unless it is an HTML page (formats/index.ts).
 */
import type { PostingDoc } from '../document.js';
import { detectFormatOf } from '../formats/index.js';
import { dataFormatOf } from '../split/data.js';

export function detect(doc: PostingDoc): PostingDoc {
  doc.format = dataFormatOf(doc.path) ?? detectFormatOf(doc.text ?? '', doc.path).name;
  return doc;
}
