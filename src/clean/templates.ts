/**
 * Template syntax is not posting text: Liquid/Jekyll (`{% %}`, `{{ }}`),
 * Hugo shortcodes (`{{< >}}`, `{{% %}}`), ERB and JSP (`<% %>`), PHP (`<?php ?>`, `<?= ?>`), Blade
 * (`{{ }}`, `{!! !!}`, `@section(…)` directives in a Blade view) and kramdown
 * attribute lists. Comments and their content go; tags go; paired
 * shortcodes keep the content between them. Newlines are kept, so lines keep their numbers.
 */
import { blankBeforeLastClose, blankOut } from './blank.js';

export interface TemplateCleanResult {
  text: string;
  removed: number;
  samples: string[];
  /** Includes whose content cannot be known: `{% include job_intro.md %}`; line is 1-based in the input. */
  includes: Array<{ name: string; line: number }>;
}

// Each comment with its closing marker. Comments are matched only in the text before the last
// closing marker: past it, every opening would scan to the end and fail (quadratic).
const BLOCK_COMMENTS: Array<[comment: RegExp, close: RegExp]> = [
  [/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, /\{%-?\s*endcomment\s*-?%\}/g],
  [/\{\{<\s*\/?\*[\s\S]*?\*\/?\s*>\}\}/g, /\*\/?\s*>\}\}/g],
  [/<%#[\s\S]*?%>/g, /%>/g],
  [/\{\{\/\*[\s\S]*?\*\/\}\}/g, /\*\/\}\}/g],
];
const INCLUDE = /\{%-?\s*(?:include|include_relative|render)\s+["']?([^\s%"']+)["']?[^%]*?-?%\}/g;
const HUGO_SHORTCODE = /\{\{[<%][\s\S]{0,2000}?[>%]\}\}/g;
const TAGS = [
  /\{%-?[\s\S]{0,2000}?-?%\}/g, // Liquid tags
  HUGO_SHORTCODE, // Hugo shortcodes (paired ones keep their content; links among their arguments stay, see keepLinksOut)
  /\{!!-?[\s\S]{0,2000}?-?!!\}/g, // Blade's unescaped output
  /\{\{-?[\s\S]{0,2000}?-?\}\}/g, // Liquid/Hugo/Blade output
  /<%=?-?[\s\S]{0,2000}?-?%>/g, // ERB, JSP
  /<\?(?:php\b|=)[\s\S]{0,2000}?\?>/g, // PHP
];
/**
 * Blade's directives ("@extends('master', […])", "@section('content')", "@endsection", "@if($open)"): read only in a
 * Blade view (one that extends a layout or fills a section), where a line's "@include" is code, not an @-mention.
 * The text between a section's directives stays. Arguments are read to their closing parenthesis (one level of nesting).
 */
const BLADE_VIEW = /^[ \t]*@(?:extends|section|yield)[ \t]*\(|^[ \t]*@endsection\b/m;
const BLADE_DIRECTIVE = /(?<![\w@.])@(?:extends|section|endsection|show|stop|yield|parent|include\w{0,8}|each|if|elseif|else|endif|unless|endunless|isset|endisset|empty|endempty|auth|endauth|guest|endguest|foreach|endforeach|forelse|endforelse|for|endfor|while|endwhile|switch|case|break|default|endswitch|php|endphp|csrf|method|push|endpush|prepend|endprepend|stack|component|endcomponent|slot|endslot|can|endcan|cannot|endcannot|lang|choice|json|props|vite|livewire\w{0,10}|error|enderror|once|endonce|verbatim|endverbatim)\b(?:[ \t]*\((?:[^()\n]|\([^()\n]*\))*\))?/g;
// `{` ends the scan too, so a line of `{: {: {:` is read once, not once per `{:`.
const KRAMDOWN_ATTRIBUTES = /^[ \t]*\{:[^{}\n]*\}[ \t]*$|\{:[^{}\n]*\}/gm;

// A quoted argument that is a link: `"https://…"`, `"mailto:…"` (a shortcode's button or call to action).
const QUOTED_LINK = /["'](?:https?:\/\/|mailto:)[^"'\s]{3,500}["']/g;

/** As blankOut, but a shortcode's link arguments stay as text ("{{< cta "Apply" "https://…" >}}" keeps the URL). */
function keepLinksOut(text: string, pattern: RegExp, onMatch: (match: RegExpExecArray) => void): string {
  if (!/https?:|mailto:/.test(text)) return blankOut(text, pattern, onMatch);
  return text.replace(pattern, (match: string, index: number) => {
    onMatch(Object.assign([match], { index, input: text }) as unknown as RegExpExecArray);
    const links = (match.match(QUOTED_LINK) ?? []).map((quoted) => quoted.slice(1, -1));
    return (links.length ? ` ${links.join(' ')} ` : '') + '\n'.repeat(match.split('\n').length - 1);
  });
}

export function removeTemplateTags(input: string): TemplateCleanResult {
  const samples: string[] = [];
  const includes: TemplateCleanResult['includes'] = [];
  let removed = 0;
  const note = (match: RegExpExecArray) => {
    removed++;
    if (samples.length < 3) samples.push(match[0].replace(/\s+/g, ' ').slice(0, 60));
  };
  let text = input;
  // A Blade view's directives, where a line outside fenced code says it is one: a Markdown page's fenced '@section(' is a
  // sample, and its prose's '@error' a word (review28b).
  const blade = BLADE_VIEW.test(text) && BLADE_VIEW.test(outsideFences(text));
  if (!/\{[{%!]|<[%?]/.test(text) && !blade && !text.includes('{:')) return { text, removed, samples, includes };
  for (const [pattern, close] of BLOCK_COMMENTS) text = blankBeforeLastClose(text, pattern, close, note);
  text = blankOut(text, INCLUDE, (match) => {
    note(match);
    includes.push({ name: match[1]!, line: match.input.slice(0, match.index).split('\n').length });
  });
  for (const pattern of TAGS) text = pattern === HUGO_SHORTCODE ? keepLinksOut(text, pattern, note) : blankOut(text, pattern, note);
  if (blade && BLADE_VIEW.test(text)) text = blankOut(text, BLADE_DIRECTIVE, note);
  text = blankOut(text, KRAMDOWN_ATTRIBUTES);
  return { text, removed, samples, includes };
}

/** The text's lines outside fenced code blocks (``` or ~~~), in one pass. */
function outsideFences(text: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const mark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && mark) fence = mark;
    else if (fence !== undefined && mark && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
    else if (fence === undefined) kept.push(line);
  }
  return kept.join('\n');
}
