/**
 * The unified modules of the HTML path (rehype-parse, rehype-remark,
 * mdast-util-to-markdown, hast-util-from-html), loaded on the first HTML body
 * rather than at start-up, which a run of Markdown files should not pay
 * (about 50 ms of CPU). They are ES modules and the pipeline is synchronous,
 * so they are loaded with require(), which Node reads ES modules with from
 * 20.19 (and 22.12); where that fails, null, and HTML takes the line-by-line
 * converter (html.ts) as pages over the tree's limits do. Node's module cache
 * keeps them: a second call costs a lookup. The CLI loads them from its own
 * prebuilt bundle of them (html-vendor.ts) where that file is beside this code.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Processor } from 'unified';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { toMarkdown as ToMarkdown } from 'mdast-util-to-markdown';
import type { fromHtml as FromHtml } from 'hast-util-from-html';

export interface HtmlModules {
  /** rehype-parse then rehype-remark: parse() gives hast, runSync() turns it into mdast. */
  processor: Processor<HastRoot, HastRoot, MdastRoot>;
  toMarkdown: typeof ToMarkdown;
  fromHtml: typeof FromHtml;
}

type Vendor = typeof import('./html-vendor.js');

/** The CLI's prebuilt bundle of the modules, beside the code that asks (dist/bundle/), where there is one. */
const VENDOR_FILE = fileURLToPath(new URL('./html-vendor.cjs', import.meta.url));
const hasVendorFile = existsSync(VENDOR_FILE);

/** The modules, or null where this Node cannot require() ES modules. */
export function htmlModules(): HtmlModules | null {
  try {
    const load = createRequire(import.meta.url);
    const vendor: Vendor = hasVendorFile
      ? (load(VENDOR_FILE) as Vendor)
      : {
          unified: (load('unified') as typeof import('unified')).unified,
          rehypeParse: (load('rehype-parse') as typeof import('rehype-parse')).default,
          rehypeRemark: (load('rehype-remark') as typeof import('rehype-remark')).default,
          toMarkdown: (load('mdast-util-to-markdown') as typeof import('mdast-util-to-markdown')).toMarkdown,
          fromHtml: (load('hast-util-from-html') as typeof import('hast-util-from-html')).fromHtml,
        };
    const { unified, rehypeParse, rehypeRemark, toMarkdown, fromHtml } = vendor;
    const processor = unified().use(rehypeParse).use(rehypeRemark) as unknown as HtmlModules['processor'];
    return { processor, toMarkdown, fromHtml };
  } catch {
    return null;
  }
}
