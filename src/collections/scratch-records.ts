import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchDir, noteScratchFull, removeScratchDir } from './scratch-file.js';

/**
 * Keyed records kept on disk instead of in memory, for the duplicate rules over exports
 * of millions of rows (issue 17: "memory flat in rows"). Every row of such an export is
 * a key the rule must remember; at 3,000,000 distinct accounts their index alone was
 * 92 MB. Past a budget of keys in memory, rows go to scratch files instead — split by
 * the key's hash into partitions, so that at the end one partition at a time is read
 * back and its repeats found: Grace hash partitioning, as databases spill a join.
 *
 * The files are the run's own scratch, never a user's file: they live in a directory of
 * their own under the system's temp directory and are removed when read, or when the
 * process exits.
 *
 * A record: its length, a space (a scope's number), a tag (the caller's: a table), a
 * row, the key's UTF-8 bytes, then the caller's payload (texts). Two records are the same
 * key when space and key bytes are equal — exact, as `KeyIndex` is, not a hash match.
 */

/** How bytes reach a partition's file: `fs.writeSync`'s shape (tests pass one that fails as a full disk does). */
export type WriteBytes = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

/**
 * All `length` bytes, or as many as went before the write failed: a disk that fills
 * writes part of a buffer, then refuses the rest.
 */
function writeAll(write: WriteBytes, fd: number, buffer: Uint8Array, length: number): { done: number; failed: boolean } {
  let done = 0;
  try {
    while (done < length) done += write(fd, buffer, done, length - done);
    return { done, failed: false };
  } catch {
    return { done, failed: true };
  }
}

const NULL_TEXT = 0xffffffff;
const EMPTY_TAIL = Buffer.alloc(0);
const HEADER = 20; // length, space, tag, row, key length
const BUFFER_BYTES = 32 * 1024;

/** What a caller's payload is written with: texts, in an order its reader keeps. */
export interface RecordWriter {
  text(value: string | null): void;
  /**
   * A text of the few a column repeats (a month, a brand, a platform): kept once in
   * memory and written as its number, 4 bytes instead of its characters on every row.
   */
  symbol(value: string | null): void;
}

/** Reads a record's payload back, field by field, in the order it was written. */
export class RecordReader {
  constructor(private readonly buf: Buffer, private pos: number, private readonly symbols: readonly (string | null)[]) {}

  symbol(): string | null {
    const id = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return this.symbols[id]!;
  }

  text(): string | null {
    const n = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    if (n === NULL_TEXT) return null;
    const s = this.buf.toString('utf8', this.pos, this.pos + n);
    this.pos += n;
    return s;
  }
}

/** A record as the reader of a partition sees it. */
export interface ScratchRecord {
  readonly tag: number;
  readonly row: number;
  /** The fields after the key. */
  payload(): RecordReader;
}

/**
 * Partitions on disk, each with a buffer its records are written into in place (no copy
 * of a record per row): `begin` a record in a partition, write its payload's texts, `end` it.
 */
export class ScratchPartitions implements RecordWriter {
  private readonly fds: number[];
  private readonly buffers: Buffer[];
  private readonly filled: number[];
  /** Bytes written to each file, so reading back takes one buffer of the largest. */
  private readonly written: number[];
  private readonly paths: string[];
  /** The record being written: its partition, and where it starts and has got to in that partition's buffer. */
  private partition = 0;
  private start = 0;
  private pos = 0;
  private buf: Buffer;
  private readonly symbolIds = new Map<string, number>();
  private readonly symbols: (string | null)[] = [null];
  /**
   * A write failed (the temp folder is full): from then on every partition's records stay
   * in its buffer, after what its file already holds. Memory grows again, as it did
   * before scratch files, but every row is still checked and the repeats are the same.
   */
  private inMemory = false;

  private constructor(private readonly dir: string, count: number, private readonly write: WriteBytes) {
    this.paths = Array.from({ length: count }, (_, i) => join(dir, `p${i}`));
    this.fds = [];
    for (const p of this.paths) this.fds.push(openSync(p, 'wx'));
    this.buffers = this.paths.map(() => Buffer.allocUnsafe(BUFFER_BYTES));
    this.filled = this.paths.map(() => 0);
    this.written = this.paths.map(() => 0);
    this.buf = this.buffers[0]!;
  }

  /**
   * Partitions in a fresh directory of the system's temp directory, or null when none
   * can be made there (read-only, missing): the caller then keeps its keys in memory,
   * as it did before — a check never fails for want of scratch space it only saves memory with.
   */
  static open(count: number, write: WriteBytes = writeSync): ScratchPartitions | null {
    const dir = makeScratchDir();
    if (dir === null) return null;
    try {
      return new ScratchPartitions(dir, count, write);
    } catch {
      removeScratchDir(dir);
      return null;
    }
  }

  /** Starts a record of `key` (from character `from`) in its space's partition. */
  begin(space: number, key: string, from: number, tag: number, row: number): void {
    const p = partitionOf(space, key, from, this.fds.length);
    this.partition = p;
    this.buf = this.buffers[p]!;
    this.start = this.filled[p]!;
    this.pos = this.start + 4;
    this.u32(space);
    this.u32(tag);
    this.u32(row);
    this.textFrom(key, from);
  }

  text(value: string | null): void {
    if (value === null) this.u32(NULL_TEXT);
    else this.textFrom(value, 0);
  }

  symbol(value: string | null): void {
    if (value === null) return this.u32(0);
    let id = this.symbolIds.get(value);
    if (id === undefined) {
      this.symbolIds.set(value, (id = this.symbols.length));
      this.symbols.push(value);
    }
    this.u32(id);
  }

  /** Ends the record: its length goes in front of it. */
  end(): void {
    const length = this.pos - this.start;
    const buf = this.buf;
    buf[this.start] = length;
    buf[this.start + 1] = length >>> 8;
    buf[this.start + 2] = length >>> 16;
    buf[this.start + 3] = length >>> 24;
    this.filled[this.partition] = this.pos;
  }

  private u32(value: number): void {
    this.room(4);
    const buf = this.buf;
    const at = this.pos;
    buf[at] = value;
    buf[at + 1] = value >>> 8;
    buf[at + 2] = value >>> 16;
    buf[at + 3] = value >>> 24;
    this.pos = at + 4;
  }

  /**
   * Length and UTF-8 bytes. An ASCII text — handles, months, column names, nearly every
   * field — is copied a character a byte here: `Buffer#write` crosses into C++ per call,
   * which for six short fields a row cost more than the rest of the record (issue 17).
   */
  private textFrom(value: string, from: number): void {
    this.room(4 + 3 * (value.length - from));
    const buf = this.buf;
    const at = this.pos + 4;
    let n = 0;
    for (let i = from; i < value.length; i++, n++) {
      const c = value.charCodeAt(i);
      if (c >= 0x80) {
        n = buf.write(from === 0 ? value : value.slice(from), at, 'utf8');
        break;
      }
      buf[at + n] = c;
    }
    this.u32(n);
    this.pos = at + n;
  }

  /**
   * Room for `n` more bytes of the record: the partition's finished records go to its
   * file and the record so far moves to the buffer's start; a record bigger than the
   * buffer gets a bigger one.
   */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const p = this.partition;
    if (this.start > 0 && !this.inMemory) {
      // The finished records go to the file; whatever did not (a full disk) stays at the buffer's start.
      const { done, failed } = writeAll(this.write, this.fds[p]!, this.buf, this.start);
      if (failed) this.keepInMemory();
      this.written[p]! += done;
      this.buf.copy(this.buf, 0, done, this.pos);
      this.pos -= done;
      this.start -= done;
      this.filled[p]! -= done;
    }
    if (this.pos + n > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
      this.buf.copy(grown, 0, 0, this.pos);
      this.buffers[p] = this.buf = grown;
    }
  }

  /** The partition's buffered records to its file; what a full disk refuses stays in the buffer (`tail`). */
  private flush(partition: number): void {
    const n = this.filled[partition]!;
    if (n === 0 || this.inMemory) return;
    const buf = this.buffers[partition]!;
    const { done, failed } = writeAll(this.write, this.fds[partition]!, buf, n);
    if (failed) this.keepInMemory();
    this.written[partition]! += done;
    buf.copy(buf, 0, done, n);
    this.filled[partition] = n - done;
  }

  private keepInMemory(): void {
    this.inMemory = true;
    noteScratchFull();
  }

  /** Whether a write failed and records are being kept in memory (for tests and notes). */
  get keptInMemory(): boolean {
    return this.inMemory;
  }

  /**
   * Every partition, one at a time, with each record that repeats the key (space and key
   * bytes) of an earlier record of its partition, in the order they were written: the
   * earlier record is the key's first. Then the files are gone.
   */
  repeats(onRepeat: (first: ScratchRecord, repeat: ScratchRecord) => void): void {
    this.eachPartition((bytes, slots) => repeatsIn(bytes, slots, this.symbols, onRepeat));
  }

  /**
   * Every key written more than once, with all its records in the order they were written,
   * a partition at a time (a record's payload is read before the next partition is). Then
   * the files are gone.
   */
  groups(onGroup: (records: readonly ScratchRecord[]) => void): void {
    this.eachPartition((bytes, slots) => {
      const byFirst = new Map<ScratchRecord, ScratchRecord[]>();
      repeatsIn(bytes, slots, this.symbols, (first, repeat) => {
        let group = byFirst.get(first);
        if (!group) byFirst.set(first, (group = [first]));
        group.push(repeat);
      });
      for (const group of byFirst.values()) onGroup(group);
    });
  }

  /** Each partition's bytes in turn, with a slot table to find its keys. */
  private eachPartition(each: (bytes: Buffer, slots: PartitionSlots) => void): void {
    try {
      // What a full disk refused stays in memory: a partition is its file, then that tail.
      const tails: Buffer[] = [];
      for (let p = 0; p < this.fds.length; p++) {
        this.flush(p);
        tails.push(this.buffers[p]!.subarray(0, this.filled[p]!));
        closeSync(this.fds[p]!);
        this.fds[p] = -1;
      }
      this.buffers.length = 0;
      // One buffer and one slot table for every partition, in turn: a fresh one each would
      // leave the earlier ones to the garbage collector, all of them at once at worst.
      const bytes = Buffer.allocUnsafe(Math.max(0, ...this.written.map((n, p) => n + tails[p]!.length)));
      const slots = new PartitionSlots();
      for (let p = 0; p < this.paths.length; p++) {
        const length = this.written[p]!;
        const fd = openSync(this.paths[p]!, 'r');
        try {
          for (let at = 0; at < length;) {
            const n = readSync(fd, bytes, at, length - at, at);
            if (n === 0) throw new Error(`scratch file ${this.paths[p]} is shorter than was written to it`);
            at += n;
          }
        } finally {
          closeSync(fd);
        }
        rmSync(this.paths[p]!, { force: true });
        const tail = tails[p]!;
        tail.copy(bytes, length);
        tails[p] = EMPTY_TAIL;
        each(bytes.subarray(0, length + tail.length), slots);
      }
    } finally {
      this.dispose();
    }
  }

  /** Closes and removes the files (idempotent). */
  dispose(): void {
    for (let p = 0; p < this.fds.length; p++) {
      if (this.fds[p]! >= 0) closeSync(this.fds[p]!);
      this.fds[p] = -1;
    }
    removeScratchDir(this.dir);
  }
}

/** A hash table of record offsets (+1) and their hashes, grown as a partition needs and reused for the next. */
class PartitionSlots {
  offsets = new Int32Array(0);
  hashes = new Int32Array(0);

  /** Empty slots, at least twice `records` of them. */
  clear(records: number): void {
    let size = 16;
    while (size < records * 2) size *= 2;
    if (size > this.offsets.length) {
      this.offsets = new Int32Array(size);
      this.hashes = new Int32Array(size);
    } else {
      this.offsets.fill(0);
    }
  }
}

/** Each record of a partition whose space and key bytes an earlier record has. */
function repeatsIn(bytes: Buffer, table: PartitionSlots, symbols: readonly (string | null)[], onRepeat: (first: ScratchRecord, repeat: ScratchRecord) => void): void {
  let records = 0;
  // A record shorter than its header (a damaged file) would loop here for ever: it is an error instead.
  for (let at = 0, n = 0; at < bytes.length; at += n, records++) {
    n = bytes.readUInt32LE(at);
    if (n < HEADER || at + n > bytes.length) throw new Error(`a scratch record at byte ${at} is damaged (length ${n} of ${bytes.length - at} left)`);
  }
  table.clear(records);
  // The hash beside the offset: most keys of an export are one length, so slots are passed on it, not on their bytes.
  const { offsets: slots, hashes } = table;
  const mask = slots.length - 1;
  const record = (at: number): ScratchRecord => ({
    tag: bytes.readUInt32LE(at + 8),
    row: bytes.readUInt32LE(at + 12),
    payload: () => new RecordReader(bytes, at + HEADER + bytes.readUInt32LE(at + 16), symbols),
  });
  // A key's first record is one object for all its repeats: `groups` tells keys apart by it.
  const firsts = new Map<number, ScratchRecord>();
  const firstAt = (at: number): ScratchRecord => {
    let r = firsts.get(at);
    if (!r) firsts.set(at, (r = record(at)));
    return r;
  };
  for (let at = 0; at < bytes.length; at += bytes.readUInt32LE(at)) {
    const space = bytes.readUInt32LE(at + 4);
    const keyLength = bytes.readUInt32LE(at + 16);
    const keyAt = at + HEADER;
    let h = Math.imul(0x811c9dc5 ^ space, 0x01000193);
    for (let i = keyAt, end = keyAt + keyLength; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const other = slots[slot]! - 1;
      if (other < 0) {
        slots[slot] = at + 1;
        hashes[slot] = h;
        break;
      }
      if (hashes[slot] === h && bytes.readUInt32LE(other + 4) === space && bytes.readUInt32LE(other + 16) === keyLength
        && bytes.compare(bytes, keyAt, keyAt + keyLength, other + HEADER, other + HEADER + keyLength) === 0) {
        onRepeat(firstAt(other), record(at));
        break;
      }
    }
  }
}

/** The partition of a key (from character `from`): FNV-1a over its space and characters. */
function partitionOf(space: number, key: string, from: number, partitions: number): number {
  let h = Math.imul(0x811c9dc5 ^ space, 0x01000193);
  for (let i = from; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return (h >>> 0) % partitions;
}
