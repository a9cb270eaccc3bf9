import { zipFromBuffer, type ZipArchive, type ZipEntry } from '../../src/zip/archive.js';

/** An archive in memory with its bytes beside it, for tests that compare raw records. */
export interface ZipInMemory {
  readonly zip: ZipArchive;
  readonly bytes: Buffer;
  readonly entries: readonly ZipEntry[];
}

export function readZip(input: Uint8Array): ZipInMemory {
  const zip = zipFromBuffer(input);
  return { zip, bytes: Buffer.from(input), entries: zip.directory.entries };
}

/** One entry's bytes, or null when the archive has no such entry. */
export function readEntry(z: ZipInMemory, name: string): Buffer | null {
  const e = z.zip.entry(name);
  return e ? z.zip.readSync(e, 1 << 30) : null;
}
