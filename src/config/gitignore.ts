/**
 * `.gitignore` on request (`--gitignore`, or `gitignore: true` in the
 * config): files that git would ignore are left out of folder walks and
 * globs. A file named on the command line is always read, as ripgrep does.
 *
 * The rules read are git's: every `.gitignore` from the repository root (the
 * nearest folder above the file holding `.git`; without one, the working
 * folder) down to the file's folder, plus `.git/info/exclude`; a deeper file's
 * rules, and later lines, win. Patterns are matched by the `ignore` package
 * (ESLint's and Prettier's), so `!` negations, `dir/`, `**` and anchors
 * behave as in git. No git binary is needed.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Whether git would ignore a file; one instance per run, caching each folder's rules. */
export class GitignoreMatcher {
  private readonly rules = new Map<string, Promise<Ignore | undefined>>();
  private readonly roots = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  /** `file` is absolute. */
  async ignores(file: string): Promise<boolean> {
    const folder = path.dirname(file);
    const root = this.rootOf(folder);
    if (root === undefined) return false;
    let ignored = false;
    for (const level of foldersFrom(root, folder)) {
      const rules = await this.rulesOf(level, level === root);
      if (!rules) continue;
      const result = rules.test(path.relative(level, file).split(path.sep).join('/'));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** The repository root above `folder`; else the working folder when `folder` is inside it. */
  private rootOf(folder: string): string | undefined {
    const known = this.roots.get(folder);
    if (known !== undefined) return known;
    let root: string | undefined;
    for (let at = folder; ; at = path.dirname(at)) {
      if (existsSync(path.join(at, '.git'))) {
        root = at;
        break;
      }
      if (path.dirname(at) === at) break;
    }
    const cwd = path.resolve(this.cwd);
    root ??= folder === cwd || folder.startsWith(cwd + path.sep) ? cwd : undefined;
    if (root !== undefined) this.roots.set(folder, root);
    return root;
  }

  private rulesOf(folder: string, isRoot: boolean): Promise<Ignore | undefined> {
    let rules = this.rules.get(folder);
    if (!rules) {
      rules = readRules(folder, isRoot);
      this.rules.set(folder, rules);
    }
    return rules;
  }
}

async function readRules(folder: string, isRoot: boolean): Promise<Ignore | undefined> {
  // .git/info/exclude first: a .gitignore line wins over it, as in git.
  const files = [...(isRoot ? [path.join(folder, '.git', 'info', 'exclude')] : []), path.join(folder, '.gitignore')];
  const texts = (await Promise.all(files.map((file) => fs.readFile(file, 'utf8').catch(() => undefined)))).filter((text): text is string => text !== undefined);
  return texts.length ? ignore().add(texts.join('\n')) : undefined;
}

/** `root`, then each folder down to `folder` (which is inside it). */
function foldersFrom(root: string, folder: string): string[] {
  const parts = path.relative(root, folder).split(path.sep).filter(Boolean);
  return [root, ...parts.map((_, index) => path.join(root, ...parts.slice(0, index + 1)))];
}
