/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts,
 * no script and no request to anywhere (a Content-Security-Policy says so to
 * the browser). Record links point at the posting files, relative to the
 * folder the page is written to.
 */
import type { ReportData, RecordRow } from '../corpus/report-data.js';
import { barChart, escapeHtml as e, money, salaryStrip } from './charts.js';
import { STYLE } from './style.js';

export interface PageOptions {
  /** The link to a posting file from the page, or null when it has none (stdin, NDJSON ids). */
  linkTo: (path: string) => string | null;
  /** Shown under the heading: what was read. */
  inputs: string[];
}

const COUNT_CHARTS: Array<[key: keyof ReportData['counts'], title: string]> = [
  ['format', 'Format'],
  ['language', 'Language'],
  ['remote', 'Remote policy'],
  ['employmentType', 'Employment type'],
];

export function renderPage(data: ReportData, options: PageOptions): string {
  const { totals } = data;
  const cards = [
    ['records', totals.records],
    ['inputs failed', totals.failed],
    ['duplicate groups', totals.groups],
    ['duplicates', totals.duplicates],
    ['expired', totals.expired],
  ].map(([label, value]) => `<div class="card"><b>${value}</b><span>${label}</span></div>`).join('');
  const counts = COUNT_CHARTS.map(([key, title]) => `<figure><figcaption>${title}</figcaption>${barChart(title, data.counts[key])}</figure>`).join('');
  const salaries = data.salaries.length
    ? data.salaries.map((s) => `<figure><figcaption>${e(s.currency)} per ${e(s.period.toLowerCase())} <small>${s.count} figure${s.count === 1 ? '' : 's'} · ${money(s.min)}–${money(s.max)} · median ${money(s.median)}</small></figcaption>${salaryStrip(s)}</figure>`).join('')
    : '<p class="empty">No salary figures.</p>';
  const missing = barChart('Fields missing most often', data.missing.filter((m) => m.count).map((m) => ({ value: m.field, count: m.count })), (n) => `${n} (${percent(n, totals.records)})`);
  const warnings = barChart('Warnings by rule', data.warnings);
  const errors = data.errors.length ? `<figure><figcaption>Failed inputs by rule</figcaption>${barChart('Failed inputs by rule', data.errors)}</figure>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="postings report">
<title>Postings report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Postings report</h1><p class="inputs">${e(options.inputs.join(', '))}</p><div class="cards">${cards}</div></header>
<main>
<section id="counts"><h2>What there is</h2><div class="grid">${counts}</div></section>
<section id="salaries"><h2>Salaries</h2><p class="note">Each line is one salary range, the dot its midpoint; the box spans the middle half of the midpoints, the tick is the median.</p><div class="grid">${salaries}</div></section>
<section id="quality"><h2>Missing fields and warnings</h2><div class="grid"><figure><figcaption>Fields missing most often</figcaption>${missing}</figure><figure><figcaption>Warnings by rule</figcaption>${warnings}</figure>${errors}</div></section>
<section id="expired"><h2>Expired postings <small>${data.expired.length}</small></h2>${expiredList(data, options)}</section>
<section id="duplicates"><h2>Duplicate groups <small>${data.groups.length}</small></h2>${groupTable(data, options)}</section>
<section id="records"><h2>Records <small>${data.records.length}</small></h2>${recordTable(data.records, options)}</section>
</main>
</body>
</html>
`;
}

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : '0%';
}

function fileLink(path: string, text: string, options: PageOptions): string {
  const href = options.linkTo(path);
  return href === null ? e(text) : `<a href="${e(href)}">${e(text)}</a>`;
}

function expiredList(data: ReportData, options: PageOptions): string {
  if (!data.expired.length) return '<p class="empty">No posting says it has expired.</p>';
  return `<ul class="plain">${data.expired.map((x) => `<li>${fileLink(x.path, x.title ?? x.path, options)}${x.company ? ` · ${e(x.company)}` : ''}</li>`).join('')}</ul>`;
}

function groupTable(data: ReportData, options: PageOptions): string {
  if (!data.groups.length) return '<p class="empty">No two records describe the same job.</p>';
  const rows = data.groups.map((g) => {
    const members = g.members.map((m) => `<li>${fileLink(m.path, m.path, options)}${m.id === g.representative.id && m.path === g.representative.path ? ' <span class="tag">kept</span>' : ''} <small>${e(m.datePosted ?? 'no date')} · ${Math.round(m.similarity * 100)}%</small></li>`).join('');
    return `<tr><td>${e(g.title ?? '')}</td><td>${e(g.company ?? '')}</td><td class="num">${g.size}</td><td>${e(g.differs.join(', ') || 'nothing')}</td><td><ul class="plain">${members}</ul></td></tr>`;
  });
  return `<div class="scroll"><table><thead><tr><th>Title</th><th>Company</th><th>Copies</th><th>They differ in</th><th>Files</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function recordTable(records: RecordRow[], options: PageOptions): string {
  if (!records.length) return '<p class="empty">No records.</p>';
  const rows = records.map((r) => `<tr${r.duplicateOf ? ' class="dup"' : ''}><td>${fileLink(r.path, r.title ?? '(no title)', options)}</td><td>${e(r.company ?? '')}</td><td>${e(r.language)}</td><td>${e(r.remote ?? '')}</td><td>${e(r.employmentType.join(', '))}</td><td>${e(r.salary.join('; '))}</td><td>${e(r.datePosted ?? '')}</td><td class="num">${r.warnings}</td><td class="note">${r.expired ? 'expired' : ''}${r.duplicateOf ? `${r.expired ? ', ' : ''}duplicate` : ''}</td></tr>`);
  return `<div class="scroll"><table><thead><tr><th>Title</th><th>Company</th><th>Lang.</th><th>Remote</th><th>Type</th><th>Salary</th><th>Posted</th><th>Warn.</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
