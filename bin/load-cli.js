/**
 * Loading the CLI bundle (#18, start-up). Node 22.1+ keeps compiled code
 * between runs itself (module.enableCompileCache, in the bin). Node 20 has no
 * such cache for ES modules, so there the CLI is loaded from its one-file
 * CommonJS build (dist/bundle/cli.cjs) through vm.Script with a V8 code cache,
 * made after a run so it holds every function that run compiled, not only the
 * top level: a one-file `validate` then compiles almost nothing.
 *
 * The cache is a file per command (a pre-commit hook runs `validate` again
 * and again; a cache made by `--help` would hold little of it), named by a
 * hash of the bundle and the Node version, in a folder of the system's
 * temporary folder that only this user may write (compiled code is trusted).
 * V8 checks a cache itself and rejects one made by another V8 or with other
 * flags; a rejected or missing cache is made again after the run, and so is
 * one that held little of what the run compiled. Any failure
 * to read or write it only costs the time it would have saved.
 * NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/** Bytecode at the end of a run, over what the cache brought, beyond which the cache is made again (a full one: about 1.0). */
const REMAKE_AFTER_GROWTH = 1.25;

/** Another bundle's cache unwritten this long is removed when a cache is written. */
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

const CJS_BUNDLE = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));

/**
 * The CLI's main and onOutputError, and saveCache to call once the command is done: from the cached
 * CommonJS build where Node keeps no compiled modules itself (`nodeCachesModules` false), else the ES module bundle.
 */
export async function loadCli(args, nodeCachesModules, flags = '') {
  const dynamicImports = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (!nodeCachesModules && dynamicImports && existsSync(CJS_BUNDLE)) return loadWithCodeCache(args[0], dynamicImports, flags);
  return { ...(await import('../dist/bundle/cli.js')), saveCache: () => {} };
}

function loadWithCodeCache(command, dynamicImports, flags) {
  const source = readFileSync(CJS_BUNDLE, 'utf8');
  const cacheFile = process.env.NODE_DISABLE_COMPILE_CACHE ? null : cachePath(source, command, os.tmpdir(), flags);
  let cachedData = cacheFile ? readIfThere(cacheFile) : undefined;
  const hadCache = cachedData !== undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname, __postingsImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: CJS_BUNDLE, cachedData, importModuleDynamically: dynamicImports });
  // Compiled: the cache's bytes (2-3 MB) are not kept for the whole run by saveCache's closure.
  cachedData = undefined;
  const module = { exports: {} };
  // The bundle's imports left to run time (scripts/bundle-cjs.js) come here: Node 20 drops a script's own
  // dynamic import callback in code read from a cache. A bare name resolves from bin/ as from dist/bundle/.
  const runtimeImport = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(CJS_BUNDLE), module, CJS_BUNDLE, path.dirname(CJS_BUNDLE), runtimeImport);
  const { main, onOutputError } = module.exports;
  const loadedBytecode = v8.getHeapCodeStatistics().bytecode_and_metadata_size;
  const saveCache = () => {
    if (!cacheFile) return;
    // A cache made by a run that did little (`validate` of a missing file) is made again by one that compiled much more.
    const grown = v8.getHeapCodeStatistics().bytecode_and_metadata_size > REMAKE_AFTER_GROWTH * loadedBytecode;
    if (hadCache && !script.cachedDataRejected && !grown) return;
    writeQuietly(cacheFile, script.createCachedData());
    removeOthers(cacheFile);
  };
  return { main, onOutputError, saveCache };
}

/**
 * Where this command's cache is kept, or null where no private folder can be had (exported for its test). V8 rejects
 * a cache made with other flags, so the flags the bin set (`flags`) and node's own are in its name: runs with other
 * flags keep a cache of their own instead of making each other's again.
 */
export function cachePath(source, command, tmp = os.tmpdir(), flags = '') {
  // Only a temporary folder that is absolute and already there: a relative TMPDIR would put the cache in the
  // user's working folder, and Node 20's recursive mkdir loops forever where mkdir answers ENOENT (TMPDIR=/proc).
  if (!path.isAbsolute(tmp) || !isFolder(tmp)) return null;
  const folder = path.join(tmp, `postings-compile-cache-${process.getuid?.() ?? os.userInfo().username}`);
  try {
    if (!existsSync(folder)) mkdirSync(folder, { mode: 0o700 });
    const stat = lstatSync(folder);
    // Another user's folder, or one others may write into, could hold code they made: not used.
    if (!stat.isDirectory() || (process.getuid && (stat.uid !== process.getuid() || stat.mode & 0o022))) return null;
  } catch {
    return null;
  }
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${flags}\0`).update(source).digest('hex').slice(0, 20);
  const name = /^[a-z]{1,20}$/.test(command ?? '') ? command : 'other';
  return path.join(folder, `${key}-${name}.v8cache`);
}

/**
 * Remove the caches of other bundles or Node versions not written for a week (an upgrade leaves its
 * old ones behind; two installed versions used side by side keep theirs, remade at most weekly).
 */
function removeOthers(cacheFile) {
  const key = path.basename(cacheFile).split('-')[0];
  const folder = path.dirname(cacheFile);
  try {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.v8cache') || name.startsWith(`${key}-`)) continue;
      const file = path.join(folder, name);
      if (Date.now() - statSync(file).mtimeMs > STALE_AFTER_MS) rmSync(file, { force: true });
    }
  } catch {
    // Left for the next run that writes one.
  }
}

function isFolder(folder) {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Write through a temporary file and a rename, so a run that reads it never sees half a file. */
function writeQuietly(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
