/**
 * One normalised cell value. Every reader (xlsx, ods, csv) turns whatever the file holds
 * into exactly one of these, in one place per reader, so rules and parsers never see
 * exceljs objects or raw CSV quirks.
 */
export type CellValue =
  | { readonly type: 'empty' }
  | { readonly type: 'string'; readonly text: string }
  | { readonly type: 'number'; readonly value: number }
  /**
   * A calendar date with no time zone: `iso` is `YYYY-MM-DD`; a date-time cell keeps its
   * time of day too (`HH:MM` or `HH:MM:SS`), as the sheet shows it.
   */
  | { readonly type: 'date'; readonly iso: string; readonly time?: string }
  /** A time of day with no date (a `h:mm` cell, `19:00`): seconds since midnight, and as shown. */
  | { readonly type: 'time'; readonly seconds: number; readonly text: string }
  /** Elapsed time (a `[h]:mm:ss` cell): seconds, and `h:mm:ss`. */
  | { readonly type: 'duration'; readonly seconds: number; readonly text: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  /** A formula error such as `#REF!` or `#N/A` (cached result of a formula, or typed in). */
  | { readonly type: 'error'; readonly code: string }
  /** A hyperlink cell: the text shown and the address it points to. */
  | { readonly type: 'hyperlink'; readonly text: string; readonly url: string }
  /** A formula whose writer cached no result, so its value is unknown without recalculation. */
  | { readonly type: 'no-result'; readonly formula: string };

export const EMPTY: CellValue = Object.freeze({ type: 'empty' });

/** A row as a reader yields it: the sheet's own 1-based row number (CSV: line of the record). */
export interface RawRow {
  readonly rowNumber: number;
  /** Index 0 is column A. Missing entries are empty cells. */
  readonly values: readonly (CellValue | undefined)[];
  /** Cells whose value came from a formula, by 0-based column index → formula text. */
  readonly formulas?: ReadonlyMap<number, string>;
}

export function isEmptyCell(v: CellValue | undefined): boolean {
  if (!v || v.type === 'empty') return true;
  if (v.type === 'string') return v.text.trim() === '';
  return false;
}

export function isEmptyRow(row: RawRow): boolean {
  for (const v of row.values) if (!isEmptyCell(v)) return false;
  return true;
}

/** The text a person sees in the cell, as far as we can tell without number formats. */
export function cellText(v: CellValue | undefined): string {
  if (!v) return '';
  switch (v.type) {
    case 'empty': return '';
    case 'string': return v.text;
    case 'number': return String(v.value);
    case 'date': return v.time ? `${v.iso} ${v.time}` : v.iso;
    case 'time': return v.text;
    case 'duration': return v.text;
    case 'boolean': return v.value ? 'TRUE' : 'FALSE';
    case 'error': return v.code;
    case 'hyperlink': return v.text;
    case 'no-result': return '';
  }
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
