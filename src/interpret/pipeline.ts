/**
 * The one interpretation pipeline: a sheet's rows → tables (kind, header row, column map,
 * month and brand with their sources) → typed row events (listing row, recap entries,
 * affiliate row and meta row, content-calendar row) → table end with the month settled. `check` and the
 * kind-only commands, `chase`, `report`, `normalize`, `diff` and `describe` all read
 * workbooks through this, so no two of them can disagree about what a sheet says.
 */
import type { RawRow } from '../model/cell.js';
import type { SheetState, WorkbookFormat } from '../model/source.js';
import type { TableInfo, TableKind, TableRow } from '../model/table.js';
import { metaOfRow, platformIn, readAffiliateMeta, readAffiliateRow, type AffiliateMeta, type AffiliateRow } from '../rows/affiliate.js';
import { BrandBook } from '../rows/brands.js';
import { readCalendarRow, type CalendarRow } from '../rows/calendar.js';
import { defaultYear, type ReadContext } from '../rows/context.js';
import { readListingRow, type ListingRow } from '../rows/listing.js';
import { readRecapRow, recapLayout, type RecapEntry, type RecapLayout } from '../rows/recap.js';
import { HeaderMatcher, type ColumnsConfig, type NearMiss } from '../tables/headers.js';
import { SheetSplitter } from '../tables/splitter.js';
import type { EventSink, TableEvent } from '../tables/splitter.js';
import { contextMonthOf } from './month.js';

/** What a consumer hears, in sheet order. Each hook is optional. */
export interface ReadHandlers {
  /** The header is read, the context month, brand and platform known; a recap's layout worked out. */
  tableStart?(table: TableInfo, recap: RecapLayout | null): void;
  /** Every data row as read, before it is interpreted (formula errors, ragged cells …). */
  row?(row: TableRow, table: TableInfo): void;
  listingRow?(row: ListingRow): void;
  /** A recap row's entries: one in the long layout, one per brand column in the wide one (none for a row that names no post). */
  recapRow?(entries: readonly RecapEntry[], row: TableRow, table: TableInfo, layout: RecapLayout): void;
  affiliateRow?(row: AffiliateRow): void;
  /** A deal block's meta row (`Yang sudah deal: 10`); `rowNumber` is the header's when it stands above it. */
  affiliateMeta?(table: TableInfo, meta: AffiliateMeta, rowNumber: number): void;
  /** A content-calendar row: one planned (or published) post. */
  calendarRow?(row: CalendarRow): void;
  blankRow?(table: TableInfo, rowNumber: number): void;
  /** The table is over: `table.month` and `table.monthSource` are final (null: no month found). */
  tableEnd?(table: TableInfo): void;
}

/** How a sheet read: the tables found, and for a sheet without one what came closest. */
export interface SheetOutcome {
  readonly tablesFound: number;
  /** Rows with data that belong to no table. */
  readonly unclaimedRows: number;
  readonly nearMiss: NearMiss | null;
}

export interface PipelineOptions {
  /** Kinds whose rows are interpreted; the others are found (and counted) but their rows skipped. Default: all. */
  read?: (kind: TableKind) => boolean;
  /** `--month`: the month of a table nothing else dates. */
  month?: string | null;
}

/** Per-table bookkeeping to settle the table's month at its end. */
interface TableState {
  /** Whether the table's kind is read (`PipelineOptions.read`), asked once per table. */
  read: boolean;
  /** Whether the table has a month column: a row's own month counts toward the table's only then. */
  monthColumn: boolean;
  recap: RecapLayout | null;
  postMonths: Set<string>;
  rowMonths: Set<string>;
  rowsWithoutMonth: number;
  /** Rows with no month of their own: left out of per-month figures when the table has none either. */
  undated: number;
  /** The month `noteRowMonth` added last. */
  lastMonth?: string;
}

/**
 * One per run and config: the header matcher (config `columns`), the brands, the year.
 * `sheet()` gives a reader for one sheet's rows.
 */
export class Interpreter {
  readonly matcher: HeaderMatcher;
  readonly brands: BrandBook;
  private readonly year: number | null;

  constructor(readonly ctx: ReadContext, private readonly options: PipelineOptions = {}) {
    this.matcher = new HeaderMatcher(ctx.config.columns as ColumnsConfig);
    this.brands = new BrandBook(ctx.config);
    this.year = defaultYear(ctx);
  }

  sheet(file: string, sheet: { name: string; state: SheetState }, format: WorkbookFormat, handlers: ReadHandlers): SheetInterpreter {
    return new SheetInterpreter(this, file, sheet, format, handlers, this.options, this.year);
  }
}

export class SheetInterpreter {
  private readonly splitter: SheetSplitter;
  private readonly states = new Map<TableInfo, TableState>();
  private readonly read: (kind: TableKind) => boolean;
  private lastTable: TableInfo | null = null;
  private lastState: TableState | null = null;

  constructor(
    private readonly interpreter: Interpreter, file: string, sheet: { name: string; state: SheetState }, format: WorkbookFormat,
    private readonly on: ReadHandlers, private readonly options: PipelineOptions, private readonly year: number | null,
  ) {
    this.splitter = new SheetSplitter({ file, sheet: sheet.name, sheetState: sheet.state, matcher: interpreter.matcher, gapsAreBlankRows: format !== 'csv' });
    this.read = options.read ?? (() => true);
  }

  /** The splitter hands each event straight to `event`: no array of events a row. */
  private readonly sink: EventSink = { push: (ev) => this.event(ev) };

  feed(raw: RawRow): void {
    this.splitter.feed(raw, this.sink);
  }

  finish(): SheetOutcome {
    this.splitter.finish(this.sink);
    return { tablesFound: this.splitter.tablesFound, unclaimedRows: this.splitter.unclaimedRows, nearMiss: this.splitter.nearMiss };
  }

  private stateOf(table: TableInfo): TableState {
    const st = this.states.get(table)!;
    this.lastTable = table;
    this.lastState = st;
    return st;
  }

  private event(ev: TableEvent): void {
    const table = ev.table;
    const on = this.on;
    switch (ev.type) {
      case 'table-start': {
        const { ctx, brands } = this.interpreter;
        table.contextMonth = contextMonthOf(table, this.year);
        table.brand = brands.findIn([table.sheet, ...table.titleRows].join(' '));
        if (table.kind === 'affiliate-deals') table.platform = platformIn(table.titleRows.join(' '));
        const recap = table.kind === 'posting-recap' ? recapLayout(table, ctx, brands) : null;
        if (recap?.wide) {
          // The wide recap's brand-named KOL column and its per-brand date columns are read, by the layout.
          const used = new Set([recap.nameColumn, ...recap.dateColumns.map((d) => d.column)]);
          table.reading = { ...table.reading, unmapped: table.reading.unmapped.filter((u) => !used.has(u.index)) };
        }
        this.states.set(table, { read: this.read(table.kind), monthColumn: table.columns.has('month'), recap, postMonths: new Set(), rowMonths: new Set(), rowsWithoutMonth: 0, undated: 0 });
        on.tableStart?.(table, recap);
        if (table.kind === 'affiliate-deals' && this.read(table.kind)) {
          // Meta rows may stand above the header, among the block's title rows.
          for (const title of table.titleRows) {
            const meta = readAffiliateMeta(title);
            if (meta) on.affiliateMeta?.(table, meta, table.headerRow);
          }
        }
        return;
      }
      case 'row': {
        // Rows of one table come in a run: its state is looked up once per run, not per row.
        const st = table === this.lastTable ? this.lastState! : this.stateOf(table);
        if (!st.read) return;
        on.row?.(ev.row, table);
        const { ctx, brands } = this.interpreter;
        if (table.kind === 'kol-listing') {
          const row = readListingRow(ev.row, table, ctx, brands);
          if (row.postDate?.ok) st.postMonths.add(row.postDate.iso.slice(0, 7));
          noteRowMonth(st, row.month);
          if (!(st.monthColumn && row.month)) st.undated++;
          on.listingRow?.(row);
        } else if (table.kind === 'affiliate-deals') {
          const meta = metaOfRow(ev.row);
          if (meta) {
            on.affiliateMeta?.(table, meta, ev.row.rowNumber);
          } else {
            const row = readAffiliateRow(ev.row, table, ctx, brands);
            noteRowMonth(st, row.month);
            if (!(st.monthColumn && row.month)) st.undated++;
            on.affiliateRow?.(row);
          }
        } else if (table.kind === 'content-calendar') {
          const row = readCalendarRow(ev.row, table, ctx, brands);
          if (row.date?.ok) st.postMonths.add(row.date.iso.slice(0, 7));
          noteRowMonth(st, st.monthColumn ? row.month : null);
          // A planned post is dated by its own publishing date.
          if (!row.month) st.undated++;
          on.calendarRow?.(row);
        } else {
          const entries = readRecapRow(ev.row, table, st.recap!, ctx, brands);
          for (const e of entries) {
            noteRowMonth(st, e.month);
            // A recap entry is dated by its own month, its post, or the period the recap's title names.
            if (!e.month && e.post.kind !== 'posted' && !e.periodEnd) st.undated++;
          }
          on.recapRow?.(entries, ev.row, table, st.recap!);
        }
        return;
      }
      case 'blank-row':
        if (this.read(table.kind)) on.blankRow?.(table, ev.rowNumber);
        return;
      case 'table-end': {
        settleMonth(table, this.states.get(table)!, this.options.month ?? null);
        this.states.delete(table);
        if (table === this.lastTable) {
          this.lastTable = null;
          this.lastState = null;
        }
        on.tableEnd?.(table);
        return;
      }
    }
  }
}

/** A row's own month counts toward the table's month only when the table has a month column. */
function noteRowMonth(st: TableState, month: string | null): void {
  if (st.monthColumn && month) {
    // Most rows repeat the last month seen: the set is asked only when it changes.
    if (month !== st.lastMonth) {
      st.rowMonths.add(month);
      st.lastMonth = month;
    }
  } else st.rowsWithoutMonth++;
}

/**
 * The table's month, in PRODUCT.md §2's order: the month column when every row agrees;
 * else the sheet name, a title row, the file name (the context month); else the post
 * dates when they all fall in one month; else `--month`. Else null: the table's month is
 * unknown, and it is said (`table/month-unknown`), never guessed.
 */
function settleMonth(table: TableInfo, st: TableState, optionMonth: string | null): void {
  if (st.rowMonths.size === 1 && st.rowsWithoutMonth === 0) {
    table.month = [...st.rowMonths][0]!;
    table.monthSource = 'month-column';
  } else if (table.contextMonth) {
    table.month = table.contextMonth.month;
    table.monthSource = table.contextMonth.source;
  } else if (st.postMonths.size === 1) {
    table.month = [...st.postMonths][0]!;
    table.monthSource = 'post-dates';
  } else if (optionMonth) {
    table.month = optionMonth;
    table.monthSource = 'option';
  }
  table.undatedRows = table.month === null ? st.undated : 0;
}
