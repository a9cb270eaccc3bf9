import { EMPTY, type CellValue } from '../../model/cell.js';
import { ownString } from '../own-string.js';

/** Strings a chunk: its offsets are a 64 KiB array, its text one string. */
const CHUNK_BITS = 14;
const CHUNK_STRINGS = 1 << CHUNK_BITS;

/**
 * A workbook's shared strings (xl/sharedStrings.xml), kept as few long strings and their
 * offsets rather than a JS string each.
 *
 * Why: a LibreOffice listing shares every text cell, so its table grows with rows —
 * 701,528 strings at 300,000 rows. As strings of their own each cost a header and a
 * pointer beside its characters (~55 bytes, ~40 MB), and a garbage collector that sees
 * 40 MB live lets the heap grow to several times that before it collects (issue 17: the
 * 300k LibreOffice listing peaked at 2.2× the 100k one). Here a string costs its
 * characters and 4 bytes; `get` slices it out when a cell asks.
 *
 * A cell's value object is made once for a string seen twice (statuses, platforms, brands
 * repeat down every sheet) and fresh for one seen once (names, links): a value kept for
 * every string, per sheet, was an array as long as the table for each sheet read.
 */
export class SharedStrings {
  private readonly chunks: string[] = [];
  private readonly starts: Uint32Array[] = [];
  private pending: string[] = [];
  private seen = new Uint8Array(0);
  private readonly repeated = new Map<number, CellValue>();
  length = 0;

  static of(texts: readonly string[]): SharedStrings {
    const table = new SharedStrings();
    for (const t of texts) table.add(t);
    return table.finish();
  }

  add(text: string): void {
    this.pending.push(text);
    this.length++;
    if (this.pending.length === CHUNK_STRINGS) this.seal();
  }

  /** Done adding: the last chunk sealed. */
  finish(): this {
    if (this.pending.length > 0) this.seal();
    this.seen = new Uint8Array(this.length);
    return this;
  }

  private seal(): void {
    const texts = this.pending;
    const starts = new Uint32Array(texts.length + 1);
    let at = 0;
    for (let i = 0; i < texts.length; i++) {
      starts[i] = at;
      at += texts[i]!.length;
    }
    starts[texts.length] = at;
    // One flat string for the chunk: `join` copies the pieces, so no slice of the part's
    // text is kept — but a chunk of one string may be that string itself.
    this.chunks.push(texts.length === 1 ? ownString(texts[0]!) : texts.join(''));
    this.starts.push(starts);
    this.pending = [];
  }

  /** String `i`, or undefined past the table's end. */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const c = i >>> CHUNK_BITS;
    const k = i & (CHUNK_STRINGS - 1);
    if (c === this.chunks.length) return this.pending[k];
    const starts = this.starts[c]!;
    return this.chunks[c]!.slice(starts[k]!, starts[k + 1]!);
  }

  /** String `i` as a cell's value (EMPTY for ''), or undefined past the table's end. */
  value(i: number): CellValue | undefined {
    const known = this.repeated.get(i);
    if (known !== undefined) return known;
    const text = this.get(i);
    if (text === undefined) return undefined;
    const value: CellValue = text === '' ? EMPTY : { type: 'string', text };
    if (this.seen[i] === 1) this.repeated.set(i, value);
    else this.seen[i] = 1;
    return value;
  }
}
