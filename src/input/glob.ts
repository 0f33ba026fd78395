/**
 * tinyglobby, loaded when a pattern is first expanded (#18, start-up): its
 * import builds picomatch and makes fdir require picomatch again from disk,
 * outside the bundle and its code cache, which a one-file run (a pre-commit
 * hook's `validate`) never needs.
 */
import type { GlobOptions } from 'tinyglobby';

export async function glob(patterns: string | readonly string[], options: Omit<GlobOptions, 'patterns'>): Promise<string[]> {
  const { glob: tinyglob } = await import('./tinyglobby.js');
  return tinyglob(patterns, options);
}
