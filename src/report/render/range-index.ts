/**
 * The range report's renderers (`kolops report range`): which one a format picks, and
 * what they all show the same way — the columns of a brand's months and of a funnel's
 * months, each cell's text ("no rows" for a month with no rows, "not stated" for a figure
 * the sheet did not give, never 0), the title and the notes. The month label, counts and
 * percentages are the monthly report's own (index.ts).
 *
 * Renderers are loaded on demand: a run loads the one it writes, and only the xlsx one its writer.
 */
import { t, type Lang, type UiKey } from '../../i18n/index.js';
import type { BrandMonth, BrandMonthFigures, FunnelMonth, FunnelMonthFigures, RangeFunnel, RangeReport } from '../range.js';
import { formatCount, formatPercent, monthLabel, NONE, type ReportFormat } from './index.js';

/** A range has every format of the monthly report but the chat message. */
export type RangeFormat = Exclude<ReportFormat, 'chat'>;

export interface RangeRenderContext {
  lang: Lang;
  /** ANSI colours, terminal only; decided by the caller. */
  color: boolean;
}

/** Render `report` in `format`: text for every format but xlsx, which is bytes. */
export async function renderRange(format: RangeFormat, report: RangeReport, ctx: RangeRenderContext): Promise<string | Uint8Array> {
  switch (format) {
    case 'json': return (await import('./range-json.js')).renderRangeJson(report);
    case 'md': return (await import('./range-markdown.js')).renderRangeMarkdown(report, ctx.lang);
    case 'html': return (await import('./range-html.js')).renderRangeHtml(report, ctx.lang);
    case 'terminal': return (await import('./range-terminal.js')).renderRangeTerminal(report, ctx);
    case 'xlsx': return (await import('./range-xlsx.js')).renderRangeXlsx(report, ctx.lang);
  }
}

/** A figure column of a brand's or a funnel's months. */
export interface RangeColumn<M> {
  label: string;
  kind: 'count' | 'percent';
  get: (m: M) => number | null;
  /** What a null figure reads: "not stated" (the sheet does not say), or "—" (nothing to count: nobody agreed). */
  whenNull: 'not-stated' | 'none';
  /** The target mark (✓ / ✗) that goes with this figure. */
  met?: (m: M) => boolean;
}

const count = <M>(key: UiKey, get: (m: M) => number | null, lang: Lang, whenNull: RangeColumn<M>['whenNull'] = 'not-stated'): RangeColumn<M> =>
  ({ label: t(key, lang), kind: 'count', get, whenNull });

/** A brand's figures per month, in the order every renderer shows them. */
export function brandColumns(lang: Lang): RangeColumn<BrandMonthFigures>[] {
  return [
    { ...count<BrandMonthFigures>('report-xlsx:col-listed', (m) => m.listed, lang), met: (m) => m.targetMet },
    count('report-xlsx:col-target', (m) => m.target, lang),
    { label: t('report-xlsx:col-acceptance-rate', lang), kind: 'percent', get: (m) => m.acceptanceRate, whenNull: 'none' },
    count('report-xlsx:col-agreed', (m) => m.agreed, lang),
    count('report-xlsx:col-posted', (m) => m.posted, lang),
    count('report-xlsx:col-on-time', (m) => m.onTime, lang),
    count('report-xlsx:col-late', (m) => m.late, lang),
    count('report-xlsx:col-not-posted', (m) => m.notPosted, lang),
    { label: t('report-range:col-on-time-rate', lang), kind: 'percent', get: (m) => m.onTimeRate, whenNull: 'none' },
  ];
}

/** A funnel's figures per month: contacted → declared → rows → done. */
export function funnelColumns(lang: Lang): RangeColumn<FunnelMonthFigures>[] {
  return [
    count('report-xlsx:col-contacted', (m) => m.contacted, lang),
    count('report-xlsx:col-deals-declared', (m) => m.dealsDeclared, lang),
    count('report-xlsx:col-deal-rows', (m) => m.dealRows, lang),
    count('report-xlsx:col-done', (m) => m.done, lang),
  ];
}

export interface RangeCell {
  text: string;
  /** Good or bad news (the target met or missed), for colour; null when neither. */
  good: boolean | null;
  /** Not a figure: "no rows", "not stated" or "—". */
  missing: boolean;
}

/** A month of a brand or of a funnel that has figures. */
export type MonthFigures = BrandMonthFigures | FunnelMonthFigures;

/** A month with no rows of the brand (or funnel) at all. */
export const isAbsent = (m: BrandMonth | FunnelMonth): boolean => ('listed' in m ? m.listed : m.dealRows) === null;

/**
 * One month's cells under `columns`. A month with no rows says so in its first cell and
 * leaves the others "—"; a figure the sheet did not state reads "not stated".
 */
export function monthCells<M extends MonthFigures>(columns: readonly RangeColumn<M>[], m: BrandMonth | FunnelMonth, lang: Lang): RangeCell[] {
  if (isAbsent(m)) {
    return columns.map((_, i) => ({ text: i === 0 ? t('report-range:no-rows', lang) : NONE, good: null, missing: true }));
  }
  const figures = m as M;
  return columns.map((c) => {
    const v = c.get(figures);
    if (v === null) return { text: c.whenNull === 'not-stated' ? t('report:not-stated', lang) : NONE, good: null, missing: true };
    const text = c.kind === 'percent' ? formatPercent(v, lang) : formatCount(v, lang);
    if (!c.met) return { text, good: null, missing: false };
    const met = c.met(figures);
    return { text: `${text} ${met ? '✓' : '✗'}`, good: met, missing: false };
  });
}

/** The column heads of a months table: the month, then the figures. */
export function monthHeads<M>(columns: readonly RangeColumn<M>[], lang: Lang): string[] {
  return [t('report-xlsx:col-month', lang), ...columns.map((c) => c.label)];
}

/** The finding counts of each month, as cells: errors, warnings, infos. */
export function findingHeads(lang: Lang): string[] {
  return [t('report-xlsx:col-month', lang), t('report-xlsx:col-errors', lang), t('report-xlsx:col-warnings', lang), t('report-xlsx:col-infos', lang)];
}

export function findingRows(report: RangeReport, lang: Lang): string[][] {
  return report.findings.months.map((f) => [monthLabel(f.month, lang), formatCount(f.errors, lang), formatCount(f.warnings, lang), formatCount(f.infos, lang)]);
}

export function rangeTitle(report: RangeReport, lang: Lang): string {
  return t('report-range:title', lang, { from: monthLabel(report.from, lang), to: monthLabel(report.to, lang) });
}

export function rangeAsOf(report: RangeReport, lang: Lang): string {
  return t('report-range:as-of', lang, { asOf: report.asOf });
}

export function funnelTitle(f: RangeFunnel): string {
  return `${f.platform} · ${f.brand}`;
}

/** What stands beside the per-month counts: findings no month owns, and tables left out for want of one. */
export function findingNotes(report: RangeReport, lang: Lang): string[] {
  const notes: string[] = [];
  const w = report.findings.withoutMonth;
  if (w.errors + w.warnings + w.infos > 0) notes.push(t('report-range:findings-without-month', lang, { ...w }));
  if (report.undated.tables > 0) notes.push(t('report:undated', lang, { ...report.undated }));
  return notes;
}

/** "No KOL listing from … to …" / "No affiliate deals from … to …", for a range with none. */
export function noneText(key: 'report-range:no-listing' | 'report-range:no-affiliate', report: RangeReport, lang: Lang): string {
  return t(key, lang, { from: monthLabel(report.from, lang), to: monthLabel(report.to, lang) });
}
