import { open, readFile, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

/**
 * Just enough ZIP to read one small part of an xlsx (workbook.xml) without loading the
 * archive: the end record, the central directory, one entry. Random access only, so it
 * stays cheap on large workbooks and fits the streaming reader we move to later.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** End record (22 bytes) plus the longest comment a zip may carry. */
const EOCD_SEARCH = 22 + 0xffff;
/** workbook.xml is a few KiB; refuse to inflate anything absurd. */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

interface Directory { offset: number; size: number }

async function findDirectory(fh: FileHandle): Promise<Directory | null> {
  const { size } = await fh.stat();
  const start = Math.max(0, size - EOCD_SEARCH);
  const tail = await readAt(fh, start, size - start);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      return { size: tail.readUInt32LE(i + 12), offset: tail.readUInt32LE(i + 16) };
    }
  }
  return null;
}

interface Entry { method: number; compressedSize: number; localOffset: number }

function findEntry(dir: Buffer, name: string): Entry | null {
  for (let p = 0; p + 46 <= dir.length && dir.readUInt32LE(p) === CENTRAL_SIGNATURE; ) {
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    if (dir.toString('utf8', p + 46, p + 46 + nameLength) === name) {
      return { method: dir.readUInt16LE(p + 10), compressedSize: dir.readUInt32LE(p + 20), localOffset: dir.readUInt32LE(p + 42) };
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

async function readEntryData(fh: FileHandle, entry: Entry): Promise<Buffer | null> {
  if (entry.compressedSize > MAX_ENTRY_BYTES) return null;
  const header = await readAt(fh, entry.localOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) return null;
  const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(fh, dataStart, entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  return null;
}

/** The bytes of one entry, or null when the archive or the entry cannot be read this simply. */
export async function readZipEntry(path: string, name: string): Promise<Buffer | null> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(path, 'r');
    const dir = await findDirectory(fh);
    if (!dir) return null;
    const entry = findEntry(await readAt(fh, dir.offset, dir.size), name);
    return entry ? await readEntryData(fh, entry) : null;
  } catch {
    return null; // a best-effort look: the caller falls back to what exceljs says
  } finally {
    await fh?.close();
  }
}

// ---------------------------------------------------------------------------------
// The whole directory, and one entry as a stream: what the streaming xlsx reader needs to
// read the parts it wants, in the order it wants (tab order), as often as it wants.

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

/** The entries of a central directory's bytes, or null when they do not parse whole. */
function parseDirectory(buf: Buffer): Map<string, ZipEntry> | null {
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (; p + 46 <= buf.length && buf.readUInt32LE(p) === CENTRAL_SIGNATURE; ) {
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, {
      name, method: buf.readUInt16LE(p + 10), compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24), localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return p === buf.length ? entries : null;
}

/** Every entry by name, or null when there is no readable central directory (truncated, damaged). */
export async function readZipDirectory(path: string): Promise<Map<string, ZipEntry> | null> {
  const fh = await open(path, 'r');
  try {
    const dir = await findDirectory(fh);
    if (!dir) return null;
    const buf = await readAt(fh, dir.offset, dir.size);
    if (buf.length < dir.size) return null;
    return parseDirectory(buf);
  } finally {
    await fh.close();
  }
}

/** An archive's entries, and each entry's uncompressed bytes as a stream, as often as asked. */
export interface ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  open(entry: ZipEntry): Promise<Readable>;
}

/**
 * Archives up to this size are read whole, in one read. A small workbook's parts
 * (workbook, rels, styles, strings, sheet read twice) otherwise cost ~20 round trips to
 * the thread pool: checking 500 small workbooks was 58 % waiting.
 */
export const WHOLE_ARCHIVE_BYTES = 8 * 1024 * 1024;
/** Entries up to this size are inflated at once; bigger ones (a 100,000-row sheet) stream. */
const INFLATE_AT_ONCE_BYTES = 1024 * 1024;

/**
 * The archive at `path`, or null when it has no readable central directory.
 * KOLOPS_ZIP_WHOLE_MAX (bytes) moves the limit: the tests set 0 to read every workbook
 * the way a big one is read, from its place in the file.
 */
export async function openZipArchive(path: string): Promise<ZipArchive | null> {
  const limit = Number(process.env.KOLOPS_ZIP_WHOLE_MAX ?? WHOLE_ARCHIVE_BYTES);
  if ((await stat(path)).size > limit) {
    const entries = await readZipDirectory(path);
    return entries && { entries, open: (entry) => openZipEntryStream(path, entry) };
  }
  const buf = await readFile(path);
  const dir = directoryIn(buf);
  const entries = dir && parseDirectory(buf.subarray(dir.offset, dir.offset + dir.size));
  return entries && { entries, open: async (entry) => entryStreamIn(buf, entry) };
}

function directoryIn(buf: Buffer): Directory | null {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - EOCD_SEARCH); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      const dir = { size: buf.readUInt32LE(i + 12), offset: buf.readUInt32LE(i + 16) };
      return dir.offset + dir.size <= buf.length ? dir : null;
    }
  }
  return null;
}

/** An entry of an archive held in memory; the same checks and errors as `openZipEntryStream`. */
function entryStreamIn(buf: Buffer, entry: ZipEntry): Readable {
  const header = buf.subarray(entry.localOffset, entry.localOffset + 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error(`Corrupted zip: bad local header for ${entry.name}`);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`Corrupted zip: unsupported compression method ${entry.method} for ${entry.name}`);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new Error(`Corrupted zip: ${entry.name} is cut short`);
  if (entry.compressedSize === 0) return Readable.from([]);
  if (entry.method === 0) return Readable.from(pieces(data));
  if (entry.uncompressedSize <= INFLATE_AT_ONCE_BYTES) {
    return Readable.from(pieces(inflateRawSync(data, { maxOutputLength: INFLATE_AT_ONCE_BYTES })));
  }
  return Readable.from([data]).pipe(createInflateRaw());
}

/** A buffer as 64 KiB views, the size a file stream gives: readers work a chunk's rows at a time. */
function* pieces(buf: Buffer): Generator<Buffer> {
  for (let i = 0; i < buf.length; i += 64 * 1024) yield buf.subarray(i, i + 64 * 1024);
}

/** One entry's uncompressed bytes as a stream, read from its own place in the file. */
export async function openZipEntryStream(path: string, entry: ZipEntry): Promise<Readable> {
  const fh = await open(path, 'r');
  let header: Buffer;
  try {
    header = await readAt(fh, entry.localOffset, 30);
  } finally {
    await fh.close();
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error(`Corrupted zip: bad local header for ${entry.name}`);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`Corrupted zip: unsupported compression method ${entry.method} for ${entry.name}`);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) return raw;
  const inflate = createInflateRaw();
  raw.on('error', (err) => inflate.destroy(err));
  return raw.pipe(inflate);
}
