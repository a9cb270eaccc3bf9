import type { CellValue } from './cell.js';

export type TableKind = 'kol-listing' | 'posting-recap' | 'affiliate-deals' | 'content-calendar';

/** Canonical column ids: what a column means, whatever the sheet calls it. */
export type ColumnId =
  | 'no' | 'name' | 'handle' | 'followers' | 'address' | 'phone' | 'postDate'
  | 'prStatus' | 'platform' | 'brand' | 'link' | 'month' | 'deadline' | 'shipDate'
  | 'consent' | 'contactPerson' | 'tier' | 'notes'
  | 'account' | 'status' | 'videos' | 'lives' | 'proof' | 'commission' | 'sales' | 'target'
  | 'postLink' | 'caption' | 'views' | 'likes' | 'comments'
  // The content calendar's own columns (issue 16).
  | 'publishDate' | 'weekday' | 'publishTime' | 'contentType' | 'title' | 'hashtags' | 'approvedBy' | 'approvalDate'
  | 'createdDate' | 'campaign' | 'reach' | 'impressions' | 'shares' | 'saves';

/** How a header was matched to its column, best first: the team's config, a whole phrase, its words, a generic word. */
export type MatchHow = 'config' | 'exact' | 'words' | 'generic';

export interface ColumnMatch {
  /** 0-based column index of the header cell. */
  readonly index: number;
  readonly how: MatchHow;
  /** 0–1 for the vocabulary (1: exact), 2 for the team's own config. */
  readonly score: number;
}

/** A non-empty header cell that matched no column of the table's kind. */
export interface UnmappedHeader {
  readonly index: number;
  readonly text: string;
  /** The column it most resembles (a typo, or a column this kind does not have), if any. */
  readonly suggestion: ColumnId | null;
}

/** What kolops understood of a table's header: how each column was found, what matched nothing, why this kind. */
export interface TableReading {
  readonly how: ReadonlyMap<ColumnId, ColumnMatch>;
  readonly unmapped: readonly UnmappedHeader[];
  /** The columns only this kind of table has that the header holds. */
  readonly evidence: readonly ColumnId[];
  /** Every header naming a posting date (a wide recap has one per brand). */
  readonly dateColumns: readonly number[];
  /** Columns whose header won, but whose first rows were empty while another header's were not: swapped. */
  readonly swapped: readonly { column: ColumnId; from: number; to: number }[];
}

/** Where a table's month came from, in the order the SOP's workbooks say it. */
export type MonthSource = 'month-column' | 'sheet-name' | 'title-row' | 'file-name' | 'post-dates' | 'option';

/** A table found in a sheet: its header, what its columns mean, and its context. */
export interface TableInfo {
  readonly file: string;
  readonly sheet: string;
  readonly sheetState: 'visible' | 'hidden' | 'veryHidden';
  /** 0-based index of the table within its sheet (a sheet may hold several blocks). */
  readonly index: number;
  readonly kind: TableKind;
  readonly headerRow: number;
  /** Canonical column → 0-based column index (settled after the first rows: an empty column never wins). */
  columns: ReadonlyMap<ColumnId, number>;
  /** How the header was read, for `kolops describe` and the table rules. */
  reading: TableReading;
  /** Header text as written, by 0-based column index. */
  readonly headers: readonly string[];
  /** Non-empty rows directly above the header (titles like `LIST KOL OKTOBER 2025`). */
  readonly titleRows: readonly string[];
  /** The same rows cell by cell (0-based column index), for group rows that name a brand per column. */
  readonly titleCells: readonly (readonly string[])[];
  /** Month known before any row is read (sheet name, title, file name, option), else null. */
  contextMonth: { month: string; source: MonthSource } | null;
  /** Final month of the table, set at table end (adds post-dates and the option). */
  month: string | null;
  monthSource: MonthSource | null;
  brand: string | null;
  platform: string | null;
  /** Data rows (non-blank) seen so far. */
  rows: number;
  /**
   * Set at table end when no month was found for the table: how many of its rows have no
   * month of their own either (a recap entry is dated by its post, a recap by its period),
   * and so are left out of per-month figures.
   */
  undatedRows?: number;
}

/** A data row of a table. */
export interface TableRow {
  readonly rowNumber: number;
  readonly values: readonly (CellValue | undefined)[];
  readonly formulas?: ReadonlyMap<number, string>;
}
