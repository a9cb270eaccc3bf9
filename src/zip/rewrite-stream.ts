/**
 * The streaming side of the rewriter `normalize` uses: one entry inflated a chunk at a
 * time, its new content deflated as it is made, and the archive assembled from the
 * original's bytes — every other entry copied as it is (local header, compressed bytes,
 * data descriptor; only offsets move). Why (issue 17): `rewrite.ts` takes each new part
 * whole and gives the archive whole, so a 100,000-row sheet was in memory as its XML
 * twice over; here only the new part's compressed bytes are held until it is placed.
 *
 * The bytes are those `replaceEntries` (rewrite.ts) writes for the same content: zlib's
 * default level with no flushes gives the same stream however the input is cut into
 * chunks, and the headers are made the same way (test/writers/xlsx-patch.test.ts holds
 * the two side by side).
 */
import { createInflateRaw } from 'node:zlib';
import { ZipError, type ZipDirectory, type ZipEntry } from './archive.js';
import type { DeflatedContent } from './deflating-entry.js';

export { DeflatingEntry } from './deflating-entry.js';

const LOCAL_SIGNATURE = 0x04034b50;
/** Inflated chunk size: large, so a 100 MB sheet costs a hundred hand-offs, not thousands. */
const CHUNK_BYTES = 1024 * 1024;

/** Where an entry's compressed bytes are, within the archive's bytes. */
function compressedBytes(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new ZipError('damaged', 'zip:local-header-damaged', { entry: entry.name }, entry.name);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError('damaged', 'zip:entry-cut-short', { entry: entry.name }, entry.name);
  return data;
}

/** The entry's content a chunk at a time, never whole; a ZipError beyond `maxBytes` (declared or actual). */
export async function* inflatedChunks(bytes: Buffer, entry: ZipEntry, maxBytes: number): AsyncGenerator<Buffer> {
  if (entry.flags & 1) throw new ZipError('unsupported', 'zip:entry-encrypted', { entry: entry.name }, entry.name);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError('unsupported', 'zip:entry-method', { entry: entry.name, method: entry.method }, entry.name);
  if (entry.size > maxBytes) throw new ZipError('too-large', 'zip:entry-unpacks-to', { entry: entry.name, bytes: entry.size }, entry.name);
  const data = compressedBytes(bytes, entry);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipError('too-large', 'zip:entry-stored-size', { entry: entry.name, bytes: data.length }, entry.name);
    for (let i = 0; i < data.length; i += CHUNK_BYTES) yield data.subarray(i, i + CHUNK_BYTES);
    return;
  }
  const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw new ZipError('too-large', 'zip:entry-over-limit', { entry: entry.name, max: maxBytes }, entry.name);
      yield chunk as Buffer;
    }
  } catch (err) {
    if (err instanceof ZipError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ZipError('damaged', code === 'Z_BUF_ERROR' ? 'zip:entry-cut-short' : 'zip:entry-damaged', { entry: entry.name }, entry.name, { cause: err });
  } finally {
    inflate.destroy();
  }
}

/**
 * The archive with the given entries' content replaced, as pieces to write in order:
 * the same layout `replaceEntries` makes (entries in the order of their local headers,
 * the directory in its own order, the end record kept with new sizes). Replaced entries
 * are named by their name as the directory spells it. ZIP64 and encrypted archives are
 * refused with a ZipError, never half-written.
 */
export function assembleArchive(bytes: Buffer, directory: ZipDirectory, replacements: ReadonlyMap<string, DeflatedContent>): Buffer[] {
  const { entries, directoryOffset, eocd: oldEocd, zip64 } = directory;
  if (zip64) throw new ZipError('unsupported', 'zip:no-rewrite-zip64');
  for (const e of entries) if (e.flags & 1) throw new ZipError('unsupported', 'zip:entry-encrypted', { entry: e.name }, e.name);
  for (const name of replacements.keys()) {
    if (!entries.some((e) => e.name === name)) throw new ZipError('damaged', 'zip:no-entry-to-replace', { entry: name }, name);
  }
  // An entry runs from its local header to the next one (a data descriptor included).
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const pieces: Buffer[] = [];
  const newOffset = new Map<ZipEntry, number>();
  const newCentral = new Map<ZipEntry, Buffer>();
  let offset = 0;
  sorted.forEach((e, i) => {
    newOffset.set(e, offset);
    const content = replacements.get(e.name);
    if (content === undefined) {
      const chunk = bytes.subarray(e.localOffset, sorted[i + 1]?.localOffset ?? directoryOffset);
      pieces.push(chunk);
      offset += chunk.length;
      return;
    }
    if (bytes.readUInt32LE(e.localOffset) !== LOCAL_SIGNATURE) throw new ZipError('damaged', 'zip:local-header-damaged', { entry: e.name }, e.name);
    if (content.size > 0xffffffff || content.compressedSize > 0xffffffff) throw new ZipError('unsupported', 'zip:no-rewrite-zip64');
    const nameBytes = Buffer.from(e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(LOCAL_SIGNATURE, 0);
    lh.writeUInt16LE(bytes.readUInt16LE(e.localOffset + 4), 4); // version needed
    lh.writeUInt16LE(e.flags & 0x0800, 6); // keep only the UTF-8 name flag
    lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(bytes.readUInt16LE(e.localOffset + 10), 10); // time
    lh.writeUInt16LE(bytes.readUInt16LE(e.localOffset + 12), 12); // date
    lh.writeUInt32LE(content.crc, 14);
    lh.writeUInt32LE(content.compressedSize, 18);
    lh.writeUInt32LE(content.size, 22);
    lh.writeUInt16LE(nameBytes.length, 26);
    lh.writeUInt16LE(0, 28);
    pieces.push(lh, nameBytes, ...content.compressed);
    offset += lh.length + nameBytes.length + content.compressedSize;
    const c = Buffer.from(e.central);
    c.writeUInt16LE(e.flags & 0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(content.crc, 16);
    c.writeUInt32LE(content.compressedSize, 20);
    c.writeUInt32LE(content.size, 24);
    newCentral.set(e, c);
  });
  const centrals = entries.map((e) => {
    const c = Buffer.from(newCentral.get(e) ?? e.central);
    c.writeUInt32LE(newOffset.get(e)!, 42);
    return c;
  });
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.from(oldEocd);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  pieces.push(dir, eocd);
  return pieces;
}
