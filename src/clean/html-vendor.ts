/**
 * The HTML path's libraries as one module. The CLI's build bundles this file
 * on its own into dist/bundle/html-vendor.cjs (package.json's bundle script),
 * minified, which html-modules.ts loads before the packages themselves: about
 * 180 modules' sources (1.2 MB), which V8 keeps for the whole run, in one file a
 * quarter of their size.
 */
export { unified } from 'unified';
export { default as rehypeParse } from 'rehype-parse';
export { default as rehypeRemark } from 'rehype-remark';
export { toMarkdown } from 'mdast-util-to-markdown';
export { fromHtml } from 'hast-util-from-html';
