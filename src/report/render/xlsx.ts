/**
 * The monthly report as an Excel workbook — what the marketing manager opens at month end.
 *
 * Five sheets: Summary (a table of the figures per brand — the one with the frozen header
 * and the filter — then the affiliate funnel and the finding counts), and one table each
 * a person can sort and filter: KOLs, Postings, Affiliates, Findings; and a sixth, Content
 * calendar (a row per brand × platform, last month beside), when the month has a calendar.
 * It comes last, so the other sheets keep their places whether a month has one or not. Every figure
 * comes from `MonthlyReport`; nothing is computed here but presentation (and the
 * month-over-month change, which is a subtraction of two report figures).
 *
 * Three things matter more than looks:
 * - **Real cell types.** Counts are numbers, the acceptance rate is a fraction with a
 *   percent format, dates are date cells, links are hyperlinks — so the manager can sum,
 *   sort and filter. Unknown figures (`null`, e.g. "contacted: TBA") read "not stated", as
 *   in every other format, never 0: a 0 would claim something the sheet never said. A
 *   figure of a brand or funnel that month did not have at all is an empty cell.
 * - **No formulas, ever.** KOL names, status phrases, messages and sheet names come from
 *   the team's own files (or from a KOL's self-chosen handle). A text like
 *   `=HYPERLINK("http://evil","x")` is written as a plain string cell: the writer
 *   (`writers/xlsx-book.ts`) has no formula cell to write at all.
 * - **No personal data by default.** Addresses (which in the seed carry phone numbers)
 *   are written only when the caller asked for contact data (`--include-contact`), and
 *   file paths are relative to the working folder, so a forwarded report does not show
 *   the sender's folders.
 *
 * It is also forwarded and printed: every sheet prints landscape on A4, one page wide,
 * its header row repeated on every page, with the report's month and "page N of M" in
 * the footer; columns are as wide as their text (capped) and header rows as tall as
 * their wrapped text, set explicitly, since LibreOffice does not grow them by itself.
 *
 * And it is written at a year's scale: each sheet is streamed row by row into the zip, so
 * a month of 100,000 KOLs costs about what reading them did (`npm run bench`).
 */
import { displayPath } from '../../formatters/shared.js';
import { t, type Lang, type UiKey } from '../../i18n/index.js';
import type { Finding } from '../../model/finding.js';
import type { Tier } from '../../parsers/tier.js';
import { XlsxBook } from '../../writers/xlsx-book.js';
import type { AffiliateMetrics, BrandMetrics, CalendarFigures, CalendarMetrics, KolLine, MonthlyReport } from '../metrics.js';
// Month names as every report renderer writes them (`September 2024`, `Agustus 2024`).
import { monthLabel, undatedText } from './index.js';
import { listSheet, PADDING, printFooter, Sheet, utcDate, type Column, type Tone } from './xlsx-sheet.js';

export interface XlsxContext {
  lang: Lang;
  includeContact: boolean;
  /**
   * The working folder: file paths inside it are shown relative to it, as every other
   * output shows them (the CLI passes paths already made relative; this covers callers
   * that hand over the engine's absolute paths).
   */
  cwd?: string;
  /** Write only the sheet at this index (0 = Summary): for printing one sheet on its own. */
  only?: number;
}

/** Returns the .xlsx file's bytes; the caller writes them (atomically). */
export async function renderReportXlsx(report: MonthlyReport, ctx: XlsxContext): Promise<Uint8Array> {
  // Dated to the report's "today", not the wall clock, so the same run gives the same file.
  const book = new XlsxBook({ creator: 'kolops', created: utcDate(report.asOf) ?? new Date(0) });
  const footer = printFooter(t('report-xlsx:title', ctx.lang, { month: monthLabel(report.month, ctx.lang) }), ctx.lang);
  const sheets: (() => Sheet)[] = [
    () => summarySheet(report, ctx.lang, footer),
    () => kolsSheet(report, ctx, footer),
    () => postingsSheet(report, ctx.lang, footer),
    () => affiliatesSheet(report, ctx.lang, footer),
    () => findingsSheet(report, ctx, footer),
    // No calendar post this month: no sheet, never a row of zeros.
    ...(report.calendar.length > 0 ? [() => calendarSheet(report, ctx.lang, footer)] : []),
  ];
  // One sheet at a time: each is described, written row by row into the zip, then dropped.
  for (const [i, make] of sheets.entries()) if (ctx.only === undefined || ctx.only === i) await make().write(book);
  return book.toBytes();
}

// ─────────────────────────────────────────────────────────────────────────────────────
// Words

const TIERS: readonly Tier[] = ['nano', 'micro', 'macro', 'mega'];

/**
 * A word a sheet repeats down its rows (a status, a severity), rendered once per report
 * and language: 100,000 rows, each read twice (widths, then cells), asked t() 200,000 times
 * for four words.
 */
function wordsOnce<K extends string>(render: (key: K, lang: Lang) => string): (key: K, lang: Lang) => string {
  const byLang = new Map<Lang, Map<K, string>>();
  return (key, lang) => {
    let words = byLang.get(lang);
    if (!words) byLang.set(lang, (words = new Map()));
    let word = words.get(key);
    if (word === undefined) words.set(key, (word = render(key, lang)));
    return word;
  };
}

const postingText = wordsOnce<NonNullable<KolLine['posting']>>((p, lang) => t(`report-xlsx:posting-${p}`, lang));
const postingWord = (p: KolLine['posting'], lang: Lang): string | null => (p === null ? null : postingText(p, lang));

const postingTone = (p: KolLine['posting']): Tone | null => (p === 'on-time' ? 'good' : p === null ? null : 'bad');

const severityWord = wordsOnce<Finding['severity']>((s, lang) => t(`report-xlsx:severity-${s}`, lang));

/** File paths relative to the working folder, worked out once per file (a sheet asks per row, twice). */
function pathsShown(cwd: string | undefined): (file: string) => string {
  const shown = new Map<string, string>();
  return (file) => {
    let p = shown.get(file);
    if (p === undefined) shown.set(file, (p = displayPath(file, cwd)));
    return p;
  };
}

const sourceRef = (k: KolLine) => `${k.sheet}!${k.row}`;

// ─────────────────────────────────────────────────────────────────────────────────────
// Summary

/** A brand's row: this month's figures beside the previous month's, either may be missing. */
interface BrandRow { brand: string; cur: BrandMetrics | null; prev: BrandMetrics | null }
interface FunnelRow { platform: string; brand: string; cur: AffiliateMetrics | null; prev: AffiliateMetrics | null }

function summarySheet(report: MonthlyReport, lang: Lang, footer: string): Sheet {
  // The title and the as-of date head every page, should the Summary ever need a second.
  const sheet = new Sheet(t('report-xlsx:sheet-summary', lang), { lang, footer }, '1:2');
  const month = monthLabel(report.month, lang);
  const prevMonth = monthLabel(report.previousMonth.month, lang);

  sheet.heading(1, t('report-xlsx:title', lang, { month }), 14);
  const asOfLabel = t('report-xlsx:as-of', lang);
  sheet.cell(2, 1, 'text', asOfLabel);
  sheet.fit(1, asOfLabel.length + PADDING); // the date beside it would cut the label off
  sheet.cell(2, 2, 'date', report.asOf);

  // Brands: the one table of this sheet that gets the frozen header and the autofilter.
  sheet.heading(4, t('report-xlsx:section-listing', lang, { month }));
  const hasPrevious = report.previousMonth.brands.length > 0;
  const brands = brandRows(report);
  const listing = sheet.table(5, brandColumns(lang, hasPrevious ? prevMonth : null), brands);
  sheet.freeze(5, 1, true);
  sheet.autoFilter = listing.range;
  let row = listing.last + 1;
  if (!report.brands.length) sheet.note(row++, t('report-xlsx:no-listing', lang, { month }));
  if (!hasPrevious) sheet.note(row++, t('report-xlsx:no-previous', lang, { month: prevMonth }));

  // Affiliate funnel per platform × brand, the previous month's figures beside.
  row += 1;
  sheet.heading(row++, t('report-xlsx:section-affiliate', lang, { month }));
  const hasPreviousFunnel = report.previousMonth.affiliate.length > 0;
  const funnel = sheet.table(row, funnelColumns(lang, hasPreviousFunnel ? prevMonth : null), funnelRows(report));
  row = funnel.last + 1;
  if (!report.affiliate.length) sheet.note(row++, t('report-xlsx:no-affiliate', lang, { month }));

  // Finding counts of the month.
  row += 1;
  sheet.heading(row++, t('report-xlsx:section-findings', lang, { month }));
  const counts = sheet.table(row, findingCountColumns(lang), [report.findings]);
  const undated = undatedText(report, lang);
  if (undated) sheet.note(counts.last + 1, undated);
  return sheet;
}

/** This month's brands in report order, then brands only the previous month listed. */
function brandRows(report: MonthlyReport): BrandRow[] {
  const prev = new Map(report.previousMonth.brands.map((b) => [b.brand, b]));
  const rows: BrandRow[] = report.brands.map((b) => ({ brand: b.brand, cur: b, prev: prev.get(b.brand) ?? null }));
  for (const b of report.previousMonth.brands) {
    if (!report.brands.some((c) => c.brand === b.brand)) rows.push({ brand: b.brand, cur: null, prev: b });
  }
  return rows;
}

function funnelRows(report: MonthlyReport): FunnelRow[] {
  const key = (a: AffiliateMetrics) => `${a.platform}\u0000${a.brand}`;
  const prev = new Map(report.previousMonth.affiliate.map((a) => [key(a), a]));
  const rows: FunnelRow[] = report.affiliate.map((a) => ({ platform: a.platform, brand: a.brand, cur: a, prev: prev.get(key(a)) ?? null }));
  const current = new Set(report.affiliate.map(key));
  for (const a of report.previousMonth.affiliate) {
    if (!current.has(key(a))) rows.push({ platform: a.platform, brand: a.brand, cur: null, prev: a });
  }
  return rows;
}

/**
 * A figure, then — when the previous month has data — its value then and the change, so
 * "30 listed, 24 in August, +6" reads left to right. An unknown on either side leaves the
 * change empty.
 */
function withPrevious<R>(
  lang: Lang, prevMonth: string | null, label: string,
  now: (row: R) => number | null | undefined, then: (row: R) => number | null | undefined, change = true,
): Column<R>[] {
  const current: Column<R> = { header: label, kind: 'count', get: now, stated: true };
  if (prevMonth === null) return [current];
  const previous: Column<R> = { header: t('report-xlsx:col-previous', lang, { label, month: prevMonth }), kind: 'count', get: then, stated: true };
  if (!change) return [current, previous];
  return [
    current,
    previous,
    {
      header: t('report-xlsx:col-change', lang, { label }), kind: 'change',
      get: (r) => {
        const a = now(r);
        const b = then(r);
        return typeof a === 'number' && typeof b === 'number' ? a - b : null;
      },
    },
  ];
}

function brandColumns(lang: Lang, prevMonth: string | null): Column<BrandRow>[] {
  // `undefined` when the row has no such month (empty), `null` when the figure is not stated.
  const n = (label: UiKey, get: (m: BrandMetrics) => number | null): Column<BrandRow> =>
    ({ header: t(label, lang), kind: 'count', get: (r) => (r.cur ? get(r.cur) : undefined), stated: true });
  const compared = (label: UiKey, get: (m: BrandMetrics) => number) =>
    withPrevious<BrandRow>(lang, prevMonth, t(label, lang), (r) => (r.cur ? get(r.cur) : undefined), (r) => (r.prev ? get(r.prev) : undefined));
  return [
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (r) => r.brand },
    ...compared('report-xlsx:col-listed', (m) => m.listed),
    n('report-xlsx:col-target', (m) => m.target),
    {
      header: t('report-xlsx:col-target-status', lang), kind: 'text',
      get: (r) => (r.cur ? t(r.cur.targetMet ? 'report-xlsx:target-met' : 'report-xlsx:target-not-met', lang) : null),
      tone: (r) => (r.cur ? (r.cur.targetMet ? 'good' : 'bad') : null),
    },
    ...compared('report-xlsx:col-agreed', (m) => m.agreed),
    n('report-xlsx:col-declined', (m) => m.declined),
    n('report-xlsx:col-unreachable', (m) => m.unreachable),
    n('report-xlsx:col-pending', (m) => m.pending),
    { header: t('report-xlsx:col-acceptance-rate', lang), kind: 'percent', get: (r) => (r.cur ? r.cur.acceptanceRate : undefined), stated: true },
    ...compared('report-xlsx:col-posted', (m) => m.posted),
    n('report-xlsx:col-on-time', (m) => m.onTime),
    n('report-xlsx:col-late', (m) => m.late),
    n('report-xlsx:col-not-posted', (m) => m.notPosted),
    ...TIERS.map((tier) => n(`report-xlsx:col-${tier}`, (m) => m.tiers[tier])),
  ];
}

function funnelColumns(lang: Lang, prevMonth: string | null): Column<FunnelRow>[] {
  const n = (label: UiKey, get: (m: AffiliateMetrics) => number | null): Column<FunnelRow> =>
    ({ header: t(label, lang), kind: 'count', get: (r) => (r.cur ? get(r.cur) : undefined), stated: true });
  // The previous month's funnel beside this month's, for the four figures the sheet's
  // blocks declare; no change columns, which would make the funnel twice as wide.
  const compared = (label: UiKey, get: (m: AffiliateMetrics) => number | null) =>
    withPrevious<FunnelRow>(lang, prevMonth, t(label, lang), (r) => (r.cur ? get(r.cur) : undefined), (r) => (r.prev ? get(r.prev) : undefined), false);
  return [
    { header: t('report-xlsx:col-platform', lang), kind: 'text', get: (r) => r.platform },
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (r) => r.brand },
    ...compared('report-xlsx:col-contacted', (m) => m.contacted),
    ...compared('report-xlsx:col-deals-declared', (m) => m.dealsDeclared),
    ...compared('report-xlsx:col-deal-rows', (m) => m.dealRows),
    ...compared('report-xlsx:col-done', (m) => m.done),
    n('report-xlsx:col-deliverables-complete', (m) => m.deliverablesComplete),
    n('report-xlsx:col-bonuses-due', (m) => m.bonusesDue),
  ];
}

function findingCountColumns(lang: Lang): Column<MonthlyReport['findings']>[] {
  return [
    { header: t('report-xlsx:col-errors', lang), kind: 'count', get: (c) => c.errors },
    { header: t('report-xlsx:col-warnings', lang), kind: 'count', get: (c) => c.warnings },
    { header: t('report-xlsx:col-infos', lang), kind: 'count', get: (c) => c.infos },
  ];
}

// ─────────────────────────────────────────────────────────────────────────────────────
// KOLs, Postings, Affiliates, Findings

function kolsSheet(report: MonthlyReport, ctx: XlsxContext, footer: string): Sheet {
  const { lang } = ctx;
  const shownPath = pathsShown(ctx.cwd);
  // Four words for up to 100,000 rows, each read twice (widths, then cells): rendered once.
  const statusWords = new Map<KolLine['status'], string>();
  const statusWord = (status: KolLine['status']) => {
    let word = statusWords.get(status);
    if (word === undefined) statusWords.set(status, (word = t(`report-xlsx:status-${status}`, lang)));
    return word;
  };
  const columns: Column<KolLine>[] = [
    { header: t('report-xlsx:col-kol', lang), kind: 'text', get: (k) => k.kol },
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (k) => k.brand },
    { header: t('report-xlsx:col-platform', lang), kind: 'text', get: (k) => k.platform },
    { header: t('report-xlsx:col-followers', lang), kind: 'count', get: (k) => k.followers, stated: true },
    { header: t('report-xlsx:col-tier', lang), kind: 'text', get: (k) => k.tier },
    { header: t('report-xlsx:col-status', lang), kind: 'text', get: (k) => statusWord(k.status) },
    { header: t('report-xlsx:col-status-text', lang), kind: 'text', get: (k) => k.statusText },
    { header: t('report-xlsx:col-link', lang), kind: 'link', get: (k) => k.link, maxWidth: 45 },
    { header: t('report-xlsx:col-source', lang), kind: 'text', get: sourceRef },
    { header: t('report-xlsx:col-file', lang), kind: 'text', get: (k) => shownPath(k.file), maxWidth: 40 },
  ];
  // Personal data (UU 27/2022): the column exists only when the caller asked for contact
  // data AND the report carries it; a report built without contact data stays without.
  if (ctx.includeContact && report.kols.some((k) => k.address !== undefined)) {
    columns.push({ header: t('report-xlsx:col-address', lang), kind: 'text', get: (k) => k.address ?? null, maxWidth: 60 });
  }
  return listSheet(t('report-xlsx:sheet-kols', lang), columns, report.kols, { lang, footer }, 1);
}

function postingsSheet(report: MonthlyReport, lang: Lang, footer: string): Sheet {
  const columns: Column<KolLine>[] = [
    { header: t('report-xlsx:col-kol', lang), kind: 'text', get: (k) => k.kol },
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (k) => k.brand },
    { header: t('report-xlsx:col-post-date', lang), kind: 'date', get: (k) => k.postDate },
    { header: t('report-xlsx:col-deadline', lang), kind: 'date', get: (k) => k.deadline },
    { header: t('report-xlsx:col-posting', lang), kind: 'text', get: (k) => postingWord(k.posting, lang), tone: (k) => postingTone(k.posting) },
    { header: t('report-xlsx:col-days-late', lang), kind: 'count', get: (k) => k.daysLate },
  ];
  return listSheet(t('report-xlsx:sheet-postings', lang), columns, report.kols.filter((k) => k.status === 'agreed'), { lang, footer }, 1);
}

function affiliatesSheet(report: MonthlyReport, lang: Lang, footer: string): Sheet {
  type Line = AffiliateMetrics & { month: string };
  const rows: Line[] = [
    ...report.affiliate.map((a) => ({ ...a, month: report.month })),
    ...report.previousMonth.affiliate.map((a) => ({ ...a, month: report.previousMonth.month })),
  ];
  const columns: Column<Line>[] = [
    { header: t('report-xlsx:col-month', lang), kind: 'text', get: (a) => monthLabel(a.month, lang) },
    { header: t('report-xlsx:col-platform', lang), kind: 'text', get: (a) => a.platform },
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (a) => a.brand },
    { header: t('report-xlsx:col-contacted', lang), kind: 'count', get: (a) => a.contacted, stated: true },
    { header: t('report-xlsx:col-deals-declared', lang), kind: 'count', get: (a) => a.dealsDeclared, stated: true },
    { header: t('report-xlsx:col-deal-rows', lang), kind: 'count', get: (a) => a.dealRows, stated: true },
    { header: t('report-xlsx:col-done', lang), kind: 'count', get: (a) => a.done, stated: true },
    { header: t('report-xlsx:col-deliverables-complete', lang), kind: 'count', get: (a) => a.deliverablesComplete, stated: true },
    { header: t('report-xlsx:col-bonuses-due', lang), kind: 'count', get: (a) => a.bonusesDue, stated: true },
  ];
  return listSheet(t('report-xlsx:sheet-affiliates', lang), columns, rows, { lang, footer });
}

function findingsSheet(report: MonthlyReport, ctx: XlsxContext, footer: string): Sheet {
  const { lang } = ctx;
  const shownPath = pathsShown(ctx.cwd);
  const columns: Column<Finding>[] = [
    { header: t('report-xlsx:col-rule', lang), kind: 'text', get: (f) => f.rule },
    { header: t('report-xlsx:col-severity', lang), kind: 'text', get: (f) => severityWord(f.severity, lang) },
    { header: t('report-xlsx:col-file', lang), kind: 'text', get: (f) => shownPath(f.file), maxWidth: 40 },
    { header: t('report-xlsx:col-sheet', lang), kind: 'text', get: (f) => f.sheet },
    { header: t('report-xlsx:col-cell', lang), kind: 'text', get: (f) => f.cell ?? (f.row !== null ? t('format:row-ref', lang, { row: f.row }) : null) },
    { header: t('report-xlsx:col-kol', lang), kind: 'text', get: (f) => f.kol },
    { header: t('report-xlsx:col-message', lang), kind: 'text', get: (f) => f.message, maxWidth: 70 },
  ];
  return listSheet(t('report-xlsx:sheet-findings', lang), columns, report.findingList, { lang, footer });
}

/**
 * The content calendar: a row per brand × platform of this month, each figure as metrics.ts
 * defines it (CalendarFigures), and — when last month had the same platform × brand — its
 * figure then and the change beside the published, on-schedule and approved counts and the
 * engagement rate. "not stated" where a figure cannot be said (nothing due yet, nothing going
 * out, no post stating metrics), never 0.
 */
function calendarSheet(report: MonthlyReport, lang: Lang, footer: string): Sheet {
  const prevMonth = report.calendar.some((c) => c.previous !== null) ? monthLabel(report.previousMonth.month, lang) : null;
  const head = (key: UiKey) => t(key, lang);
  const n = (key: UiKey, get: (c: CalendarFigures) => number | null): Column<CalendarMetrics> =>
    ({ header: head(key), kind: 'count', get, stated: true });
  const compared = (key: UiKey, get: (c: CalendarFigures) => number | null, kind: 'count' | 'percent' = 'count'): Column<CalendarMetrics>[] => {
    const label = head(key);
    const now: Column<CalendarMetrics> = { header: label, kind, get, stated: true };
    if (prevMonth === null) return [now];
    // `undefined` (an empty cell) when last month had no such platform × brand; null when its figure is not stated.
    const then = (c: CalendarMetrics) => (c.previous ? get(c.previous) : undefined);
    const previous: Column<CalendarMetrics> = { header: t('report-xlsx:col-previous', lang, { label, month: prevMonth }), kind, get: then, stated: true };
    // A change of a rate would be a percent of a percent: its two months sit side by side instead.
    if (kind === 'percent') return [now, previous];
    const change: Column<CalendarMetrics> = {
      header: t('report-xlsx:col-change', lang, { label }), kind: 'change',
      get: (c) => { const a = get(c); const b = then(c); return typeof a === 'number' && typeof b === 'number' ? a - b : null; },
    };
    return [now, previous, change];
  };
  const columns: Column<CalendarMetrics>[] = [
    { header: head('report-xlsx:col-brand'), kind: 'text', get: (c) => c.brand },
    { header: head('report-xlsx:col-platform'), kind: 'text', get: (c) => c.platform },
    n('report-xlsx:col-planned', (c) => c.planned),
    n('report-xlsx:col-cancelled', (c) => c.cancelled),
    ...compared('report-xlsx:col-published', (c) => c.published),
    n('report-xlsx:col-due', (c) => c.due),
    ...compared('report-xlsx:col-on-schedule', (c) => c.onSchedule),
    n('report-xlsx:col-overdue', (c) => c.overdue),
    n('report-xlsx:col-going-out', (c) => c.goingOut),
    ...compared('report-xlsx:col-approved-before', (c) => c.approvedBeforePublishing),
    ...compared('report-xlsx:col-engagement', (c) => c.engagementRate, 'percent'),
    {
      header: head('report-xlsx:col-engagement-basis'), kind: 'text',
      get: (c) => (c.engagementBasis === null ? null : t(`report-xlsx:basis-${c.engagementBasis}`, lang)),
    },
    n('report-xlsx:col-engagement-posts', (c) => c.engagementPosts),
    { header: head('report-xlsx:col-engagement-target'), kind: 'percent', get: (c) => c.engagementTarget, stated: true },
    {
      header: head('report-xlsx:col-engagement-status'), kind: 'text',
      get: (c) => (c.engagementTargetMet === null ? null : t(c.engagementTargetMet ? 'report-xlsx:target-met' : 'report-xlsx:target-not-met', lang)),
      tone: (c) => (c.engagementTargetMet === null ? null : c.engagementTargetMet ? 'good' : 'bad'),
    },
  ];
  return listSheet(t('report-xlsx:sheet-calendar', lang), columns, report.calendar, { lang, footer }, 2);
}
