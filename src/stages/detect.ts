/**
 * detect: text -> format, from the content alone (the seeds are all `.txt`),
 * except for data files: a `.json`, `.yml` or `.yaml` file is data (postings
 * as fields), whatever its first line looks like.
 */
import type { PostingDoc } from '../document.js';
import { detectFormat } from '../formats/index.js';
import { dataFormatOf } from '../split/data.js';

export function detect(doc: PostingDoc): PostingDoc {
  doc.format = dataFormatOf(doc.path) ?? detectFormat(doc.text ?? '').name;
  return doc;
}
