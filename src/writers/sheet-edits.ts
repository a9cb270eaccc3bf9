/**
 * The cells `kolops normalize` writes into one worksheet, kept compact: one block per
 * table (its derived columns' first column and width, the header row, and per data row
 * its number and values in one flat array) plus the stale derived cells to empty. Why
 * not one object per cell (issue 17): a 100,000-row listing is 600,000 cells, and an
 * object, a closure and the interpreted row behind each of them was most of the memory
 * `normalize` took beyond a `check`. The patcher (xlsx-patch.ts) walks these rows in
 * sheet order, one row's cells at a time.
 */
import type { DerivedValue } from './derive.js';

/** One cell to write into a row: 0-based column; `null` empties the cell (drops it). */
export interface EditCell {
  readonly col: number;
  readonly value: string | number | null;
  /** The cell may already hold a value (one kolops wrote before): overwrite it. */
  readonly replace: boolean;
}

export interface RowEdit {
  readonly row: number;
  /** Sorted by column, each column once. */
  readonly cells: readonly EditCell[];
}

/** A rectangle of cells, 1-based rows, 0-based columns, inclusive. */
export interface CellRange {
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
}

/** Separators of the encoded rows: C0 controls, which no XML text can carry anyway. */
const VALUE_END = '\u001f';
const ROW_END = '\u001e';
/** Rows per encoded chunk: one flat string holds this many rows' values. */
const CHUNK_ROWS = 256;

/**
 * Where a table's derived columns go and what is in them. The values are kept encoded,
 * a chunk of rows to one flat string (`n12500␟stier␟␟…␞`: a type letter, the text, an
 * end mark; nothing for null), as they are read back in order, once: a row costs about
 * the length of its values, where an array of them (and the strings the parsers made,
 * which hold on to the cell texts they were cut from) cost three times that.
 */
export class EditBlock {
  private rowNumbers = new Int32Array(64);
  private count = 0;
  private readonly chunks: string[] = [];
  private open: string[] = [];
  private openRows = 0;
  /** Rows whose values hold a separator character: kept as they are (never seen in practice). */
  private readonly odd = new Map<number, readonly DerivedValue[]>();
  /** First derived column (0-based): known when the table ends. */
  start = 0;
  /** The block refreshes columns kolops wrote before (its first header was already there). */
  replace = false;
  /** The table's month, for rows without one of their own. */
  private month: string | null = null;
  private minRow = Infinity;
  private maxRow = -Infinity;
  private sorted = true;

  constructor(
    readonly headerRow: number,
    readonly headers: readonly string[],
    /** The value that is the row's month: null there means the table's, filled in by `settle`. */
    readonly monthIndex: number,
  ) {}

  get width(): number {
    return this.headers.length;
  }

  get rowCount(): number {
    return this.count;
  }

  add(rowNumber: number, values: readonly DerivedValue[]): void {
    // Every derive function gives one value per header (derive.ts); a short row would shift the next one.
    if (values.length !== this.width) throw new RangeError(`row ${rowNumber}: ${values.length} derived values for ${this.width} headers`);
    if (this.count === this.rowNumbers.length) {
      const next = new Int32Array(this.count * 2);
      next.set(this.rowNumbers);
      this.rowNumbers = next;
    }
    if (this.count > 0 && rowNumber <= this.rowNumbers[this.count - 1]!) this.sorted = false;
    this.rowNumbers[this.count++] = rowNumber;
    let any = false;
    let odd = false;
    for (const v of values) {
      if (v === null) {
        this.open.push(VALUE_END);
        continue;
      }
      any = true;
      if (typeof v === 'number') this.open.push('n', String(v), VALUE_END);
      else {
        if (v.includes(VALUE_END) || v.includes(ROW_END)) odd = true;
        this.open.push('s', v, VALUE_END);
      }
    }
    this.open.push(ROW_END);
    if (odd) this.odd.set(this.count - 1, [...values]);
    if (any) this.take(rowNumber);
    if (++this.openRows === CHUNK_ROWS) this.seal();
  }

  private take(row: number): void {
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
  }

  private seal(): void {
    if (this.openRows === 0) return;
    // join() makes one flat string: the parts (and what they were sliced from) can go.
    this.chunks.push(this.open.join(''));
    this.open = [];
    this.openRows = 0;
  }

  /** The table has ended: where its columns go, and its month for rows without their own. */
  settle(start: number, replace: boolean, month: string | null): void {
    this.seal();
    this.start = start;
    this.replace = replace;
    this.month = month;
    if (month !== null && this.monthIndex >= 0) for (let i = 0; i < this.count; i++) this.take(this.rowNumbers[i]!);
    // Readers give rows in sheet order; should one not, keep the lookups (binary searches) right.
    if (!this.sorted) this.sortRows();
    this.rowNumbers = this.rowNumbers.slice(0, this.count);
  }

  private sortRows(): void {
    const all = [...this.entries()].sort((a, b) => a.row - b.row);
    const month = this.month;
    this.month = null;
    this.chunks.length = 0;
    this.odd.clear();
    this.count = 0;
    this.sorted = true;
    // entries() filled in the month; re-encoded as it is, it stays filled in.
    for (const e of all) this.add(e.row, e.values);
    this.seal();
    this.month = month;
  }

  /** Is this row (the header or a data row) one the block writes? */
  has(row: number): boolean {
    return row === this.headerRow || indexOfRow(this.rowNumbers, this.count, row) >= 0;
  }

  /** Does any cell of the block (empty values included) fall in the range? */
  hits(r: CellRange): boolean {
    if (this.start > r.to.col || this.start + this.width - 1 < r.from.col) return false;
    if (this.headerRow >= r.from.row && this.headerRow <= r.to.row) return true;
    const i = lowerBound(this.rowNumbers, this.count, r.from.row);
    return i < this.count && this.rowNumbers[i]! <= r.to.row;
  }

  /** Rows with a value to write (the header always has), for `<dimension>`. */
  rowBounds(): { min: number; max: number } {
    return { min: Math.min(this.headerRow, this.minRow), max: Math.max(this.headerRow, this.maxRow) };
  }

  /** The data rows with their values, in order. */
  *entries(): Generator<{ row: number; values: DerivedValue[] }> {
    let i = 0;
    for (const chunk of this.chunks) {
      let at = 0;
      while (at < chunk.length) {
        const end = chunk.indexOf(ROW_END, at);
        const odd = this.odd.get(i);
        const values: DerivedValue[] = odd ? [...odd] : decodeRow(chunk, at, end);
        if (this.monthIndex >= 0 && values[this.monthIndex] === null) values[this.monthIndex] = this.month;
        yield { row: this.rowNumbers[i]!, values };
        i++;
        at = end + 1;
      }
    }
  }
}

function decodeRow(chunk: string, at: number, end: number): DerivedValue[] {
  const out: DerivedValue[] = [];
  while (at < end) {
    const stop = chunk.indexOf(VALUE_END, at);
    if (stop === at) out.push(null);
    else if (chunk.charCodeAt(at) === 110) out.push(Number(chunk.slice(at + 1, stop)));
    else out.push(chunk.slice(at + 1, stop));
    at = stop + 1;
  }
  return out;
}

function lowerBound(sorted: Int32Array, length: number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexOfRow(sorted: Int32Array, length: number, x: number): number {
  const i = lowerBound(sorted, length, x);
  return i < length && sorted[i] === x ? i : -1;
}

/** Bounds of the cells that get a value, for `<dimension>`. */
export interface WrittenBounds { minRow: number; maxRow: number; minCol: number; maxCol: number }

/** One sheet's edits: blocks in row order, then the stale cells to empty. */
export class SheetEdits {
  readonly blocks: EditBlock[] = [];
  /** (row, col) pairs, ascending by row then column. */
  private readonly clears: number[] = [];

  constructor(
    /** Columns holding a kolops header anywhere in the sheet: a block overwrites only these. */
    readonly derivedCols: ReadonlySet<number> = new Set(),
  ) {}

  /** Cells in any order, as a list (tests and small callers): sorted into rows here. */
  static fromCells(cells: readonly { row: number; col: number; value: string | number | null; replace?: boolean }[]): ListEdits {
    return new ListEdits(cells);
  }

  clear(row: number, col: number): void {
    this.clears.push(row, col);
  }

  get size(): number {
    let n = this.clears.length / 2;
    for (const b of this.blocks) n += b.width * (b.rowCount + 1);
    return n;
  }

  /** Does any target cell (empty values included) fall in the range? */
  hits(r: CellRange): boolean {
    if (this.blocks.some((b) => b.hits(r))) return true;
    for (let i = 0; i < this.clears.length; i += 2) {
      const row = this.clears[i]!;
      const col = this.clears[i + 1]!;
      if (row >= r.from.row && row <= r.to.row && col >= r.from.col && col <= r.to.col) return true;
    }
    return false;
  }

  bounds(): WrittenBounds | null {
    let b: WrittenBounds | null = null;
    const take = (row: number, col: number) => {
      if (!b) b = { minRow: row, maxRow: row, minCol: col, maxCol: col };
      else {
        if (row < b.minRow) b.minRow = row;
        if (row > b.maxRow) b.maxRow = row;
        if (col < b.minCol) b.minCol = col;
        if (col > b.maxCol) b.maxCol = col;
      }
    };
    for (const block of this.blocks) {
      // The header row has every column of the block; data rows only widen the rows.
      const rows = block.rowBounds();
      take(rows.min, block.start);
      take(rows.max, block.start + block.width - 1);
    }
    return b;
  }

  /** Rows with something to write, ascending, each with its cells sorted by column. */
  *rows(): Generator<RowEdit> {
    // Blocks never share a row (side-by-side tables are refused before anything is
    // written), but a stale cell may sit on a block's row: merge them, row by row.
    const heads = this.blocks.map((b) => {
      const entries = b.entries();
      return { block: b, entries, next: { row: b.headerRow, values: b.headers as readonly DerivedValue[] } as { row: number; values: readonly DerivedValue[] } | null };
    });
    let c = 0;
    for (;;) {
      let row = c < this.clears.length ? this.clears[c]! : Infinity;
      for (const h of heads) if (h.next && h.next.row < row) row = h.next.row;
      if (row === Infinity) return;
      const cells: EditCell[] = [];
      for (const h of heads) {
        if (!h.next || h.next.row !== row) continue;
        const b = h.block;
        const values = h.next.values;
        for (let j = 0; j < b.width; j++) {
          const col = b.start + j;
          // Overwrite only a column that already carries a kolops header: a block that grew
          // (a wide recap with a new brand column) must not take the team's next column.
          cells.push({ col, value: values[j] ?? null, replace: b.replace && this.derivedCols.has(col) });
        }
        const n = h.entries.next();
        h.next = n.done ? null : n.value;
      }
      while (c < this.clears.length && this.clears[c] === row) {
        cells.push({ col: this.clears[c + 1]!, value: null, replace: true });
        c += 2;
      }
      yield { row, cells: sortCells(row, cells) };
    }
  }
}

function sortCells(row: number, cells: EditCell[]): EditCell[] {
  cells.sort((a, b) => a.col - b.col);
  for (let i = 1; i < cells.length; i++) {
    if (cells[i]!.col === cells[i - 1]!.col) throw new RangeError(`cell ${cells[i]!.col}/${row} given twice`);
  }
  return cells;
}

/** Edits given as a plain list of cells (the patcher's tests, small callers). */
export class ListEdits {
  private readonly byRow = new Map<number, EditCell[]>();
  private readonly all: readonly { row: number; col: number; value: string | number | null }[];

  constructor(cells: readonly { row: number; col: number; value: string | number | null; replace?: boolean }[]) {
    this.all = cells;
    for (const c of cells) {
      if (!Number.isInteger(c.row) || c.row < 1 || !Number.isInteger(c.col) || c.col < 0) throw new RangeError(`bad cell ${c.row}/${c.col}`);
      const list = this.byRow.get(c.row) ?? [];
      if (list.some((x) => x.col === c.col)) throw new RangeError(`cell ${c.col}/${c.row} given twice`);
      list.push({ col: c.col, value: c.value, replace: c.replace ?? false });
      this.byRow.set(c.row, list);
    }
  }

  get size(): number {
    return this.all.length;
  }

  hits(r: CellRange): boolean {
    return this.all.some((c) => c.col >= r.from.col && c.col <= r.to.col && c.row >= r.from.row && c.row <= r.to.row);
  }

  bounds(): WrittenBounds | null {
    let b: WrittenBounds | null = null;
    for (const c of this.all) {
      if (c.value === null) continue;
      if (!b) b = { minRow: c.row, maxRow: c.row, minCol: c.col, maxCol: c.col };
      else b = { minRow: Math.min(b.minRow, c.row), maxRow: Math.max(b.maxRow, c.row), minCol: Math.min(b.minCol, c.col), maxCol: Math.max(b.maxCol, c.col) };
    }
    return b;
  }

  *rows(): Generator<RowEdit> {
    for (const row of [...this.byRow.keys()].sort((a, b) => a - b)) yield { row, cells: sortCells(row, [...this.byRow.get(row)!]) };
  }
}

/** What the patcher needs of a sheet's edits. */
export type Edits = Pick<SheetEdits, 'size' | 'hits' | 'bounds' | 'rows'>;
