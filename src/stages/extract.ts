/** extract: the cleaned document -> a record with evidence; extraction warnings become messages. */
import { createHash } from 'node:crypto';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { message, type PostingDoc } from '../document.js';
import { postingFingerprint } from '../corpus/fingerprint.js';
import { extractFields } from '../extract/index.js';
import { toPlainData } from '../formats/frontmatter.js';
import { messageText, type RuleId } from '../messages.js';

export function extract(doc: PostingDoc): PostingDoc {
  const lines = doc.body ?? [];
  const tree = doc.tree ?? { type: 'root', children: [] };
  const frontmatter = doc.frontmatter ?? {};
  if (!lines.some((line) => /[\p{L}\p{N}]/u.test(line.text)) && !Object.keys(frontmatter).length) {
    message(doc, 'not-a-posting', { fatal: true, args: { reason: 'empty', why: 'no text found' } });
    return doc;
  }
  const { fields, evidence, warnings, kind } = extractFields({ path: doc.path, frontmatter, sourceText: doc.text ?? '', lines, tree, today: doc.today });
  // A page that is no posting gives no record: a warning for validate (an error with --strict), a failure for normalize.
  if (!kind.posting) {
    message(doc, 'not-a-posting', { fatal: true, severity: 'warning', args: { reason: kind.reason ?? 'careers-index', why: kind.why } });
    return doc;
  }
  for (const warning of warnings) {
    // Severity comes from the catalog: a resolved address is information, a conflict a warning.
    const severity = messageText(warning.code as RuleId, {}).severity;
    doc.messages.push({ ruleId: warning.code as RuleId, reason: warning.message, severity, ...(warning.line ? { line: warning.line } : {}) });
  }
  // A posting without a title is worth a look; a missing company is common (the site is the company).
  if (fields.title === null) message(doc, 'title-missing');
  const sha256 = createHash('sha256').update(doc.bytes).digest('hex');
  const description = { markdown: lines.map((line) => line.text).join('\n'), text: plainText(tree) };
  doc.record = {
    id: sha256.slice(0, 16),
    ...fields,
    description,
    fingerprint: postingFingerprint({ title: fields.title, company: fields.company, text: description.text }),
    source: {
      path: doc.path,
      bytes: doc.bytes.length,
      sha256,
      format: doc.format ?? 'text',
      encoding: doc.encoding ?? 'utf-8',
      repairs: doc.repairs,
      frontmatter: Object.keys(frontmatter).length ? (toPlainData(frontmatter) as Record<string, unknown>) : null,
    },
    evidence,
    warnings: [],
  };
  return doc;
}

/** Plain text of the Markdown tree: one paragraph per block, list items on their own lines. */
export function plainText(tree: Root): string {
  const blocks: string[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'list':
        blocks.push(node.children.map((item) => `- ${toString(item).replace(/\s*\n\s*/g, ' ').trim()}`).join('\n'));
        return;
      case 'heading':
      case 'paragraph':
      case 'code':
      case 'table':
      case 'html': {
        const text = node.type === 'html' ? node.value.replace(/<[^>]+>/g, '') : toString(node);
        if (text.trim()) blocks.push(text.trim());
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes);
    }
  };
  visit(tree);
  return blocks.join('\n\n');
}
