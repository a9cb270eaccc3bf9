/**
 * `kolops report range -o range.xlsx`: the months as tables a manager can sort, filter
 * and chart in Excel. Three sheets: KOLs per month (one row per brand × month), Affiliates
 * per month (one row per platform × brand × month), Findings per month.
 *
 * Written with the monthly workbook's sheets (`xlsx-sheet.ts`), so it reads the same:
 * counts are number cells, rates are fractions with a percent format, the as-of date is a
 * date cell; a figure the sheet does not state reads "not stated" and a month with no rows
 * reads "no rows" (never 0); every text, the team's own included (`=HYPERLINK(…)` as a
 * brand name), is a plain string cell (the writer has no formula cell); every sheet prints
 * landscape on A4, one page wide, its header row repeated, the title and "page N of M" in
 * the footer; columns are as wide as their text.
 */
import { t, type Lang } from '../../i18n/index.js';
import { XlsxBook } from '../../writers/xlsx-book.js';
import type { BrandMonth, FunnelMonth, RangeReport } from '../range.js';
import { monthLabel } from './index.js';
import { brandColumns, findingNotes, funnelColumns, isAbsent, noneText, rangeTitle, type MonthFigures, type RangeColumn } from './range-index.js';
import { listSheet, PADDING, printFooter, Sheet, utcDate, type Column } from './xlsx-sheet.js';

/**
 * The figure columns of a months table: numbers; "not stated" where the sheet does not
 * say; empty where there is nothing to count; and for a month with no rows, "no rows" in
 * the first figure and nothing after it.
 */
function figureColumns<R, M extends MonthFigures>(columns: readonly RangeColumn<M>[], monthOf: (row: R) => BrandMonth | FunnelMonth, lang: Lang): Column<R>[] {
  const noRows = { muted: t('report-range:no-rows', lang) };
  return columns.map((c, i) => ({
    header: c.label,
    kind: c.kind,
    stated: c.whenNull === 'not-stated',
    get: (row: R) => {
      const m = monthOf(row);
      if (isAbsent(m)) return i === 0 ? noRows : undefined;
      const v = c.get(m as M);
      return v === null && c.whenNull === 'none' ? undefined : v;
    },
  }));
}

interface BrandLine { brand: string; m: BrandMonth }
interface FunnelLine { platform: string; brand: string; m: FunnelMonth }

export async function renderRangeXlsx(report: RangeReport, lang: Lang): Promise<Uint8Array> {
  // Dated to the report's "today", so the same run gives the same file.
  const book = new XlsxBook({ creator: 'kolops', created: utcDate(report.asOf) ?? new Date(0) });
  const title = rangeTitle(report, lang);
  const ctx = { lang, footer: printFooter(title, lang) };
  const month = (m: string) => monthLabel(m, lang);

  // KOLs per month: the title and as-of date above one table of brand × month.
  const kols = new Sheet(t('report-range:sheet-brands', lang), ctx, '4:4');
  kols.heading(1, title, 14);
  const asOfLabel = t('report-xlsx:as-of', lang);
  kols.cell(2, 1, 'text', asOfLabel);
  kols.fit(1, asOfLabel.length + PADDING);
  kols.cell(2, 2, 'date', report.asOf);
  const brandLines: BrandLine[] = report.brands.flatMap((b) => b.months.map((m) => ({ brand: b.brand, m })));
  const brandTable = kols.table<BrandLine>(4, [
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (r) => r.brand },
    { header: t('report-xlsx:col-month', lang), kind: 'text', get: (r) => month(r.m.month) },
    {
      header: t('report-xlsx:col-target-status', lang), kind: 'text',
      get: (r) => (r.m.targetMet === null ? null : t(r.m.targetMet ? 'report-xlsx:target-met' : 'report-xlsx:target-not-met', lang)),
      tone: (r) => (r.m.targetMet === null ? null : r.m.targetMet ? 'good' : 'bad'),
    },
    ...figureColumns<BrandLine, MonthFigures>(brandColumns(lang) as RangeColumn<MonthFigures>[], (r) => r.m, lang),
  ], brandLines);
  kols.freeze(4, 2, true);
  kols.autoFilter = brandTable.range;
  let last = brandTable.last;
  if (report.brands.length === 0) kols.note(++last, noneText('report-range:no-listing', report, lang));
  kols.note(last + 2, t('report-range:no-rows-note', lang));

  // Affiliates per month.
  const funnelLines: FunnelLine[] = report.affiliate.flatMap((f) => f.months.map((m) => ({ platform: f.platform, brand: f.brand, m })));
  const affiliates = listSheet<FunnelLine>(t('report-range:sheet-affiliate', lang), [
    { header: t('report-xlsx:col-platform', lang), kind: 'text', get: (r) => r.platform },
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (r) => r.brand },
    { header: t('report-xlsx:col-month', lang), kind: 'text', get: (r) => month(r.m.month) },
    ...figureColumns<FunnelLine, MonthFigures>(funnelColumns(lang) as RangeColumn<MonthFigures>[], (r) => r.m, lang),
  ], funnelLines, ctx);
  if (report.affiliate.length === 0) affiliates.note(2, noneText('report-range:no-affiliate', report, lang));

  // Findings per month, and what no month owns.
  type Counts = RangeReport['findings']['months'][number];
  const findings = listSheet<Counts>(t('report-range:sheet-findings', lang), [
    { header: t('report-xlsx:col-month', lang), kind: 'text', get: (f) => month(f.month) },
    { header: t('report-xlsx:col-errors', lang), kind: 'count', get: (f) => f.errors },
    { header: t('report-xlsx:col-warnings', lang), kind: 'count', get: (f) => f.warnings },
    { header: t('report-xlsx:col-infos', lang), kind: 'count', get: (f) => f.infos },
  ], report.findings.months, ctx);
  findingNotes(report, lang).forEach((note, i) => findings.note(report.findings.months.length + 3 + i, note));

  for (const sheet of [kols, affiliates, findings]) await sheet.write(book);
  return book.toBytes();
}
