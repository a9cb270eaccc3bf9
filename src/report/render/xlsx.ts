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
import { columnLetter } from '../../model/cell.js';
import type { Finding } from '../../model/finding.js';
import type { Tier } from '../../parsers/tier.js';
import { dateSerial, XlsxBook, type Cell, type CellStyle, type CellValue, type SheetWriter } from '../../writers/xlsx-book.js';
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
  /** Write only the sheet at this index (0 = Summary): for printing one sheet on its own. */
  only?: number;
}

/** Returns the .xlsx file's bytes; the caller writes them (atomically). */
export async function renderReportXlsx(report: MonthlyReport, ctx: XlsxContext): Promise<Uint8Array> {
  // Dated to the report's "today", not the wall clock, so the same run gives the same file.
  const book = new XlsxBook({ creator: 'kolops', created: utcDate(report.asOf) ?? new Date(0) });
  const footer = footerText(report, ctx.lang);
  const sheets: (() => Sheet)[] = [
    () => summarySheet(report, ctx.lang, footer),
    () => kolsSheet(report, ctx, footer),
    () => postingsSheet(report, ctx.lang, footer),
    () => affiliatesSheet(report, ctx.lang, footer),
    () => findingsSheet(report, ctx, footer),
  ];
  // One sheet at a time: each is described, written row by row into the zip, then dropped.
  for (const [i, make] of sheets.entries()) if (ctx.only === undefined || ctx.only === i) await make().write(book);
  return book.toBytes();
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
 * Text from the team's sheets, as a plain string cell. The writer has no formula cell at
 * all, so a text like `=HYPERLINK(…)` can only ever be a string. The text is kept exactly
 * as written — no `'` prefix, which in xlsx would be part of the value — only cut at
 * Excel's cell limit.
 */
function plainText(s: string): string {
  return s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
}

/** `2024-09-27` → a Date at UTC midnight. */
function utcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** `2024-09-27` → Excel's serial day, or null when it is not an ISO date. */
function isoSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dateSerial(Number(m[1]), Number(m[2]), Number(m[3])) : null;
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

/** The characters a count takes as Excel shows it with grouping and a sign: `+354,000`. */
function countChars(n: number): number {
  const digits = String(Math.round(Math.abs(n))).length;
  return digits + Math.floor((digits - 1) / 3) + 1;
}

/**
 * The characters one value shows, for its column's width: the text itself, or as many as
 * the figure or date takes. `notStated` is the text for a `null` figure, or null to leave it empty.
 */
function shownLength(kind: Kind, value: Value, notStated: string | null): number {
  if (value === null && notStated !== null) return notStated.length;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return kind === 'percent' ? 6 : countChars(value);
  if (kind === 'date' && isoSerial(value) !== null) return 10;
  return value.length;
}

/** A cell's value and the part of its style its kind decides (tone and wrapping come on top). */
function cellOf(kind: Kind, value: Value, notStated: string | null): { value: CellValue | null; style: CellStyle } {
  // Unknown is said, or left empty: a 0 would claim a figure the sheet never gave.
  if (value === null && notStated !== null) {
    return { value: { type: 'string', text: notStated }, style: { italic: true, color: COLOR.muted, horizontal: 'right' } };
  }
  if (value === null || value === undefined || value === '') return { value: null, style: {} };
  if (typeof value === 'number') {
    const numFmt = kind === 'percent' ? FORMAT.percent : kind === 'change' ? FORMAT.change : FORMAT.count;
    return { value: { type: 'number', value }, style: { numFmt } };
  }
  if (kind === 'date') {
    const serial = isoSerial(value);
    if (serial !== null) return { value: { type: 'date', serial }, style: { numFmt: FORMAT.date } };
  }
  if (kind === 'link') {
    const href = webLink(value);
    if (href) return { value: { type: 'link', text: plainText(value), href }, style: { color: COLOR.link, underline: true } };
  }
  return { value: { type: 'string', text: plainText(value) }, style: {} };
}

/** A toned cell keeps its number format and alignment; its font and fill say good or bad. */
function toned(style: CellStyle, tone: Tone): CellStyle {
  const { numFmt, horizontal, vertical, wrapText } = style;
  return {
    numFmt, horizontal, vertical, wrapText, bold: true,
    color: tone === 'good' ? COLOR.goodFont : COLOR.badFont,
    fill: tone === 'good' ? COLOR.goodFill : COLOR.badFill,
  };
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

const HEADER_STYLE: CellStyle = { bold: true, fill: COLOR.headerFill, vertical: 'top', wrapText: true, borderBottom: true };
const NOTE_STYLE: CellStyle = { italic: true, color: COLOR.muted };

/** A table of a sheet: its header row at `top`, one row per item below. */
interface TableBlock<R> { top: number; columns: readonly Column<R>[]; rows: readonly R[] }
/** A cell outside the tables (a heading, a note, the as-of date). */
interface LooseCell { row: number; col: number; kind: Kind; value: Value; style: CellStyle; height?: number }

/**
 * A worksheet described first and written at the end, in two passes over its rows: the
 * first finds each column's width from the text it will hold (the `<cols>` come before the
 * rows in the file), the second writes the rows, each as tall as its wrapped text needs in
 * those widths — set explicitly, since LibreOffice does not grow a row by itself.
 */
class Sheet {
  private readonly widths: number[] = [];
  private readonly tables: TableBlock<unknown>[] = [];
  private readonly loose: LooseCell[] = [];
  private view: { rows: number; columns: number; selected: boolean } | undefined;
  autoFilter: string | undefined;

  constructor(readonly name: string, private readonly ctx: SheetContext, private readonly titleRows: string) {}

  fit(col: number, chars: number, max = 50): void {
    this.widths[col] = Math.max(this.widths[col] ?? 0, Math.min(chars, max));
  }

  /** A bold line of text above a table; it may run over the empty cells to its right. */
  heading(row: number, text: string, size = 12): void {
    // A heading in a bigger font is taller than a line; say so, LibreOffice keeps 15 pt.
    this.loose.push({ row, col: 1, kind: 'text', value: text, style: { bold: true, size }, ...(size > 12 ? { height: Math.ceil(size * 1.5) } : {}) });
  }

  note(row: number, text: string): void {
    this.loose.push({ row, col: 1, kind: 'text', value: text, style: NOTE_STYLE });
  }

  cell(row: number, col: number, kind: Kind, value: Value): void {
    this.loose.push({ row, col, kind, value, style: {} });
  }

  /** Header row at `top`, one row per item below it. Returns the table's last row and its range, for the autofilter. */
  table<R>(top: number, columns: readonly Column<R>[], rows: readonly R[]): { last: number; range: string } {
    this.tables.push({ top, columns, rows } as TableBlock<unknown>);
    const last = top + rows.length;
    return { last, range: `A${top}:${columnLetter(columns.length - 1)}${last}` };
  }

  /** Keeps the rows down to `headerRow` (and `columns` columns) in view while scrolling. */
  freeze(headerRow: number, columns = 0, selected = false): void {
    this.view = { rows: headerRow, columns, selected };
  }

  private measure(): void {
    const notStated = t('report:not-stated', this.ctx.lang);
    for (const table of this.tables) {
      table.columns.forEach((c, i) => {
        this.fit(i + 1, headerWidth(c.header), Infinity);
        const max = c.maxWidth ?? 50;
        const unknown = c.stated ? notStated : null;
        let widest = 0;
        for (const item of table.rows) widest = Math.max(widest, shownLength(c.kind, c.get(item), unknown));
        this.fit(i + 1, widest + PADDING, max);
      });
    }
  }

  /**
   * A table's rows, cell by cell straight into the sheet's XML (no object per cell: a
   * month can list 100,000 KOLs). Each row is as tall as its longest wrapped text.
   */
  private async writeRows(ws: SheetWriter, book: XlsxBook, table: TableBlock<unknown>, width: (col: number) => number, notStated: string): Promise<void> {
    const { columns, rows, top } = table;
    // Per column, a style id per (value type, tone, wrapped), looked up by a small number.
    const styles = columns.map(() => new Map<number, number>());
    const styleOf = (i: number, code: number, kind: Kind, v: Value, tone: Tone | null, wrap: boolean): number => {
      let id = styles[i]!.get(code);
      if (id === undefined) {
        const { style } = cellOf(kind, v, columns[i]!.stated ? notStated : null);
        const s = wrap ? { ...style, vertical: 'top' as const, wrapText: true } : style;
        styles[i]!.set(code, (id = book.style(tone ? toned(s, tone) : s)));
      }
      return id;
    };
    const values: Value[] = new Array(columns.length);
    const wraps: boolean[] = new Array(columns.length);
    for (let r = 0; r < rows.length; r++) {
      const item = rows[r];
      let lines = 1;
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i]!;
        const v = c.get(item);
        values[i] = v;
        // Longer than the column may grow (or on several lines): wrapped, and the row made tall enough.
        wraps[i] = (c.kind === 'text' || c.kind === 'link') && typeof v === 'string' && (v.length + PADDING > (c.maxWidth ?? 50) || /[\r\n]/.test(v));
        if (wraps[i]) lines = Math.max(lines, wrappedLines(v as string, width(i + 1)));
      }
      ws.startRow(top + 1 + r, lines > 1 ? lines * LINE_HEIGHT + 2 : undefined);
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i]!;
        const v = values[i];
        const tone = c.tone?.(item) ?? null;
        const toneCode = tone === 'good' ? 1 : tone === 'bad' ? 2 : 0;
        const code = (wraps[i] ? 1 : 0) + toneCode * 2;
        const col = i + 1;
        // Unknown is said, or left empty: a 0 would claim a figure the sheet never gave.
        if (v === null && c.stated) ws.text(col, notStated, styleOf(i, 10 + code, c.kind, v, tone, false));
        else if (v === null || v === undefined || v === '') {
          if (tone) ws.empty(col, styleOf(i, 20 + code, c.kind, v, tone, false));
        } else if (typeof v === 'number') ws.number(col, v, styleOf(i, 30 + code, c.kind, v, tone, false));
        else {
          const serial = c.kind === 'date' ? isoSerial(v) : null;
          const href = c.kind === 'link' ? webLink(v) : null;
          if (serial !== null) ws.number(col, serial, styleOf(i, 40 + code, c.kind, v, tone, false));
          else if (href !== null) ws.link(col, plainText(v), href, styleOf(i, 50 + code, c.kind, v, tone, wraps[i]!));
          else ws.text(col, plainText(v), styleOf(i, 60 + code, 'text', v, tone, wraps[i]!));
        }
      }
      ws.endRow();
      if (ws.full) await ws.flush();
    }
  }

  /** Writes the sheet into `book` with its widths, row heights and print setup (the title rows repeat on every page). */
  async write(book: XlsxBook): Promise<void> {
    this.measure();
    // At least 10: narrower columns cut the headers' words.
    const widths: (number | undefined)[] = [];
    this.widths.forEach((w, col) => { widths[col] = Math.max(w ?? 0, 10); });
    const width = (col: number) => widths[col] ?? 10;
    const ws = await book.sheet(this.name, {
      widths, freeze: this.view, autoFilter: this.autoFilter, printTitleRows: this.titleRows, footer: this.ctx.footer,
    });
    const notStated = t('report:not-stated', this.ctx.lang);
    const styles = new Map<string, number>();
    const styleId = (key: string, style: () => CellStyle) => {
      let id = styles.get(key);
      if (id === undefined) styles.set(key, (id = book.style(style())));
      return id;
    };

    // Rows in order: loose cells and table rows interleave by row number.
    const rows = new Map<number, { cells: Cell[]; lines: number; height?: number }>();
    const at = (r: number) => {
      let row = rows.get(r);
      if (!row) rows.set(r, (row = { cells: [], lines: 1 }));
      return row;
    };
    const flushUpTo = async (limit: number) => {
      for (const r of rows.size > 1 ? [...rows.keys()].sort((a, b) => a - b) : rows.keys()) {
        if (r > limit) break;
        const row = rows.get(r)!;
        rows.delete(r);
        const height = row.height ?? (row.lines > 1 ? row.lines * LINE_HEIGHT + 2 : undefined);
        ws.row(r, row.cells, height);
      }
      if (ws.full) await ws.flush();
    };
    for (const c of this.loose) {
      const { value, style } = cellOf(c.kind, c.value, null);
      const row = at(c.row);
      const merged = { ...style, ...c.style };
      row.cells[c.col - 1] = { value, style: styleId(`loose|${JSON.stringify(merged)}`, () => merged) };
      if (c.height) row.height = c.height;
    }
    for (const table of [...this.tables].sort((a, b) => a.top - b.top)) {
      await flushUpTo(table.top - 1);
      const header = at(table.top);
      const headerStyle = styleId('header', () => HEADER_STYLE);
      table.columns.forEach((c, i) => {
        header.cells[i] = { value: { type: 'string', text: c.header }, style: headerStyle };
        header.lines = Math.max(header.lines, wrappedLines(c.header, width(i + 1), true));
      });
      await flushUpTo(table.top);
      await this.writeRows(ws, book, table, width, notStated);
    }
    await flushUpTo(Infinity);
    await ws.close();
  }
}

/** A one-table sheet: header in row 1, frozen below it, filtered over the table, repeated on every printed page. */
function listSheet<R>(name: string, columns: readonly Column<R>[], rows: readonly R[], ctx: SheetContext, frozenColumns = 0): Sheet {
  const sheet = new Sheet(name, ctx, '1:1');
  const { range } = sheet.table(1, columns, rows);
  sheet.freeze(1, frozenColumns);
  sheet.autoFilter = range;
  return sheet;
}

// ─────────────────────────────────────────────────────────────────────────────────────
// Words

const TIERS: readonly Tier[] = ['nano', 'micro', 'macro', 'mega'];

const postingWord = (p: KolLine['posting'], lang: Lang): string | null =>
  p === null ? null : t(`report-xlsx:posting-${p}`, lang);

const postingTone = (p: KolLine['posting']): Tone | null => (p === 'on-time' ? 'good' : p === null ? null : 'bad');

const severityWord = (s: Finding['severity'], lang: Lang) => t(`report-xlsx:severity-${s}`, lang);

/** File paths relative to the working folder, worked out once per file (a sheet asks per row, twice). */
function pathsShown(cwd: string | undefined): (file: string) => string {
  const shown = new Map<string, string>();
  return (file) => {
    let p = shown.get(file);
    if (p === undefined) shown.set(file, (p = displayPath(file, cwd)));
    return p;
  };
}

const sourceRef = (k: KolLine) => `${k.source.sheet}!${k.source.row}`;

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
    { header: t('report-xlsx:col-file', lang), kind: 'text', get: (k) => shownPath(k.source.file), maxWidth: 40 },
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
