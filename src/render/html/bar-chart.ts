// The page's charts as inline SVG drawn here: two plain bar charts do not justify shipping a chart library's script
// in every page (uPlot, the smallest fitting one, would add ~50 KB of JavaScript to a page that must work offline).
import { escapeHtml } from './escape-html.js';

export interface Bar {
  label: string;
  value: number;
}

const ROW = 22;
const LABEL_W = 190;
const BAR_W = 320;

/** Horizontal bars, largest first, each labelled with its count. */
export function horizontalBars(bars: readonly Bar[], title: string): string {
  const sorted = [...bars].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const max = Math.max(1, ...sorted.map((b) => b.value));
  const height = sorted.length * ROW + 8;
  const rows = sorted.map((b, i) => {
    const y = i * ROW + 4;
    const w = Math.max(1, Math.round((b.value / max) * BAR_W));
    const label = escapeHtml(b.label);
    return (
      `<g data-label="${label}"><text x="${LABEL_W - 6}" y="${y + 15}" text-anchor="end">${label}</text>` +
      `<rect x="${LABEL_W}" y="${y + 3}" width="${w}" height="${ROW - 6}" class="bar"></rect>` +
      `<text x="${LABEL_W + w + 6}" y="${y + 15}">${b.value}</text></g>`
    );
  });
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" width="${LABEL_W + BAR_W + 60}" ` +
    `height="${height}" viewBox="0 0 ${LABEL_W + BAR_W + 60} ${height}"><title>${escapeHtml(title)}</title>` +
    `${rows.join('')}</svg>`
  );
}

export interface Column {
  label: string;
  /** Count per series name. */
  counts: ReadonlyMap<string, number>;
}

const COL_W = 26;
const CHART_H = 140;

/** Stacked columns (one per period), a series per cause, coloured by the series' index in `series`. */
export function stackedColumns(columns: readonly Column[], series: readonly string[], title: string): string {
  const max = Math.max(1, ...columns.map((c) => [...c.counts.values()].reduce((a, b) => a + b, 0)));
  const width = columns.length * COL_W + 40;
  const cols = columns.map((c, i) => {
    let y = CHART_H;
    const x = 30 + i * COL_W;
    const parts = series.flatMap((name, s) => {
      const n = c.counts.get(name) ?? 0;
      if (n === 0) return [];
      const h = Math.max(1, Math.round((n / max) * (CHART_H - 10)));
      y -= h;
      return [
        `<rect x="${x}" y="${y}" width="${COL_W - 6}" height="${h}" class="s${s % 8}">` +
          `<title>${escapeHtml(`${c.label} ${name}: ${n}`)}</title></rect>`,
      ];
    });
    const label = `<text x="${x}" y="${CHART_H + 14}" class="tick">${escapeHtml(c.label.slice(5))}</text>`;
    return parts.join('') + (i % Math.ceil(columns.length / 12) === 0 ? label : '');
  });
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${CHART_H + 20}" ` +
    `viewBox="0 0 ${width} ${CHART_H + 20}"><title>${escapeHtml(title)}</title>${cols.join('')}</svg>`
  );
}
