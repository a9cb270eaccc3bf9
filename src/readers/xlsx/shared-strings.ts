import { noteScratchFull, ScratchFile } from '../../collections/scratch-file.js';
import { EMPTY, type CellValue } from '../../model/cell.js';
import { ownString } from '../own-string.js';

/** Strings a chunk: its offsets are a 64 KiB array, its text one string. */
const CHUNK_BITS = 14;
const CHUNK_STRINGS = 1 << CHUNK_BITS;

/**
 * Characters of chunk text kept in memory before later chunks go to a scratch file: about
 * 2 MB, more than the whole table of any listing a team keeps by hand, so only the
 * tables of huge generated or LibreOffice-saved workbooks are ever spilled.
 */
export const RESIDENT_CHARS = 2 * 1024 * 1024;
/** Spilled chunks read back and held at a time: a sheet's rows ask for the strings in the order they were written. */
const WINDOW_CHUNKS = 4;

/** How a chunk's text is stored on scratch: one byte a character when it has no character past U+00FF. */
const LATIN1 = /^[\u0000-\u00ff]*$/;

interface Spilled {
  readonly at: number;
  readonly bytes: number;
  readonly encoding: 'latin1' | 'utf16le';
}

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
  /** A chunk's text, or null while it is on scratch and not read back. */
  private readonly chunks: (string | null)[] = [];
  private readonly starts: Uint32Array[] = [];
  private residentChars = 0;
  private readonly residentLimit: number;
  /** Where each spilled chunk is on scratch (by chunk index); none until the table outgrows `residentLimit`. */
  private readonly spilled = new Map<number, Spilled>();
  private scratch: ScratchFile | null = null;
  private scratchFailed = false;
  /** Spilled chunks read back now, least recently asked first. */
  private window: number[] = [];
  private loads = 0;
  /** The sheets ask all over the table rather than in order: chunks read back stay (memory as if never spilled). */
  private scattered = false;
  private pending: string[] = [];
  private seen = new Uint8Array(0);
  private readonly repeated = new Map<number, CellValue>();
  length = 0;

  constructor(options: { residentChars?: number } = {}) {
    this.residentLimit = options.residentChars ?? RESIDENT_CHARS;
  }

  static of(texts: readonly string[], options: { residentChars?: number } = {}): SharedStrings {
    const table = new SharedStrings(options);
    for (const t of texts) table.add(t);
    return table.finish();
  }

  /** Chunks on scratch (for tests and the bench's notes). */
  get spilledChunks(): number {
    return this.spilled.size;
  }

  /** Chunks read back from scratch so far. */
  get chunkLoads(): number {
    return this.loads;
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
    const text = texts.length === 1 ? ownString(texts[0]!) : texts.join('');
    this.starts.push(starts);
    this.pending = [];
    const index = this.chunks.length;
    this.chunks.push(text);
    if (this.residentChars + text.length <= this.residentLimit || !this.spill(index, text)) this.residentChars += text.length;
  }

  /**
   * The chunk to scratch and out of memory (issue 17: a 300k-row LibreOffice listing's
   * 701,528 strings were ~17 MB of live heap, and the garbage collector's headroom on top).
   * False when no scratch can be had or written (a full disk): the chunk stays in memory.
   */
  private spill(index: number, text: string): boolean {
    if (this.scratchFailed) return false;
    try {
      this.scratch ??= ScratchFile.open(this);
      if (this.scratch === null) {
        this.scratchFailed = true;
        return false;
      }
      const encoding = LATIN1.test(text) ? 'latin1' : 'utf16le';
      const bytes = Buffer.from(text, encoding);
      const at = this.scratch.append(bytes);
      this.spilled.set(index, { at, bytes: bytes.length, encoding });
      this.chunks[index] = null;
      return true;
    } catch {
      // A full disk: this chunk and every later one stay in memory.
      this.scratchFailed = true;
      noteScratchFull();
      return false;
    }
  }

  /** A spilled chunk's text, read back into the window (and the longest unasked one let go). */
  private load(c: number): string {
    const where = this.spilled.get(c)!;
    const buffer = Buffer.allocUnsafe(where.bytes);
    const read = this.scratch!.readAt(buffer, where.bytes, where.at);
    if (read !== where.bytes) throw new Error(`the scratch copy of the shared strings is short (${read} of ${where.bytes} bytes)`);
    const text = buffer.toString(where.encoding, 0, where.bytes);
    this.chunks[c] = text;
    this.loads++;
    // Read in order, a sheet loads each chunk about once; far more loads than chunks means
    // it asks all over the table, and evicting would read the same chunks again and again.
    if (!this.scattered && this.loads > 2 * this.spilled.size + 16) this.scattered = true;
    if (!this.scattered) {
      this.window.push(c);
      if (this.window.length > WINDOW_CHUNKS) this.chunks[this.window.shift()!] = null;
    }
    return text;
  }

  /** Lets go of the scratch file; the table is not read after this. */
  close(): void {
    this.scratch?.close();
    this.scratch = null;
  }

  /** String `i`, or undefined past the table's end. */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const c = i >>> CHUNK_BITS;
    const k = i & (CHUNK_STRINGS - 1);
    if (c === this.chunks.length) return this.pending[k];
    const starts = this.starts[c]!;
    const chunk = this.chunks[c];
    if (this.spilled.size === 0 || !this.spilled.has(c)) return chunk!.slice(starts[k]!, starts[k + 1]!);
    // A spilled chunk: its string is cut as a copy of its own, so a cell a rule keeps does
    // not hold the chunk in memory after the window lets it go.
    let text = chunk ?? this.load(c);
    if (chunk !== undefined && chunk !== null) this.touch(c);
    text = text.slice(starts[k]!, starts[k + 1]!);
    return ownString(text);
  }

  /** The window's chunk `c` was asked for again: it becomes the last to be let go. */
  private touch(c: number): void {
    const w = this.window;
    if (this.scattered || w[w.length - 1] === c) return;
    const at = w.indexOf(c);
    if (at >= 0) {
      w.splice(at, 1);
      w.push(c);
    }
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
