/**
 * Work that several test files need, done once per `vitest run`: the first
 * file to ask does it and leaves the text in the run's folder (made by
 * tests/global-setup.ts); files in other workers wait for it and read it.
 * The folder belongs to this run only, so no result outlives a change.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import './global-setup.js';
import { CORPUS, parseNdjson, runCli } from './helpers.js';

/** This worker's results (files share modules: isolate is off), by name. */
const done = new Map<string, Promise<string>>();

export function runOnce(name: string, make: () => Promise<string>): Promise<string> {
  let result = done.get(name);
  if (!result) {
    result = shared(name, make);
    done.set(name, result);
  }
  return result;
}

async function shared(name: string, make: () => Promise<string>): Promise<string> {
  const dir = inject('runOnceDir');
  if (!dir || !existsSync(dir)) return make();
  const file = path.join(dir, `${name}.txt`);
  try {
    closeSync(openSync(`${file}.lock`, 'wx'));
  } catch {
    // Another worker is making it; if it fails, this one makes it, so the failure is reported here too.
    for (;;) {
      if (existsSync(file)) return readFileSync(file, 'utf8');
      if (existsSync(`${file}.failed`)) return make();
      await sleep(200);
    }
  }
  try {
    const text = await make();
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    return text;
  } catch (error) {
    writeFileSync(`${file}.failed`, String(error));
    throw error;
  }
}

/** Every file of ../shared/corpus/real but SOURCES.md, each named, so data files (.json, .yml) are read too. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS).filter((name) => name !== 'SOURCES.md').sort().map((name) => path.join(CORPUS, name));
}

/** `normalize <every corpus file> -f ndjson --jobs 1`, run once for every test file that reads the corpus's records. */
export async function corpusRecords(): Promise<Array<Record<string, any>>> {
  const text = await runOnce('corpus-ndjson', async () => (await runCli(['normalize', ...corpusFiles(), '-f', 'ndjson', '--jobs', '1'])).stdout);
  return parseNdjson(text);
}
