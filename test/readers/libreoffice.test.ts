/**
 * What real office software writes must read the same as what exceljs writes: LibreOffice
 * re-saves our fixtures, and the reader must see the same values (dates included).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawRow } from '../../src/model/cell.js';
import type { WorkbookSource } from '../../src/model/source.js';
import { openWorkbook } from '../../src/readers/index.js';
import { convertWithLibreOffice, makeTempDir, sofficePath, writeXlsx } from '../helpers/fixtures.js';

const soffice = sofficePath();
if (!soffice) {
  console.warn('skipping: LibreOffice (soffice) not installed — `apt-get install -y libreoffice-calc-nogui` to run the round-trip tests');
}

let dir: string;
let out: string;
beforeAll(async () => {
  dir = await makeTempDir();
  out = join(dir, 'lo');
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

interface Sheet { name: string; state: string; rows: RawRow[] }
async function readAll(wb: WorkbookSource): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  for await (const s of wb.sheets) {
    const rows: RawRow[] = [];
    for await (const r of s.rows) rows.push(r);
    sheets.push({ name: s.name, state: s.state, rows });
  }
  return sheets;
}

/** Cells as comparable plain values; formulas maps are writer-specific and left out. */
function plain(sheets: Sheet[]) {
  return sheets.map((s) => ({
    name: s.name, state: s.state,
    rows: s.rows.map((r) => ({ rowNumber: r.rowNumber, values: trimEmpty(r.values) })),
  }));
}
function trimEmpty(values: RawRow['values']) {
  const v = [...values];
  while (v.length && (v[v.length - 1] === undefined || v[v.length - 1]?.type === 'empty')) v.pop();
  return v.map((c) => c ?? { type: 'empty' });
}

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('LibreOffice round trip', () => {

  it.skipIf(!soffice)('an exceljs workbook re-saved by LibreOffice reads the same', async () => {
    const src = await writeXlsx(dir, 'listing.xlsx', [
      {
        name: 'September',
        rows: [
          ['LIST KOL SEPTEMBER 2024'],
          [],
          ['No', 'KOL', 'Followers', 'Post Date', 'Link', 'Done', 'Total'],
          [1, 'Natasha', 354000, utc(2024, 9, 5), { text: '@natashina', hyperlink: 'https://instagram.com/natashina/' }, true, { formula: 'C4*2', result: 708000 }],
          [2, 'Dinda', '8.301', utc(2024, 9, 30, 23, 30), { text: 'tiktok', hyperlink: 'https://tiktok.com/@dinda' }, false, { error: '#REF!' }],
          [],
          [3, { richText: [{ text: 'Ra' }, { text: 'ka' }] }, '85.3K', utc(2024, 2, 29)],
        ],
        merges: ['A1:G1'],
      },
      { name: 'Lookup', rows: [['hidden value']], state: 'hidden' },
    ]);
    const converted = await convertWithLibreOffice(src, out, 'xlsx');
    const before = plain(await readAll(await openWorkbook(src)));
    const after = plain(await readAll(await openWorkbook(converted)));
    expect(after).toEqual(before);
    // And the values are what we wrote, not merely equal to each other.
    expect(after[0]?.rows[0]?.values).toEqual([{ type: 'string', text: 'LIST KOL SEPTEMBER 2024' }]);
    expect(after[0]?.rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 7]);
    expect(after[0]?.rows[2]?.values[3]).toEqual({ type: 'date', iso: '2024-09-05' });
    expect(after[0]?.rows[3]?.values[3]).toEqual({ type: 'date', iso: '2024-09-30' });
    expect(after[0]?.rows[4]?.values[3]).toEqual({ type: 'date', iso: '2024-02-29' });
  }, 180_000);

  it.skipIf(!soffice)('a 1904 workbook: LibreOffice shows the same calendar date we read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = utc(2024, 9, 5);
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('B1').value = utc(1999, 12, 31);
    ws.getCell('B1').numFmt = 'yyyy-mm-dd';
    const src = join(dir, 'mac1904.xlsx');
    await wb.xlsx.writeFile(src);

    const csv = await convertWithLibreOffice(src, out, 'csv');
    expect((await readFile(csv, 'utf8')).trim()).toBe('2024-09-05,1999-12-31');

    const relaid = await convertWithLibreOffice(src, join(out, 'x'), 'xlsx');
    const [sheet] = await readAll(await openWorkbook(relaid));
    expect(sheet?.rows[0]?.values.slice(0, 2)).toEqual([{ type: 'date', iso: '2024-09-05' }, { type: 'date', iso: '1999-12-31' }]);
  }, 180_000);

  it.skipIf(!soffice)('a CSV exported by LibreOffice reads back with its text and line numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Recap');
    ws.addRow(['No', 'KOL', 'Address', 'Post Date']);
    ws.addRow([1, 'Natasha, W.', 'Jl. Melati 2\nBandung', utc(2024, 9, 5)]);
    ws.addRow([2, 'Dinda "Dee"', '', utc(2024, 9, 30)]);
    for (const ref of ['D2', 'D3']) ws.getCell(ref).numFmt = 'yyyy-mm-dd';
    const src = join(dir, 'recap.xlsx');
    await wb.xlsx.writeFile(src);

    const csv = await convertWithLibreOffice(src, out, 'csv');
    const [sheet] = await readAll(await openWorkbook(csv));
    const text = (r: RawRow | undefined) => r?.values.map((v) => (v?.type === 'string' ? v.text : v?.type ?? ''));
    expect(sheet?.name).toBe('recap');
    expect(sheet?.rows.map((r) => r.rowNumber)).toEqual([1, 2, 4]);
    expect(text(sheet?.rows[1])).toEqual(['1', 'Natasha, W.', 'Jl. Melati 2\nBandung', '2024-09-05']);
    expect(text(sheet?.rows[2])).toEqual(['2', 'Dinda "Dee"', 'empty', '2024-09-30']);
  }, 180_000);
});
