/** detect: text -> format, from the content alone (the seeds are all `.txt`). */
import type { PostingDoc } from '../document.js';
import { detectFormat } from '../formats/index.js';

export function detect(doc: PostingDoc): PostingDoc {
  doc.format = detectFormat(doc.text ?? '').name;
  return doc;
}
