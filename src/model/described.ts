/** What `kolops describe` tells of a workbook: the facts, no words (formatters/describe.ts words them). */
import type { SheetState, UnreadableFileError, WorkbookFormat } from './source.js';
import type { ColumnId, MatchHow, MonthSource, TableKind } from './table.js';

/** A row that was nearly a header: what it had, and what a kind would still need. */
export interface NearMissInfo {
  readonly kind: TableKind;
  readonly found: readonly ColumnId[];
  readonly missingSignature: readonly ColumnId[];
  readonly missingSubject: readonly ColumnId[];
}

export interface DescribedColumn {
  /** Column letter of the header cell. */
  readonly column: string;
  readonly header: string;
  /** The canonical column it was taken for; null when nothing took it. */
  readonly maps: ColumnId | null;
  /** `derived`: a column `kolops normalize` wrote beside the table, never read as the team's. */
  readonly how: MatchHow | 'layout' | 'derived' | null;
  readonly score: number | null;
  /** For a header nothing took: the column it most resembles. */
  readonly suggestion: ColumnId | null;
}

export interface DescribedTable {
  readonly kind: TableKind;
  /** The columns only this kind has that the header holds (a wide recap: its per-brand date columns). */
  readonly why: readonly ColumnId[];
  readonly layout: 'long' | 'wide' | 'blocks';
  readonly headerRow: number;
  readonly rows: number;
  readonly columns: readonly DescribedColumn[];
  /** Columns whose winning header stayed empty in the first rows while another header's did not. */
  readonly swapped: readonly { column: ColumnId; from: string; to: string }[];
  readonly month: string | null;
  readonly monthSource: MonthSource | null;
  /** The text the month was read from (the sheet name, a title row, the file name), when one was. */
  readonly monthFrom: string | null;
  /** No month for the table, but every row is dated by its own month, post or the recap's period. */
  readonly monthPerRow: boolean;
  readonly brand: string | null;
  readonly brandSource: 'sheet-or-title' | 'brand-column' | 'group-row' | null;
  /** A wide recap: the brand of each date column, from the group row above the header. */
  readonly dateBrands: readonly { column: string; brand: string | null }[];
  readonly platform: string | null;
  readonly titleRows: readonly string[];
}

export interface DescribedSheet {
  readonly name: string;
  readonly state: SheetState;
  readonly tables: readonly DescribedTable[];
  /** A sheet with data but no table: the row that came closest to a header, and what it lacked. */
  readonly nearMiss: NearMissInfo | null;
  readonly empty: boolean;
}

export interface DescribedFile {
  readonly path: string;
  readonly config: string | null;
  readonly format: WorkbookFormat | null;
  readonly sheets: readonly DescribedSheet[];
  /** Why the file could not be read at all. */
  readonly unreadable: UnreadableFileError | null;
  /** Why it could not be read, as `file/unreadable` words it, in the run's language. */
  readonly unreadableMessage: string | null;
}

