/**
 * The monthly report as an Excel workbook — what the marketing manager opens at month end.
 *
 * Five sheets: Summary (a table of the figures per brand — the one with the frozen header
 * and the filter — then the affiliate funnel and the finding counts), and one table each
 * a person can sort and filter: KOLs, Postings, Affiliates, Findings. Every figure
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
 *   `=HYPERLINK("http://evil","x")` is written as a plain string cell; the workbook is
 *   checked for formula cells before it is serialised (`assertNoFormulas`).
 * - **No personal data by default.** Addresses (which in the seed carry phone numbers)
 *   are written only when the caller asked for contact data (`--include-contact`), and
 *   file paths are relative to the working folder, so a forwarded report does not show
 *   the sender's folders.
 *
 * It is also forwarded and printed: every sheet prints landscape on A4, one page wide,
 * its header row repeated on every page, with the report's month and "page N of M" in
 * the footer; columns are as wide as their text (capped) and header rows as tall as
 * their wrapped text, set explicitly, since LibreOffice does not grow them by itself.
 */
import ExcelJS from 'exceljs';
import { displayPath } from '../../formatters/shared.js';
import { t, type Lang, type UiKey } from '../../i18n/index.js';
import type { Finding } from '../../model/finding.js';
import type { Tier } from '../../parsers/tier.js';
import type { AffiliateMetrics, BrandMetrics, KolLine, MonthlyReport } from '../metrics.js';
// Month names as every report renderer writes them (`September 2024`, `Agustus 2024`).
import { monthLabel, undatedText } from './index.js';

export interface XlsxContext {
  lang: Lang;
  includeContact: boolean;
  /**
   * The working folder: file paths inside it are shown relative to it, as every other
   * output shows them (the CLI passes paths already made relative; this covers callers
   * that hand over the engine's absolute paths).
   */
  cwd?: string;
}

/** Returns the .xlsx file's bytes; the caller writes them (atomically). */
export async function renderReportXlsx(report: MonthlyReport, ctx: XlsxContext): Promise<Uint8Array> {
  return new Uint8Array(await reportWorkbook(report, ctx).xlsx.writeBuffer());
}

/** The workbook before it is serialised (tests print single sheets of it). */
export function reportWorkbook(report: MonthlyReport, ctx: XlsxContext): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kolops';
  // Dated to the report's "today", not the wall clock, so the same run gives the same file.
  const asOf = utcDate(report.asOf);
  if (asOf) wb.created = wb.modified = asOf;

  const shown: MonthlyReport = {
    ...report,
    kols: report.kols.map((k) => ({ ...k, source: { ...k.source, file: displayPath(k.source.file, ctx.cwd) } })),
    findingList: report.findingList.map((f) => ({ ...f, file: displayPath(f.file, ctx.cwd) })),
  };
  const footer = footerText(report, ctx.lang);
  summarySheet(wb, shown, ctx.lang, footer);
  kolsSheet(wb, shown, ctx, footer);
  postingsSheet(wb, shown, ctx.lang, footer);
  affiliatesSheet(wb, shown, ctx.lang, footer);
  findingsSheet(wb, shown, ctx.lang, footer);

  // The Summary is what opens first.
  wb.views = [{ x: 0, y: 0, width: 24000, height: 14000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  assertNoFormulas(wb);
  return wb;
}

/**
 * The printed footer: the report's title (with its month) on the left, the sheet's name in
 * the middle, "page N of M" on the right, in the run's language. `&` starts a code in an
 * xlsx header/footer, so the texts' own `&` are doubled; `&P` / `&N` are the page codes.
 */
function footerText(report: MonthlyReport, lang: Lang): string {
  const literal = (s: string) => s.replace(/&/g, '&&');
  const title = literal(t('report-xlsx:title', lang, { month: monthLabel(report.month, lang) }));
  const page = literal(t('report-xlsx:footer-page', lang, { page: '\u0000P', pages: '\u0000N' })).replace(/\u0000/g, '&');
  return `&L${title}&C&A&R${page}`;
}

// ─────────────────────────────────────────────────────────────────────────────────────
// Cell kinds, formats and the table writer every sheet uses

const FORMAT = {
  count: '#,##0', // thousands grouping; Excel shows 354.000 in an Indonesian locale, 354,000 in English
  percent: '0.0%',
  date: 'dd/mm/yyyy', // the Indonesian (and British) order, whatever the viewer's locale
  change: '+#,##0;-#,##0;0',
} as const;

const COLOR = {
  headerFill: 'FFD9E1F2',
  // Excel's own "Good" and "Bad" cell styles, so the colours read as they do elsewhere.
  goodFill: 'FFC6EFCE', goodFont: 'FF006100',
  badFill: 'FFFFC7CE', badFont: 'FF9C0006',
  link: 'FF0563C1',
  muted: 'FF595959',
} as const;

/** Excel's limit on the characters of one cell; longer text makes Excel "repair" the file. */
const MAX_CELL_TEXT = 32_767;

type Kind = 'text' | 'count' | 'percent' | 'change' | 'date' | 'link';
/**
 * A cell's value. For a figure column (`stated`), `null` is a figure the team's sheet did
 * not state and reads "not stated"; `undefined` is nothing to show (a brand that month did
 * not list) and stays empty. Elsewhere both stay empty (a KOL on time has no days late).
 */
type Value = string | number | null | undefined;
type Tone = 'good' | 'bad';

interface Column<R> {
  header: string;
  kind: Kind;
  get: (row: R) => Value;
  /** Green/red for a cell whose meaning is good or bad news (target status, posting state). */
  tone?: (row: R) => Tone | null;
  /** Widest the column may grow; longer text wraps onto more lines, never cut in the cell. */
  maxWidth?: number;
  /** A figure: `null` is written as "not stated". */
  stated?: boolean;
}

/** What a sheet needs of the run: the language, and the footer every sheet prints. */
interface SheetContext { lang: Lang; footer: string }

/**
 * Text from the team's sheets, as a plain string cell. exceljs writes a JS string as a
 * string cell (shared string); only a `{ formula }` object becomes a formula, and no such
 * object is ever built from sheet text. The text is kept exactly as written — no `'`
 * prefix, which in xlsx would be part of the value — only cut at Excel's cell limit.
 */
function plainText(s: string): string {
  return s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
}

/** `2024-09-27` → a Date at UTC midnight: exceljs stores dates by their UTC time, so no timezone shift. */
function utcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** Only http(s) links become hyperlinks; anything else (`javascript:`, a bare handle) stays text. */
function webLink(s: string): string | null {
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    return new URL(s).href;
  } catch {
    return null;
  }
}

/**
 * Writes one value; returns the text it shows (roughly, for numbers), for the column width
 * and the row height. `notStated` is the text for a `null` figure, or null to leave it empty.
 */
function writeCell(cell: ExcelJS.Cell, kind: Kind, value: Value, notStated: string | null = null): string {
  // Unknown is said, or left empty: a 0 would claim a figure the sheet never gave.
  if (value === null && notStated !== null) {
    cell.value = notStated;
    cell.font = { italic: true, color: { argb: COLOR.muted } };
    cell.alignment = { horizontal: 'right' };
    return notStated;
  }
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') {
    cell.value = value;
    if (kind === 'percent') {
      cell.numFmt = FORMAT.percent;
      return '100.0%';
    }
    cell.numFmt = kind === 'change' ? FORMAT.change : FORMAT.count;
    return `+${Math.round(Math.abs(value)).toLocaleString('en')}`;
  }
  if (kind === 'date') {
    const d = utcDate(value);
    if (d) {
      cell.value = d;
      cell.numFmt = FORMAT.date;
      return '00/00/0000';
    }
  }
  if (kind === 'link') {
    const href = webLink(value);
    if (href) {
      cell.value = { text: plainText(value), hyperlink: href };
      cell.font = { color: { argb: COLOR.link }, underline: true };
      return value;
    }
  }
  cell.value = plainText(value);
  return value;
}

function applyTone(cell: ExcelJS.Cell, tone: Tone): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: tone === 'good' ? COLOR.goodFill : COLOR.badFill } };
  cell.font = { bold: true, color: { argb: tone === 'good' ? COLOR.goodFont : COLOR.badFont } };
}

/** Default row height (pt) of an 11 pt Calibri line, in Excel and in LibreOffice (Carlito). */
const LINE_HEIGHT = 15;
/** A header word is never split: the column is at least this wider than the word. */
const PADDING = 2;
/** Headers wrap onto at most about this many lines before their column grows. */
const HEADER_LINES = 3;

/**
 * How many lines `text` takes when wrapped at word boundaries in a column `width`
 * characters wide (Excel's width unit is about one digit of the default font; bold text
 * is taken as a tenth wider). A word longer than a line is broken, as Excel does.
 */
function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width - 1) / (bold ? 1.1 : 1)));
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/**
 * The narrowest width a header wraps in without breaking a word (bold), and in at most
 * `HEADER_LINES` lines: "Deals declared (August 2024)" takes three short lines, not four.
 */
function headerWidth(header: string): number {
  const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length));
  let width = Math.ceil(longestWord * 1.1) + PADDING;
  while (wrappedLines(header, width, true) > HEADER_LINES) width++;
  return width;
}

/** A cell whose text may need more than one line, sized once the column widths are known. */
interface Wrapped { row: number; col: number; text: string; bold: boolean }

/**
 * A worksheet plus the widest text seen per column, applied as column widths at the end,
 * then the row heights its wrapped cells need, and the print setup.
 */
class Sheet {
  readonly ws: ExcelJS.Worksheet;
  private readonly widths: number[] = [];
  private readonly wrapped: Wrapped[] = [];

  constructor(wb: ExcelJS.Workbook, name: string, private readonly ctx: SheetContext) {
    this.ws = wb.addWorksheet(name);
  }

  fit(col: number, chars: number, max = 50): void {
    this.widths[col] = Math.max(this.widths[col] ?? 0, Math.min(chars, max));
  }

  /** A bold line of text above a table; it may run over the empty cells to its right. */
  heading(row: number, text: string, size = 12): void {
    const cell = this.ws.getCell(row, 1);
    cell.value = plainText(text);
    cell.font = { bold: true, size };
    // A heading in a bigger font is taller than a line; say so, LibreOffice keeps 15 pt.
    if (size > 12) this.ws.getRow(row).height = Math.ceil(size * 1.5);
  }

  note(row: number, text: string): void {
    const cell = this.ws.getCell(row, 1);
    cell.value = plainText(text);
    cell.font = { italic: true, color: { argb: COLOR.muted } };
  }

  /**
   * Header row at `top`, one row per item below it. Returns the table's last row and its
   * range, for the autofilter.
   */
  table<R>(top: number, columns: readonly Column<R>[], rows: readonly R[]): { last: number; range: ExcelJS.AutoFilter } {
    const header = this.ws.getRow(top);
    const notStated = t('report:not-stated', this.ctx.lang);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOR.headerFill } };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = { bottom: { style: 'thin' } };
      this.fit(i + 1, headerWidth(c.header), Infinity);
      this.wrapped.push({ row: top, col: i + 1, text: c.header, bold: true });
    });
    rows.forEach((item, r) => {
      const row = this.ws.getRow(top + 1 + r);
      columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        const shown = writeCell(cell, c.kind, c.get(item), c.stated ? notStated : null);
        const max = c.maxWidth ?? 50;
        this.fit(i + 1, shown.length + PADDING, max);
        // Longer than the column may grow: wrapped, and the row made tall enough below.
        if ((c.kind === 'text' || c.kind === 'link') && (shown.length + PADDING > max || /[\r\n]/.test(shown))) {
          cell.alignment = { ...cell.alignment, vertical: 'top', wrapText: true };
          this.wrapped.push({ row: top + 1 + r, col: i + 1, text: shown, bold: false });
        }
        const tone = c.tone?.(item);
        if (tone) applyTone(cell, tone);
      });
    });
    const last = top + rows.length;
    return { last, range: { from: { row: top, column: 1 }, to: { row: last, column: columns.length } } };
  }

  /** Keeps the rows down to `headerRow` (and `columns` columns) in view while scrolling. */
  freeze(headerRow: number, columns = 0, selected = false): void {
    const topLeftCell = this.ws.getCell(headerRow + 1, columns + 1).address;
    // `tabSelected` (which exceljs writes but does not type) marks the tab the workbook opens on.
    const view = { state: 'frozen', xSplit: columns, ySplit: headerRow, topLeftCell, activeCell: topLeftCell, tabSelected: selected };
    this.ws.views = [view as Partial<ExcelJS.WorksheetView>];
  }

  /** Column widths, the row heights wrapped text needs, and the print setup (`titleRows` repeat on every page). */
  finish(titleRows: string): void {
    const width = (col: number) => Math.max(this.widths[col] ?? 0, 10);
    this.widths.forEach((_, col) => {
      // At least 10: exceljs drops a width of exactly 9 as "the default".
      this.ws.getColumn(col).width = width(col);
    });
    // Set, not left to the client: Excel grows a wrapped row by itself, LibreOffice does not.
    const lines = new Map<number, number>();
    for (const w of this.wrapped) lines.set(w.row, Math.max(lines.get(w.row) ?? 1, wrappedLines(w.text, width(w.col), w.bold)));
    for (const [row, n] of lines) if (n > 1) this.ws.getRow(row).height = n * LINE_HEIGHT + 2;

    this.ws.pageSetup = {
      ...this.ws.pageSetup,
      paperSize: 9, // A4, the paper of Indonesian offices
      orientation: 'landscape',
      // One page wide, as many pages down as the rows need.
      fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: titleRows,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    this.ws.headerFooter = { ...this.ws.headerFooter, oddFooter: this.ctx.footer };
  }
}

/** A one-table sheet: header in row 1, frozen below it, filtered over the table, repeated on every printed page. */
function listSheet<R>(wb: ExcelJS.Workbook, name: string, columns: readonly Column<R>[], rows: readonly R[], ctx: SheetContext, frozenColumns = 0): void {
  const sheet = new Sheet(wb, name, ctx);
  const { range } = sheet.table(1, columns, rows);
  sheet.freeze(1, frozenColumns);
  sheet.ws.autoFilter = range;
  sheet.finish('1:1');
}

// ─────────────────────────────────────────────────────────────────────────────────────
// Words

const TIERS: readonly Tier[] = ['nano', 'micro', 'macro', 'mega'];

const postingWord = (p: KolLine['posting'], lang: Lang): string | null =>
  p === null ? null : t(`report-xlsx:posting-${p}`, lang);

const postingTone = (p: KolLine['posting']): Tone | null => (p === 'on-time' ? 'good' : p === null ? null : 'bad');

const severityWord = (s: Finding['severity'], lang: Lang) => t(`report-xlsx:severity-${s}`, lang);

const sourceRef = (k: KolLine) => `${k.source.sheet}!${k.source.row}`;

// ─────────────────────────────────────────────────────────────────────────────────────
// Summary

/** A brand's row: this month's figures beside the previous month's, either may be missing. */
interface BrandRow { brand: string; cur: BrandMetrics | null; prev: BrandMetrics | null }
interface FunnelRow { platform: string; brand: string; cur: AffiliateMetrics | null; prev: AffiliateMetrics | null }

function summarySheet(wb: ExcelJS.Workbook, report: MonthlyReport, lang: Lang, footer: string): void {
  const sheet = new Sheet(wb, t('report-xlsx:sheet-summary', lang), { lang, footer });
  const month = monthLabel(report.month, lang);
  const prevMonth = monthLabel(report.previousMonth.month, lang);

  sheet.heading(1, t('report-xlsx:title', lang, { month }), 14);
  const asOfLabel = t('report-xlsx:as-of', lang);
  sheet.ws.getCell(2, 1).value = asOfLabel;
  sheet.fit(1, asOfLabel.length + PADDING); // the date beside it would cut the label off
  writeCell(sheet.ws.getCell(2, 2), 'date', report.asOf);

  // Brands: the one table of this sheet that gets the frozen header and the autofilter.
  sheet.heading(4, t('report-xlsx:section-listing', lang, { month }));
  const hasPrevious = report.previousMonth.brands.length > 0;
  const brands = brandRows(report);
  const listing = sheet.table(5, brandColumns(lang, hasPrevious ? prevMonth : null), brands);
  sheet.freeze(5, 1, true);
  sheet.ws.autoFilter = listing.range;
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
  // The title and the as-of date head every page, should the Summary ever need a second.
  sheet.finish('1:2');
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

function kolsSheet(wb: ExcelJS.Workbook, report: MonthlyReport, ctx: XlsxContext, footer: string): void {
  const { lang } = ctx;
  const columns: Column<KolLine>[] = [
    { header: t('report-xlsx:col-kol', lang), kind: 'text', get: (k) => k.kol },
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (k) => k.brand },
    { header: t('report-xlsx:col-platform', lang), kind: 'text', get: (k) => k.platform },
    { header: t('report-xlsx:col-followers', lang), kind: 'count', get: (k) => k.followers, stated: true },
    { header: t('report-xlsx:col-tier', lang), kind: 'text', get: (k) => k.tier },
    { header: t('report-xlsx:col-status', lang), kind: 'text', get: (k) => t(`report-xlsx:status-${k.status}`, lang) },
    { header: t('report-xlsx:col-status-text', lang), kind: 'text', get: (k) => k.statusText },
    { header: t('report-xlsx:col-link', lang), kind: 'link', get: (k) => k.link, maxWidth: 45 },
    { header: t('report-xlsx:col-source', lang), kind: 'text', get: sourceRef },
    { header: t('report-xlsx:col-file', lang), kind: 'text', get: (k) => k.source.file, maxWidth: 40 },
  ];
  // Personal data (UU 27/2022): the column exists only when the caller asked for contact
  // data AND the report carries it; a report built without contact data stays without.
  if (ctx.includeContact && report.kols.some((k) => k.address !== undefined)) {
    columns.push({ header: t('report-xlsx:col-address', lang), kind: 'text', get: (k) => k.address ?? null, maxWidth: 60 });
  }
  listSheet(wb, t('report-xlsx:sheet-kols', lang), columns, report.kols, { lang, footer }, 1);
}

function postingsSheet(wb: ExcelJS.Workbook, report: MonthlyReport, lang: Lang, footer: string): void {
  const columns: Column<KolLine>[] = [
    { header: t('report-xlsx:col-kol', lang), kind: 'text', get: (k) => k.kol },
    { header: t('report-xlsx:col-brand', lang), kind: 'text', get: (k) => k.brand },
    { header: t('report-xlsx:col-post-date', lang), kind: 'date', get: (k) => k.postDate },
    { header: t('report-xlsx:col-deadline', lang), kind: 'date', get: (k) => k.deadline },
    { header: t('report-xlsx:col-posting', lang), kind: 'text', get: (k) => postingWord(k.posting, lang), tone: (k) => postingTone(k.posting) },
    { header: t('report-xlsx:col-days-late', lang), kind: 'count', get: (k) => k.daysLate },
  ];
  listSheet(wb, t('report-xlsx:sheet-postings', lang), columns, report.kols.filter((k) => k.status === 'agreed'), { lang, footer }, 1);
}

function affiliatesSheet(wb: ExcelJS.Workbook, report: MonthlyReport, lang: Lang, footer: string): void {
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
  listSheet(wb, t('report-xlsx:sheet-affiliates', lang), columns, rows, { lang, footer });
}

function findingsSheet(wb: ExcelJS.Workbook, report: MonthlyReport, lang: Lang, footer: string): void {
  const columns: Column<Finding>[] = [
    { header: t('report-xlsx:col-rule', lang), kind: 'text', get: (f) => f.rule },
    { header: t('report-xlsx:col-severity', lang), kind: 'text', get: (f) => severityWord(f.severity, lang) },
    { header: t('report-xlsx:col-file', lang), kind: 'text', get: (f) => f.file, maxWidth: 40 },
    { header: t('report-xlsx:col-sheet', lang), kind: 'text', get: (f) => f.sheet },
    { header: t('report-xlsx:col-cell', lang), kind: 'text', get: (f) => f.cell ?? (f.row !== null ? t('format:row-ref', lang, { row: f.row }) : null) },
    { header: t('report-xlsx:col-kol', lang), kind: 'text', get: (f) => f.kol },
    { header: t('report-xlsx:col-message', lang), kind: 'text', get: (f) => f.message, maxWidth: 70 },
  ];
  listSheet(wb, t('report-xlsx:sheet-findings', lang), columns, report.findingList, { lang, footer });
}

// ─────────────────────────────────────────────────────────────────────────────────────
// Safety net

/**
 * The report never writes a formula. Should a later change ever hand exceljs a formula
 * object built from sheet text, fail here instead of shipping a workbook that runs it.
 */
function assertNoFormulas(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) {
          throw new Error(`xlsx report: formula in ${ws.name}!${cell.address}; report cells must be values`);
        }
      });
    });
  });
}
