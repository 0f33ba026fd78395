/**
 * #18: the CLI's bundle of the HTML path (dist/bundle/html-vendor.cjs) leaves out
 * hast-util-to-mdast's copy of the whole hast tree (src/clean/hast-clone-skipped.cjs),
 * since html-tree.ts drops each page's tree once converted. The library keeps the
 * copy. Every HTML page of the fixtures and the real corpus must convert to the same
 * mdast tree and the same Markdown lines both ways.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { htmlModules } from '../src/clean/html-modules.js';
import { pruneToMainContent } from '../src/clean/html-main.js';
import { mdastToLines } from '../src/clean/mdast-lines.js';
import { isTrackingImage } from '../src/clean/html.js';
import { CORPUS, FIXTURES, HAS_SHARED, ROOT } from './helpers.js';

const VENDOR = path.join(ROOT, 'dist', 'bundle', 'html-vendor.cjs');
const reason = existsSync(VENDOR) ? '' : `${VENDOR} is absent (npm run build makes it)`;
if (reason) process.stderr.write(`skipped the vendor bundle's tree copy test: ${reason}\n`);

function htmlFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : /\.html?$/i.test(entry.name) ? [full] : [];
  });
}

describe.skipIf(Boolean(reason))('the HTML bundle without the tree copy', () => {
  it('converts every page as the packages do', () => {
    const vendor = createRequire(import.meta.url)(VENDOR) as typeof import('../src/clean/html-vendor.js');
    const bundled = vendor.unified().use(vendor.rehypeParse).use(vendor.rehypeRemark);
    const packages = htmlModules()!;
    const files = [...htmlFiles(FIXTURES), ...htmlFiles(CORPUS)];
    // The fixtures alone hold 19 pages; the real corpus adds about 40 more when ../shared is beside the repository.
    expect(files.length).toBeGreaterThan(HAS_SHARED ? 40 : 15);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const convert = (processor: typeof packages.processor) => {
        const hast = processor.parse(html);
        pruneToMainContent(hast, isTrackingImage);
        return processor.runSync(hast);
      };
      const copied = convert(packages.processor);
      const inPlace = convert(bundled as unknown as typeof packages.processor);
      expect(inPlace, file).toEqual(copied);
      expect(mdastToLines(inPlace, (line) => line, vendor.toMarkdown), file).toEqual(mdastToLines(copied, (line) => line, packages.toMarkdown));
    }
  });
});
