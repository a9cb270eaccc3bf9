/**
 * `kolops report monthly -o report.html`: one self-contained page — inline CSS, inline
 * SVG charts, no script, no font, no image, nothing fetched (a Content-Security-Policy
 * forbids it outright), so it opens the same from a shared drive, a mail attachment or a
 * printer. Charts: KOLs listed against the target per brand, posting status per brand
 * (on time / late / not posted), the tier mix, and the affiliate funnel contacted →
 * declared → done. Figures sit beside last month's with ↑ ↓ = arrows coloured by whether
 * the move is good. Every text, from the sheets or not, is HTML-escaped.
 *
 * It reads from a 360 px phone to a wide screen without sideways scrolling (charts scale,
 * tables reflow or scroll in their own box) and prints on A4 with no text under 9 pt
 * (test/report/html-layout.test.ts measures both in Chromium). Figures that contradict
 * each other (more deal rows than the block declares) carry a note saying what that means.
 */
import { t, type Lang } from '../../i18n/index.js';
import type { AffiliateMetrics, BrandMetrics, KolLine, MonthlyReport } from '../metrics.js';
import {
  affiliateFigures, affiliateTitle, brandFigures, findingsText, formatCount, funnelText, lateLine, monthLabel, NONE,
  notPostedLine, previousAffiliate, previousBrand, targetText, type FigureRow,
} from './index.js';

export interface HtmlContext {
  lang: Lang;
  includeContact: boolean;
}

/** Text for HTML and SVG (element content and attribute values alike). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    // Control characters are not allowed in HTML text; line breaks become spaces.
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

const COLORS = {
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

// ─────────────────────────────────────────────────────────────────────────────
// A horizontal (stacked) bar chart in SVG, the one chart shape the report needs.

interface Segment { value: number; color: string; name: string }
interface BarRow {
  label: string;
  segments: Segment[];
  /** Text at the end of the bar; default: the segments' total. */
  total?: string;
  /** A vertical marker line (the target) drawn across this row. */
  marker?: { value: number; label: string };
  /** A group heading drawn above this row. */
  group?: string;
}

/*
 * Every chart is drawn in a viewBox WIDTH units wide and scaled to its box (width 100%),
 * so it fits a 360 px phone as well as a laptop or a printed A4 column; at those widths a
 * FONT-unit text is drawn at 12–18 px (≥ 9 pt on paper). A row is its label and its figure
 * on one line, the bar under it at full width, and the target's label under its marker line,
 * so no text ever sits on a bar it does not belong to. No script runs to measure text, so
 * its width is estimated generously (textWidth) and a label that would not fit is shortened
 * (the full text stays in the row's <title> and the chart's <desc>); legends wrap.
 */
const WIDTH = 340;
const FONT = 14;
const LABEL_LINE = 22;
const BAR_H = 22;
const MARKER_LINE = 20;
const ROW_GAP = 8;
const GROUP_H = 24;

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
function fit(s: string, width: number, size = FONT, bold = false): string {
  if (textWidth(s, size, bold) <= width) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

const num = (n: number) => String(Math.round(n * 10) / 10);

function barChart(id: string, title: string, rows: BarRow[], legend: { color: string; name: string }[], lang: Lang): string {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.segments.reduce((a, s) => a + s.value, 0), r.marker?.value ?? 0)));
  const scale = (v: number) => (v / max) * WIDTH;
  const parts: string[] = [];
  let y = 0;
  const desc: string[] = [];
  for (const r of rows) {
    if (r.group !== undefined) {
      parts.push(`<text class="group" x="0" y="${y + 16}">${escapeHtml(fit(r.group, WIDTH, FONT, true))}</text>`);
      y += GROUP_H;
    }
    const total = r.segments.reduce((a, s) => a + s.value, 0);
    const value = r.total ?? formatCount(total, lang);
    const valueW = textWidth(value, FONT, true);
    // A one-segment bar says its figure as the row does: an unstated step reads "not stated", never 0.
    const said = r.segments.length === 1 && r.total !== undefined ? value : r.segments.map((s) => `${s.name} ${formatCount(s.value, lang)}`).join(', ');
    parts.push(`<g><title>${escapeHtml(`${r.label}: ${said}`)}</title>`);
    parts.push(`<text class="label" x="0" y="${y + 16}">${escapeHtml(fit(r.label, WIDTH - valueW - 12))}</text>`);
    parts.push(`<text class="value" x="${WIDTH}" y="${y + 16}" text-anchor="end">${escapeHtml(value)}</text>`);
    const barY = y + LABEL_LINE;
    parts.push(`<rect class="track" x="0" y="${barY}" width="${WIDTH}" height="${BAR_H}"/>`);
    let x = 0;
    for (const s of r.segments) {
      if (s.value <= 0) continue;
      const w = scale(s.value);
      parts.push(`<rect x="${num(x)}" y="${barY}" width="${num(w)}" height="${BAR_H}" fill="${s.color}"/>`);
      const inbar = formatCount(s.value, lang);
      if (r.segments.length > 1 && w >= textWidth(inbar, FONT, true) + 6) {
        parts.push(`<text class="inbar" x="${num(x + w / 2)}" y="${barY + 16}" text-anchor="middle">${inbar}</text>`);
      }
      x += w;
    }
    y = barY + BAR_H;
    if (r.marker) {
      const mx = Math.min(WIDTH - 1, Math.max(1, scale(r.marker.value)));
      parts.push(`<line class="marker" x1="${num(mx)}" x2="${num(mx)}" y1="${barY - 2}" y2="${y + 3}" stroke="${COLORS.target}"/>`);
      // Under the bar, centred on the line and kept inside the chart.
      const half = textWidth(r.marker.label) / 2;
      const lx = Math.min(WIDTH - half, Math.max(half, mx));
      parts.push(`<text class="marker-label" x="${num(lx)}" y="${y + 19}" text-anchor="middle">${escapeHtml(r.marker.label)}</text>`);
      y += MARKER_LINE + 4;
    }
    parts.push('</g>');
    desc.push(`${r.group ? `${r.group} ` : ''}${r.label}: ${value}`);
    y += ROW_GAP;
  }
  // Legend below the bars, wrapping to as many lines as it needs.
  let lx = 0;
  let ly = y + 4;
  for (const l of legend) {
    const w = 18 + textWidth(l.name);
    if (lx > 0 && lx + w > WIDTH) {
      lx = 0;
      ly += 22;
    }
    parts.push(`<rect x="${lx}" y="${ly + 3}" width="12" height="12" fill="${l.color}"/>`);
    parts.push(`<text class="legend" x="${lx + 18}" y="${ly + 14}">${escapeHtml(fit(l.name, WIDTH - 18))}</text>`);
    lx += w + 14;
  }
  const height = ly + 22;
  return `<figure class="chart">
<figcaption id="${id}-title">${escapeHtml(title)}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">
<desc id="${id}-desc">${escapeHtml(desc.join('; '))}</desc>
${parts.join('\n')}
</svg>
</figure>`;
}

function listedChart(brands: BrandMetrics[], lang: Lang): string {
  return barChart('chart-listed', t('report:chart-listed', lang), brands.map((b) => ({
    label: b.brand,
    segments: [{ value: b.listed, color: COLORS.listed, name: t('report:row-listed', lang) }],
    total: `${formatCount(b.listed, lang)} / ${formatCount(b.target, lang)}`,
    marker: { value: b.target, label: t('report:target-marker', lang, { target: b.target }) },
  })), [
    { color: COLORS.listed, name: t('report:row-listed', lang) },
    { color: COLORS.target, name: t('report:row-target', lang) },
  ], lang);
}

function postingChart(brands: BrandMetrics[], lang: Lang): string {
  const names = { onTime: t('report:row-on-time', lang), late: t('report:row-late', lang), notPosted: t('report:row-not-posted', lang) };
  return barChart('chart-posting', t('report:chart-posting', lang), brands.map((b) => ({
    label: b.brand,
    segments: [
      { value: b.onTime, color: COLORS.onTime, name: names.onTime },
      { value: b.late, color: COLORS.late, name: names.late },
      { value: b.notPosted, color: COLORS.notPosted, name: names.notPosted },
    ],
    total: t('report:agreed-total', lang, { agreed: b.agreed }),
  })), [
    { color: COLORS.onTime, name: names.onTime },
    { color: COLORS.late, name: names.late },
    { color: COLORS.notPosted, name: names.notPosted },
  ], lang);
}

function tierChart(brands: BrandMetrics[], lang: Lang): string {
  const tiers = ['nano', 'micro', 'macro', 'mega'] as const;
  return barChart('chart-tiers', t('report:chart-tiers', lang), brands.map((b) => ({
    label: b.brand,
    segments: tiers.map((tier) => ({ value: b.tiers[tier], color: COLORS[tier], name: t(`report:row-${tier}`, lang) })),
  })), tiers.map((tier) => ({ color: COLORS[tier], name: t(`report:row-${tier}`, lang) })), lang);
}

function funnelChart(affiliate: AffiliateMetrics[], lang: Lang): string {
  const rows: BarRow[] = [];
  for (const a of affiliate) {
    const steps = [
      ['contacted', a.contacted, COLORS.contacted],
      ['declared', a.dealsDeclared, COLORS.declared],
      ['done', a.done, COLORS.done],
    ] as const;
    steps.forEach(([key, value, color], i) => {
      rows.push({
        label: t(`report:row-${key}`, lang),
        segments: [{ value: value ?? 0, color, name: t(`report:row-${key}`, lang) }],
        total: value === null ? t('report:not-stated', lang) : formatCount(value, lang),
        ...(i === 0 ? { group: affiliateTitle(a) } : {}),
      });
    });
  }
  return barChart('chart-funnel', t('report:chart-funnel', lang), rows, [
    { color: COLORS.contacted, name: t('report:row-contacted', lang) },
    { color: COLORS.declared, name: t('report:row-declared', lang) },
    { color: COLORS.done, name: t('report:row-done', lang) },
  ], lang);
}

// ─────────────────────────────────────────────────────────────────────────────

function figuresTable(figures: FigureRow[], report: MonthlyReport, lang: Lang): string {
  const head = [t('report:col-figure', lang), monthLabel(report.month, lang), monthLabel(report.previousMonth.month, lang), t('report:col-change', lang)];
  const rows = figures.map((f) => {
    const cls = f.trend === null || f.trend.good === null ? 'same' : f.trend.good ? 'good' : 'bad';
    return `<tr><th scope="row">${escapeHtml(f.label)}</th><td class="num">${escapeHtml(f.valueText)}</td><td class="num prev">${escapeHtml(f.previousText)}</td><td class="change ${cls}">${escapeHtml(f.changeText)}</td></tr>`;
  });
  return `<div class="table-scroll"><table class="figures"><thead><tr>${head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`;
}

function list(items: string[], lang: Lang): string {
  if (items.length === 0) return `<p class="none">${escapeHtml(t('report:none', lang))}</p>`;
  return `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

function brandSection(b: BrandMetrics, report: MonthlyReport, lang: Lang): string {
  return `<section class="brand">
<h2>${escapeHtml(b.brand)} <span class="badge ${b.targetMet ? 'ok' : 'miss'}">${b.targetMet ? '✓' : '✗'} ${escapeHtml(targetText(b, lang))}</span></h2>
${figuresTable(brandFigures(b, previousBrand(report, b.brand), lang), report, lang)}
<div class="kols">
<div><h3>${escapeHtml(t('report:late-heading', lang, { count: b.late }))}</h3>${list(b.lateKols.map((k) => lateLine(k, lang)), lang)}</div>
<div><h3>${escapeHtml(t('report:not-posted-heading', lang, { count: b.notPosted }))}</h3>${list(b.notPostedKols.map((k) => notPostedLine(k, lang)), lang)}</div>
</div>
</section>`;
}

/**
 * Sentences for the figures of a funnel that contradict each other, saying what the sheet
 * says and what it means for the figures shown: more (or fewer) deal rows than the block
 * declares (seed "Gambar 3.4": 5 declared, 9 listed), more deals than accounts contacted.
 */
export function disagreementNotes(a: AffiliateMetrics, lang: Lang): string[] {
  const notes: string[] = [];
  if (a.dealsDeclared !== null && a.dealRows > a.dealsDeclared) {
    notes.push(t('report:note-more-rows', lang, { declared: a.dealsDeclared, rows: a.dealRows, done: a.done }));
  } else if (a.dealsDeclared !== null && a.dealRows < a.dealsDeclared) {
    notes.push(t('report:note-fewer-rows', lang, { declared: a.dealsDeclared, rows: a.dealRows }));
  }
  const deals = Math.max(a.dealsDeclared ?? 0, a.dealRows);
  if (a.contacted !== null && deals > a.contacted) notes.push(t('report:note-contacted', lang, { deals, contacted: a.contacted }));
  return notes;
}

function affiliateSection(report: MonthlyReport, lang: Lang): string {
  const body = report.affiliate.length === 0
    ? `<p class="none">${escapeHtml(t('report:no-affiliate', lang, { month: monthLabel(report.month, lang) }))}</p>`
    : `<div class="funnels">
${report.affiliate.map((a) => `<div class="funnel">
<h3>${escapeHtml(affiliateTitle(a))}</h3>
<p>${escapeHtml(funnelText(a, lang))}</p>
${disagreementNotes(a, lang).map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
${figuresTable(affiliateFigures(a, previousAffiliate(report, a), lang), report, lang)}
</div>`).join('\n')}
</div>`;
  return `<section class="affiliate">
<h2>${escapeHtml(t('report:affiliate-heading', lang))}</h2>
${body}
</section>`;
}

function kolSection(kols: readonly KolLine[], lang: Lang): string {
  const cols = ['kol', 'brand', 'tier', 'status', 'posting', 'address'] as const;
  const cell = (s: string | null | undefined) => escapeHtml(s === null || s === undefined || s === '' ? NONE : s);
  const rows = kols.map((k) => `<tr>${[
    cell(k.kol), cell(k.brand), cell(k.tier ? t(`report:row-${k.tier}`, lang) : null),
    cell(k.statusText || t(`report:status-${k.status}`, lang)), cell(k.posting ? t(`report:posting-${k.posting}`, lang) : null), cell(k.address),
  ].map((c) => `<td>${c}</td>`).join('')}</tr>`);
  return `<section class="contacts">
<h2>${escapeHtml(t('report:kols-heading', lang))}</h2>
<p class="warning">${escapeHtml(t('report:contact-warning', lang))}</p>
<div class="table-scroll contacts"><table><thead><tr>${cols.map((c) => `<th scope="col">${escapeHtml(t(`report:col-${c}`, lang))}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>
</section>`;
}

/*
 * Screen: one column from 360 px up, the charts and funnels side by side where there is
 * room; a table scrolls inside its own box rather than widening the page (the figures
 * tables fit a phone as they are). Print (A4): every text ≥ 9 pt (the smallest, the
 * footer, is 9.5 pt; chart text is ≥ 9.5 pt at a half-page column), nothing breaks inside
 * a chart, a table row, a funnel or a heading's first lines.
 */
const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #111827; background: #fff; margin: 0 auto; padding: 24px; max-width: 1100px; overflow-wrap: break-word; }
h1 { font-size: 24px; margin: 0 0 4px; line-height: 1.25; }
h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 2px solid #e5e7eb; padding-bottom: 4px; line-height: 1.5; }
h3 { font-size: 15px; margin: 14px 0 6px; }
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
  figure.chart, table.figures, tr, .funnel, .kols, .note, header { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
  section.brand, section.affiliate { break-before: auto; }
}
`;

export function renderReportHtml(report: MonthlyReport, ctx: HtmlContext): string {
  const { lang } = ctx;
  const title = t('report:title', lang, { month: monthLabel(report.month, lang) });
  const charts = report.brands.length === 0 && report.affiliate.length === 0
    ? ''
    : `<section class="charts">
${report.brands.length ? listedChart(report.brands, lang) : ''}
${report.brands.length ? postingChart(report.brands, lang) : ''}
${report.brands.length ? tierChart(report.brands, lang) : ''}
${report.affiliate.length ? funnelChart(report.affiliate, lang) : ''}
</section>`;
  const brands = report.brands.length === 0
    ? `<p class="none">${escapeHtml(t('report:no-listing', lang, { month: monthLabel(report.month, lang) }))}</p>`
    : report.brands.map((b) => brandSection(b, report, lang)).join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kolops">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(t('report:as-of', lang, { asOf: report.asOf, previous: monthLabel(report.previousMonth.month, lang) }))}</p>
<p class="findings"><strong>${escapeHtml(t('report:findings-heading', lang))}:</strong> ${escapeHtml(findingsText(report, lang))}</p>
</header>
${charts}
${brands}
${affiliateSection(report, lang)}
${ctx.includeContact ? kolSection(report.kols, lang) : ''}
<footer>${escapeHtml(t(ctx.includeContact ? 'report:contact-warning' : 'report:privacy-note', lang))}</footer>
</body>
</html>
`;
}
