import { cellText, isEmptyCell, isEmptyRow, type RawRow } from '../model/cell.js';
import type { SheetState } from '../model/source.js';
import type { ColumnId, TableInfo, TableRow } from '../model/table.js';
import { defaultMatcher, type HeaderMatch, type HeaderMatcher, type NearMiss } from './headers.js';

/** Where a splitter's events go, in order, as they happen: the pipeline, or an array. */
export interface EventSink {
  push(event: TableEvent): void;
}

export type TableEvent =
  | { readonly type: 'table-start'; readonly table: TableInfo }
  | { readonly type: 'row'; readonly table: TableInfo; readonly row: TableRow }
  | { readonly type: 'blank-row'; readonly table: TableInfo; readonly rowNumber: number }
  | { readonly type: 'table-end'; readonly table: TableInfo };

export interface SplitterOptions {
  file: string;
  sheet: string;
  sheetState: SheetState;
  /** How many rows after the sheet start (or a table's end) may hold a header. */
  headerSearchRows?: number;
  /** A run of this many blank rows ends a table, so formatted-but-empty rows never count. */
  maxBlankRun?: number;
  /** First table index (side-by-side bands number their tables apart). */
  indexBase?: number;
  /** Reads header rows: the config's own header words, then the vocabulary. */
  matcher?: HeaderMatcher;
  /**
   * Row numbers that skip are blank rows: an .xlsx leaves an empty row out of the file
   * (LibreOffice, exceljs), and the .ods reader never makes one, while a CSV record
   * spanning lines skips numbers without one.
   */
  gapsAreBlankRows?: boolean;
}

/** The first data rows of a table decide between headers that both name a column: an empty one never wins. */
const SAMPLE_ROWS = 20;

const TITLE_CONTEXT_ROWS = 5;

/**
 * Turns a sheet's rows, one at a time, into tables: finds each header by meaning,
 * keeps the title rows above it as context, reports blank rows that sit *inside* a
 * table, and ends a table at a run of blank rows or at the next header (stacked
 * blocks). Holds at most a handful of rows, never the sheet.
 */
export class TableSplitter {
  private current: TableInfo | null = null;
  private tableIndex = 0;
  private readonly indexBase: number;
  private pendingBlanks: number[] = [];
  /** A one-cell row inside a table that may turn out to be the title of the next block. */
  private heldTitle: TableRow | null = null;
  /** Recent rows outside any table, cell texts by column: titles and group rows for the next header. */
  private context: string[][] = [];
  private rowsSearched = 0;
  /** The current table's header cells, trimmed and lower-cased once, for `repeatsHeader`. */
  private headerKeys: string[] = [];
  private nonEmptyOutside = 0;
  private readonly searchRows: number;
  private readonly maxBlankRun: number;
  private readonly matcher: HeaderMatcher;
  /** The row number of the last row seen, to tell a left-out blank row in an .xlsx. */
  private lastRowNumber: number | null = null;
  /** A table whose column map waits for its first rows: its events are held until then. */
  private pending: { table: TableInfo; match: HeaderMatch; events: TableEvent[]; rows: TableRow[] } | null = null;
  /** The row that came closest to being a header, for an unknown table's message. */
  private closest: NearMiss | null = null;

  constructor(private readonly opts: SplitterOptions) {
    this.searchRows = opts.headerSearchRows ?? 30;
    this.maxBlankRun = opts.maxBlankRun ?? 5;
    this.indexBase = opts.indexBase ?? 0;
    this.matcher = opts.matcher ?? defaultMatcher();
  }

  /** What the row closest to a header had and lacked, when no table was found. */
  get nearMiss(): NearMiss | null {
    return this.closest;
  }

  /** Inside a table now (a new header would end it rather than start the first one). */
  get inTable(): boolean {
    return this.current !== null;
  }

  /** Rows with data that belonged to no table: a sheet with only these is an unknown table. */
  get unclaimedRows(): number {
    return this.nonEmptyOutside;
  }

  get tablesFound(): number {
    return this.tableIndex;
  }

  /** The row's events go to `events` as they happen (a sink, not an array a row: issue 17). */
  feed(raw: RawRow, events: EventSink): void {
    const gap = this.opts.gapsAreBlankRows && this.lastRowNumber !== null ? raw.rowNumber - this.lastRowNumber - 1 : 0;
    this.lastRowNumber = raw.rowNumber;
    if (gap > 0 && this.current) this.feedGap(raw.rowNumber - gap, gap, this.current, events);
    if (this.current) this.feedInTable(raw, this.current, events);
    else this.feedSearching(raw, events);
  }

  finish(events: EventSink): void {
    if (this.current) this.endTable(this.current, events);
  }

  /** Rows an .xlsx left out between two rows it has: blank rows, as if they were there. */
  private feedGap(first: number, count: number, table: TableInfo, events: EventSink): void {
    this.flushHeldTitle(table, events);
    for (let n = first; n < first + count && this.current; n++) {
      this.pendingBlanks.push(n);
      if (this.pendingBlanks.length >= this.maxBlankRun) this.endTable(table, events);
    }
  }

  /**
   * Every event goes out through here. While a table's first rows are read its events are
   * held: once they are in (or the table ends), a column whose header won but whose cells
   * are all empty gives way to another header that named the column too and has data,
   * and the held events go out in order.
   */
  private emit(events: EventSink, ev: TableEvent): void {
    const p = this.pending;
    if (!p || ev.table !== p.table) {
      events.push(ev);
      return;
    }
    p.events.push(ev);
    if (ev.type === 'row') p.rows.push(ev.row);
    if (ev.type === 'table-end' || p.rows.length >= SAMPLE_ROWS) {
      this.pending = null;
      this.settleColumns(p.table, p.match, p.rows);
      for (const held of p.events) events.push(held);
    }
  }

  private settleColumns(table: TableInfo, match: HeaderMatch, rows: readonly TableRow[]): void {
    const hasData = (index: number) => rows.some((r) => !isEmptyCell(r.values[index]));
    const columns = new Map(table.columns);
    const owner = new Map<number, ColumnId>([...columns].map(([c, i]) => [i, c]));
    const swapped: { column: ColumnId; from: number; to: number }[] = [];
    for (const [column, alts] of match.alternatives) {
      const at = columns.get(column);
      if (at === undefined || hasData(at) || rows.length === 0) continue;
      // Only a header nobody else needs: unassigned, or only a generic Notes column.
      const alt = alts.find((a) => hasData(a.index) && (!owner.has(a.index) || owner.get(a.index) === 'notes'));
      if (!alt) continue;
      const was = owner.get(alt.index);
      if (was) columns.delete(was);
      columns.set(column, alt.index);
      owner.set(alt.index, column);
      owner.delete(at);
      swapped.push({ column, from: at, to: alt.index });
    }
    if (swapped.length === 0) return;
    table.columns = columns;
    const how = new Map(table.reading.how);
    for (const s of swapped) {
      const alt = match.alternatives.get(s.column)!.find((a) => a.index === s.to)!;
      how.set(s.column, alt);
      for (const [c, m] of how) if (c !== s.column && m.index === s.to) how.delete(c);
    }
    const used = new Set(columns.values());
    const unmapped = [
      ...table.reading.unmapped.filter((u) => !used.has(u.index)),
      ...swapped.filter((s) => !used.has(s.from)).map((s) => ({ index: s.from, text: table.headers[s.from] ?? '', suggestion: s.column })),
    ].sort((a, b) => a.index - b.index);
    table.reading = { ...table.reading, how, unmapped, swapped };
  }

  private feedSearching(raw: RawRow, events: EventSink): void {
    const texts = raw.values.map(cellText);
    const nonEmpty = texts.filter((t) => t.trim() !== '');
    if (nonEmpty.length === 0) return;
    if (this.rowsSearched < this.searchRows) {
      this.rowsSearched++;
      if (this.tryStart(raw, texts, events)) return;
      const miss = this.matcher.nearMiss(texts);
      if (miss && (!this.closest || miss.found.length > this.closest.found.length)) this.closest = miss;
    }
    this.nonEmptyOutside++;
    this.context.push(texts);
    if (this.context.length > TITLE_CONTEXT_ROWS) this.context.shift();
  }

  private feedInTable(raw: RawRow, table: TableInfo, events: EventSink): void {
    if (this.isBlank(raw, table)) {
      this.flushHeldTitle(table, events);
      this.pendingBlanks.push(raw.rowNumber);
      if (this.pendingBlanks.length >= this.maxBlankRun) this.endTable(table, events);
      return;
    }
    // A row whose No cell holds a number is a data row; only a row that repeats this table's
    // header (the next stacked block) can open a new one. Matching every data row against
    // every header alias would cost more than reading the sheet.
    const numbered = this.hasNumberInNoColumn(raw, table);
    if (!numbered && this.repeatsHeader(raw)) {
      const texts = raw.values.map(cellText);
      if (this.matcher.match(texts)) {
        const title = this.heldTitle;
        this.heldTitle = null;
        this.endTable(table, events);
        if (title) this.context.push(title.values.map(cellText));
        this.tryStart(raw, texts, events);
        return;
      }
    }
    this.flushHeldTitle(table, events);
    const row: TableRow = raw; // the same shape: a data row is passed on as read, not copied
    if (!numbered && hasOneText(raw)) {
      this.heldTitle = row;
      return;
    }
    this.emitRow(table, row, events);
  }

  /** At least two cells say what the current table's header says in the same columns. */
  private repeatsHeader(raw: RawRow): boolean {
    const keys = this.headerKeys;
    const values = raw.values;
    let same = 0;
    for (let i = 0; i < keys.length && i < values.length; i++) {
      const key = keys[i]!;
      if (key === '') continue;
      // Most cells are strings: their text is read here rather than through `cellText`, every row (issue 17).
      const v = values[i];
      const text = v === undefined ? '' : v.type === 'string' ? v.text : cellText(v);
      if (text.length < key.length) continue;
      // Lower-case only what could match: the same length, or longer by surrounding spaces.
      const trimmed = text.length === key.length ? text : isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) ? text.trim() : null;
      if (trimmed !== null && trimmed.length === key.length && trimmed.toLowerCase() === key && ++same >= 2) return true;
    }
    return false;
  }

  private emitRow(table: TableInfo, row: TableRow, events: EventSink): void {
    if (this.pendingBlanks.length > 0) {
      for (const n of this.pendingBlanks) this.emit(events, { type: 'blank-row', table, rowNumber: n });
      this.pendingBlanks = []; // not a fresh empty array every row
    }
    table.rows++;
    this.emit(events, { type: 'row', table, row });
  }

  private flushHeldTitle(table: TableInfo, events: EventSink): void {
    if (!this.heldTitle) return;
    const row = this.heldTitle;
    this.heldTitle = null;
    this.emitRow(table, row, events);
  }

  private tryStart(raw: RawRow, texts: string[], events: EventSink): boolean {
    const match = this.matcher.match(texts);
    if (!match) return false;
    const table: TableInfo = {
      file: this.opts.file,
      sheet: this.opts.sheet,
      sheetState: this.opts.sheetState,
      index: this.indexBase + this.tableIndex++,
      kind: match.kind,
      headerRow: raw.rowNumber,
      columns: match.columns,
      reading: { how: match.how, unmapped: match.unmapped, evidence: match.evidence, dateColumns: match.dateColumns, swapped: [] },
      headers: texts,
      titleRows: this.context.map((cells) => cells.filter((t) => t.trim() !== '').join(' ')),
      titleCells: [...this.context],
      contextMonth: null,
      month: null,
      monthSource: null,
      brand: null,
      platform: null,
      rows: 0,
    };
    this.context = [];
    this.current = table;
    this.headerKeys = texts.map((t) => t.trim().toLowerCase());
    this.pendingBlanks = [];
    if (match.alternatives.size > 0) this.pending = { table, match, events: [], rows: [] };
    this.emit(events, { type: 'table-start', table });
    return true;
  }

  private endTable(table: TableInfo, events: EventSink): void {
    this.flushHeldTitle(table, events);
    this.pendingBlanks = [];
    this.current = null;
    this.rowsSearched = 0;
    this.emit(events, { type: 'table-end', table });
  }

  /** Blank means nothing but (perhaps) a running number: the seed's row 28 reads `28` and nothing else. */
  private isBlank(raw: RawRow, table: TableInfo): boolean {
    const noCol = table.columns.get('no');
    for (let i = 0; i < raw.values.length; i++) {
      if (isEmptyCell(raw.values[i])) continue;
      // Text in the No column (a block title, `Yang sudah deal: 10`) is content, a number is not.
      if (i === noCol && this.hasNumberInNoColumn(raw, table)) continue;
      return false;
    }
    return true;
  }

  private hasNumberInNoColumn(raw: RawRow, table: TableInfo): boolean {
    const noCol = table.columns.get('no');
    if (noCol === undefined) return false;
    const v = raw.values[noCol];
    if (!v) return false;
    if (v.type === 'number') return true;
    return v.type === 'string' && /^\s*\d+\s*\.?\s*$/.test(v.text);
  }
}

/** Whether `trim()` would remove this character (ASCII whitespace, NBSP and the other Unicode spaces). */
function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0xfeff || (c >= 0x1680 && /\s/.test(String.fromCharCode(c)));
}

/** Exactly one cell of the row shows text: a title or note row, not data. */
function hasOneText(raw: RawRow): boolean {
  let n = 0;
  for (const v of raw.values) if (cellText(v).trim() !== '' && ++n > 1) return false;
  return n === 1;
}

/** A row with every cell outside [from, to) blanked, column indexes kept (so cell references stay right). */
function sliceRow(raw: RawRow, from: number, to: number): RawRow {
  const values = raw.values.map((v, i) => (i >= from && i < to ? v : undefined));
  return { rowNumber: raw.rowNumber, values, formulas: raw.formulas };
}

/**
 * Column ranges of side-by-side tables in a header row: runs of non-empty cells split by
 * empty columns, kept only when at least two runs are each a header on their own (the
 * affiliate sheet with a Shopee block beside a TikTok Shop block).
 */
export function sideBySideBands(raw: RawRow, matcher: HeaderMatcher = defaultMatcher()): { from: number; to: number }[] | null {
  const runs: { from: number; to: number }[] = [];
  raw.values.forEach((v, i) => {
    if (isEmptyCell(v)) return;
    const last = runs.at(-1);
    if (last && last.to === i) last.to = i + 1;
    else runs.push({ from: i, to: i + 1 });
  });
  if (runs.length < 2) return null;
  const matched = runs
    .map((r) => ({ ...r, match: matcher.match(sliceRow(raw, r.from, r.to).values.map(cellText)) }))
    .filter((r) => r.match !== null);
  if (matched.length < 2) return null;
  // Side-by-side tables repeat their columns (two `Nama Akun | Link | Status` blocks); one
  // wide header with a spacer column has halves that mean different things.
  const seen = new Set<string>();
  let repeats = false;
  for (const r of matched) for (const id of r.match!.columns.keys()) {
    if (seen.has(id)) repeats = true;
    seen.add(id);
  }
  if (!repeats) return null;
  const headers = matched;
  // Each band reaches to the column before the next band's header starts.
  return headers.map((r, k) => ({ from: k === 0 ? 0 : r.from, to: headers[k + 1]?.from ?? Number.MAX_SAFE_INTEGER }));
}

const CONTEXT_ROWS = 5;

/**
 * A whole sheet: one TableSplitter over the full width until a header row turns out to
 * hold tables side by side; from then on, one TableSplitter per column band, each fed
 * the rows with the other bands blanked, and the title rows just above the header too.
 */
export class SheetSplitter {
  private readonly single: TableSplitter;
  private bands: { from: number; to: number; splitter: TableSplitter }[] | null = null;
  private recent: RawRow[] = [];

  constructor(private readonly opts: SplitterOptions) {
    this.single = new TableSplitter(opts);
  }

  get tablesFound(): number {
    return this.single.tablesFound + (this.bands ?? []).reduce((n, b) => n + b.splitter.tablesFound, 0);
  }

  get unclaimedRows(): number {
    return this.bands ? 0 : this.single.unclaimedRows;
  }

  /** What the row closest to a header had and lacked, when the sheet held no table. */
  get nearMiss(): NearMiss | null {
    return this.bands ? null : this.single.nearMiss;
  }

  feed(raw: RawRow, events: EventSink): void {
    if (this.bands) {
      for (const b of this.bands) b.splitter.feed(sliceRow(raw, b.from, b.to), events);
      return;
    }
    if (this.single.inTable) {
      this.recent.length = 0;
      this.single.feed(raw, events);
      return;
    }
    // Only where a header may start: checking every data row of a long table would cost a header match per row.
    const bands = isEmptyRow(raw) ? null : sideBySideBands(raw, this.opts.matcher);
    if (bands) {
      this.single.finish(events);
      this.bands = bands.map((b, k) => ({ ...b, splitter: new TableSplitter({ ...this.opts, indexBase: (k + 1) * 1000 }) }));
      for (const row of [...this.recent, raw]) this.feed(row, events);
      return;
    }
    if (!isEmptyRow(raw)) {
      this.recent.push(raw);
      if (this.recent.length > CONTEXT_ROWS) this.recent.shift();
    }
    if (this.single.inTable) this.recent = [];
    this.single.feed(raw, events);
  }

  finish(events: EventSink): void {
    if (this.bands) {
      for (const b of this.bands) b.splitter.finish(events);
      return;
    }
    this.single.finish(events);
  }
}
