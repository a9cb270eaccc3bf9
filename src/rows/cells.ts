import { cellText, isEmptyCell, type CellValue } from '../model/cell.js';
import type { ColumnId, TableInfo, TableRow } from '../model/table.js';
import { parseDate } from '../parsers/date.js';

/** Reading one cell of a row by what its column means, shared by every row interpreter. */

export function cellOf(row: TableRow, table: TableInfo, col: ColumnId): CellValue | undefined {
  const i = table.columns.get(col);
  return i === undefined ? undefined : row.values[i];
}

/** The text of a column, trimmed; `null` when the table has no such column. A hyperlink gives its address. */
export function textOf(row: TableRow, table: TableInfo, col: ColumnId): string | null {
  if (!table.columns.has(col)) return null;
  const v = cellOf(row, table, col);
  if (v?.type === 'hyperlink') return (v.url || v.text).trim();
  return cellText(v).trim();
}

/** What a date parser gets from a cell: a serial number stays a number, anything else its text. */
export function dateInput(v: CellValue | undefined): string | number | null {
  if (!v || isEmptyCell(v)) return null;
  if (v.type === 'number') return v.value;
  // A date-time cell is its date: the time of day does not move a deadline or a post date.
  if (v.type === 'date') return v.iso;
  return cellText(v);
}

/** A cell read as a calendar date (ISO), or null when it is empty or not a date. */
export function isoOf(v: CellValue | undefined, year: number | null): string | null {
  const d = parseDate(dateInput(v), { year });
  return d.ok ? d.iso : null;
}
