import type { Config } from '../config/schema.js';
import { contextMonthOf } from '../engine/month.js';
import { EMPTY, isEmptyCell, type RawRow } from '../model/cell.js';
import { UnreadableFileError, type WorkbookSource } from '../model/source.js';
import type { TableInfo } from '../model/table.js';
import { openWorkbook } from '../readers/index.js';
import type { TableKind } from '../model/table.js';
import { metaOfRow, platformIn, readAffiliateRow } from '../rows/affiliate.js';
import { BrandBook } from '../rows/brands.js';
import { defaultYear, type ReadContext, type RunOptions } from '../rows/context.js';
import { readListingRow } from '../rows/listing.js';
import { readRecapRow, recapLayout, type RecapLayout } from '../rows/recap.js';
import { SheetSplitter } from '../tables/splitter.js';
import {
  affiliateHeaders, DERIVED_HEADERS, deriveAffiliateValues, deriveListingValues, deriveRecapValues,
  isDerivedHeader, recapHeaders, type DerivedValue,
} from './derive.js';
import type { PatchCell } from './xlsx-patch.js';

/**
 * What `kolops normalize` would write: the workbook read the way the engine reads it
 * (reader → SheetSplitter → readListingRow / readRecapRow / readAffiliateRow, each
 * table's brand, platform and month settled as the engine does), and for every KOL
 * listing, posting recap and affiliate deal table the derived cells beside it.
 *
 * Derived columns a previous run wrote are recognised by their `kolops: …` headers and
 * hidden from the reading (so they never shift where the table ends, nor keep a row
 * alive that the team emptied), then refreshed in place.
 */

export interface NormalizePlan {
  /** Sheet name → cells to write (sheets without a table are absent). */
  readonly sheets: ReadonlyMap<string, PatchCell[]>;
  readonly tables: number;
  readonly rows: number;
  /** Tables per kind, for the summary line. */
  readonly kinds: Readonly<Record<TableKind, number>>;
  /** Set when the workbook could not be read: nothing may be written then. */
  readonly unreadable: UnreadableFileError | null;
  /**
   * Set when tables stand side by side on a sheet (an affiliate sheet's Shopee block
   * beside its TikTok Shop block): the derived columns of the left table would land on
   * the right one, so nothing may be written, not even with --force.
   */
  readonly sideBySide: { sheet: string; row: number } | null;
}

/** One data row's derived values, once the table's month is settled. */
interface DerivedRow {
  rowNumber: number;
  values: (month: string | null) => DerivedValue[];
}

interface TableWork {
  table: TableInfo;
  headers: readonly string[];
  recap: RecapLayout | null;
  rows: DerivedRow[];
  lastCol: number;
  lastRow: number;
  rowMonths: Set<string>;
  postMonths: Set<string>;
  rowsWithoutMonth: number;
}

/** The engine's order (engine/check.ts settleMonth): month column when every row agrees, context, post dates, --month. */
function settle(w: TableWork, optionMonth: string | null): string | null {
  if (w.rowMonths.size === 1 && w.rowsWithoutMonth === 0) return [...w.rowMonths][0]!;
  if (w.table.contextMonth) return w.table.contextMonth.month;
  if (w.postMonths.size === 1) return [...w.postMonths][0]!;
  return optionMonth;
}

function lastNonEmpty(values: RawRow['values']): number {
  for (let i = values.length - 1; i >= 0; i--) if (!isEmptyCell(values[i])) return i;
  return -1;
}

export async function planNormalize(
  file: string, config: Config, options: RunOptions & { delimiter?: string },
  open: (path: string, opts: { delimiter?: string }) => Promise<WorkbookSource> = openWorkbook,
): Promise<NormalizePlan> {
  const ctx: ReadContext = { config, options };
  const brands = new BrandBook(config);
  const year = defaultYear(ctx);
  const sheets = new Map<string, PatchCell[]>();
  let tables = 0;
  let rowCount = 0;
  const kinds: Record<TableKind, number> = { 'kol-listing': 0, 'posting-recap': 0, 'affiliate-deals': 0 };
  let sideBySide: { sheet: string; row: number } | null = null;
  try {
    const workbook = await open(file, { delimiter: options.delimiter });
    for await (const sheet of workbook.sheets) {
      const raw: RawRow[] = [];
      for await (const r of sheet.rows) raw.push(r);
      // Columns holding a derived header anywhere in the sheet were written by kolops.
      const derivedCols = new Set<number>();
      for (const r of raw) r.values.forEach((v, i) => { if (v?.type === 'string' && isDerivedHeader(v.text)) derivedCols.add(i); });
      const stripped = derivedCols.size === 0 ? raw : raw.map((r) => ({
        ...r, values: r.values.map((v, i) => (derivedCols.has(i) ? EMPTY : v)),
      }));
      const rawByNumber = new Map(raw.map((r) => [r.rowNumber, r]));

      const cells: PatchCell[] = [];
      const written = new Set<string>();
      const work = new Map<TableInfo, TableWork>();
      const spans: { from: number; to: number }[] = [];
      const finishTable = (w: TableWork) => {
        tables++;
        const t = w.table;
        kinds[t.kind]++;
        const overlap = spans.find((s) => s.from <= w.lastRow && t.headerRow <= s.to);
        if (overlap && !sideBySide) sideBySide = { sheet: sheet.name, row: t.headerRow };
        spans.push({ from: t.headerRow, to: w.lastRow });
        const month = settle(w, options.month ?? null);
        const header = rawByNumber.get(t.headerRow);
        const first = w.headers[0]!.toLowerCase();
        const existing = header ? header.values.findIndex((v) => v?.type === 'string' && isDerivedHeader(v.text) && v.text.trim().toLowerCase() === first) : -1;
        const start = existing >= 0 ? existing : w.lastCol + 2;
        const replace = existing >= 0;
        const put = (row: number, values: readonly (string | number | null)[]) => {
          values.forEach((value, k) => {
            const col = start + k;
            written.add(`${row}:${col}`);
            // Overwrite only a column that already carries a kolops header: a block that grew
            // (a wide recap with a new brand column) must not take the team's next column.
            cells.push({ row, col, value, replace: replace && derivedCols.has(col) });
          });
        };
        put(t.headerRow, w.headers);
        for (const row of w.rows) {
          rowCount++;
          put(row.rowNumber, row.values(month));
        }
      };
      const noteMonth = (w: TableWork, m: string | null) => {
        if (w.table.columns.has('month') && m) w.rowMonths.add(m);
        else w.rowsWithoutMonth++;
      };

      const splitter = new SheetSplitter({ file, sheet: sheet.name, sheetState: sheet.state });
      const events = (function* () {
        for (const r of stripped) yield* splitter.feed(r);
        yield* splitter.finish();
      })();
      for (const ev of events) {
        const t = ev.table;
        if (ev.type === 'table-start') {
          // As engine/check.ts does at table start.
          t.contextMonth = contextMonthOf(t, year);
          t.brand = brands.findIn([t.sheet, ...t.titleRows].join(' '));
          if (t.kind === 'affiliate-deals') t.platform = platformIn(t.titleRows.join(' '));
          const recap = t.kind === 'posting-recap' ? recapLayout(t, ctx, brands) : null;
          const headers = t.kind === 'kol-listing' ? [...DERIVED_HEADERS]
            : recap ? recapHeaders(recap)
              : affiliateHeaders(t.columns.has('commission'));
          const header = stripped.find((r) => r.rowNumber === t.headerRow);
          work.set(t, { table: t, headers, recap, rows: [], lastCol: header ? lastNonEmpty(header.values) : 0, lastRow: t.headerRow,
            rowMonths: new Set(), postMonths: new Set(), rowsWithoutMonth: 0 });
        } else if (ev.type === 'row') {
          const w = work.get(t)!;
          w.lastCol = Math.max(w.lastCol, lastNonEmpty(ev.row.values));
          w.lastRow = Math.max(w.lastRow, ev.row.rowNumber);
          const rowNumber = ev.row.rowNumber;
          if (t.kind === 'kol-listing') {
            const row = readListingRow(ev.row, t, ctx, brands);
            const rowMonth = t.columns.has('month') ? row.month : null;
            w.rows.push({ rowNumber, values: (month) => deriveListingValues(row, rowMonth ?? month, config) });
            if (row.postDate?.ok) w.postMonths.add(row.postDate.iso.slice(0, 7));
            noteMonth(w, row.month);
          } else if (t.kind === 'posting-recap') {
            const layout = w.recap!;
            const entries = readRecapRow(ev.row, t, layout, ctx, brands);
            for (const e of entries) noteMonth(w, e.month);
            // A row that is no recap entry (nothing posted, nobody named) gets nothing.
            if (entries.length) w.rows.push({ rowNumber, values: (month) => deriveRecapValues(entries, layout, month) });
          } else {
            // Meta rows (`Yang sudah deal: 10`) get nothing: a second cell would make them a deal row.
            if (metaOfRow(ev.row)) continue;
            const row = readAffiliateRow(ev.row, t, ctx, brands);
            noteMonth(w, row.month);
            const hasCommission = t.columns.has('commission');
            w.rows.push({ rowNumber, values: (month) => deriveAffiliateValues(row, month, hasCommission) });
          }
        } else if (ev.type === 'table-end') {
          finishTable(work.get(t)!);
          work.delete(t);
        }
      }
      // Derived cells left from an earlier run on rows that are no longer listing rows.
      for (const r of raw) {
        r.values.forEach((v, col) => {
          if (derivedCols.has(col) && !isEmptyCell(v) && !written.has(`${r.rowNumber}:${col}`)) {
            cells.push({ row: r.rowNumber, col, value: null, replace: true });
          }
        });
      }
      if (cells.length) sheets.set(sheet.name, cells);
    }
  } catch (err) {
    const error = err instanceof UnreadableFileError ? err : new UnreadableFileError('io-error', err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err));
    return { sheets: new Map(), tables, rows: rowCount, kinds, unreadable: error, sideBySide: null };
  }
  return { sheets, tables, rows: rowCount, kinds, unreadable: null, sideBySide };
}


