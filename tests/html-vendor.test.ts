/**
 * #18: the CLI's build loads the HTML path's libraries from its own minified
 * bundle of them (dist/bundle/html-vendor.cjs, src/clean/html-vendor.ts);
 * the library loads the packages. Both must turn a page into the same record:
 * were the bundle's file to fail to load, HTML would fall back to the
 * line-by-line converter and read differently.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliIo, FIXTURES, ROOT, runCli } from './helpers.js';

const PAGES = [
  'postings/html-page/input.html',
  'multi/shapes/sidebar-address.html',
  'multi/shapes/link-list.html',
  'structured/og-title.html',
  'not-posting/jobs-heading.html',
].map((file) => path.join(FIXTURES, file));

/**
 * The command's bundle loaded as the bin loads it (bin/load-cli.js: on Node 20 the one-file CommonJS build through
 * vm.Script, else the ES module bundle), run in this process: the same bundle and vendor file as a start of the binary.
 */
async function runBundle(args: string[]) {
  const { loadCli } = (await import(pathToFileURL(path.join(ROOT, 'bin', 'load-cli.js')).href)) as { loadCli(args: string[], nodeCachesModules: boolean): Promise<{ main: typeof import('../src/cli.js').main }> };
  const { main } = await loadCli(args, false);
  const io = cliIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
}

describe('HTML pages through the built command', () => {
  it('give the same records as through the library', async () => {
    const args = ['normalize', ...PAGES, '--format', 'ndjson', '--jobs', '1', '--no-progress'];
    const built = await runBundle(args);
    const library = await runCli(args);
    expect(built.stderr).toBe(library.stderr);
    expect(built.stdout).toBe(library.stdout);
    expect(built.stdout.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(PAGES.length);
  });
});
