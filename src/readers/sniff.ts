import type { MessageRef } from '../model/finding.js';
import { readerText } from './detail.js';

/**
 * What a file really is, from its first bytes. Users rename files freely (a PNG
 * screenshot saved as `.xlsx`, a legacy `.xls` renamed, a password-protected workbook),
 * and exceljs answers all of those with the same unhelpful zip error, so we look first.
 */
export type SniffResult =
  | 'zip' | 'ole' | 'empty' | 'png' | 'jpeg' | 'gif' | 'pdf' | 'text' | 'binary';

/** How many leading bytes `sniff` looks at for the text/binary decision. */
export const SNIFF_TEXT_BYTES = 4096;

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip archive has only the end-of-central-directory record. */
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: legacy `.xls`, and also every encrypted `.xlsx`/`.xlsm`. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61];
const GIF89 = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function startsWith(head: Uint8Array, sig: readonly number[]): boolean {
  if (head.length < sig.length) return false;
  return sig.every((b, i) => head[i] === b);
}

/** Text with a byte-order mark is text even though UTF-16 is full of NUL bytes. */
function hasTextBom(head: Uint8Array): boolean {
  return startsWith(head, [0xef, 0xbb, 0xbf]) || startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
}

/**
 * Without a BOM, text is anything with no NUL in the first 4 KiB: that covers UTF-8 and
 * Windows-1252 alike (decodeText tells them apart later), while real binary formats
 * almost always hold a NUL early.
 */
function looksLikeText(head: Uint8Array): boolean {
  const n = Math.min(head.length, SNIFF_TEXT_BYTES);
  for (let i = 0; i < n; i++) if (head[i] === 0) return false;
  return true;
}

export function sniff(head: Uint8Array): SniffResult {
  if (head.length === 0) return 'empty';
  if (startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY)) return 'zip';
  if (startsWith(head, OLE)) return 'ole';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, JPEG)) return 'jpeg';
  if (startsWith(head, GIF87) || startsWith(head, GIF89)) return 'gif';
  if (startsWith(head, PDF)) return 'pdf';
  if (hasTextBom(head) || looksLikeText(head)) return 'text';
  return 'binary';
}

/** The detail of `not-a-spreadsheet`: what the file is instead (`reader:kind-png` …). */
export function describeKind(kind: SniffResult): MessageRef {
  return readerText(`reader:kind-${kind}`);
}
