/**
 * YAML as Jekyll reads it. Ruby's parser accepts a double-quoted value whose
 * lines run on at the key's own indentation (or less); the `yaml` package,
 * following the spec, does not, and so a whole `_data/jobs.yml` of a site
 * that builds fine would fail. Such a file is read again with those lines
 * indented under their key: only spaces are added, so every line keeps its
 * number, and the file is read as written otherwise.
 */

/** "  description: \"…" (or "- title: \"…"): a key whose double-quoted value opens on this line. */
const OPENS_QUOTED = /^( *)(?:- +)?[^\s:#"'][^:#]*: *"/;

/** The text with the run-on lines of double-quoted values indented under their key and the first such line (1-based), or undefined when there are none. */
export function indentQuotedRunOns(text: string): { text: string; line: number } | undefined {
  const lines = text.split('\n');
  let first = 0;
  for (let i = 0; i < lines.length; i++) {
    const open = OPENS_QUOTED.exec(lines[i]!);
    if (!open || closesQuote(lines[i]!.slice(open[0].length))) continue;
    const indent = ' '.repeat(open[0].length - open[0].trimStart().length + (/^ *- /.test(open[0]) ? 4 : 2));
    for (i++; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() && !line.startsWith(indent)) {
        lines[i] = indent + line.trimStart();
        first ||= i + 1;
      }
      if (closesQuote(line)) break;
    }
  }
  return first ? { text: lines.join('\n'), line: first } : undefined;
}

/** Does the line hold a double quote that is not escaped? */
function closesQuote(rest: string): boolean {
  return /(?:^|[^\\])(?:\\\\)*"/.test(rest);
}
