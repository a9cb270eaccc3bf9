import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawRow } from '../../src/model/cell.js';
import type { SheetSource, WorkbookSource } from '../../src/model/source.js';
import { openXlsx } from '../../src/readers/xlsx/open.js';
import { inlineStr, makeTempDir, rawXlsxBytes, writeRaw, writeXlsx } from '../helpers/fixtures.js';

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

interface ReadSheet { name: string; state: SheetSource['state']; rows: RawRow[] }

async function readAll(wb: WorkbookSource): Promise<ReadSheet[]> {
  const out: ReadSheet[] = [];
  for await (const sheet of wb.sheets) {
    const rows: RawRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    out.push({ name: sheet.name, state: sheet.state, rows });
  }
  return out;
}

type Open = (path: string) => Promise<WorkbookSource>;
/** kolops's own reader (zip module + XML scanner); exceljs only writes the fixtures here. */
const READERS: [string, Open][] = [['kolops', (path) => openXlsx(path)]];

/** exceljs's Dates are UTC midnight: the calendar day is in the UTC fields. */
const utcIsoDate = (d: Date) => d.toISOString().slice(0, 10);

async function roundTrip(open: Open, rows: unknown[][], opts: { date1904?: boolean } = {}): Promise<RawRow[]> {
  const path = await writeXlsx(dir, `rt-${Math.random().toString(36).slice(2)}.xlsx`, [{ name: 'S', rows }], opts);
  const [sheet] = await readAll(await open(path));
  return sheet?.rows ?? [];
}

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe.each(READERS)('%s reader: cell values', (_name, openXlsx) => {
  it('reads every kind of cell from a written workbook', async () => {
    const rows = await roundTrip(openXlsx, [
      ['text', 354000, true, utc(2024, 9, 5), utc(2024, 9, 5, 23, 30)],
      [{ richText: [{ text: 'RECAP ' }, { text: 'POSTINGAN' }] }, { text: '@natashina', hyperlink: 'https://instagram.com/natashina/' },
        { text: { richText: [{ text: 'tik' }, { text: 'tok' }] }, hyperlink: 'https://tiktok.com/@x' }, { error: '#REF!' }, { error: '#N/A' }],
    ]);
    expect(rows.map((r) => r.values)).toEqual([
      [{ type: 'string', text: 'text' }, { type: 'number', value: 354000 }, { type: 'boolean', value: true },
        { type: 'date', iso: '2024-09-05' }, { type: 'date', iso: '2024-09-05' }],
      [{ type: 'string', text: 'RECAP POSTINGAN' }, { type: 'hyperlink', text: '@natashina', url: 'https://instagram.com/natashina/' },
        { type: 'hyperlink', text: 'tiktok', url: 'https://tiktok.com/@x' }, { type: 'error', code: '#REF!' }, { type: 'error', code: '#N/A' }],
    ]);
  });

  it('reads formulas with and without a cached result, and records the formula by column', async () => {
    const rows = await roundTrip(openXlsx, [
      [1, { formula: 'A1+1', result: 2 }, { formula: 'A1*10' }, { formula: 'A1&"x"', result: '1x' }, { formula: 'NA()', result: { error: '#N/A' } }],
    ]);
    const [row] = rows;
    expect(row?.values).toEqual([
      { type: 'number', value: 1 }, { type: 'number', value: 2 }, { type: 'no-result', formula: 'A1*10' },
      { type: 'string', text: '1x' }, { type: 'error', code: '#N/A' },
    ]);
    expect(row?.formulas).toEqual(new Map([[1, 'A1+1'], [2, 'A1*10'], [3, 'A1&"x"'], [4, 'NA()']]));
  });

  it('keeps cached results that are 0 or FALSE (exceljs cell.value drops them)', async () => {
    const rows = await roundTrip(openXlsx, [[{ formula: 'B1*0', result: 0 }, { formula: '1=2', result: false }, { formula: 'B1', result: 5 }]]);
    expect(rows[0]?.values).toEqual([
      { type: 'number', value: 0 }, { type: 'boolean', value: false }, { type: 'number', value: 5 },
    ]);
  });

  it('gives shared-formula followers their own translated formula', async () => {
    const path = join(dir, `shared-${_name}.xlsx`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('B1').value = { formula: 'A1*2', result: 2 };
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 };
    await wb.xlsx.writeFile(path);
    const [sheet] = await readAll(await openXlsx(path));
    expect(sheet?.rows[1]?.values[1]).toEqual({ type: 'number', value: 4 });
    expect(sheet?.rows[1]?.formulas?.get(1)).toBe('A2*2');
  });

  it('date cells keep their calendar day in any time zone (Jakarta, Los Angeles)', async () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Asia/Jakarta', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        // Proof that the zone really changed: local getters now disagree with UTC ones.
        if (tz === 'America/Los_Angeles') expect(utc(2024, 9, 5).getDate()).toBe(4);
        const rows = await roundTrip(openXlsx, [[utc(2024, 9, 5), utc(2024, 9, 5, 23, 30), utc(2024, 1, 1)]]);
        expect(rows[0]?.values).toEqual([
          { type: 'date', iso: '2024-09-05' }, { type: 'date', iso: '2024-09-05' }, { type: 'date', iso: '2024-01-01' },
        ]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reads serials under a date format in the 1900 and 1904 systems', async () => {
    // The same day is serial 45540 in the 1900 system and 44078 in the 1904 system.
    for (const [serial, date1904] of [[45540, false], [44078, true]] as const) {
      const path = join(dir, `serial-${date1904 ? 1904 : 1900}-${_name}.xlsx`);
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = serial;
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('B1').value = serial + 0.75; // 18:00 the same day
      ws.getCell('B1').numFmt = 'dd/mm/yyyy hh:mm';
      await wb.xlsx.writeFile(path);
      const [sheet] = await readAll(await openXlsx(path));
      // A date-time keeps its time of day; a date format shows the date alone.
      expect(sheet?.rows[0]?.values).toEqual([{ type: 'date', iso: '2024-09-05' }, { type: 'date', iso: '2024-09-05', time: '18:00' }]);
    }
  });

  it('corrects 1904 workbooks flagged date1904="true" (LibreOffice), which exceljs reads as 1900', async () => {
    const path = await writeRaw(dir, `lo1904-${_name}.xlsx`, rawXlsxBytes([{
      name: 'S', sheetId: 1,
      sheetData: '<row r="1"><c r="A1" s="1"><v>44078</v></c><c r="B1" s="1"><f>A1</f><v>44078</v></c><c r="C1"><v>44078</v></c></row>',
    }], { date1904: 'true' }));
    // exceljs alone: four years and a day early.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    expect(raw.properties.date1904).toBeFalsy();
    expect(utcIsoDate(raw.worksheets[0]!.getCell('A1').value as Date)).toBe('2020-09-04');
    // Our reader: the date Excel and LibreOffice show. Plain numbers are left alone.
    const [sheet] = await readAll(await openXlsx(path));
    expect(sheet?.rows[0]?.values).toEqual([
      { type: 'date', iso: '2024-09-05' }, { type: 'date', iso: '2024-09-05' }, { type: 'number', value: 44078 },
    ]);
  });

  it('reads the 1904 flag in both OOXML spellings of true, and not in false', async () => {
    for (const [flag, iso] of [['1', '2024-09-05'], ['true', '2024-09-05'], ['0', '2020-09-04'], ['false', '2020-09-04']] as const) {
      const path = await writeRaw(dir, `flag-${flag}-${_name}.xlsx`, rawXlsxBytes([{ name: 'S', sheetId: 1, sheetData: '<row r="1"><c r="A1" s="1"><v>44078</v></c></row>' }], { date1904: flag }));
      const [sheet] = await readAll(await openXlsx(path));
      expect(sheet?.rows[0]?.values, flag).toEqual([{ type: 'date', iso }]);
    }
  });

  it('takes an xmlns:r declaration on a row or cell for what it is, not for the reference', async () => {
    const path = await writeRaw(dir, `xmlns-r-${_name}.xlsx`, rawXlsxBytes([{
      name: 'S', sheetId: 1, sheetData: '<row xmlns:r="urn:a" r="3"><c xmlns:r="urn:b" r="B3"><v>5</v></c></row>',
    }]));
    const [sheet] = await readAll(await openXlsx(path));
    expect(sheet?.rows.map((r) => [r.rowNumber, r.values])).toEqual([[3, [{ type: 'empty' }, { type: 'number', value: 5 }]]]);
  });

  it('reads a sheet part saved as UTF-16 with a byte-order mark, as XML allows', async () => {
    const utf16 = (xml: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('UTF-8', 'UTF-16'), 'utf16le')]);
    const path = await writeRaw(dir, `utf16-${_name}.xlsx`, rawXlsxBytes(
      [{ name: 'S', sheetId: 1, sheetData: `<row r="1">${inlineStr('A1', 'Kopi Kenangan ☕')}<c r="B1"><v>12</v></c></row>` }],
      { encodeSheet: utf16 },
    ));
    const [sheet] = await readAll(await openXlsx(path));
    expect(sheet?.rows[0]?.values).toEqual([{ type: 'string', text: 'Kopi Kenangan ☕' }, { type: 'number', value: 12 }]);
  });

  it('round-trips Date cells in a 1904 workbook', async () => {
    const rows = await roundTrip(openXlsx, [[utc(2024, 9, 5), utc(1999, 12, 31), utc(2024, 2, 29)]], { date1904: true });
    expect(rows[0]?.values).toEqual([
      { type: 'date', iso: '2024-09-05' }, { type: 'date', iso: '1999-12-31' }, { type: 'date', iso: '2024-02-29' },
    ]);
  });
});

describe.each(READERS)('%s reader: rows, sheets, merges', (_name, openXlsx) => {
  it('keeps real row numbers across gaps, and column A at index 0', async () => {
    const rows = await roundTrip(openXlsx, [['No', 'KOL'], [], ['1', 'Andi'], [], [], [], [undefined, undefined, 'C only'], [], [], ['10', 'Budi']]);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 7, 10]);
    expect(rows[0]?.values[0]).toEqual({ type: 'string', text: 'No' });
    expect(rows[2]?.values).toEqual([{ type: 'empty' }, { type: 'empty' }, { type: 'string', text: 'C only' }]);
  });

  it('skips rows that carry only formatting', async () => {
    const path = join(dir, `formatted-${_name}.xlsx`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'No';
    for (let r = 2; r <= 500; r++) ws.getCell(r, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('A3').value = 1;
    await wb.xlsx.writeFile(path);
    const [sheet] = await readAll(await openXlsx(path));
    expect(sheet?.rows.map((r) => r.rowNumber)).toEqual([1, 3]);
  });

  it('reads sheets in tab order with their visibility', async () => {
    const path = await writeXlsx(dir, `states-${_name}.xlsx`, [
      { name: 'September', rows: [['a']] },
      { name: 'Lookup', rows: [['b']], state: 'hidden' },
      { name: 'Secret', rows: [['c']], state: 'veryHidden' },
      { name: 'Oktober', rows: [['d']] },
    ]);
    const sheets = await readAll(await openXlsx(path));
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['September', 'visible'], ['Lookup', 'hidden'], ['Secret', 'veryHidden'], ['Oktober', 'visible'],
    ]);
  });

  it('follows tab order, not sheet ids (getWorksheet(1) is by id)', async () => {
    // Tab order: Oktober (id 3), September (id 1), Agustus (id 2, hidden).
    const path = await writeRaw(dir, `ids-${_name}.xlsx`, rawXlsxBytes([
      { name: 'Oktober', sheetId: 3, sheetData: `<row r="1">${inlineStr('A1', 'okt')}</row>` },
      { name: 'September', sheetId: 1, sheetData: `<row r="1">${inlineStr('A1', 'sep')}</row>` },
      { name: 'Agustus', sheetId: 2, state: 'hidden', sheetData: `<row r="1">${inlineStr('A1', 'agu')}</row>` },
    ]));
    const sheets = await readAll(await openXlsx(path));
    expect(sheets.map((s) => [s.name, s.state, s.rows[0]?.values[0]])).toEqual([
      ['Oktober', 'visible', { type: 'string', text: 'okt' }],
      ['September', 'visible', { type: 'string', text: 'sep' }],
      ['Agustus', 'hidden', { type: 'string', text: 'agu' }],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet(1)?.name).toBe('September'); // the pitfall we avoid
  });

  it('reads a raw 1904 serial as Excel shows it (exceljs applies date1904 on read)', async () => {
    const path = await writeRaw(dir, `raw1904-${_name}.xlsx`, rawXlsxBytes([{
      name: 'S', sheetId: 1,
      sheetData: '<row r="1"><c r="A1" s="1"><v>44078</v></c><c r="B1" s="1"><v>44078.9791666667</v></c><c r="C1"><v>44078</v></c></row>',
    }], { date1904: true }));
    const [sheet] = await readAll(await openXlsx(path));
    expect(sheet?.rows[0]?.values).toEqual([
      { type: 'date', iso: '2024-09-05' }, { type: 'date', iso: '2024-09-05' }, { type: 'number', value: 44078 },
    ]);
  });

  it('reads a merged title as one title, not repeated in every merged cell', async () => {
    const merged = await (async () => {
      const path = await writeXlsx(dir, `merged-${_name}.xlsx`, [{
        name: 'Recap',
        rows: [
          ['RECAP POSTINGAN KESELURUHAN KOL'],
          ['TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER', undefined, 'TANGGAL POSTING KOL HERBANA JULI-SEPTEMBER'],
          ['No', 'Herbamojo', 'Tanggal Posting', 'Tanggal Posting'],
          ['1', 'Andi', 'Sabtu, 27 Juli 2024', '-'],
          ['2', 'Budi', 'Senin, 29 Juli 2024', '-'],
        ],
        merges: ['A1:D1', 'A2:B2', 'C2:D2', 'A4:A5'],
      }]);
      const [sheet] = await readAll(await openXlsx(path));
      return sheet?.rows ?? [];
    })();
    const E = { type: 'empty' };
    const s = (text: string) => ({ type: 'string', text });
    // The cells a merge covers hold nothing (the file writes them empty, or not at all).
    const cells = (i: number) => [0, 1, 2, 3].map((c) => merged[i]?.values[c] ?? E);
    expect(cells(0)).toEqual([s('RECAP POSTINGAN KESELURUHAN KOL'), E, E, E]);
    expect(cells(1)).toEqual([s('TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER'), E, s('TANGGAL POSTING KOL HERBANA JULI-SEPTEMBER'), E]);
    expect(merged[3]?.values[0]).toEqual(s('1'));
    expect(merged[4]?.values[0] ?? E).toEqual(E); // vertical merge: only the top cell holds the value
    expect(merged[4]?.values[1]).toEqual(s('Budi'));
  });

  it('reads a header-only sheet as one row', async () => {
    const rows = await roundTrip(openXlsx, [['No', 'KOL', 'Followers']]);
    expect(rows).toHaveLength(1);
  });

  it('can iterate a sheet twice', async () => {
    const path = await writeXlsx(dir, `twice-${_name}.xlsx`, [{ name: 'S', rows: [['a'], ['b']] }]);
    const wb = await openXlsx(path);
    const first = await readAll(wb);
    const second = await readAll(wb);
    expect(second).toEqual(first);
    expect(wb.format).toBe('xlsx');
    expect(wb.notices).toEqual([]);
  });
});

describe('kolops reader: text across chunk edges', () => {
  const text = (i: number) => `Dewi ${i} 🌸 café ’ ${'x'.repeat(i % 7)}`;

  it('keeps every character of 3,000 non-ASCII cells, inline and shared strings', async () => {
    // exceljs's stream writer; its Workbook.writeFile itself garbles such a character now and then.
    const write = async (name: string, useSharedStrings: boolean) => {
      const filename = join(dir, name);
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings });
      const ws = writer.addWorksheet('S');
      for (let i = 0; i < 3000; i++) ws.addRow([i, text(i)]).commit();
      ws.commit();
      await writer.commit();
      return filename;
    };
    for (const path of [await write('inline-utf8.xlsx', false), await write('shared-utf8.xlsx', true)]) {
      const [sheet] = await readAll(await openXlsx(path));
      const wrong = sheet!.rows.filter((r) => (r.values[1] as { text?: string }).text !== text((r.values[0] as { value: number }).value));
      expect(sheet!.rows).toHaveLength(3000);
      expect(wrong.map((r) => r.rowNumber)).toEqual([]);
    }
  });
});
