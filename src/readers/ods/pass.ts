/**
 * One reading of content.xml, front to back, a piece at a time as its reader asks. All of
 * an OpenDocument spreadsheet's sheets are in that one part, so the sheets are found by
 * reading it: the sheets of a workbook share one pass, each taking its rows as the pass
 * reaches them, and a sheet read again (or out of order) gets a pass of its own.
 */
import type { RawRow } from '../../model/cell.js';
import type { ReadNotice } from '../../model/source.js';
import { RawXmlScanner } from '../xml/scanner.js';
import { CONTENT_NAMES, ContentScanner, type RowItem } from './content.js';
import { StyleBook } from './styles.js';

/** Where a pass gets the document: a fresh reading of its text each time it is called. */
export interface ContentSource {
  text(): AsyncIterable<string>;
  /** The styles read before content.xml (styles.xml's). */
  readonly styles: StyleBook;
  readonly notices: ReadNotice[];
  readonly maxCells: number;
}

/** A repeated row is expanded this many rows to a batch: a repeat count cannot make one batch huge. */
const EXPANDED_BATCH_ROWS = 4096;

export class ContentPass {
  readonly content: ContentScanner;
  private readonly xml: RawXmlScanner;
  private readonly pieces: AsyncIterator<string>;
  done = false;

  constructor(source: ContentSource, wants: (table: number) => boolean) {
    this.content = new ContentScanner({ styles: new StyleBook(source.styles), notices: source.notices, maxCells: source.maxCells, wants });
    this.xml = new RawXmlScanner(this.content, CONTENT_NAMES);
    this.pieces = source.text()[Symbol.asyncIterator]();
  }

  /** Scan one more piece of the document (the end, at the end). */
  async step(): Promise<void> {
    if (this.done) return;
    const next = await this.pieces.next();
    if (next.done) {
      this.done = true;
      this.xml.end();
      return;
    }
    this.xml.push(next.value);
  }

  /** Scan until table `index` has started, or the document ends without it. */
  async reach(index: number): Promise<void> {
    while (this.content.tables.length <= index && !this.done) await this.step();
  }

  /** The rows of table `index` scanned so far and not yet taken. */
  take(index: number): RowItem[] {
    const rows = this.content.ready.get(index);
    if (!rows) return [];
    this.content.ready.delete(index);
    return rows;
  }

  /** Forget the rows queued for tables nobody will take from this pass. */
  drop(keep: (table: number) => boolean): void {
    for (const index of [...this.content.ready.keys()]) if (!keep(index)) this.content.ready.delete(index);
  }

  /** Stop reading: the zip's inflater (or the file) is let go. */
  async close(): Promise<void> {
    this.done = true;
    await this.pieces.return?.();
  }

  /** Table `index`'s rows, in batches, reading on until the table ends. */
  async *batches(index: number): AsyncGenerator<RawRow[]> {
    for (;;) {
      const ended = this.done || this.content.tables[index]?.closed === true;
      yield* expand(this.take(index));
      if (ended) return;
      await this.step();
    }
  }
}

/** Queued rows as batches, a repeated row made one copy per row it stands for. */
function* expand(items: RowItem[]): Generator<RawRow[]> {
  if (items.length === 0) return;
  if (!items.some((item) => 'times' in item)) {
    yield items as RawRow[];
    return;
  }
  let batch: RawRow[] = [];
  for (const item of items) {
    if (!('times' in item)) {
      batch.push(item);
      continue;
    }
    const { row, times } = item;
    for (let i = 0; i < times; i++) {
      const rowNumber = row.rowNumber + i;
      batch.push(row.formulas ? { rowNumber, values: row.values.slice(), formulas: row.formulas } : { rowNumber, values: row.values.slice() });
      if (batch.length >= EXPANDED_BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
