import { crc32, deflateRawSync } from 'node:zlib';
import { zipFromBuffer } from './archive.js';
import type { DeflatedContent } from './deflating-entry.js';
import { assembleArchive } from './rewrite-stream.js';

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
  const deflated = new Map<string, DeflatedContent>();
  for (const [name, content] of replacements) {
    const data = deflateRawSync(content);
    deflated.set(name, { crc: crc32(content), size: content.length, compressed: [data], compressedSize: data.length });
  }
  return Buffer.concat(assembleArchive(bytes, zipFromBuffer(bytes).directory, deflated));
}
