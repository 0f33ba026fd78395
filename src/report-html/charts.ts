/**
 * Charts as inline SVG strings: no script, no network, scaled by viewBox so
 * they fit a phone or a desktop. Every text that came from a posting goes
 * through `escapeHtml`.
 */
import type { Count, SalarySeries } from '../corpus/report-data.js';

/** Text safe inside HTML and SVG, in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const WIDTH = 320;
const LABEL = 132;
/** Room right of the longest bar for its value, e.g. "1234 (56%)". */
const VALUE_ROOM = 62;
const ROW = 22;
const MAX_BARS = 12;

/** A horizontal bar chart of counts (the first MAX_BARS, the rest summed as "other"). */
export function barChart(title: string, counts: Count[], format: (count: number) => string = String): string {
  const shown = counts.slice(0, MAX_BARS);
  const rest = counts.slice(MAX_BARS).reduce((sum, c) => sum + c.count, 0);
  if (rest) shown.push({ value: `${counts.length - MAX_BARS} more`, count: rest });
  if (!shown.length) return `<p class="empty">Nothing to show.</p>`;
  const top = Math.max(...shown.map((c) => c.count), 1);
  const room = WIDTH - LABEL - VALUE_ROOM;
  const rows = shown.map((c, i) => {
    const y = i * ROW;
    const width = Math.max(1, Math.round((c.count / top) * room));
    return `<g transform="translate(0 ${y})"><text class="label" x="${LABEL - 6}" y="15" text-anchor="end">${escapeHtml(shorten(c.value, 20))}<title>${escapeHtml(c.value)}</title></text>`
      + `<rect class="bar" x="${LABEL}" y="3" width="${width}" height="${ROW - 7}" rx="2"/>`
      + `<text class="value" x="${LABEL + width + 4}" y="15">${escapeHtml(format(c.count))}</text></g>`;
  });
  const height = shown.length * ROW;
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}">${rows.join('')}</svg>`;
}

/**
 * A strip plot of one currency and period: every salary range as a faint
 * line with a dot at its midpoint, over a box from the first to the third
 * quartile of the midpoints and a tick at the median.
 */
export function salaryStrip(series: SalarySeries): string {
  const left = 12;
  const right = WIDTH - 12;
  const span = series.max - series.min;
  // One value only: drawn in the middle.
  const x = (value: number) => (span ? left + ((value - series.min) / span) * (right - left) : (left + right) / 2).toFixed(1);
  const lanes = 5;
  const marks = series.ranges.map((range, i) => {
    const y = 14 + (i % lanes) * 6;
    const mid = (range.min + range.max) / 2;
    return `<line class="range" x1="${x(range.min)}" x2="${x(range.max)}" y1="${y}" y2="${y}"/><circle class="point" cx="${x(mid)}" cy="${y}" r="2.5"/>`;
  });
  const box = `<rect class="box" x="${x(series.q1)}" y="8" width="${Math.max(1, Number(x(series.q3)) - Number(x(series.q1))).toFixed(1)}" height="${lanes * 6 + 6}"/>`
    + `<line class="median" x1="${x(series.median)}" x2="${x(series.median)}" y1="6" y2="${lanes * 6 + 16}"/>`;
  // The median's label only where it does not run into the ends' labels.
  const medianX = Number(x(series.median));
  const medianLabel = span && medianX - left > 40 && right - medianX > 40
    ? `<text class="tick" x="${medianX}" y="66" text-anchor="middle">${escapeHtml(money(series.median))}</text>` : '';
  const ends = span === 0
    ? `<text class="tick" x="${x(series.min)}" y="66" text-anchor="middle">${escapeHtml(money(series.min))}</text>`
    : `<text class="tick" x="${left}" y="66">${escapeHtml(money(series.min))}</text><text class="tick" x="${right}" y="66" text-anchor="end">${escapeHtml(money(series.max))}</text>`;
  const axis = `<line class="axis" x1="${left}" x2="${right}" y1="52" y2="52"/>${ends}${medianLabel}`;
  const label = `${series.currency} per ${series.period.toLowerCase()}: ${series.count} figure${series.count === 1 ? '' : 's'}, median ${money(series.median)}`;
  return `<svg class="chart strip" viewBox="0 0 ${WIDTH} 72" role="img" aria-label="${escapeHtml(label)}">${box}${marks.join('')}${axis}</svg>`;
}

/** 95000 -> "95k", 1250000 -> "1.25M", 32 -> "32". */
export function money(value: number): string {
  if (value >= 1e6) return `${Number((value / 1e6).toFixed(2))}M`;
  if (value >= 1e4) return `${Number((value / 1e3).toFixed(1))}k`;
  return String(Number(value.toFixed(2)));
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
