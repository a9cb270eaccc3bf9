/**
 * Short texts kept as UTF-8 bytes in large blocks, a record of several fields at a time.
 *
 * Why: the posting join keeps a few texts of every listing row read (the KOL's name, the
 * account, the link) until the whole run is read. As JS strings each costs a 16-byte
 * header, its padding and a pointer, and the ropes and slices a parser builds keep more
 * alive than the text itself (measured: ~310 bytes a row of a 300,000-row listing); as
 * bytes here a record costs its UTF-8 length, a byte or two per field and 4 bytes of
 * offset. Fields are read back as new strings, so nothing here keeps the reader's text.
 */
const BLOCK_BITS = 20;
const BLOCK = 1 << BLOCK_BITS;
/** Blocks addressable by a 32-bit handle (block × 2²⁰ + position, unsigned): 4 GiB of text. */
const MAX_BLOCKS = 2 ** 32 / BLOCK;

export class TextArena {
  private readonly blocks: Buffer[] = [];
  private block: Buffer | null = null;
  private used = 0;

  /** Store `fields` (null kept apart from ''); returns the handle `read` takes. */
  add(fields: readonly (string | null)[]): number {
    let need = 0;
    for (const f of fields) need += f === null ? 1 : 5 + Buffer.byteLength(f, 'utf8');
    if (!this.block || this.used + need > this.block.length) {
      if (this.blocks.length >= MAX_BLOCKS) throw new RangeError('text arena full (4 GiB)');
      // A record larger than a block gets a block of its own.
      this.block = Buffer.allocUnsafe(Math.max(BLOCK, need));
      this.blocks.push(this.block);
      this.used = 0;
    }
    const handle = (this.blocks.length - 1) * BLOCK + this.used;
    const b = this.block;
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

  /** The `count` fields stored at `handle`, as new strings. */
  read(handle: number, count: number): (string | null)[] {
    const b = this.blocks[Math.floor(handle / BLOCK)]!;
    let p = handle % BLOCK;
    const out: (string | null)[] = new Array(count);
    for (let i = 0; i < count; i++) {
      let len = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = b[p++]!;
        len += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      if (len === 0) {
        out[i] = null;
        continue;
      }
      out[i] = b.toString('utf8', p, p + len - 1);
      p += len - 1;
    }
    return out;
  }

  /** Bytes held (blocks allocated), for the bench and the tests. */
  get bytes(): number {
    return this.blocks.reduce((n, b) => n + b.length, 0);
  }
}
