import type { Config } from '../config/schema.js';
import { contextMonthOf } from '../engine/month.js';
import { EMPTY, isEmptyCell, type RawRow } from '../model/cell.js';
import { UnreadableFileError, type WorkbookSource } from '../model/source.js';
import type { TableInfo } from '../model/table.js';
import { openWorkbook } from '../readers/index.js';
import { BrandBook } from '../rows/brands.js';
import { defaultYear, type ReadContext, type RunOptions } from '../rows/context.js';
import { readListingRow, type ListingRow } from '../rows/listing.js';
import { SheetSplitter } from '../tables/splitter.js';
import { DERIVED_HEADERS, deriveListingValues, isDerivedHeader } from './derive.js';
import type { PatchCell } from './xlsx-patch.js';

/**
 * What `kolops normalize` would write: the workbook read the way the engine reads it
 * (reader → SheetSplitter → readListingRow, each table's month settled at its end as the
 * engine does), and for every KOL-listing table the derived cells beside it.
 *
 * Derived columns a previous run wrote are recognised by their `kolops: …` headers and
 * hidden from the reading (so they never shift where the table ends, nor keep a row
 * alive that the team emptied), then refreshed in place.
 */

export interface NormalizePlan {
  /** Sheet name → cells to write (sheets without a listing are absent). */
  readonly sheets: ReadonlyMap<string, PatchCell[]>;
  readonly tables: number;
  readonly rows: number;
  /** Set when the workbook could not be read: nothing may be written then. */
  readonly unreadable: UnreadableFileError | null;
}

interface TableWork {
  table: TableInfo;
  rows: ListingRow[];
  lastCol: number;
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
      const finishTable = (w: TableWork) => {
        tables++;
        const t = w.table;
        const month = settle(w, options.month ?? null);
        const header = rawByNumber.get(t.headerRow);
        const existing = header ? header.values.findIndex((v) => v?.type === 'string' && isDerivedHeader(v.text) && v.text.trim().toLowerCase() === DERIVED_HEADERS[0].toLowerCase()) : -1;
        const start = existing >= 0 ? existing : w.lastCol + 2;
        const replace = existing >= 0;
        const put = (row: number, values: readonly (string | number | null)[]) => {
          values.forEach((value, k) => {
            const col = start + k;
            written.add(`${row}:${col}`);
            cells.push({ row, col, value, replace });
          });
        };
        put(t.headerRow, DERIVED_HEADERS);
        for (const row of w.rows) {
          rowCount++;
          const rowMonth = t.columns.has('month') ? row.month : null;
          put(row.rowNumber, deriveListingValues(row, rowMonth ?? month, config));
        }
      };

      const splitter = new SheetSplitter({ file, sheet: sheet.name, sheetState: sheet.state });
      const events = (function* () {
        for (const r of stripped) yield* splitter.feed(r);
        yield* splitter.finish();
      })();
      for (const ev of events) {
        const t = ev.table;
        if (t.kind !== 'kol-listing') continue;
        if (ev.type === 'table-start') {
          t.contextMonth = contextMonthOf(t, year);
          const header = stripped.find((r) => r.rowNumber === t.headerRow);
          work.set(t, { table: t, rows: [], lastCol: header ? lastNonEmpty(header.values) : 0,
            rowMonths: new Set(), postMonths: new Set(), rowsWithoutMonth: 0 });
        } else if (ev.type === 'row') {
          const w = work.get(t)!;
          const row = readListingRow(ev.row, t, ctx, brands);
          w.rows.push(row);
          w.lastCol = Math.max(w.lastCol, lastNonEmpty(ev.row.values));
          if (row.postDate?.ok) w.postMonths.add(row.postDate.iso.slice(0, 7));
          if (t.columns.has('month') && row.month) w.rowMonths.add(row.month);
          else w.rowsWithoutMonth++;
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
    return { sheets: new Map(), tables, rows: rowCount, unreadable: error };
  }
  return { sheets, tables, rows: rowCount, unreadable: null };
}


