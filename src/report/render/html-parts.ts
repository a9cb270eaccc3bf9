/**
 * What the HTML reports share (`report monthly -o .html`, `report range -o .html`): the
 * escaping of every text, the chart colours and sizes, the estimate of a text's width
 * (no script runs to measure it), a chart's legend and frame, the stylesheet, and the
 * page around it all — one self-contained file with a Content-Security-Policy that lets
 * nothing be fetched or run.
 */
import type { Lang } from '../../i18n/index.js';

/** Text for HTML and SVG (element content and attribute values alike). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    // Control characters are not allowed in HTML text; line breaks become spaces.
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

export const COLORS = {
  listed: '#2563eb',
  target: '#111827',
  onTime: '#16a34a',
  late: '#d97706',
  notPosted: '#dc2626',
  nano: '#c7d2fe',
  micro: '#818cf8',
  macro: '#4f46e5',
  mega: '#312e81',
  contacted: '#0ea5e9',
  declared: '#6366f1',
  done: '#16a34a',
} as const;

/*
 * Every chart is drawn in a viewBox WIDTH units wide and scaled to its box (width 100%),
 * so it fits a 360 px phone as well as a laptop or a printed A4 column; at those widths a
 * FONT-unit text is drawn at 12–18 px (≥ 9 pt on paper).
 */
export const WIDTH = 340;
export const FONT = 14;

/**
 * A width in viewBox units that the text will not exceed in a common sans-serif (DejaVu
 * Sans, one of the widest, sets the numbers); bold adds a tenth.
 */
export function textWidth(s: string, size = FONT, bold = false): number {
  let em = 0;
  for (const c of s) {
    if (/[ijl'|.,:;!]/.test(c)) em += 0.32;
    else if (c === ' ') em += 0.34;
    else if (/[frtI()\-[\]/]/.test(c)) em += 0.44;
    else if (/[mwMW@%]/.test(c)) em += 1.0;
    else if (/[a-z]/.test(c)) em += 0.64;
    else if (/[A-Z0-9#&+=<>?]/.test(c)) em += 0.78;
    else em += 0.9; // → · – … and any other letter
  }
  return em * size * (bold ? 1.1 : 1);
}

/** `s`, cut with an ellipsis to fit `width` units. */
export function fit(s: string, width: number, size = FONT, bold = false): string {
  if (textWidth(s, size, bold) <= width) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

export const num = (n: number) => String(Math.round(n * 10) / 10);

export interface LegendItem { color: string; name: string; /** A dashed line instead of a square (a target). */ dashed?: boolean }

/** A legend from `top` down, wrapping to as many lines as it needs; returns its SVG and the height it ends at. */
export function legend(items: readonly LegendItem[], top: number): { parts: string[]; bottom: number } {
  const parts: string[] = [];
  let lx = 0;
  let ly = top;
  for (const l of items) {
    const w = 18 + textWidth(l.name);
    if (lx > 0 && lx + w > WIDTH) {
      lx = 0;
      ly += 22;
    }
    parts.push(l.dashed
      ? `<path class="legend-line" d="M${lx} ${ly + 9}h12" stroke="${l.color}" fill="none"/>`
      : `<rect x="${lx}" y="${ly + 3}" width="12" height="12" fill="${l.color}"/>`);
    parts.push(`<text class="legend" x="${lx + 18}" y="${ly + 14}">${escapeHtml(fit(l.name, WIDTH - 18))}</text>`);
    lx += w + 14;
  }
  return { parts, bottom: ly + 22 };
}

/** A chart in its frame: caption, then the SVG scaled to the box, described for a screen reader by `desc`. */
export function chartFigure(id: string, title: string, desc: string, height: number, parts: readonly string[]): string {
  return `<figure class="chart">
<figcaption id="${id}-title">${escapeHtml(title)}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">
<desc id="${id}-desc">${escapeHtml(desc)}</desc>
${parts.join('\n')}
</svg>
</figure>`;
}

/*
 * Screen: one column from 360 px up, the charts and funnels side by side where there is
 * room; a table scrolls inside its own box rather than widening the page (the figures
 * tables fit a phone as they are). Print (A4): every text ≥ 9 pt (the smallest, the
 * footer, is 9.5 pt; chart text is ≥ 9.5 pt at a half-page column), nothing breaks inside
 * a chart, a table row, a funnel or a heading's first lines.
 */
export const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #111827; background: #fff; margin: 0 auto; padding: 24px; max-width: 1100px; overflow-wrap: break-word; }
h1 { font-size: 24px; margin: 0 0 4px; line-height: 1.25; }
h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 2px solid #e5e7eb; padding-bottom: 4px; line-height: 1.5; }
h3 { font-size: 15px; margin: 14px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 4px; }
.meta, .findings { color: #374151; margin: 4px 0; }
.findings strong { color: #111827; }
.charts, .funnels { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); gap: 16px 24px; align-items: start; }
.charts > *, .funnels > *, .kols > * { min-width: 0; }
.charts { margin-top: 18px; }
figure.chart { margin: 0; padding: 10px 12px; border: 1px solid #e5e7eb; border-radius: 6px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure.chart svg { display: block; width: 100%; max-width: 440px; height: auto; }
svg text { font-family: inherit; font-size: ${FONT}px; fill: #111827; }
svg text.value, svg text.inbar, svg text.group { font-weight: 600; }
svg text.inbar { fill: #fff; }
svg text.marker-label, svg text.legend { fill: #374151; }
svg rect.track { fill: #f3f4f6; }
svg line.marker { stroke-width: 2; stroke-dasharray: 4 2; }
.table-scroll { overflow-x: auto; max-width: 100%; margin: 6px 0 10px; }
table { border-collapse: collapse; }
table.figures { width: 100%; max-width: 640px; }
th, td { border: 1px solid #e5e7eb; padding: 4px 10px; text-align: left; vertical-align: top; }
thead th { background: #f9fafb; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.prev { color: #6b7280; }
td.change { text-align: center; }
td.change.good { color: #15803d; }
td.change.bad { color: #b91c1c; }
td.change.same { color: #6b7280; }
.contacts td { min-width: 7em; }
.badge { display: inline-block; font-size: 13px; font-weight: 600; padding: 2px 8px; border-radius: 10px; margin-left: 8px; vertical-align: middle; line-height: 1.35; }
.badge.ok { background: #dcfce7; color: #166534; }
.badge.miss { background: #fee2e2; color: #991b1b; }
.kols { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); gap: 0 24px; }
.kols ul { margin: 0; padding-left: 20px; }
.none { color: #6b7280; font-style: italic; margin: 0; }
.warning { background: #fef3c7; border: 1px solid #f59e0b; padding: 6px 10px; }
.note { background: #eff6ff; border-left: 4px solid #3b82f6; padding: 6px 10px; margin: 6px 0; }
.calendar-platform p { margin: 4px 0; }
p.engagement.good { color: #15803d; }
p.engagement.bad { color: #b91c1c; }
footer { margin-top: 28px; color: #6b7280; font-size: 12px; border-top: 1px solid #e5e7eb; padding-top: 8px; }
@media (max-width: 600px) {
  body { padding: 12px; }
  h1 { font-size: 21px; }
  h2 { font-size: 18px; }
  th, td { padding: 4px 6px; }
  .badge { margin-left: 0; }
}
@media (max-width: 480px) {
  /* A phone: each figure is its label over three equal columns (this month, last month, change). */
  table.figures, table.figures thead, table.figures tbody { display: block; }
  table.figures tr { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); border: 1px solid #e5e7eb; border-top: 0; }
  table.figures thead tr { border-top: 1px solid #e5e7eb; }
  table.figures th, table.figures td { border: 0; }
  table.figures thead th:first-child { display: none; }
  table.figures tbody th { grid-column: 1 / -1; background: #f9fafb; padding-bottom: 2px; }
  table.figures td.change { text-align: right; }
}
@page { size: A4; margin: 14mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { padding: 0; max-width: none; font-size: 11pt; }
  .charts { grid-template-columns: 1fr 1fr; }
  .funnels { grid-template-columns: 1fr; }
  figure.chart svg { max-width: none; }
  .table-scroll { overflow: visible; }
  th, td { padding: 3px 6px; }
  footer, .badge { font-size: 9.5pt; }
  figure.chart, table.figures, tr, .funnel, .calendar-platform, .kols, .note, header { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4, figcaption { break-after: avoid; page-break-after: avoid; }
  section.brand, section.affiliate, section.calendar { break-before: auto; }
}
`;

/** The whole page: `body` between `<body>` and `</body>`, styled by `css`, nothing fetched, nothing run. */
export function htmlPage(lang: Lang, title: string, body: string, css: string = CSS): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kolops">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
