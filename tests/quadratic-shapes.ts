/**
 * The Markdown shapes whose parse was quadratic before bodies were parsed in pieces (#16): each took minutes at 100 KB
 * (14 s at 36 KB for the first, and each doubling cost about 4 times as much); in pieces each takes a few seconds.
 * budgets.test.ts bounds their pieces; budgets-precheck.test.ts runs them through the budget worker.
 */
export const QUADRATIC_SHAPES: Record<string, string> = {
  'heading-list.md': '## h\n- x\n',
  'setext.md': 'Title\n=====\n',
  'list-paragraphs.md': '- a\n\npara\n\n',
  'quote-paragraphs.md': '> a\n\npara\n\n',
};

/** A shape's text of about `bytes` bytes: its unit repeated. */
export const shapeText = (unit: string, bytes: number): string => unit.repeat(Math.floor(bytes / unit.length));
