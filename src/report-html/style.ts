/** The report's stylesheet, inlined into the page: one column on a phone, a grid of charts on a desktop. */
export const STYLE = `
:root { color-scheme: light dark; --ink: #1d2330; --muted: #5c6473; --line: #d8dce3; --bar: #3a6fd8; --box: rgba(58,111,216,.16); --bg: #fff; --card: #f4f6fa; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8ebf1; --muted: #a3abb9; --line: #3a4150; --bar: #79a3f2; --box: rgba(121,163,242,.2); --bg: #161a22; --card: #202633; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
h1 { margin: 20px 0 4px; font-size: 1.6rem; }
h2 { margin: 28px 0 10px; font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h2 small, figcaption small { color: var(--muted); font-weight: normal; }
.inputs, .note, .empty { color: var(--muted); margin: 4px 0 12px; overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 8px; }
.card { background: var(--card); border-radius: 8px; padding: 10px 12px; }
.card b { display: block; font-size: 1.5rem; }
.card span { color: var(--muted); font-size: .85rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
figure { margin: 0; min-width: 0; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg.chart { width: 100%; max-width: 440px; height: auto; display: block; font-size: 11px; }
.label, .value, .tick { fill: var(--ink); }
.tick { fill: var(--muted); font-size: 10px; }
.bar { fill: var(--bar); }
.range { stroke: var(--bar); stroke-opacity: .35; stroke-width: 2; }
.point { fill: var(--bar); }
.box { fill: var(--box); stroke: var(--bar); stroke-width: 1; }
.median { stroke: var(--ink); stroke-width: 2; }
.axis { stroke: var(--line); }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; max-height: 70vh; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { position: sticky; top: 0; background: var(--card); white-space: nowrap; }
td { overflow-wrap: anywhere; min-width: 4em; }
td.num { text-align: right; }
td.note { white-space: nowrap; }
tr.dup td { color: var(--muted); }
ul.plain { list-style: none; margin: 0; padding: 0; }
.tag { background: var(--bar); color: var(--bg); border-radius: 4px; padding: 0 4px; font-size: .75rem; }
a { color: var(--bar); }
`;
