/**
 * `kolops report monthly -o report.html`: one self-contained page — inline CSS, inline
 * SVG charts, no script, no font, no image, nothing fetched (a Content-Security-Policy
 * forbids it outright), so it opens the same from a shared drive, a mail attachment or a
 * printer. Charts: KOLs listed against the target per brand, posting status per brand
 * (on time / late / not posted), the tier mix, and the affiliate funnel contacted →
 * declared → done. Figures sit beside last month's with ↑ ↓ = arrows coloured by whether
 * the move is good. Every text, from the sheets or not, is HTML-escaped.
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

const LABEL_W = 170;
const PLOT_W = 380;
const END_W = 90;
const ROW_H = 28;
const BAR_H = 16;
const GROUP_H = 22;
const WIDTH = LABEL_W + PLOT_W + END_W;

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

const num = (n: number) => String(Math.round(n * 10) / 10);

function barChart(id: string, title: string, rows: BarRow[], legend: { color: string; name: string }[], lang: Lang): string {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.segments.reduce((a, s) => a + s.value, 0), r.marker?.value ?? 0)));
  const scale = (v: number) => (v / max) * PLOT_W;
  const parts: string[] = [];
  let y = 8;
  const desc: string[] = [];
  for (const r of rows) {
    if (r.group !== undefined) {
      parts.push(`<text class="group" x="0" y="${y + 15}">${escapeHtml(shorten(r.group, 60))}</text>`);
      y += GROUP_H;
    }
    const barY = y + (ROW_H - BAR_H) / 2;
    const total = r.segments.reduce((a, s) => a + s.value, 0);
    parts.push(`<g><title>${escapeHtml(`${r.label}: ${r.segments.map((s) => `${s.name} ${formatCount(s.value, lang)}`).join(', ')}`)}</title>`);
    parts.push(`<text class="label" x="${LABEL_W - 8}" y="${barY + BAR_H - 3}" text-anchor="end">${escapeHtml(shorten(r.label, 26))}</text>`);
    parts.push(`<rect class="track" x="${LABEL_W}" y="${barY}" width="${PLOT_W}" height="${BAR_H}"/>`);
    let x = LABEL_W;
    for (const s of r.segments) {
      if (s.value <= 0) continue;
      const w = scale(s.value);
      parts.push(`<rect x="${num(x)}" y="${barY}" width="${num(w)}" height="${BAR_H}" fill="${s.color}"/>`);
      if (w >= 22 && r.segments.length > 1) {
        parts.push(`<text class="inbar" x="${num(x + w / 2)}" y="${barY + BAR_H - 4}" text-anchor="middle">${formatCount(s.value, lang)}</text>`);
      }
      x += w;
    }
    parts.push(`<text class="value" x="${num(LABEL_W + scale(total) + 6)}" y="${barY + BAR_H - 3}">${escapeHtml(r.total ?? formatCount(total, lang))}</text>`);
    if (r.marker) {
      const mx = LABEL_W + scale(r.marker.value);
      parts.push(`<line class="marker" x1="${num(mx)}" x2="${num(mx)}" y1="${y + 1}" y2="${y + ROW_H - 1}" stroke="${COLORS.target}"/>`);
      parts.push(`<text class="marker-label" x="${num(mx + 3)}" y="${y + 7}">${escapeHtml(r.marker.label)}</text>`);
    }
    parts.push('</g>');
    desc.push(`${r.group ? `${r.group} ` : ''}${r.label}: ${r.total ?? formatCount(total, lang)}`);
    y += ROW_H;
  }
  // Legend below the bars.
  let lx = LABEL_W;
  const ly = y + 10;
  for (const l of legend) {
    parts.push(`<rect x="${lx}" y="${ly}" width="10" height="10" fill="${l.color}"/>`);
    parts.push(`<text class="legend" x="${lx + 14}" y="${ly + 9}">${escapeHtml(l.name)}</text>`);
    lx += 24 + l.name.length * 7;
  }
  const height = ly + 18;
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
  return `<table class="figures"><thead><tr>${head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
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

function affiliateSection(report: MonthlyReport, lang: Lang): string {
  const body = report.affiliate.length === 0
    ? `<p class="none">${escapeHtml(t('report:no-affiliate', lang, { month: monthLabel(report.month, lang) }))}</p>`
    : `<div class="funnels">
${report.affiliate.map((a) => `<div class="funnel">
<h3>${escapeHtml(affiliateTitle(a))}</h3>
<p>${escapeHtml(funnelText(a, lang))}</p>
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
<table><thead><tr>${cols.map((c) => `<th scope="col">${escapeHtml(t(`report:col-${c}`, lang))}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #111827; background: #fff; margin: 0 auto; padding: 24px; max-width: 1100px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 2px solid #e5e7eb; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
.meta, .findings { color: #374151; margin: 4px 0; }
.findings strong { color: #111827; }
.charts, .funnels { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 16px 24px; align-items: start; }
.charts { margin-top: 18px; }
figure.chart { margin: 0; padding: 10px 12px; border: 1px solid #e5e7eb; border-radius: 6px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg text { font-family: inherit; font-size: 13px; fill: #111827; }
svg text.inbar { fill: #fff; font-size: 11px; font-weight: 600; }
svg text.group { font-weight: 600; }
svg text.marker-label, svg text.legend { font-size: 11px; fill: #374151; }
svg rect.track { fill: #f3f4f6; }
svg line.marker { stroke-width: 2; stroke-dasharray: 4 2; }
table { border-collapse: collapse; margin: 6px 0 10px; min-width: 420px; }
.funnels table { min-width: 0; width: 100%; }
th, td { border: 1px solid #e5e7eb; padding: 4px 10px; text-align: left; vertical-align: top; }
thead th { background: #f9fafb; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.prev { color: #6b7280; }
td.change { text-align: center; white-space: nowrap; }
td.change.good { color: #15803d; }
td.change.bad { color: #b91c1c; }
td.change.same { color: #6b7280; }
.badge { font-size: 13px; font-weight: 600; padding: 2px 8px; border-radius: 10px; margin-left: 8px; vertical-align: middle; }
.badge.ok { background: #dcfce7; color: #166534; }
.badge.miss { background: #fee2e2; color: #991b1b; }
.kols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; }
.kols ul { margin: 0; padding-left: 20px; }
.none { color: #6b7280; font-style: italic; margin: 0; }
.warning { background: #fef3c7; border: 1px solid #f59e0b; padding: 6px 10px; }
footer { margin-top: 28px; color: #6b7280; font-size: 12px; border-top: 1px solid #e5e7eb; padding-top: 8px; }
@page { size: A4; margin: 14mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { padding: 0; max-width: none; font-size: 11pt; }
  .charts, .funnels { grid-template-columns: 1fr 1fr; }
  figure.chart, table, section.brand h2, .funnel, .kols { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
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
