/**
 * `kolops report range -o range.html`: the months at a glance as one self-contained page,
 * styled and framed as the monthly report's (html-parts.ts: no script, nothing fetched).
 * Per brand two trend charts — KOLs listed per month against the target line, and the
 * acceptance rate with the on-time share of agreed KOLs — and a table with a row per month;
 * per platform × brand the funnel per month; the finding counts per month.
 *
 * A month with no rows is a grey band in a chart (the line breaks there, it never drops to
 * 0) and "no rows" in a table. Tables scroll inside their own box, so the page itself fits
 * a 360 px phone; printed on A4 every text is at least 9 pt.
 */
import { t, type Lang } from '../../i18n/index.js';
import type { BrandMonth, FunnelMonth, RangeBrand, RangeReport } from '../range.js';
import { chartFigure, COLORS, CSS, escapeHtml, fit, htmlPage, legend, num, textWidth, WIDTH, type LegendItem } from './html-parts.js';
import { formatCount, monthLabel } from './index.js';
import {
  brandColumns, findingHeads, findingNotes, findingRows, funnelColumns, funnelTitle, isAbsent, monthCells, monthHeads, noneText, rangeAsOf,
  rangeTitle, type MonthFigures, type RangeColumn,
} from './range-index.js';

const RANGE_COLORS = { acceptance: COLORS.declared, onTime: COLORS.onTime, gap: '#e5e7eb' } as const;

// ─────────────────────────────────────────────────────────────────────────────
// A line chart over the months of the range

interface Series {
  name: string;
  color: string;
  /** One value per month; null breaks the line (nothing to draw that month). */
  values: (number | null)[];
  dashed?: boolean;
}

interface LineChart {
  id: string;
  title: string;
  months: string[];
  series: Series[];
  /** The top of the value axis (its bottom is 0). */
  max: number;
  /** A value as the axis and the tooltips write it. */
  label: (v: number) => string;
  /** Months with no rows at all: drawn as a grey band. */
  gaps: boolean[];
}

/** Above the plot: room for the top axis label; below: the 0 label and the months' names. */
const PLOT_TOP = 16;
const PLOT_H = 132;
const MONTH_LINE = 26;

function lineChart(c: LineChart, lang: Lang): string {
  const parts: string[] = [];
  const top = c.label(c.max);
  const left = Math.max(textWidth(top), textWidth(c.label(0))) + 6;
  const x0 = left + 4;
  const x1 = WIDTH - 6;
  const y0 = PLOT_TOP;
  const y1 = PLOT_TOP + PLOT_H;
  const n = c.months.length;
  const step = n > 1 ? (x1 - x0) / (n - 1) : 0;
  const x = (i: number) => (n > 1 ? x0 + i * step : (x0 + x1) / 2);
  const y = (v: number) => y1 - (Math.min(v, c.max) / c.max) * PLOT_H;

  // Bands first, under everything: a month the files say nothing about.
  // Each month's band reaches halfway to its neighbours, and no further than the plot.
  const half = n > 1 ? step / 2 : (x1 - x0) / 2;
  c.gaps.forEach((gap, i) => {
    if (!gap) return;
    const from = Math.max(x0, x(i) - half);
    const width = Math.min(x1, x(i) + half) - from;
    parts.push(`<rect class="gap" x="${num(from)}" y="${y0}" width="${num(width)}" height="${PLOT_H}" fill="${RANGE_COLORS.gap}"><title>${escapeHtml(`${monthLabel(c.months[i]!, lang)}: ${t('report-range:no-rows', lang)}`)}</title></rect>`);
  });
  parts.push(`<path class="grid" d="M${num(x0)} ${y0}H${num(x1)}" fill="none"/>`);
  parts.push(`<path class="axis" d="M${num(x0)} ${y1}H${num(x1)}" fill="none"/>`);
  parts.push(`<text class="axis-label" x="${num(left)}" y="${y0 + 5}" text-anchor="end">${escapeHtml(top)}</text>`);
  parts.push(`<text class="axis-label" x="${num(left)}" y="${y1 + 5}" text-anchor="end">${escapeHtml(c.label(0))}</text>`);

  for (const s of c.series) {
    // One path of the runs of months that have a value; a null month breaks it.
    let d = '';
    s.values.forEach((v, i) => {
      if (v === null) return;
      d += `${i > 0 && s.values[i - 1] !== null ? 'L' : 'M'}${num(x(i))} ${num(y(v))}`;
    });
    if (d) parts.push(`<path class="series${s.dashed ? ' dashed' : ''}" d="${d}" stroke="${s.color}" fill="none"/>`);
    if (s.dashed) continue;
    s.values.forEach((v, i) => {
      if (v === null) return;
      parts.push(`<circle cx="${num(x(i))}" cy="${num(y(v))}" r="3.5" fill="${s.color}"><title>${escapeHtml(`${monthLabel(c.months[i]!, lang)}: ${s.name} ${c.label(v)}`)}</title></circle>`);
    });
  }

  // The first and the last month under the axis, each kept to its half.
  const names = [...new Set([c.months[0]!, c.months[n - 1]!])].map((m) => monthLabel(m, lang));
  const room = (x1 - x0) / names.length - 6;
  const my = y1 + MONTH_LINE;
  parts.push(`<text class="month" x="${num(names.length > 1 ? x0 : (x0 + x1) / 2)}" y="${my}" text-anchor="${names.length > 1 ? 'start' : 'middle'}">${escapeHtml(fit(names[0]!, room))}</text>`);
  if (names.length > 1) parts.push(`<text class="month" x="${num(x1)}" y="${my}" text-anchor="end">${escapeHtml(fit(names[1]!, room))}</text>`);

  const items: LegendItem[] = c.series.map((s) => ({ color: s.color, name: s.name, dashed: s.dashed }));
  if (c.gaps.some(Boolean)) items.push({ color: RANGE_COLORS.gap, name: t('report-range:legend-gap', lang) });
  const key = legend(items, my + 10);
  parts.push(...key.parts);

  const desc = c.months.map((m, i) => `${monthLabel(m, lang)}: ${c.gaps[i] ? t('report-range:no-rows', lang)
    : c.series.map((s) => `${s.name} ${s.values[i] === null ? '—' : c.label(s.values[i]!)}`).join(', ')}`);
  return chartFigure(c.id, c.title, desc.join('; '), key.bottom, parts);
}

function brandCharts(b: RangeBrand, index: number, report: RangeReport, lang: Lang): string {
  const gaps = b.months.map((m) => m.listed === null);
  const listed = b.months.map((m) => m.listed);
  const count = (v: number) => formatCount(v, lang);
  const listedChart = lineChart({
    id: `chart-listed-${index}`, title: t('report-range:chart-listed', lang, { brand: b.brand }), months: report.months, gaps,
    max: Math.max(1, report.target, ...listed.map((v) => v ?? 0)), label: count,
    series: [
      { name: t('report:row-listed', lang), color: COLORS.listed, values: listed },
      { name: t('report:row-target', lang), color: COLORS.target, values: report.months.map(() => report.target), dashed: true },
    ],
  }, lang);
  const ratesChart = lineChart({
    id: `chart-rates-${index}`, title: t('report-range:chart-rates', lang, { brand: b.brand }), months: report.months, gaps,
    max: 1, label: (v) => `${formatCount(v * 100, lang)}%`,
    series: [
      { name: t('report:row-acceptance', lang), color: RANGE_COLORS.acceptance, values: b.months.map((m) => m.acceptanceRate) },
      { name: t('report-range:col-on-time-rate', lang), color: RANGE_COLORS.onTime, values: b.months.map((m) => m.onTimeRate) },
    ],
  }, lang);
  return `<div class="charts">\n${listedChart}\n${ratesChart}\n</div>`;
}

// ─────────────────────────────────────────────────────────────────────────────
// Tables

function htmlTable(head: string[], rows: string[][], cls: string): string {
  return `<div class="table-scroll"><table class="${cls}"><thead><tr>${head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}
</tbody></table></div>`;
}

function monthsTable<M extends MonthFigures>(columns: RangeColumn<M>[], months: readonly (BrandMonth | FunnelMonth)[], lang: Lang): string {
  return htmlTable(monthHeads(columns, lang), months.map((m) => [
    `<th scope="row"${isAbsent(m) ? ' class="absent"' : ''}>${escapeHtml(monthLabel(m.month, lang))}</th>`,
    ...monthCells(columns, m, lang).map((c) => `<td class="num${c.missing ? ' missing' : ''}${c.good === null ? '' : c.good ? ' good' : ' bad'}">${escapeHtml(c.text)}</td>`),
  ]), 'months');
}

const RANGE_CSS = `${CSS}
table.months { width: 100%; }
table.months th[scope="row"] { white-space: nowrap; }
table.months th.absent, td.missing { color: #6b7280; font-style: italic; }
td.good { color: #15803d; }
td.bad { color: #b91c1c; }
section.brand .charts { margin-top: 6px; }
@media screen {
  /* A figure stays on one line; the table scrolls in its box instead. */
  table.months td { white-space: nowrap; }
}
svg path.series { stroke-width: 2.5; }
svg path.dashed, svg path.legend-line { stroke-width: 2; stroke-dasharray: 5 3; }
svg path.grid { stroke: #e5e7eb; }
svg path.axis { stroke: #9ca3af; }
svg text.axis-label, svg text.month { fill: #374151; }
@media print {
  /* Ten columns on a half-empty A4 line: 9 pt, the least the report prints, and narrow padding. */
  table.months, table.findings-table { font-size: 9pt; }
  table.months th, table.months td { padding: 2px 3px; }
  table.months th[scope="row"] { white-space: normal; }
  section.brand { break-inside: auto; }
}
`;

export function renderRangeHtml(report: RangeReport, lang: Lang): string {
  const title = rangeTitle(report, lang);
  const none = (text: string) => `<p class="none">${escapeHtml(text)}</p>`;
  const brands = brandColumns(lang);
  const brandSections = report.brands.length === 0
    ? none(noneText('report-range:no-listing', report, lang))
    : report.brands.map((b, i) => `<section class="brand">
<h2>${escapeHtml(b.brand)}</h2>
${brandCharts(b, i, report, lang)}
${monthsTable(brands, b.months, lang)}
</section>`).join('\n');
  const funnels = funnelColumns(lang);
  const affiliate = report.affiliate.length === 0
    ? none(noneText('report-range:no-affiliate', report, lang))
    : `<div class="funnels">
${report.affiliate.map((f) => `<div class="funnel">
<h3>${escapeHtml(funnelTitle(f))}</h3>
${monthsTable(funnels, f.months, lang)}
</div>`).join('\n')}
</div>`;
  const findingTable = htmlTable(findingHeads(lang), findingRows(report, lang).map(([month, ...counts]) => [
    `<th scope="row">${escapeHtml(month!)}</th>`, ...counts.map((c) => `<td class="num">${escapeHtml(c)}</td>`),
  ]), 'findings-table');
  return htmlPage(lang, title, `<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(rangeAsOf(report, lang))}</p>
</header>
${brandSections}
<section class="affiliate">
<h2>${escapeHtml(t('report:affiliate-heading', lang))}</h2>
${affiliate}
</section>
<section class="finding-counts">
<h2>${escapeHtml(t('report:findings-heading', lang))}</h2>
${findingTable}
${findingNotes(report, lang).map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
</section>
<footer>${escapeHtml(t('report-range:no-rows-note', lang))}</footer>`, RANGE_CSS);
}
