// A minimal walk of a zip's central directory over node:zlib, independent of src/: the
// bench's floor reads with it (so a slow zip module of ours cannot hide in the floor) and
// tests use it as a second opinion on what a written file holds.
import { inflateRawSync } from 'node:zlib';

/** Each entry of `buf` (stored or deflated; no ZIP64): its name and a way to inflate it. */
export function zipEntries(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressedSize);
    out.push({ name, bytes: () => (method === 8 ? inflateRawSync(raw) : raw) });
  }
  return out;
}
