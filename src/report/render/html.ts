/**
 * `kolops report monthly -o report.html`: one self-contained page — inline CSS, inline
 * SVG charts, no script, no font, no image, nothing fetched (a Content-Security-Policy
 * forbids it outright), so it opens the same from a shared drive, a mail attachment or a
 * printer. Charts: KOLs listed against the target per brand, posting status per brand
 * (on time / late / not posted), the tier mix, and the affiliate funnel contacted →
 * declared → done; then the content calendar per brand and platform, when the month has one.
 * Figures sit beside last month's with ↑ ↓ = arrows coloured by whether
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
  affiliateFigures, affiliateTitle, basisNote, brandFigures, calendarByBrand, calendarFigures, calendarText, engagementText, findingsText,
  formatCount, funnelText, lateLine, monthLabel, NONE, notPostedLine, previousAffiliate, previousBrand, targetText, type FigureRow,
} from './index.js';
import { chartFigure, COLORS, escapeHtml, fit, FONT, htmlPage, legend, num, textWidth, WIDTH } from './html-parts.js';

// Shared with the range report's page; tests and other callers import them from here too.
export { escapeHtml, textWidth } from './html-parts.js';

export interface HtmlContext {
  lang: Lang;
  includeContact: boolean;
}

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
 * A row is its label and its figure on one line, the bar under it at full width (WIDTH
 * units, html-parts.ts), and the target's label under its marker line, so no text ever
 * sits on a bar it does not belong to. No script runs to measure text, so its width is
 * estimated generously (textWidth) and a label that would not fit is shortened (the full
 * text stays in the row's <title> and the chart's <desc>); legends wrap.
 */
const LABEL_LINE = 22;
const BAR_H = 22;
const MARKER_LINE = 20;
const ROW_GAP = 8;
const GROUP_H = 24;


function barChart(id: string, title: string, rows: BarRow[], legendItems: { color: string; name: string }[], lang: Lang): string {
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
  const key = legend(legendItems, y + 4);
  parts.push(...key.parts);
  return chartFigure(id, title, desc.join('; '), key.bottom, parts);
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

/**
 * The content calendar, only when the month has one: per brand (when the calendar names
 * brands) a heading, per platform a box with its month in two sentences and the figures
 * table (which reflows on a phone as every figures table does), side by side where there is room.
 */
function calendarSection(report: MonthlyReport, lang: Lang): string {
  if (report.calendar.length === 0) return '';
  const groups = calendarByBrand(report).map((group) => {
    const named = group.brand !== NONE;
    const boxes = group.entries.map((c) => {
      const note = basisNote(c, report, lang);
      return `<div class="calendar-platform">
<${named ? 'h4' : 'h3'}>${escapeHtml(c.platform)}</${named ? 'h4' : 'h3'}>
<p>${escapeHtml(calendarText(c, report.asOf, lang))}</p>
<p class="engagement ${c.engagementTargetMet === null ? 'same' : c.engagementTargetMet ? 'good' : 'bad'}">${escapeHtml(engagementText(c, lang))}</p>
${note ? `<p class="note">${escapeHtml(note)}</p>\n` : ''}${figuresTable(calendarFigures(c, lang), report, lang)}
</div>`;
    });
    return `${named ? `<h3>${escapeHtml(group.brand)}</h3>\n` : ''}<div class="funnels">
${boxes.join('\n')}
</div>`;
  });
  return `<section class="calendar">
<h2>${escapeHtml(t('report:calendar-heading', lang))}</h2>
${groups.join('\n')}
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
  return htmlPage(lang, title, `<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(t('report:as-of', lang, { asOf: report.asOf, previous: monthLabel(report.previousMonth.month, lang) }))}</p>
<p class="findings"><strong>${escapeHtml(t('report:findings-heading', lang))}:</strong> ${escapeHtml(findingsText(report, lang))}</p>
</header>
${charts}
${brands}
${affiliateSection(report, lang)}
${calendarSection(report, lang)}
${ctx.includeContact ? kolSection(report.kols, lang) : ''}
<footer>${escapeHtml(t(ctx.includeContact ? 'report:contact-warning' : 'report:privacy-note', lang))}</footer>`);
}
