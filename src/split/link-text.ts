/**
 * A Markdown link or image as its text, for reading a cell or a card's head as words (table-rows.ts, html-cards.ts).
 * Its text and target are bounded (500 and 1,000 characters, far over a link's): unbounded, each `[` read to the
 * line's end, quadratic on a cell of `[` or of `[a](` repeated (40 KB: 1.7 s of CPU; review28).
 */
export const LINK_AS_TEXT = /!?\[([^\]]{0,500})\]\([^)]{0,1000}\)/g;
