import type { Config } from '../config/schema.js';
import { Interpreter } from '../interpret/pipeline.js';
import { EMPTY, isEmptyCell, type RawRow } from '../model/cell.js';
import { UnreadableFileError, type WorkbookSource } from '../model/source.js';
import type { TableInfo } from '../model/table.js';
import { asUnreadable, openWorkbook, type OpenOptions } from '../readers/index.js';
import type { TableKind } from '../model/table.js';
import type { ReadContext, RunOptions } from '../rows/context.js';
import {
  affiliateHeaders, DERIVED_HEADERS, deriveAffiliateValues, deriveListingValues, deriveRecapValues,
  isDerivedHeader, recapHeaders, type DerivedValue,
} from './derive.js';
import type { PatchCell } from './xlsx-patch.js';

/**
 * What `kolops normalize` would write: the workbook read through the one interpretation
 * pipeline (interpret/pipeline.ts), as `kolops check` reads it, and for every KOL
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
  rows: DerivedRow[];
  lastCol: number;
  lastRow: number;
}

function lastNonEmpty(values: RawRow['values']): number {
  for (let i = values.length - 1; i >= 0; i--) if (!isEmptyCell(values[i])) return i;
  return -1;
}

export async function planNormalize(
  file: string, config: Config, options: RunOptions & { delimiter?: string },
  open: (path: string, opts: OpenOptions) => Promise<WorkbookSource> = openWorkbook,
): Promise<NormalizePlan> {
  const ctx: ReadContext = { config, options };
  const interpreter = new Interpreter(ctx, { month: options.month ?? null });
  const sheets = new Map<string, PatchCell[]>();
  let tables = 0;
  let rowCount = 0;
  const kinds: Record<TableKind, number> = { 'kol-listing': 0, 'posting-recap': 0, 'affiliate-deals': 0, 'content-calendar': 0 };
  let sideBySide: { sheet: string; row: number } | null = null;
  try {
    const workbook = await open(file, { delimiter: options.delimiter, limits: config.limits });
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
        const month = t.month;
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
      // The one interpretation pipeline reads the sheet, as `kolops check` does; only what is written differs.
      const reader = interpreter.sheet(file, sheet, workbook.format, {
        tableStart(t, recap) {
          const headers = t.kind === 'kol-listing' ? [...DERIVED_HEADERS]
            : recap ? recapHeaders(recap)
              : affiliateHeaders(t.columns.has('commission'));
          const header = stripped.find((r) => r.rowNumber === t.headerRow);
          work.set(t, { table: t, headers, rows: [], lastCol: header ? lastNonEmpty(header.values) : 0, lastRow: t.headerRow });
        },
        row(row, t) {
          const w = work.get(t)!;
          w.lastCol = Math.max(w.lastCol, lastNonEmpty(row.values));
          w.lastRow = Math.max(w.lastRow, row.rowNumber);
        },
        listingRow(row) {
          const rowMonth = row.table.columns.has('month') ? row.month : null;
          work.get(row.table)!.rows.push({ rowNumber: row.rowNumber, values: (month) => deriveListingValues(row, rowMonth ?? month, config) });
        },
        recapRow(entries, row, t, layout) {
          // A row that is no recap entry (nothing posted, nobody named) gets nothing.
          if (entries.length) work.get(t)!.rows.push({ rowNumber: row.rowNumber, values: (month) => deriveRecapValues(entries, layout, month) });
        },
        affiliateRow(row) {
          // Meta rows (`Yang sudah deal: 10`) get nothing: a second cell would make them a deal row.
          const hasCommission = row.table.columns.has('commission');
          work.get(row.table)!.rows.push({ rowNumber: row.rowNumber, values: (month) => deriveAffiliateValues(row, month, hasCommission) });
        },
        tableEnd(t) {
          finishTable(work.get(t)!);
          work.delete(t);
        },
      });
      for (const r of stripped) reader.feed(r);
      reader.finish();
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
    const error = asUnreadable(err);
    return { sheets: new Map(), tables, rows: rowCount, kinds, unreadable: error, sideBySide: null };
  }
  return { sheets, tables, rows: rowCount, kinds, unreadable: null, sideBySide };
}


