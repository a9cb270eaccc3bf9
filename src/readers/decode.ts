/**
 * Turn the bytes of a CSV/TSV into text. Indonesian teams hand us CSVs from Excel in
 * three flavours: "CSV UTF-8" (with BOM), plain "CSV" (Windows-1252 on Windows), and
 * "Unicode text" (UTF-16LE with BOM, tab-delimited). We decode all of them ourselves
 * and the CSV reader (csv/) tokenizes the text.
 */
import { isUtf8 } from 'node:buffer';
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function hasPrefix(buf: Uint8Array, bytes: readonly number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/**
 * WHATWG windows-1252 for bytes 0x80–0x9F (the five undefined ones map to themselves).
 * Node's TextDecoder('windows-1252') has decoded these as Latin-1 C1 controls since
 * 20.18.3 (nodejs/node#56542, #60888), so 0x92 came out as U+0092 instead of ’.
 */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Stateless, so it works on any slice of the bytes as well as on all of them. */
export function decodeWindows1252(buf: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(buf);
  // Correct whatever Node left in the C1 range; a fixed Node leaves nothing to correct.
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] as string);
}

/** The encoding a byte-order mark announces and the mark's length, if the bytes start with one. */
export function detectBom(head: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (hasPrefix(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', length: 3 };
  if (hasPrefix(head, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (hasPrefix(head, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Decodes bytes handed over chunk by chunk (after the BOM): a character split between
 * two chunks, a UTF-16 code unit or surrogate pair included, comes out whole.
 */
export interface StreamDecoder {
  decode(chunk: Uint8Array): string;
  /** Whatever is left at the end of the bytes (an incomplete sequence becomes U+FFFD). */
  end(): string;
}

export function streamDecoder(encoding: TextEncodingName): StreamDecoder {
  if (encoding === 'windows-1252') return { decode: decodeWindows1252, end: () => '' };
  const label = encoding === 'utf-16le' || encoding === 'utf-16be' ? encoding : 'utf-8';
  const decoder = new TextDecoder(label);
  return {
    decode: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

/**
 * Feed it every chunk of the bytes in order; false as soon as they cannot be UTF-8.
 * Checked with `buffer.isUtf8` (no string is made: the pass over a 135 MB export costs
 * a tenth of decoding it); a sequence cut by the chunk edge is carried to the next chunk.
 */
export function utf8Validator(): { push(chunk: Uint8Array): boolean; end(): boolean } {
  let carry: Uint8Array = new Uint8Array(0);
  return {
    push(chunk) {
      const bytes = carry.length > 0 ? concatBytes(carry, chunk) : chunk;
      const cut = completeUtf8Prefix(bytes);
      carry = Uint8Array.from(bytes.subarray(cut)); // a copy (Buffer#slice is a view): the reader reuses `chunk`
      return isUtf8(bytes.subarray(0, cut));
    },
    end: () => isUtf8(carry),
  };
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Length of the bytes that end on a whole UTF-8 sequence: a lead byte among the last
 * three whose sequence runs past the end is left for the next chunk. Invalid bytes are
 * not cut off; `isUtf8` rejects them where they are.
 */
function completeUtf8Prefix(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

export function decodeText(buf: Uint8Array): DecodedText {
  // The BOM is stripped by slicing it off; TextDecoder's own BOM handling is then moot.
  const bom = detectBom(buf);
  if (bom) {
    const decoder = streamDecoder(bom.encoding);
    return { text: decoder.decode(buf.subarray(bom.length)) + decoder.end(), encoding: bom.encoding };
  }
  try {
    // fatal: a single invalid sequence means this was not UTF-8 at all.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // Plain "CSV" from Excel on Windows: é is E9, ’ is 92 — never valid UTF-8 on their own.
    return { text: decodeWindows1252(buf), encoding: 'windows-1252' };
  }
}
