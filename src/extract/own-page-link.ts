/**
 * A posting that states only its title and a link ("## Data Analyst" over
 * "See [the full posting](https://…/data-analyst)", alone or as one role of
 * a careers page) links to its own page: that link is where to apply, read
 * from what the posting states, so the page's address does not stand in for
 * it. Kept narrow, so a link in a posting that says more is never read so:
 * its one line under its headings, a few words besides the link's text, one
 * web link in all, below the site's root and not on a common platform, and
 * naming the role: a word of the title in the link's path or text (a blog
 * post or a search page under a title is no posting's own page).
 */
import type { ExtractContext, Link } from './context.js';

/** Words a line may hold besides its link's text ("See", "Details:", "More about the role"). */
const MAX_OTHER_WORDS = 5;

/** The posting's one link when the posting states nothing else under its title. */
export function ownPageLink(ctx: ExtractContext, commonHost: RegExp): Link | undefined {
  if (ctx.fields.title === null) return undefined;
  const headingLines = new Set(ctx.headings.map((heading) => heading.line));
  const lines = ctx.text.filter((line) => !headingLines.has(line.line));
  const web = ctx.links.filter((link) => /^https?:\/\//i.test(link.url));
  if (lines.length !== 1 || web.length !== 1) return undefined;
  const [line, link] = [lines[0]!, web[0]!];
  if (link.line !== line.line || !link.text) return undefined;
  const others = line.plain.replace(link.text, ' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (others.length > MAX_OTHER_WORDS) return undefined;
  let url: URL;
  try {
    url = new URL(link.url);
  } catch {
    return undefined;
  }
  if (!(url.pathname.length > 1 || url.search) || commonHost.test(url.hostname)) return undefined;
  return namesTitle(ctx.fields.title, `${safeDecode(url.pathname)} ${link.text}`) ? link : undefined;
}

/** Does the text hold a word of the title (three letters or more, without case)? */
function namesTitle(title: string, text: string): boolean {
  const where = text.toLowerCase();
  return title.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= 3 && where.includes(word));
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
