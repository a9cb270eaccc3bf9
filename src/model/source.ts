import type { RawRow } from './cell.js';
import type { MessageArg } from './finding.js';
import { plainText } from './message-text.js';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** One sheet of a workbook (a CSV file is one sheet named after the file). */
export interface SheetSource {
  readonly name: string;
  readonly state: SheetState;
  /** Rows in order, one at a time; a reader never materialises the whole sheet for us. */
  readonly rows: AsyncIterable<RawRow>;
  /**
   * The same rows, as many at a time as one chunk of the file gave (the engine's path):
   * a promise per batch instead of per row is a tenth of a million-row read.
   */
  readonly batches?: AsyncIterable<readonly RawRow[]>;
}

/** A sheet's rows a batch at a time: the reader's own batches, else one row per batch. */
export async function* rowBatches(sheet: SheetSource): AsyncGenerator<readonly RawRow[]> {
  if (sheet.batches) {
    yield* sheet.batches;
    return;
  }
  for await (const row of sheet.rows) yield [row];
}

/** Something a reader noticed that is not a cell value: a ragged CSV record, a cached-result-less formula … */
export interface ReadNotice {
  /**
   * `ragged-row`: a CSV record with another number of fields than its header;
   * `bad-cell-ref` / `bad-row-number`: a cell or row outside Excel's grid (skipped);
   * `missing-shared-string`: a cell pointing at a string the file does not have;
   * `notices-capped`: more of one kind in a sheet than are listed.
   */
  readonly code: 'ragged-row' | 'bad-cell-ref' | 'bad-row-number' | 'missing-shared-string' | 'notices-capped';
  readonly sheet: string;
  readonly rowNumber: number;
  readonly args: Readonly<Record<string, string | number>>;
}

/** The format a reader read: what decides, for instance, whether a gap in row numbers is blank rows. */
export type WorkbookFormat = 'xlsx' | 'csv' | 'ods';

/** A workbook opened by a reader. `notices` fills while `sheets` is iterated. */
export interface WorkbookSource {
  readonly path: string;
  readonly format: WorkbookFormat;
  readonly sheets: AsyncIterable<SheetSource>;
  readonly notices: ReadNotice[];
}

/**
 * Why a file could not be read at all. `reason` is a message-catalogue key under
 * `unreadable.*`, so the words live in one place and exist in both languages.
 */
export type UnreadableReason =
  | 'ole-container'      // .xls or password-protected/encrypted .xlsx (OLE compound file)
  | 'encrypted'          // a password-protected .ods (its parts are ciphertext)
  | 'empty-file'
  | 'not-a-spreadsheet'  // PNG, PDF, random bytes named .xlsx
  | 'corrupt-zip'        // truncated or damaged xlsx or ods
  | 'unsupported-extension'
  | 'unsupported-spreadsheet' // .numbers, .xlsb …: a spreadsheet, in a format kolops does not read
  | 'permission-denied'  // the file exists but this user may not read it
  | 'folder-unreadable'  // a folder the walk could not list
  | 'symlink-loop'       // a link that leads back to itself or to a folder above it
  | 'broken-link'        // a link to something that is not there
  | 'too-large'          // a sheet that unpacks beyond limits.maxSheetBytes, or holds more than limits.maxCells
  | 'io-error';

/**
 * `detail` says which, or what the file is instead: a reference to a reader's or the zip
 * module's message (`{ key: 'zip:entry-cut-short', args: { entry } }`), rendered in the
 * run's language as the finding's `{detail}`, or a value quoted as it is (an extension,
 * a system error code). `message` stays English for logs: `english`, else the detail as
 * plain text.
 */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail: MessageArg = '',
    english?: string,
  ) {
    const text = english ?? plainText(detail, {});
    super(`${reason}${text ? `: ${text}` : ''}`);
    this.name = 'UnreadableFileError';
  }
}
