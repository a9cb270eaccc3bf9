/**
 * The one zip module: the central directory (ZIP64 included), entries found by name
 * case-insensitively, each entry inflated once — at once from memory when it fits,
 * streamed otherwise — with a ceiling on what it may inflate to. Readers (xlsx, ods) and
 * the byte-copying rewriter `normalize` uses (rewrite.ts) share it.
 *
 * Why our own: an xlsx is read part by part in the order the package says (tab order,
 * shared strings before sheets), each part once; general zip libraries either inflate
 * everything or stream in archive order. The format needed is small and fixed (PKWARE
 * APPNOTE §4.3: end record, central directory, local headers; store and deflate).
 */
import { open, stat } from 'node:fs/promises';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { MessageArgs, MessageRef } from '../model/finding.js';
import { plainText } from '../model/message-text.js';
import { zipMessages } from './messages.js';

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** End record (22 bytes) plus the longest comment a zip may carry. */
const EOCD_SEARCH = 22 + 0xffff;

export type ZipErrorReason = 'not-a-zip' | 'damaged' | 'unsupported' | 'too-large';

export type ZipMessageKey = keyof typeof zipMessages;

/**
 * Anything wrong with the archive itself: the readers turn it into a finding, with what
 * to do. `detail` is what is wrong, as a message of zip/messages.ts (the finding's
 * `{detail}`, in the run's language); `message` is its English, for logs.
 */
export class ZipError extends Error {
  readonly detail: MessageRef;

  constructor(readonly reason: ZipErrorReason, key: ZipMessageKey, args?: MessageArgs, readonly entry?: string, options?: ErrorOptions) {
    const detail: MessageRef = args ? { key, args } : { key };
    super(plainText(detail, zipMessages), options);
    this.detail = detail;
    this.name = 'ZipError';
  }
}

/** A ZipError about one entry: `{entry}` is its name as the archive spells it. */
function entryError(reason: ZipErrorReason, key: ZipMessageKey, entry: string, args: MessageArgs = {}, options?: ErrorOptions): ZipError {
  return new ZipError(reason, key, { entry, ...args }, entry, options);
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares (a hostile file may lie; inflation checks). */
  readonly size: number;
  readonly localOffset: number;
  /** The central-directory record, verbatim (the rewriter copies it). */
  readonly central: Buffer;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** Offset of the central directory (where the last entry's data ends). */
  readonly directoryOffset: number;
  /** The end record (with its comment), verbatim. */
  readonly eocd: Buffer;
  readonly zip64: boolean;
}

/** The end of central directory record within the last bytes of a file. */
function findEnd(tail: Buffer, tailStart: number): { at: number; eocd: Buffer } {
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - EOCD_SEARCH); i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) return { at: tailStart + i, eocd: tail.subarray(i) };
  }
  throw new ZipError('not-a-zip', 'zip:no-end-record');
}

/** 64-bit little-endian field as a number; beyond 2^53 no workbook is real. */
function u64(b: Buffer, at: number): number {
  const v = b.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('damaged', 'zip:zip64-too-far');
  return Number(v);
}

interface Bounds { offset: number; length: number; count: number; eocd: Buffer; zip64: boolean }

/**
 * Where the central directory is and how many entries it has, from the end record in
 * the file's last bytes — or, for ZIP64, from the ZIP64 end record its locator points
 * to, which `readAt` fetches (a buffer slice, or a read from the file).
 */
function bounds(tail: Buffer, tailStart: number, size: number, readAt: (at: number, length: number) => Buffer): Bounds {
  const { at, eocd } = findEnd(tail, tailStart);
  if (eocd.readUInt16LE(4) !== 0 || eocd.readUInt16LE(6) !== 0) throw new ZipError('unsupported', 'zip:multi-disk');
  let count = eocd.readUInt16LE(10);
  let length = eocd.readUInt32LE(12);
  let offset = eocd.readUInt32LE(16);
  let zip64 = false;
  if (count === 0xffff || length === 0xffffffff || offset === 0xffffffff) {
    const locator = at >= 20 ? readAt(at - 20, 20) : Buffer.alloc(0);
    if (locator.length < 20 || locator.readUInt32LE(0) !== EOCD64_LOCATOR_SIGNATURE) throw new ZipError('damaged', 'zip:zip64-no-end-record');
    const rec = readAt(u64(locator, 8), 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== EOCD64_SIGNATURE) throw new ZipError('damaged', 'zip:zip64-end-record-damaged');
    count = u64(rec, 32);
    length = u64(rec, 40);
    offset = u64(rec, 48);
    zip64 = true;
  }
  if (offset + length > size) throw new ZipError('damaged', 'zip:directory-past-end');
  return { offset, length, count, eocd, zip64 };
}

/** The ZIP64 extended-information extra field fills the 32-bit fields written as 0xFFFFFFFF, in this order. */
function zip64Extra(extra: Buffer, sizes: { size: number; compressedSize: number; localOffset: number }): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
        if (sizes[key] !== 0xffffffff) continue;
        if (q + 8 > p + 4 + len) throw new ZipError('damaged', 'zip:zip64-extra-short');
        sizes[key] = u64(extra, q);
        q += 8;
      }
      return;
    }
    p += 4 + len;
  }
}

function parseEntries(dir: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipError('damaged', 'zip:directory-damaged');
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const length = 46 + nameLength + extraLength + dir.readUInt16LE(p + 32);
    if (p + length > dir.length) throw new ZipError('damaged', 'zip:directory-damaged');
    const flags = dir.readUInt16LE(p + 8);
    // Bit 11: the name is UTF-8; else CP437, which for the ASCII names of a workbook is the same.
    const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    const sizes = { size: dir.readUInt32LE(p + 24), compressedSize: dir.readUInt32LE(p + 20), localOffset: dir.readUInt32LE(p + 42) };
    if (sizes.size === 0xffffffff || sizes.compressedSize === 0xffffffff || sizes.localOffset === 0xffffffff) {
      zip64Extra(dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), sizes);
    }
    entries.push({ name, flags, method: dir.readUInt16LE(p + 10), ...sizes, central: dir.subarray(p, p + length) });
    p += length;
  }
  return entries;
}

/** Where an entry's compressed bytes start, from its local header. */
function dataStart(header: Buffer, entry: ZipEntry): number {
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw entryError('damaged', 'zip:local-header-damaged', entry.name);
  return entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

function checkMethod(entry: ZipEntry): void {
  if (entry.flags & 1) throw entryError('unsupported', 'zip:entry-encrypted', entry.name);
  if (entry.method !== 0 && entry.method !== 8) throw entryError('unsupported', 'zip:entry-method', entry.name, { method: entry.method });
}

/**
 * Damaged deflate data, as a ZipError that says so: zlib's own words (its `cause`) are for
 * logs; the user is told the part is cut short (zlib ran out of input) or damaged.
 */
function inflateError(err: unknown, entry: ZipEntry, maxBytes: number): ZipError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
    return entryError('too-large', 'zip:entry-over-limit', entry.name, { max: maxBytes }, { cause: err });
  }
  if (e.code === 'Z_BUF_ERROR') return entryError('damaged', 'zip:entry-cut-short', entry.name, {}, { cause: err });
  return entryError('damaged', 'zip:entry-damaged', entry.name, {}, { cause: err });
}

/** `xl\\Worksheets\\Sheet1.xml` and `xl/worksheets/sheet1.xml` are one part (Excel reads them alike). */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/**
 * Archives up to this size are read whole, in one read: a small workbook's parts then cost
 * no round trips. Small, because the bytes stay held while the workbook is read (a
 * 16 MiB bound kept a 300,000-row listing's 15 MB archive to the end; issue 17).
 */
export const WHOLE_ARCHIVE_BYTES = 1024 * 1024;
/**
 * Entries that inflate to at most this are inflated at once, synchronously; bigger ones
 * stream. Small for the same reason: a sheet inflated whole is its bytes, their copy and
 * its text at once (32 MiB made the bench's 12 MB month sheets ~50 MB each at their peak).
 */
export const INFLATE_AT_ONCE_BYTES = 1024 * 1024;
/**
 * Chunk of a streamed inflation. 64 KiB rather than 1 MiB: a chunk is a fresh buffer, and
 * glibc serves freed 1 MiB blocks back from a heap it does not give back, so a sheet's
 * stream of them left the process ~75 MB larger at the end of the bench's 300,000-row
 * listing (297 → 211 MiB peak; CPU time within the noise, 0.96× and 1.05× paired at 300k/100k).
 */
const STREAM_CHUNK_BYTES = 64 * 1024;

function inflateAtOnce(entry: ZipEntry, data: Buffer, maxBytes: number): Buffer {
  checkMethod(entry);
  if (entry.size > maxBytes) throw entryError('too-large', 'zip:entry-unpacks-to', entry.name, { bytes: entry.size });
  if (entry.method === 0) {
    if (data.length > maxBytes) throw entryError('too-large', 'zip:entry-stored-size', entry.name, { bytes: data.length });
    return data;
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    throw inflateError(err, entry, maxBytes);
  }
}

/** A zip archive open for reading, from memory or from its file. */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    readonly directory: ZipDirectory,
    /** An entry's compressed bytes. */
    private readonly raw: (entry: ZipEntry) => Promise<Buffer>,
    /** The same, synchronously: only an archive held in memory has it. */
    private readonly rawSync: ((entry: ZipEntry) => Buffer) | null,
  ) {
    for (const e of directory.entries) if (!this.byName.has(partKey(e.name))) this.byName.set(partKey(e.name), e);
  }

  /** The entry of this name, compared case-insensitively with `/` or `\\` separators, or undefined. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(partKey(name));
  }

  /** The entry's bytes, inflated at once; a ZipError beyond `maxBytes` (declared or actual). */
  async read(entry: ZipEntry, maxBytes: number): Promise<Buffer> {
    return inflateAtOnce(entry, await this.raw(entry), maxBytes);
  }

  /** `read`, synchronously, for an archive held in memory (the rewriter's). */
  readSync(entry: ZipEntry, maxBytes: number): Buffer {
    if (!this.rawSync) throw new Error('readSync on a zip archive read from its file');
    return inflateAtOnce(entry, this.rawSync(entry), maxBytes);
  }

  /** The entry's bytes a chunk at a time (at once when it is small); a ZipError beyond `maxBytes`. */
  async *chunks(entry: ZipEntry, maxBytes: number): AsyncGenerator<Buffer> {
    checkMethod(entry);
    if (entry.size > maxBytes) throw entryError('too-large', 'zip:entry-unpacks-to', entry.name, { bytes: entry.size });
    const data = await this.raw(entry);
    if (entry.method === 0 || entry.size <= INFLATE_AT_ONCE_BYTES) {
      const whole = inflateAtOnce(entry, data, maxBytes);
      for (let i = 0; i < whole.length; i += STREAM_CHUNK_BYTES) yield whole.subarray(i, i + STREAM_CHUNK_BYTES);
      return;
    }
    const inflate = createInflateRaw({ chunkSize: STREAM_CHUNK_BYTES });
    inflate.end(data);
    let total = 0;
    try {
      for await (const chunk of inflate) {
        total += (chunk as Buffer).length;
        if (total > maxBytes) throw entryError('too-large', 'zip:entry-over-limit', entry.name, { max: maxBytes });
        yield chunk as Buffer;
      }
    } catch (err) {
      throw err instanceof ZipError ? err : inflateError(err, entry, maxBytes);
    } finally {
      inflate.destroy();
    }
  }
}

function entryData(entry: ZipEntry, header: Buffer, readAt: (at: number, length: number) => Buffer): Buffer {
  const start = dataStart(header, entry);
  const data = readAt(start, entry.compressedSize);
  if (data.length < entry.compressedSize) throw entryError('damaged', 'zip:entry-cut-short', entry.name);
  return data;
}

/** An archive held in memory (a small file, or bytes being rewritten); everything about it is synchronous. */
export function zipFromBuffer(input: Uint8Array): ZipArchive {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const readAt = (at: number, length: number) => bytes.subarray(at, Math.min(bytes.length, at + length));
  const tailStart = Math.max(0, bytes.length - EOCD_SEARCH);
  const b = bounds(bytes.subarray(tailStart), tailStart, bytes.length, readAt);
  const directory: ZipDirectory = { entries: parseEntries(readAt(b.offset, b.length), b.count), directoryOffset: b.offset, eocd: b.eocd, zip64: b.zip64 };
  const rawSync = (entry: ZipEntry) => entryData(entry, readAt(entry.localOffset, 30), readAt);
  return new ZipArchive(directory, async (entry) => rawSync(entry), rawSync);
}

async function readFileAt(path: string, at: number, length: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(length);
    const { bytesRead } = await fh.read(buf, 0, length, at);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * The archive at `path`: read whole when it is small, else read where needed from the
 * file (the directory, then each entry's bytes; each read opens and closes the file, so
 * a workbook is never held open between parts). Errors are ZipErrors; file-system
 * errors pass through for the caller to word.
 */
export async function openZip(path: string): Promise<ZipArchive> {
  const { size } = await stat(path);
  if (size <= WHOLE_ARCHIVE_BYTES) return zipFromBuffer(await readFileAt(path, 0, size));
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const tail = await readFileAt(path, tailStart, size - tailStart);
  // A ZIP64 end record sits just before the end record: within the tail read already, or read now.
  let extra: { at: number; bytes: Buffer } | null = null;
  const syncRead = (at: number, length: number) => {
    if (at >= tailStart) return tail.subarray(at - tailStart, at - tailStart + length);
    if (extra && at >= extra.at && at + length <= extra.at + extra.bytes.length) return extra.bytes.subarray(at - extra.at, at - extra.at + length);
    throw new NeedBytes(at, length);
  };
  let b: Bounds;
  for (;;) {
    try {
      b = bounds(tail, tailStart, size, syncRead);
      break;
    } catch (err) {
      if (!(err instanceof NeedBytes)) throw err;
      extra = { at: err.at, bytes: await readFileAt(path, err.at, err.length) };
    }
  }
  const directory: ZipDirectory = { entries: parseEntries(await readFileAt(path, b.offset, b.length), b.count), directoryOffset: b.offset, eocd: b.eocd, zip64: b.zip64 };
  return new ZipArchive(directory, async (entry) => {
    const header = await readFileAt(path, entry.localOffset, 30);
    const start = dataStart(header, entry);
    const data = await readFileAt(path, start, entry.compressedSize);
    if (data.length < entry.compressedSize) throw entryError('damaged', 'zip:entry-cut-short', entry.name);
    return data;
  }, null);
}

/** Thrown by a synchronous read of bytes not fetched yet: fetch them, then parse again. */
class NeedBytes extends Error {
  constructor(readonly at: number, readonly length: number) {
    super('need bytes');
  }
}
