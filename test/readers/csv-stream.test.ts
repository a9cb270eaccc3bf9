import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawRow } from '../../src/model/cell.js';
import { openCsv, readRecords, RecordReader } from '../../src/readers/csv/index.js';
import { UTF8_PASS_CHUNK_BYTES } from '../../src/readers/csv/open.js';
import { decodeText, streamDecoder } from '../../src/readers/decode.js';
import { READ_CHUNK_BYTES } from '../../src/readers/io.js';
import { encodeText, makeTempDir, writeRaw, rowsOf } from '../helpers/fixtures.js';

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });


const texts = (row: RawRow | undefined) => row?.values.map((v) => (v?.type === 'string' ? v.text : v?.type === 'empty' ? '' : v)) ?? [];

/** What the reader gives for `text` parsed in one piece: the reference for the streamed file. */
function oneShot(text: string, delimiter: string): [number, ...string[]][] {
  return [...readRecords(text, delimiter, 1, Math.max(1, text.length))].map((r) => [r.line, ...r.fields]);
}

const asRows = (rows: RawRow[]) => rows.map((r) => [r.rowNumber, ...texts(r)]);

/** Rows with quoted line breaks (LF and CRLF), delimiters and doubled quotes, many chunks long. */
function bigText(rows: number): string {
  const lines = ['No;KOL;Alamat;Catatan'];
  for (let i = 1; i <= rows; i++) {
    const address = i % 3 === 0 ? `"Jl. Melati ${i}\r\nBandung;\nBlok ${i % 7}"` : `Jl. Mawar ${i}`;
    const note = i % 5 === 0 ? `"Kopi ""Tubruk"" ${'x'.repeat(i % 97)}"` : i % 11 === 0 ? '' : `catatan ${i}`;
    lines.push(`${i};KOL ${i} é😀;${address};${note}`);
  }
  return lines.join('\r\n') + '\r\n';
}

describe('streamed CSV reading', () => {
  it('reads a file of many chunks the same as the text in one piece, multi-line fields across chunk edges', async () => {
    const text = bigText(12_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(6 * READ_CHUNK_BYTES);
    const path = await writeRaw(dir, 'big.csv', text);
    const wb = await openCsv(path);
    expect(wb.encoding).toBe('utf-8');
    expect(wb.delimiter).toBe(';');
    const rows = await rowsOf(wb);
    expect(asRows(rows)).toEqual(oneShot(text, ';'));
    expect(rows).toHaveLength(12_001);
    // Every third record takes three lines: record i (1-based data) starts on 2 + i-1 + 2·⌊(i-1)/3⌋.
    const last = rows[12_000] as RawRow;
    expect(last.rowNumber).toBe(2 + 11_999 + 2 * Math.floor(11_999 / 3));
    expect(texts(last)[2]).toBe('Jl. Melati 12000\r\nBandung;\nBlok 2');

    // The engine reads batches: the same rows, in more than one batch for a file of many chunks.
    const sheet = (await wb.sheets[Symbol.asyncIterator]().next()).value!;
    const batches: RawRow[][] = [];
    for await (const b of sheet.batches!) batches.push([...b]);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(rows);
  });

  it('keeps line numbers when a CRLF or a quoted field straddles the first chunk edge', async () => {
    const head = 'a;b\n';
    // Pad so the record separator `\r\n` is split exactly at the chunk edge, then a quoted break after it.
    const pad = 'x'.repeat(READ_CHUNK_BYTES - head.length - 1);
    const text = `${head}${pad}\r\n"q\r\nr";2\n3;"s\n${'y'.repeat(READ_CHUNK_BYTES)}\nt"\n4;5\n`;
    const path = await writeRaw(dir, 'edge.csv', text);
    const rows = await rowsOf(await openCsv(path, { delimiter: ';' }));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 5, 8]);
    expect(asRows(rows)).toEqual(oneShot(text, ';'));
  });

  it('recovers an unclosed quote far beyond the first chunk and goes on with quotes on', async () => {
    const body = Array.from({ length: 8000 }, (_, i) => `${i + 2};nama ${i};kota`);
    body.splice(6000, 0, '9999;"Budi;Jakarta');
    const text = ['No;Nama;Kota', ...body].join('\n') + '\n';
    const path = await writeRaw(dir, 'unclosed-big.csv', text);
    const rows = await rowsOf(await openCsv(path));
    expect(asRows(rows)).toEqual(oneShot(text, ';'));
    expect(asRows(rows)[6001]).toEqual([6002, '9999', '"Budi', 'Jakarta']);
    expect(asRows(rows)[6002]).toEqual([6003, '6002', 'nama 6000', 'kota']);
    expect(rows).toHaveLength(8002);
  });

  it('falls back to Windows-1252 when the first non-UTF-8 byte is beyond the first chunk, rows not doubled', async () => {
    const lines = ['No;Nama;Catatan'];
    for (let i = 1; i <= 6000; i++) lines.push(`${i};Andi ${i};biasa saja`);
    lines.push('6001;Caf\u00e9 Kopi\u2019s;\u20ac 25\u00b0');
    const text = lines.join('\r\n') + '\r\n';
    const bytes = encodeText(text, 'windows-1252');
    expect(bytes.indexOf(0xe9)).toBeGreaterThan(READ_CHUNK_BYTES);
    const path = await writeRaw(dir, 'cp1252-late.csv', bytes);
    const wb = await openCsv(path);
    expect(wb.encoding).toBe('windows-1252');
    const rows = await rowsOf(wb);
    expect(rows).toHaveLength(6002);
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 6002 }, (_, i) => i + 1));
    expect(texts(rows[6001])).toEqual(['6001', 'Café Kopi’s', '€ 25°']);
  });

  it('reads the UTF-8 pass a MiB at a time: a bad byte past the first MiB is Windows-1252, a character across the edge is UTF-8', async () => {
    // The encoding pass reads bigger chunks than the rows' pass: both its edges are tried.
    const head = 'No;Nama\r\n';
    const pad = (n: number) => `1;${'a'.repeat(n - 2 - 2)}\r\n`; // a row of exactly n bytes
    const before = head.length;
    const filler = pad(UTF8_PASS_CHUNK_BYTES - before - 3); // the row after it starts 3 bytes before the edge
    const straddle = Buffer.from(`${head}${filler}2;\u20ac\r\n3;b\r\n`); // '2;' then the 3-byte euro sign across the edge
    expect(straddle.indexOf(Buffer.from('\u20ac'))).toBe(UTF8_PASS_CHUNK_BYTES - 1);
    const utf8 = await openCsv(await writeRaw(dir, 'edge-utf8.csv', straddle));
    expect(utf8.encoding).toBe('utf-8');
    expect(texts((await rowsOf(utf8))[2])).toEqual(['2', '\u20ac']);

    const late = Buffer.concat([Buffer.from(`${head}${filler}${pad(4096)}`), Buffer.from('4;Caf'), Buffer.from([0xe9]), Buffer.from('\r\n')]);
    expect(late.indexOf(0xe9)).toBeGreaterThan(UTF8_PASS_CHUNK_BYTES);
    const cp1252 = await openCsv(await writeRaw(dir, 'edge-cp1252.csv', late));
    expect(cp1252.encoding).toBe('windows-1252');
    const rows = await rowsOf(cp1252);
    expect(rows).toHaveLength(4);
    expect(texts(rows[3])).toEqual(['4', 'Caf\u00e9']);
  });

  it('calls a file with a truncated UTF-8 sequence at its very end Windows-1252, as before', async () => {
    const bytes = Buffer.concat([Buffer.from(`a;b\n${'1;2\n'.repeat(40_000)}x;`), Buffer.from([0xc3])]);
    const path = await writeRaw(dir, 'truncated.csv', bytes);
    const wb = await openCsv(path);
    expect(wb.encoding).toBe(decodeText(bytes).encoding);
    expect(wb.encoding).toBe('windows-1252');
    const rows = await rowsOf(wb);
    expect(texts(rows[rows.length - 1])).toEqual(['x', 'Ã']);
  });

  it('reads UTF-16LE with a BOM when a surrogate pair is split by the chunk edge', async () => {
    // After the 2-byte BOM, the read starts at byte 2: code unit 32767 is the first chunk's last.
    const first = `No\tKOL\r\n1\t${'a'.repeat(READ_CHUNK_BYTES / 2 - 1 - 10)}`;
    expect(first.length).toBe(READ_CHUNK_BYTES / 2 - 1);
    const text = `${first}😀b\r\n2\t“Dee” 😀\r\n`;
    const path = await writeRaw(dir, 'utf16-split.txt', encodeText(text, 'utf-16le'));
    const wb = await openCsv(path);
    expect(wb.encoding).toBe('utf-16le');
    expect(wb.delimiter).toBe('\t');
    const rows = await rowsOf(wb);
    expect(asRows(rows)).toEqual(oneShot(text, '\t'));
    expect(texts(rows[1])[1]).toMatch(/a😀b$/);
    expect(texts(rows[2])).toEqual(['2', '“Dee” 😀']);
  });

  it('honours `sep=` in a streamed file', async () => {
    const text = `sep=|\r\nNo|Nama\r\n${Array.from({ length: 20_000 }, (_, i) => `${i}|n;${i}`).join('\r\n')}\r\n`;
    const path = await writeRaw(dir, 'sep-big.csv', text);
    const wb = await openCsv(path);
    expect(wb.delimiter).toBe('|');
    const rows = await rowsOf(wb);
    expect(rows[0]).toMatchObject({ rowNumber: 2 });
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toMatchObject({ rowNumber: 20_002 });
    expect(texts(rows[20_000])).toEqual(['19999', 'n;19999']);
  });
});

describe('chunk-wise decoding and parsing', () => {
  it('decodes UTF-16LE/BE and UTF-8 fed one byte at a time, splits inside code units and pairs included', () => {
    const text = 'a\t“b” 😀 é\r\n';
    const cases: [Parameters<typeof streamDecoder>[0], Buffer][] = [
      ['utf-16le', Buffer.from(text, 'utf16le')],
      ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
      ['utf-8', Buffer.from(text, 'utf8')],
    ];
    for (const [encoding, bytes] of cases) {
      const decoder = streamDecoder(encoding);
      let out = '';
      for (const b of bytes) out += decoder.decode(Uint8Array.of(b));
      expect(out + decoder.end()).toBe(text);
    }
  });

  it('corrects Windows-1252 0x80–0x9F chunk by chunk', () => {
    const decoder = streamDecoder('windows-1252');
    expect(decoder.decode(Uint8Array.of(0x92)) + decoder.decode(Uint8Array.of(0x80, 0xe9)) + decoder.end()).toBe('’€é');
  });

  it('gives the same records for any split of the text, the unclosed-quote recovery included', () => {
    const text = 'No;Nama\r\n1;"A;\r\nB"\r\n\r\n2;"€ “x” 😀"\r\n3;"C""D\r\n4;E\r5;F\n';
    const expected = oneShot(text, ';');
    for (let size = 1; size <= 13; size++) {
      const reader = new RecordReader(';');
      const got = [];
      for (let i = 0; i < text.length; i += size) got.push(...reader.push(text.slice(i, i + size)));
      got.push(...reader.end());
      expect(got.map((r) => [r.line, ...r.fields])).toEqual(expected);
    }
    expect(expected.map((r) => r[0])).toEqual([1, 2, 4, 5, 6, 7, 8]);
  });
});
