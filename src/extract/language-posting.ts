/**
 * A posting's language field: the front matter's lang/language/locale when
 * it is a plausible code, else what detectLanguage() (language.ts) reads in
 * the title and body (a short one with its front matter's texts).
 */
import { cite, frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';
import { detectLanguage } from './language.js';
import { internalInternLanguages } from './tables/intern-internal.js';

/** Set language as a BCP 47 code, or leave "und" when the text does not say. */
export function extractLanguage(ctx: ExtractContext): void {
  const declared = declaredLanguage(ctx);
  if (declared) {
    ctx.fields.language = declared.code;
    cite(ctx, 'language', frontmatterLine(ctx, declared.key), `frontmatter.${declared.key}`, declared.value, 0.95);
    return;
  }
  const detected = detectLanguage(languageText(ctx));
  if (detected.code !== 'und') {
    ctx.fields.language = detected.code;
    cite(ctx, 'language', ctx.text[0]?.line ?? ctx.source.fileLine(1), detected.rule, detected.rule === 'language.franc' || detected.rule === 'language.own-letters' ? `franc: ${detected.answer}` : detected.rule === 'language.tie-break' ? `franc near-tie (${detected.answer}): ${detected.hits} stop words of ${detected.words}` : `${detected.hits} stop words of ${detected.words}`, detected.confidence);
  }
}

/** The language code extractLanguage() gives, for a rule that runs before it (seniority's "… Intern"). */
export function postingLanguage(ctx: ExtractContext): string {
  return declaredLanguage(ctx)?.code ?? detectLanguage(languageText(ctx)).code;
}

/**
 * Is a lower-case "intern" in this posting the adjective "internal"? Only in a language where it means that
 * (tables/intern-internal.ts), and not where the posting also writes that language's own internship word.
 */
export function internReadsInternal(ctx: ExtractContext): boolean {
  const words = internalInternLanguages[postingLanguage(ctx).toLowerCase().split(/[-_]/u)[0]!];
  if (!words) return false;
  const ownWord = new RegExp(String.raw`(?<![\p{L}])(?:${words.join('|')})(?![\p{L}])`, 'iu');
  return ![ctx.fields.title ?? '', ...ctx.text.map((line) => line.plain)].some((text) => ownWord.test(text));
}

function declaredLanguage(ctx: ExtractContext): { code: string; key: string; value: string } | null {
  const declared = frontmatterValue(ctx, ['lang', 'language', 'locale', 'inLanguage']);
  if (!declared || typeof declared.value !== 'string' || !/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(declared.value.trim())) return null;
  return { code: declared.value.trim().replace('_', '-'), key: declared.key, value: declared.value };
}

/** The title and body; a short one with its front matter's texts. */
function languageText(ctx: ExtractContext): string {
  const text = [ctx.fields.title ?? '', ...ctx.text.map((l) => l.plain)].join('\n');
  return text.length > 2000 || ctx.text.length ? text : [text, ...ctx.frontmatterStrings.map((f) => f.text)].join('\n');
}
