import { noteScratchFull, ScratchFile } from './scratch-file.js';

/**
 * Short texts kept as UTF-8 bytes in large blocks, a record of several fields at a time,
 * and past a few blocks kept on disk.
 *
 * Why bytes: the posting join keeps a few texts of every listing row read (the KOL's name,
 * the account, the link) until the whole run is read. As JS strings each costs a 16-byte
 * header, its padding and a pointer, and the ropes and slices a parser builds keep more
 * alive than the text itself (measured: ~310 bytes a row of a 300,000-row listing); as
 * bytes here a record costs its UTF-8 length, a byte or two per field and 4 bytes of
 * offset. Fields are read back as new strings, so nothing here keeps the reader's text.
 *
 * Why disk: even as bytes they grew with rows (~90 bytes a listing row: 27 MB at 300,000
 * rows, issue 17's "memory flat in rows"). So only the newest `blocksInMemory` blocks stay
 * in memory; a block that falls out is appended to a scratch file and read back through a
 * window — 64 KiB when reading goes on from where it was (the join's passes read rows in
 * order), 4 KiB when it jumps. Without scratch space (no writable temp directory, or a
 * write that fails) blocks stay in memory, as they did before.
 */
const BLOCK_BITS = 20;
const BLOCK = 1 << BLOCK_BITS;
/** Blocks addressable by a 32-bit handle (block × 2²⁰ + position, unsigned): 4 GiB of text. */
const MAX_BLOCKS = 2 ** 32 / BLOCK;
/** Blocks kept in memory by default: 4 MiB per arena, whatever the rows. */
export const BLOCKS_IN_MEMORY = 4;
const WINDOW_ON = 64 * 1024;
const WINDOW_JUMP = 4 * 1024;

export interface TextArenaOptions {
  /** Newest blocks kept in memory; older ones go to scratch (default `BLOCKS_IN_MEMORY`; Infinity: never). */
  blocksInMemory?: number;
}

export class TextArena {
  /** Per block: its bytes while in memory, else null (then it is in the scratch file). */
  private readonly blocks: (Buffer | null)[] = [];
  /** Per block on disk: where it starts in the file and how many of its bytes are used. */
  private readonly fileAt: number[] = [];
  private readonly fileLength: number[] = [];
  private block: Buffer | null = null;
  private used = 0;
  private blocksInMemory: number;
  /** The scratch file; `undefined` until first needed, null when none could be had. */
  private file: ScratchFile | null | undefined;
  private inMemory = 0;
  /** The window last read from disk: its block, its first position in the block and its bytes. */
  private windowBlock = -1;
  private windowStart = 0;
  private windowEnd = 0;
  private window: Buffer = Buffer.alloc(0);

  constructor(opts: TextArenaOptions = {}) {
    this.blocksInMemory = Math.max(1, opts.blocksInMemory ?? BLOCKS_IN_MEMORY);
  }

  /** Store `fields` (null kept apart from ''); returns the handle `read` takes. */
  add(fields: readonly (string | null)[]): number {
    let need = 0;
    for (const f of fields) need += f === null ? 1 : 5 + Buffer.byteLength(f, 'utf8');
    if (!this.block || this.used + need > this.block.length) this.newBlock(need);
    const handle = (this.blocks.length - 1) * BLOCK + this.used;
    const b = this.block!;
    let p = this.used;
    for (const f of fields) {
      if (f === null) {
        b[p++] = 0;
        continue;
      }
      // Length + 1 as a varint (0 is null), then the bytes.
      const start = p;
      p += 5;
      const n = b.write(f, p, 'utf8');
      let len = n + 1;
      let q = start;
      while (len >= 0x80) {
        b[q++] = (len & 0x7f) | 0x80;
        len >>>= 7;
      }
      b[q++] = len;
      if (q < p) b.copyWithin(q, p, p + n);
      p = q + n;
    }
    this.used = p;
    return handle;
  }

  private newBlock(need: number): void {
    if (this.blocks.length >= MAX_BLOCKS) throw new RangeError('text arena full (4 GiB)');
    if (this.block) this.fileLength[this.blocks.length - 1] = this.used;
    if (this.inMemory >= this.blocksInMemory) this.spillOldest();
    // A record larger than a block gets a block of its own.
    this.block = Buffer.allocUnsafe(Math.max(BLOCK, need));
    this.blocks.push(this.block);
    this.inMemory++;
    this.used = 0;
  }

  /** The oldest block still in memory, to the scratch file (never the block being filled). */
  private spillOldest(): void {
    if (this.file === undefined) this.file = ScratchFile.open(this);
    if (this.file === null) return;
    const i = this.blocks.findIndex((b) => b !== null);
    const bytes = this.blocks[i]!;
    try {
      this.fileAt[i] = this.file.append(bytes, this.fileLength[i]!);
    } catch {
      // A full disk: keep this and every later block in memory; what is on disk stays readable.
      this.blocksInMemory = Infinity;
      noteScratchFull();
      return;
    }
    this.blocks[i] = null;
    this.inMemory--;
  }

  /** The `count` fields stored at `handle`, as new strings. */
  read(handle: number, count: number): (string | null)[] {
    const block = Math.floor(handle / BLOCK);
    const at = handle % BLOCK;
    const b = this.blocks[block];
    if (b) return decode(b, at, b.length, count)!;
    // On disk: from the window when the record lies in it, else a window read at the record.
    if (block === this.windowBlock && at >= this.windowStart) {
      const out = decode(this.window, at - this.windowStart, this.windowEnd - this.windowStart, count);
      if (out) return out;
    }
    const goingOn = block === this.windowBlock && at >= this.windowStart && at <= this.windowEnd + WINDOW_ON;
    // `load` may replace the window's buffer: it runs before the buffer is taken.
    let held = this.load(block, at, goingOn ? WINDOW_ON : WINDOW_JUMP);
    const first = decode(this.window, 0, held, count);
    if (first) return first;
    // A record longer than the window: read all of the block from it on.
    held = this.load(block, at, this.fileLength[block]! - at);
    const whole = decode(this.window, 0, held, count);
    if (!whole) throw new Error(`text arena: record at ${handle} runs past its block`);
    return whole;
  }

  /** Reads `size` bytes of block `block` from position `at` into the window; how many it holds. */
  private load(block: number, at: number, size: number): number {
    const length = Math.min(size, this.fileLength[block]! - at);
    if (this.window.length < length) this.window = Buffer.allocUnsafe(Math.max(length, WINDOW_ON));
    const n = this.file!.readAt(this.window, length, this.fileAt[block]! + at);
    this.windowBlock = block;
    this.windowStart = at;
    this.windowEnd = at + n;
    return n;
  }

  /** Bytes of text blocks held in memory (allocated, used or not), for the bench and the tests. */
  get bytes(): number {
    return this.blocks.reduce((n, b) => n + (b ? b.length : 0), 0);
  }

  /** Bytes of text in the scratch file. */
  get spilledBytes(): number {
    return this.file ? this.file.size : 0;
  }

  /** Drops the scratch file now rather than when the arena is collected. The arena is not read after. */
  release(): void {
    this.file?.close();
    this.file = null;
  }
}

/** The `count` fields at `p` of `b` (up to `end`), or null when the record runs past `end`. */
function decode(b: Buffer, p: number, end: number, count: number): (string | null)[] | null {
  const out: (string | null)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    let len = 0;
    let shift = 0;
    let byte: number;
    do {
      if (p >= end) return null;
      byte = b[p++]!;
      len += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    if (len === 0) {
      out[i] = null;
      continue;
    }
    if (p + len - 1 > end) return null;
    out[i] = b.toString('utf8', p, p + len - 1);
    p += len - 1;
  }
  return out;
}
