/**
 * Source lines carried through a conversion as text: a marker is one
 * private-use character saying "a soft (newline) or hard (<br>) line starts
 * here", then the line number in private-use digits. No parser or
 * serializer escapes or drops these characters, and no real text is made of them.
 */

const SOFT = '\uE010';
const HARD = '\uE011';
const DIGIT_ZERO = 0xe020;

/** A marker for a source line starting here (hard: the HTML broke the line itself). */
export function lineMarker(line: number, hard = false): string {
  return (hard ? HARD : SOFT) + [...String(line)].map((digit) => String.fromCharCode(DIGIT_ZERO + Number(digit))).join('');
}

/** Every marker in a text. */
export const MARKER = /([\uE010\uE011])([\uE020-\uE029]+)/g;

export function hasMarker(text: string): boolean {
  return text.includes(SOFT) || text.includes(HARD);
}

export function stripMarkers(text: string): string {
  return hasMarker(text) ? text.replace(MARKER, '') : text;
}

/** The line of a marker at the start of the text (after white space), if any. */
export function leadingMarkerLine(text: string): number | undefined {
  const match = /^\s*([\uE010\uE011])([\uE020-\uE029]+)/.exec(text);
  return match ? decodeLine(match[2]!) : undefined;
}

export interface MarkedSegment { text: string; line?: number; hard: boolean }

/** Cut a text at its markers: the first segment has no line of its own. */
export function splitAtMarkers(text: string): MarkedSegment[] {
  const segments: MarkedSegment[] = [];
  let last = 0;
  let current: MarkedSegment = { text: '', hard: false };
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    current.text = text.slice(last, match.index);
    segments.push(current);
    current = { text: '', line: decodeLine(match[2]!), hard: match[1] === HARD };
    last = match.index + match[0].length;
  }
  current.text = text.slice(last);
  segments.push(current);
  return segments;
}

function decodeLine(digits: string): number {
  let line = 0;
  for (const ch of digits) line = line * 10 + (ch.charCodeAt(0) - DIGIT_ZERO);
  return line;
}
