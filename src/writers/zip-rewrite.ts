import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Just enough ZIP to change one entry of an xlsx and copy every other entry as it is:
 * the local header, the compressed bytes and the central-directory record of every
 * entry we do not replace are copied byte for byte (only offsets move), so the
 * compression, timestamps and extra fields of the untouched parts stay exactly as the
 * writer (Excel, LibreOffice, exceljs) left them. No ZIP64, no encryption, no
 * multi-disk archives: those are refused with a ZipError, never half-written.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  /** The central-directory record, verbatim. */
  readonly central: Buffer;
}

export interface ZipArchive {
  readonly bytes: Buffer;
  readonly entries: readonly ZipEntry[];
  /** Offset of the central directory (where the last entry's data ends). */
  readonly directoryOffset: number;
  /** The end record (with its comment), verbatim. */
  readonly eocd: Buffer;
}

export function readZip(input: Uint8Array): ZipArchive {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let eocdAt = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) { eocdAt = i; break; }
  }
  if (eocdAt < 0) throw new ZipError('not a zip archive (no end record)');
  const disk = bytes.readUInt16LE(eocdAt + 4);
  const count = bytes.readUInt16LE(eocdAt + 10);
  const dirSize = bytes.readUInt32LE(eocdAt + 12);
  const dirOffset = bytes.readUInt32LE(eocdAt + 16);
  if (disk !== 0 || count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) {
    throw new ZipError('ZIP64 or multi-disk archives are not supported');
  }
  if (dirOffset + dirSize > eocdAt) throw new ZipError('damaged zip (central directory out of range)');
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipError('damaged zip (bad central directory)');
    const nameLength = bytes.readUInt16LE(p + 28);
    const length = 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
      central: bytes.subarray(p, p + length),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new ZipError('ZIP64 entries are not supported');
    }
    if (entry.flags & 1) throw new ZipError('encrypted zip entries are not supported');
    entries.push(entry);
    p += length;
  }
  return { bytes, entries, directoryOffset: dirOffset, eocd: bytes.subarray(eocdAt) };
}

function dataStart(zip: ZipArchive, e: ZipEntry): number {
  const b = zip.bytes;
  if (b.readUInt32LE(e.localOffset) !== LOCAL_SIGNATURE) throw new ZipError(`damaged zip (bad local header of ${e.name})`);
  return e.localOffset + 30 + b.readUInt16LE(e.localOffset + 26) + b.readUInt16LE(e.localOffset + 28);
}

export function readEntry(zip: ZipArchive, name: string): Buffer | null {
  const e = zip.entries.find((x) => x.name === name);
  if (!e) return null;
  const start = dataStart(zip, e);
  const raw = zip.bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(raw);
  if (e.method === 8) return inflateRawSync(raw);
  throw new ZipError(`unsupported compression method ${e.method} for ${e.name}`);
}

/** The bytes from an entry's local header to the next local header (data descriptor included). */
function localSpans(zip: ZipArchive): Map<ZipEntry, [number, number]> {
  const sorted = [...zip.entries].sort((a, b) => a.localOffset - b.localOffset);
  const spans = new Map<ZipEntry, [number, number]>();
  sorted.forEach((e, i) => spans.set(e, [e.localOffset, sorted[i + 1]?.localOffset ?? zip.directoryOffset]));
  return spans;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * The archive with the named entries' contents replaced (deflated at the default level,
 * no data descriptor, the original's name, timestamp and version fields kept) and
 * everything else copied as it was, in the original order. Deterministic: the same
 * input and replacements always give the same bytes.
 */
export function replaceEntries(zip: ZipArchive, replacements: ReadonlyMap<string, Uint8Array>): Buffer {
  for (const name of replacements.keys()) {
    if (!zip.entries.some((e) => e.name === name)) throw new ZipError(`no entry ${name} to replace`);
  }
  const spans = localSpans(zip);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // Local entries in their original physical order; central records in theirs.
  const newOffset = new Map<ZipEntry, number>();
  const newCentral = new Map<ZipEntry, Buffer>();
  for (const e of [...zip.entries].sort((a, b) => a.localOffset - b.localOffset)) {
    const content = replacements.get(e.name);
    newOffset.set(e, offset);
    if (content === undefined) {
      const [from, to] = spans.get(e)!;
      const chunk = zip.bytes.subarray(from, to);
      locals.push(chunk);
      offset += chunk.length;
      continue;
    }
    const data = deflateRawSync(content);
    const crc = crc32(content);
    const nameBytes = Buffer.from(e.name, 'utf8');
    const lh = Buffer.alloc(30);
    const old = zip.bytes;
    lh.writeUInt32LE(LOCAL_SIGNATURE, 0);
    lh.writeUInt16LE(old.readUInt16LE(e.localOffset + 4), 4); // version needed
    lh.writeUInt16LE(e.flags & 0x0800, 6); // keep only the UTF-8 name flag
    lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(old.readUInt16LE(e.localOffset + 10), 10); // time
    lh.writeUInt16LE(old.readUInt16LE(e.localOffset + 12), 12); // date
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(data.length, 18);
    lh.writeUInt32LE(content.length, 22);
    lh.writeUInt16LE(nameBytes.length, 26);
    lh.writeUInt16LE(0, 28);
    locals.push(lh, nameBytes, data);
    offset += lh.length + nameBytes.length + data.length;
    const c = Buffer.from(e.central);
    c.writeUInt16LE(e.flags & 0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(content.length, 24);
    newCentral.set(e, c);
  }
  const directoryOffset = offset;
  for (const e of zip.entries) {
    const c = Buffer.from(newCentral.get(e) ?? e.central);
    c.writeUInt32LE(newOffset.get(e)!, 42);
    centrals.push(c);
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.from(zip.eocd);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}
