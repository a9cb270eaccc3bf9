import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue, RawRow } from '../../src/model/cell.js';
import { UnreadableFileError } from '../../src/model/source.js';
import {
  csvCell, detectDelimiter, normalizeDelimiter, openCsv, raggedFieldCount, readRecords,
} from '../../src/readers/csv/index.js';
import { makeTempDir, pngBytes, writeCsv, writeRaw, rowsOf } from '../helpers/fixtures.js';

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });


const str = (text: string): CellValue => ({ type: 'string', text });
const texts = (row: RawRow | undefined) => row?.values.map((v) => (v?.type === 'string' ? v.text : v?.type === 'empty' ? '' : v)) ?? [];

const LISTING: string[][] = [
  ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Platform'],
  ['1', 'Natasha', '354K', 'Jl. Melati 2, Bandung', 'Kamis, 5 September', 'Instagram'],
  ['2', 'Dinda', '8.301', 'Jl. Mawar; Blok C', 'Jumat, 6 September', 'TikTok'],
  ['3', 'Raka', '1.234,56', '', '', 'Instagram'],
];

describe('delimiter detection', () => {
  it.each([
    [',', 'comma'], [';', 'semicolon'], ['\t', 'tab'], ['|', 'pipe'],
  ])('detects %j (%s)', async (delimiter, label) => {
    const path = await writeCsv(dir, `listing-${label}.csv`, LISTING, { delimiter });
    const wb = await openCsv(path);
    expect(wb.delimiter).toBe(delimiter);
    const rows = await rowsOf(wb);
    expect(rows).toHaveLength(4);
    expect(texts(rows[1])).toEqual(LISTING[1]);
    expect(texts(rows[2])).toEqual(LISTING[2]);
  });

  it('prefers the consistent `;` over commas inside Indonesian decimals', () => {
    const text = 'RECAP POSTINGAN;;;\r\nNo;Nama;Followers;Rate\r\n1;A;1.234,5;2,5\r\n2;B;85,3;1,1\r\n3;C;10;3\r\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('ignores delimiters inside quotes, including quoted line breaks', () => {
    const text = 'a;b;c\n"x, y, z";"1,\n2,3";q\n1;2;3\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('prefers tab for Excel "Unicode text" with commas in the cells', () => {
    expect(detectDelimiter('Nama\tAlamat\nA\tJl. X, Jakarta\nB\tJl. Y, Bandung, Jabar\n')).toBe('\t');
  });

  it('falls back to comma for a one-column file', () => {
    expect(detectDelimiter('Nama\nAndi\nBudi\n')).toBe(',');
  });

  it('reads with an explicit delimiter, whatever detection would say', async () => {
    const path = await writeCsv(dir, 'override.csv', [['a,b', 'c'], ['1,2', '3']], { delimiter: ';' });
    // Detection would find `;` anyway; force `,` and see the file split differently.
    const forced = await openCsv(path, { delimiter: 'comma' });
    expect(forced.delimiter).toBe(',');
    expect(texts((await rowsOf(forced))[0])).toEqual(['a', 'b;c']);
  });

  it.each([
    ['\t', '\t'], ['\\t', '\t'], ['tab', '\t'], ['TAB', '\t'], ['semicolon', ';'],
    ['comma', ','], ['pipe', '|'], [';', ';'], [',', ','],
  ])('normalises the delimiter option %j', (input, expected) => {
    expect(normalizeDelimiter(input)).toBe(expected);
  });

  it('refuses a delimiter it cannot use', () => {
    expect(() => normalizeDelimiter('semi')).toThrow(RangeError);
    expect(() => normalizeDelimiter('"')).toThrow(RangeError);
    expect(() => normalizeDelimiter('')).toThrow(RangeError);
  });

  it('honours an Excel `sep=` first line and keeps line numbers true', async () => {
    const path = await writeRaw(dir, 'sep.csv', 'sep=;\r\nNo;Nama\r\n1;Andi, S.Kom\r\n');
    const wb = await openCsv(path);
    expect(wb.delimiter).toBe(';');
    const rows = await rowsOf(wb);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(texts(rows[1])).toEqual(['1', 'Andi, S.Kom']);
  });
});

describe('records and line numbers', () => {
  it('keeps a quoted delimiter and an embedded newline, and numbers the following lines right', async () => {
    const path = await writeRaw(dir, 'multiline.csv', [
      'No,KOL,Address',                      // line 1
      '1,"Natasha, W.","Jl. Melati 2',       // line 2
      'Bandung 40115"',                      // line 3
      '2,Dinda,"Jl. Mawar',                  // line 4
      '',                                     // line 5 (inside quotes)
      'Blok C"',                             // line 6
      '3,Raka,Jakarta',                      // line 7
      '',                                     // line 8: a blank line is a record too
      '4,Sari,Bogor',                        // line 9
    ].join('\n') + '\n');
    const rows = await rowsOf(await openCsv(path));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 4, 7, 8, 9]);
    expect(texts(rows[1])).toEqual(['1', 'Natasha, W.', 'Jl. Melati 2\nBandung 40115']);
    expect(texts(rows[2])).toEqual(['2', 'Dinda', 'Jl. Mawar\n\nBlok C']);
    expect(rows[4]?.values).toEqual([{ type: 'empty' }]);
  });

  it('counts CRLF inside a quoted field once', async () => {
    const path = await writeCsv(dir, 'crlf-multiline.csv', [
      ['No', 'Address'], ['1', 'Jl. A\r\nBandung'], ['2', 'Jl. B'], ['3', 'Jl. C\r\nBlok D\r\nBogor'], ['4', 'x'],
    ], { eol: '\r\n' });
    const rows = await rowsOf(await openCsv(path));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 4, 5, 8]);
    expect(texts(rows[1])).toEqual(['1', 'Jl. A\r\nBandung']);
  });

  it('reads CRLF files without stray carriage returns', async () => {
    const path = await writeCsv(dir, 'crlf.csv', LISTING, { eol: '\r\n' });
    const rows = await rowsOf(await openCsv(path));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
    for (const r of rows) for (const v of r.values) if (v?.type === 'string') expect(v.text).not.toMatch(/\r/);
  });

  it('treats mixed line endings each as one line', async () => {
    const path = await writeRaw(dir, 'mixed.csv', 'a,b\r\n1,2\n3,4\r5,6\r\n');
    const rows = await rowsOf(await openCsv(path));
    expect(rows.map((r) => [r.rowNumber, ...texts(r)])).toEqual([[1, 'a', 'b'], [2, '1', '2'], [3, '3', '4'], [4, '5', '6']]);
  });

  it('gives the same records whatever the chunk size', () => {
    const text = 'No;Nama\r\n1;"A;\r\nB"\r\n\r\n2;"€ “x” 😀"\r\n3;"C""D"\r\n';
    const expected = [...readRecords(text, ';')];
    expect(expected.map((r) => r.line)).toEqual([1, 2, 4, 5, 6]);
    for (let size = 1; size <= 9; size++) expect([...readRecords(text, ';', 1, size)]).toEqual(expected);
  });

  it('survives a quote that is never closed: that line is read as plain text', async () => {
    const path = await writeRaw(dir, 'unclosed.csv', 'No,Nama,Kota\n1,"Andi, S.Kom",Bandung\n2,"Budi,Jakarta\n3,Cici,Bogor\n4,Dedi,Depok');
    const rows = await rowsOf(await openCsv(path));
    expect(rows.map((r) => [r.rowNumber, ...texts(r)])).toEqual([
      [1, 'No', 'Nama', 'Kota'],
      [2, '1', 'Andi, S.Kom', 'Bandung'],
      [3, '2', '"Budi', 'Jakarta'],
      [4, '3', 'Cici', 'Bogor'],
      [5, '4', 'Dedi', 'Depok'],
    ]);
  });

  it('keeps stray quotes inside unquoted fields (relax_quotes)', async () => {
    const path = await writeRaw(dir, 'stray.csv', 'a,b\nKopi "Tubruk" Asli,2 "3" 4\n');
    expect(texts((await rowsOf(await openCsv(path)))[1])).toEqual(['Kopi "Tubruk" Asli', '2 "3" 4']);
  });
});

describe('cells', () => {
  it('maps empty, formula errors and text, and keeps numbers as written', () => {
    expect(csvCell('')).toEqual({ type: 'empty' });
    for (const code of ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!']) {
      expect(csvCell(code)).toEqual({ type: 'error', code });
    }
    expect(csvCell('#N/A karena libur')).toEqual(str('#N/A karena libur'));
    expect(csvCell('1.234,56')).toEqual(str('1.234,56'));
    expect(csvCell(' ')).toEqual(str(' '));
  });

  it('reads error cells from a file', async () => {
    const path = await writeCsv(dir, 'errors.csv', [['KOL', 'Followers'], ['A', '#REF!'], ['B', '#N/A']], { delimiter: ';' });
    const rows = await rowsOf(await openCsv(path));
    expect(rows[1]?.values[1]).toEqual({ type: 'error', code: '#REF!' });
    expect(rows[2]?.values[1]).toEqual({ type: 'error', code: '#N/A' });
  });
});

describe('encodings', () => {
  it("reads Excel's \"Unicode text\" (UTF-16LE, tab) and detects the tab", async () => {
    const rows = [['No', 'KOL', 'Followers'], ['1', 'Dinda “Dee”', '85,3K'], ['2', 'Café Ñusa', '1.234']];
    const path = await writeCsv(dir, 'unicode.txt', rows, { delimiter: '\t', encoding: 'utf-16le' });
    const wb = await openCsv(path);
    expect(wb.encoding).toBe('utf-16le');
    expect(wb.delimiter).toBe('\t');
    expect((await rowsOf(wb)).map(texts)).toEqual(rows);
  });

  it('reads Windows-1252 CSV with é and ’', async () => {
    const rows = [['Nama', 'Catatan'], ['José', 'Kopi’s “best”']];
    const path = await writeCsv(dir, 'cp1252.csv', rows, { delimiter: ';', encoding: 'windows-1252' });
    const wb = await openCsv(path);
    expect(wb.encoding).toBe('windows-1252');
    expect((await rowsOf(wb)).map(texts)).toEqual(rows);
  });

  it('strips the UTF-8 BOM from the first header cell', async () => {
    const path = await writeCsv(dir, 'bom.csv', [['No', 'KOL'], ['1', 'A']], { encoding: 'utf-8-bom' });
    const wb = await openCsv(path);
    expect(wb.encoding).toBe('utf-8-bom');
    expect(texts((await rowsOf(wb))[0])).toEqual(['No', 'KOL']);
  });
});

describe('ragged rows', () => {
  it('reports records that do not fit the header and keeps reading', async () => {
    const path = await writeRaw(dir, 'Listing September.csv', [
      'LIST KOL SEPTEMBER',          // 1: title, before the header: not reported
      'No;KOL;Followers;Platform',   // 2: header (most non-empty fields)
      '1;Andi;354K;Instagram',       // 3
      '2;Budi;10K',                  // 4: one short → reported
      '',                            // 5: blank → not reported
      '3;Cici;8.301;TikTok;extra',   // 6: one too many → reported
      '4;Dedi;1K;TikTok;;',          // 7: trailing empty extras → fine
      ';;;',                         // 8: Excel's blank row → fine
      '5;Eka;2K;Instagram',          // 9
    ].join('\r\n'));
    const wb = await openCsv(path);
    const rows = await rowsOf(wb);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(wb.notices).toEqual([
      { code: 'ragged-row', sheet: 'Listing September', rowNumber: 4, args: { found: 3, expected: 4 } },
      { code: 'ragged-row', sheet: 'Listing September', rowNumber: 6, args: { found: 5, expected: 4 } },
    ]);
    // Iterating again must not report twice.
    await rowsOf(wb);
    expect(wb.notices).toHaveLength(2);
  });

  it('uses the header, not a wider data row, as the reference', async () => {
    const path = await writeRaw(dir, 'wide-row.csv', [
      'No;KOL;Followers;Platform',
      '1;Andi;354K;Instagram;catatan: minta ongkir;ok', // 6 non-empty: wider than the header
      '2;Budi;10K;TikTok',
      '3;Cici;8K;TikTok',
    ].join('\n'));
    const wb = await openCsv(path);
    await rowsOf(wb);
    expect(wb.notices.map((n) => [n.rowNumber, n.args])).toEqual([[2, { found: 6, expected: 4 }]]);
  });

  it('raggedFieldCount ignores trailing blanks and blank records', () => {
    expect(raggedFieldCount(['a', 'b', 'c'], 3)).toBeNull();
    expect(raggedFieldCount(['a', 'b', 'c', '', ' '], 3)).toBeNull();
    expect(raggedFieldCount(['a', 'b', 'c', '', 'x'], 3)).toBe(5);
    expect(raggedFieldCount(['a'], 3)).toBe(1);
    expect(raggedFieldCount([''], 3)).toBeNull();
  });
});

describe('openCsv', () => {
  it('is one visible sheet named after the file', async () => {
    const path = await writeCsv(dir, 'KOL Oktober 2025.csv', LISTING);
    const wb = await openCsv(path);
    expect(wb.format).toBe('csv');
    expect(wb.path).toBe(path);
    const sheets = [];
    for await (const s of wb.sheets) sheets.push(s);
    expect(sheets.map((s) => [s.name, s.state])).toEqual([['KOL Oktober 2025', 'visible']]);
  });

  it('yields rows one at a time and can stop early', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => [String(i + 1), `KOL ${i}`, `${i}K`]);
    const path = await writeCsv(dir, 'big.csv', [['No', 'KOL', 'Followers'], ...many]);
    const wb = await openCsv(path);
    let seen = 0;
    for await (const sheet of wb.sheets) {
      for await (const row of sheet.rows) {
        seen++;
        if (row.rowNumber === 5) break;
      }
    }
    expect(seen).toBe(5);
  });

  it('refuses empty and non-text files', async () => {
    const empty = await writeRaw(dir, 'kosong.csv', new Uint8Array());
    await expect(openCsv(empty)).rejects.toMatchObject({ reason: 'empty-file' });
    const png = await writeRaw(dir, 'screenshot.csv', pngBytes());
    await expect(openCsv(png)).rejects.toMatchObject({ reason: 'not-a-spreadsheet', detail: { key: 'reader:kind-png' } });
  });

  it('turns a missing file into io-error', async () => {
    const err = await openCsv(`${dir}/nope.csv`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect(err).toMatchObject({ reason: 'io-error' });
    expect((err as UnreadableFileError).detail).toEqual({ key: 'reader:os-ENOENT' });
    expect((err as UnreadableFileError).message).toBe('io-error: the file does not exist');
  });
});
