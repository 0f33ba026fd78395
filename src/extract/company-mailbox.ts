/**
 * A free mailbox's address names its owner in its local part: a small
 * organisation writes from "lgdchelmno@wp.pl" beside "LGD Chełmno", from
 * "panaderiasol@gmail.com" beside "Panadería Sol". The local part is read as a
 * domain's name is (company-domain.ts mentionOfDomain: the text's own mention,
 * its casing, accents and letters an address cannot write folded), and only a
 * mention of two words or more counts: a one-word local part is a shared
 * mailbox's or a place's as often ("jobs@", "bewerbung@", "arnhem@").
 */
import type { ExtractContext } from './context.js';
import { mentionOfDomain } from './company-domain.js';
import { withoutAccents } from './match/line-forms.js';
import { freeMailHosts } from './tables/companies.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number, source?: 'email-domain') => void;

const FREE_MAIL = new Set(freeMailHosts);
const ADDRESS = /([\p{L}\p{N}._%+-]{4,64})@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3})\b/giu;

/** A candidate for each free-mail address whose local part spells a name of two words or more the text writes. */
export function mailboxCompanies(ctx: Pick<ExtractContext, 'text' | 'forms'>, add: Add): void {
  const seen = new Set<string>();
  for (const line of ctx.text) {
    if (!line.text.includes('@')) continue;
    for (const match of line.text.matchAll(ADDRESS)) {
      if (!FREE_MAIL.has(match[2]!.toLowerCase())) continue;
      const name = withoutAccents(match[1]!.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
      if (name.length < 4 || seen.has(name)) continue;
      seen.add(name);
      const mention = mentionOfDomain(ctx, name);
      if (mention && /\s/u.test(mention.text) && /\p{Lu}/u.test(mention.text)) add(mention.text, mention.line, 'mailbox.mention', `${match[0]} ~ ${mention.text}`, 0.55, 'email-domain');
    }
  }
}
