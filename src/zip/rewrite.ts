import { crc32, deflateRawSync } from 'node:zlib';
import { ZipError, zipFromBuffer, type ZipEntry } from './archive.js';

const LOCAL_SIGNATURE = 0x04034b50;

/**
 * The archive with the named entries' contents replaced (deflated at the default level,
 * no data descriptor, the original's name, timestamp and version fields kept) and every
 * other entry copied byte for byte — local header, compressed bytes, central record; only
 * offsets move — so the compression, timestamps and extra fields of the parts kolops does
 * not change stay exactly as the writer (Excel, LibreOffice, exceljs) left them.
 * Deterministic: the same input and replacements always give the same bytes. ZIP64 and
 * encrypted archives are refused with a ZipError, never half-written.
 */
export function replaceEntries(input: Uint8Array, replacements: ReadonlyMap<string, Uint8Array>): Buffer {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const zip = zipFromBuffer(bytes);
  const { entries, directoryOffset, eocd: oldEocd, zip64 } = zip.directory;
  if (zip64) throw new ZipError('unsupported', 'zip:no-rewrite-zip64');
  for (const e of entries) if (e.flags & 1) throw new ZipError('unsupported', 'zip:entry-encrypted', { entry: e.name }, e.name);
  for (const name of replacements.keys()) {
    if (!entries.some((e) => e.name === name)) throw new ZipError('damaged', 'zip:no-entry-to-replace', { entry: name }, name);
  }
  // An entry runs from its local header to the next one (a data descriptor included).
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const spanEnd = new Map<ZipEntry, number>(sorted.map((e, i) => [e, sorted[i + 1]?.localOffset ?? directoryOffset]));
  const locals: Buffer[] = [];
  const newOffset = new Map<ZipEntry, number>();
  const newCentral = new Map<ZipEntry, Buffer>();
  let offset = 0;
  for (const e of sorted) {
    newOffset.set(e, offset);
    const content = replacements.get(e.name);
    if (content === undefined) {
      const chunk = bytes.subarray(e.localOffset, spanEnd.get(e)!);
      locals.push(chunk);
      offset += chunk.length;
      continue;
    }
    if (bytes.readUInt32LE(e.localOffset) !== LOCAL_SIGNATURE) throw new ZipError('damaged', 'zip:local-header-damaged', { entry: e.name }, e.name);
    const data = deflateRawSync(content);
    const crc = crc32(content);
    const nameBytes = Buffer.from(e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(LOCAL_SIGNATURE, 0);
    lh.writeUInt16LE(bytes.readUInt16LE(e.localOffset + 4), 4); // version needed
    lh.writeUInt16LE(e.flags & 0x0800, 6); // keep only the UTF-8 name flag
    lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(bytes.readUInt16LE(e.localOffset + 10), 10); // time
    lh.writeUInt16LE(bytes.readUInt16LE(e.localOffset + 12), 12); // date
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
  const centrals = entries.map((e) => {
    const c = Buffer.from(newCentral.get(e) ?? e.central);
    c.writeUInt32LE(newOffset.get(e)!, 42);
    return c;
  });
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.from(oldEocd);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}
