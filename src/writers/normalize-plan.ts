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
import { EditBlock, SheetEdits } from './sheet-edits.js';

/**
 * What `kolops normalize` would write: the workbook read through the one interpretation
 * pipeline (interpret/pipeline.ts), as `kolops check` reads it, and for every KOL
 * listing, posting recap and affiliate deal table the derived cells beside it.
 *
 * Derived columns a previous run wrote are recognised by their `kolops: …` headers and
 * hidden from the reading (so they never shift where the table ends, nor keep a row
 * alive that the team emptied), then refreshed in place.
 *
 * Rows stream through: each row's derived values are worked out when the pipeline reads
 * it and kept as values only (sheet-edits.ts), never the row itself, so what the plan
 * holds is a few values per listing row (issue 17: memory that does not grow with the
 * interpreted rows).
 */

export interface NormalizePlan {
  /** Sheet name → cells to write (sheets without a table are absent). */
  readonly sheets: ReadonlyMap<string, SheetEdits>;
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

interface TableWork {
  table: TableInfo;
  block: EditBlock;
  /** Where the block goes when its header row already has its first kolops header (a run before), else -1. */
  existing: number;
  lastCol: number;
  lastRow: number;
}

/** Columns a worksheet can have (XFD). */
const COLUMNS = 16384;

/** Every derived header starts so (derive.ts); testing this first spares a trimmed, lower-cased copy of each text cell. */
const MAY_BE_DERIVED = /^\s*kolops:/i;

/** The derived column every kind has: a row's own month, else its table's (derive.ts). */
const MONTH_HEADER = 'kolops: Month';

function lastNonEmpty(values: RawRow['values']): number {
  for (let i = values.length - 1; i >= 0; i--) if (!isEmptyCell(values[i])) return i;
  return -1;
}

/**
 * A derived header turned up in a column that rows read before it had values in: those
 * rows should have been read with the column hidden. Read again, the columns known first.
 */
class DerivedColumnsLate extends Error {}

export async function planNormalize(
  file: string, config: Config, options: RunOptions & { delimiter?: string },
  open: (path: string, opts: OpenOptions) => Promise<WorkbookSource> = openWorkbook,
): Promise<NormalizePlan> {
  try {
    return await planOnce(file, config, options, open, null);
  } catch (err) {
    if (!(err instanceof DerivedColumnsLate)) throw err;
  }
  return planOnce(file, config, options, open, await derivedColumnsOf(file, config, options, open));
}

/** Per sheet, in workbook order, the columns holding a derived header anywhere: one pass of the reader alone. */
async function derivedColumnsOf(
  file: string, config: Config, options: { delimiter?: string },
  open: (path: string, opts: OpenOptions) => Promise<WorkbookSource>,
): Promise<Set<number>[] | null> {
  const out: Set<number>[] = [];
  try {
    const workbook = await open(file, { delimiter: options.delimiter, limits: config.limits });
    for await (const sheet of workbook.sheets) {
      const cols = new Set<number>();
      for await (const r of sheet.rows) r.values.forEach((v, i) => { if (v?.type === 'string' && isDerivedHeader(v.text)) cols.add(i); });
      out.push(cols);
    }
  } catch {
    // The planning pass reads the file again and says what is wrong with it.
    return null;
  }
  return out;
}

/** Grows by doubling: a number per sheet row (row numbers reach 1,048,576 at most). */
class RowNumbers {
  private data = new Int32Array(1024);

  set(row: number, value: number): void {
    if (row >= this.data.length) {
      const next = new Int32Array(Math.max(row + 1, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[row] = value;
  }

  get(row: number): number {
    return row < this.data.length ? this.data[row]! : 0;
  }
}

async function planOnce(
  file: string, config: Config, options: RunOptions & { delimiter?: string },
  open: (path: string, opts: OpenOptions) => Promise<WorkbookSource>,
  known: readonly Set<number>[] | null,
): Promise<NormalizePlan> {
  const ctx: ReadContext = { config, options };
  const interpreter = new Interpreter(ctx, { month: options.month ?? null });
  const sheets = new Map<string, SheetEdits>();
  let tables = 0;
  let rowCount = 0;
  const kinds: Record<TableKind, number> = { 'kol-listing': 0, 'posting-recap': 0, 'affiliate-deals': 0, 'content-calendar': 0 };
  let sideBySide: { sheet: string; row: number } | null = null;
  try {
    const workbook = await open(file, { delimiter: options.delimiter, limits: config.limits });
    let sheetIndex = 0;
    for await (const sheet of workbook.sheets) {
      // Columns holding a derived header anywhere in the sheet were written by kolops. Found
      // as the rows come (a derived header stands in its table's header row, above what it
      // heads); `seen` proves no row read before the header had a value in its column.
      const derivedCols = new Set<number>(known?.[sheetIndex] ?? []);
      sheetIndex++;
      const seen = new Uint8Array(COLUMNS);
      /** Header rows' derived headers (column, lower-cased text), by row: only rows that have one. */
      const derivedHeaders = new Map<number, { col: number; text: string }[]>();
      /** Per row, 2 + its last non-empty column as read (0: not read). */
      const lastCols = new RowNumbers();
      /** Derived cells with a value, (row, col) pairs: emptied at the end unless rewritten. */
      const stale: number[] = [];

      const edits = new SheetEdits(derivedCols);
      /**
       * A row's values go into its table's block. On a run over kolops's own columns the
       * block's place is known from the header, so the row's old derived cells are being
       * rewritten, not left over: dropped from `stale` now (they are the last ones in it),
       * so the list holds only the few rows in flight, not every row of the table.
       */
      const added = (w: TableWork, rowNumber: number, values: DerivedValue[]) => {
        w.block.add(rowNumber, values);
        if (w.existing < 0) return;
        const from = w.existing;
        const to = from + w.block.width;
        let i = stale.length;
        while (i >= 2 && stale[i - 2]! >= rowNumber) i -= 2;
        let out = i;
        for (let j = i; j < stale.length; j += 2) {
          const r = stale[j]!;
          const c = stale[j + 1]!;
          if (r === rowNumber && c >= from && c < to) continue;
          stale[out++] = r;
          stale[out++] = c;
        }
        stale.length = out;
      };
      const work = new Map<TableInfo, TableWork>();
      const spans: { from: number; to: number }[] = [];
      const finishTable = (w: TableWork) => {
        tables++;
        const t = w.table;
        kinds[t.kind]++;
        const overlap = spans.find((s) => s.from <= w.lastRow && t.headerRow <= s.to);
        if (overlap && !sideBySide) sideBySide = { sheet: sheet.name, row: t.headerRow };
        spans.push({ from: t.headerRow, to: w.lastRow });
        const b = w.block;
        const existing = w.existing;
        // The month is settled only now: rows without one of their own take the table's.
        b.settle(existing >= 0 ? existing : w.lastCol + 2, existing >= 0, t.month);
        rowCount += b.rowCount;
        edits.blocks.push(b);
      };
      // The one interpretation pipeline reads the sheet, as `kolops check` does; only what is written differs.
      const reader = interpreter.sheet(file, sheet, workbook.format, {
        tableStart(t, recap) {
          const headers = t.kind === 'kol-listing' ? [...DERIVED_HEADERS]
            : recap ? recapHeaders(recap)
              : affiliateHeaders(t.columns.has('commission'));
          const read = lastCols.get(t.headerRow);
          const block = new EditBlock(t.headerRow, headers, headers.lastIndexOf(MONTH_HEADER));
          const first = headers[0]!.toLowerCase();
          const existing = derivedHeaders.get(t.headerRow)?.find((h) => h.text === first)?.col ?? -1;
          work.set(t, { table: t, block, existing, lastCol: read === 0 ? 0 : read - 2, lastRow: t.headerRow });
        },
        row(row, t) {
          const w = work.get(t)!;
          w.lastCol = Math.max(w.lastCol, lastNonEmpty(row.values));
          w.lastRow = Math.max(w.lastRow, row.rowNumber);
        },
        // A null month is the table's, filled in at its end (every derive function gives `own ?? month`).
        listingRow(row) {
          const rowMonth = row.table.columns.has('month') ? row.month : null;
          added(work.get(row.table)!, row.rowNumber, deriveListingValues(row, rowMonth, config));
        },
        recapRow(entries, row, t, layout) {
          // A row that is no recap entry (nothing posted, nobody named) gets nothing.
          if (entries.length) added(work.get(t)!, row.rowNumber, deriveRecapValues(entries, layout, null));
        },
        affiliateRow(row) {
          // Meta rows (`Yang sudah deal: 10`) get nothing: a second cell would make them a deal row.
          const hasCommission = row.table.columns.has('commission');
          added(work.get(row.table)!, row.rowNumber, deriveAffiliateValues(row, null, hasCommission));
        },
        tableEnd(t) {
          finishTable(work.get(t)!);
          work.delete(t);
        },
      });
      for await (const r of sheet.rows) {
        const values = r.values;
        let headersHere: { col: number; text: string }[] | undefined;
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (v?.type !== 'string' || !MAY_BE_DERIVED.test(v.text) || !isDerivedHeader(v.text)) continue;
          (headersHere ??= []).push({ col: i, text: v.text.trim().toLowerCase() });
          if (derivedCols.has(i)) continue;
          if (seen[i]) throw new DerivedColumnsLate();
          derivedCols.add(i);
        }
        if (headersHere) derivedHeaders.set(r.rowNumber, headersHere);
        let fed: RawRow = r;
        if (derivedCols.size > 0) {
          for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (derivedCols.has(i) && !isEmptyCell(v)) stale.push(r.rowNumber, i);
          }
          fed = { ...r, values: values.map((v, i) => (derivedCols.has(i) ? EMPTY : v)) };
        }
        if (known === null) {
          for (let i = 0; i < values.length && i < COLUMNS; i++) {
            const v = values[i];
            if (v !== undefined && v.type !== 'empty') seen[i] = 1;
          }
        }
        lastCols.set(r.rowNumber, lastNonEmpty(fed.values) + 2);
        reader.feed(fed);
      }
      reader.finish();
      // Derived cells left from an earlier run on rows that are no longer listing rows.
      const order: [number, number][] = [];
      for (let i = 0; i < stale.length; i += 2) {
        const row = stale[i]!;
        const col = stale[i + 1]!;
        if (!edits.blocks.some((b) => col >= b.start && col < b.start + b.width && b.has(row))) order.push([row, col]);
      }
      order.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [row, col] of order) edits.clear(row, col);
      if (edits.size > 0) sheets.set(sheet.name, edits);
    }
  } catch (err) {
    if (err instanceof DerivedColumnsLate) throw err;
    const error = asUnreadable(err);
    return { sheets: new Map(), tables, rows: rowCount, kinds, unreadable: error, sideBySide: null };
  }
  return { sheets, tables, rows: rowCount, kinds, unreadable: null, sideBySide };
}

export type { DerivedValue };
