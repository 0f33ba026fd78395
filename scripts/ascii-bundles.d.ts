/** Types of ascii-bundles.js, for the tests. */
export function asciiSource(source: string): string;
export function asciiBundles(dir: string): string[];
