import { open } from 'node:fs/promises';
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

export interface ZipEntry { readonly name: string; readonly method: number; readonly compressedSize: number; readonly localOffset: number }

/** Every entry by name, or null when there is no readable central directory (truncated, damaged). */
export async function readZipDirectory(path: string): Promise<Map<string, ZipEntry> | null> {
  const fh = await open(path, 'r');
  try {
    const dir = await findDirectory(fh);
    if (!dir) return null;
    const buf = await readAt(fh, dir.offset, dir.size);
    if (buf.length < dir.size) return null;
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (; p + 46 <= buf.length && buf.readUInt32LE(p) === CENTRAL_SIGNATURE; ) {
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
      entries.set(name, { name, method: buf.readUInt16LE(p + 10), compressedSize: buf.readUInt32LE(p + 20), localOffset: buf.readUInt32LE(p + 42) });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return p === buf.length ? entries : null;
  } finally {
    await fh.close();
  }
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
