/**
 * The OpenDocument reader: .ods files made the real way (an xlsx written with exceljs,
 * converted by headless LibreOffice) read as the xlsx they came from, as the cells they
 * hold, and as LibreOffice's own CSV of them; hand-made packages for what LibreOffice will
 * not write on request (a million empty rows, a repeat past the cell limit, damage,
 * encryption, other prefixes).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText } from '../../src/model/cell.js';
import { UnreadableFileError, type SheetSource, type UnreadableReason } from '../../src/model/source.js';
import { openWorkbook } from '../../src/readers/index.js';
import { excelFormula } from '../../src/readers/ods/formula.js';
import { openOds } from '../../src/readers/ods/open.js';
import { detailText } from '../helpers/detail.js';
import { findingKeys, kolops } from '../helpers/cli.js';
import { makeTempDir, pngBytes, readSheets, sofficePath, writeRaw, writeXlsx } from '../helpers/fixtures.js';
import {
  contentXml, declarations, empty, ENCRYPTED_MANIFEST, num, odsBytes, row, str, stylesXml, table, TRAILING_ROWS,
} from '../helpers/ods.js';

const root = join(import.meta.dirname, '..', '..');
const EXAMPLES = ['kol-listing-2024.xlsx', 'recap-postingan.xlsx', 'recap-september-2024.xlsx', 'affiliate-deals.xlsx', 'affiliate-deliverables-2024.xlsx'];

const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice-written .ods cases: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(() => rm(dir, { recursive: true, force: true }));

type Sheet = Awaited<ReturnType<typeof readSheets>>[number];

/** Rows as plain values, trailing empties dropped (a writer may or may not write them). */
function plain(sheets: Sheet[]) {
  return sheets.map((s) => ({
    name: s.name, state: s.state,
    rows: s.rows.map((r) => {
      const v = [...r.values];
      while (v.length && (v.at(-1) === undefined || v.at(-1)?.type === 'empty')) v.pop();
      return { rowNumber: r.rowNumber, values: v.map((c) => c ?? { type: 'empty' }), formulas: r.formulas ? Object.fromEntries(r.formulas) : {} };
    }),
  }));
}

let n = 0;
async function odsFile(bytes: Uint8Array, name = `hand-${++n}.ods`): Promise<string> {
  return writeRaw(dir, name, bytes);
}

async function sheetsOf(bytes: Uint8Array, limits?: { maxSheetBytes: number; maxCells: number }): Promise<Sheet[]> {
  return readSheets(await openOds(await odsFile(bytes), limits));
}

async function failure(promise: Promise<unknown>): Promise<UnreadableFileError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(UnreadableFileError);
  const e = err as UnreadableFileError;
  expect(detailText(e.detail)).not.toMatch(/\n|    at /); // one line, never a stack
  return e;
}

async function expectReason(path: string, reason: UnreadableReason, detail?: RegExp, limits?: { maxSheetBytes: number; maxCells: number }): Promise<void> {
  const err = await failure((async () => readSheets(await openWorkbook(path, { limits })))());
  expect(err.reason).toBe(reason);
  if (detail) expect(detailText(err.detail)).toMatch(detail);
}

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, min, s));

// ---------------------------------------------------------------------------------
// Made by LibreOffice

describe.skipIf(!soffice)('an .ods LibreOffice wrote', () => {
  let xlsx: string;
  let ods: string;
  let loCsv: string[][];
  const examples = { xlsx: '', ods: '' };

  beforeAll(async () => {
    xlsx = await writeXlsx(dir, 'bentuk.xlsx', [
      {
        // Text and whole numbers only, so LibreOffice's CSV of it is the reference.
        name: 'Teks',
        rows: [
          ['LIST KOL OKTOBER 2024'],
          ['No', 'KOL', 'Alamat', 'Catatan'],
          [1, 'Natasha Wilona ✨', 'Jl. Sudirman No. 5, Jakarta', 'sudah posting 👍'],
          [2, '  Dinda  Ayu', 'Jl. Melati\nRT 03 / RW 04', 'TIDAK BISA BARTER'],
          [3, 'Raka', 'sama', 'sama'],
          ['ulang', 'ulang', 'ulang', 'ulang'],
          ['baris kembar', 'Bali'],
          ['baris kembar', 'Bali'],
          [],
          [4, 'Kamis, 5 September', 'titik; koma, dan "kutip"', 'penuh "kutip"'],
        ],
        merges: ['A1:D1'],
      },
      {
        name: 'Nilai',
        rows: [
          ['angka', 354000, 85.3],
          ['tanggal', utc(2024, 9, 5), utc(2020, 7, 23, 9, 0, 15), utc(2024, 9, 30, 23, 30)],
          ['waktu', 0.5, 0.75 + 15 / 86_400, 1.5],
          ['persen dan rupiah', 0.25, 150000],
          ['benar salah', true, false],
          ['tautan', { text: '@natashina', hyperlink: 'https://instagram.com/natashina/' }],
          ['rumus', { formula: 'B1*2', result: 708000 }, { formula: 'A1&"!"', result: 'angka!' }, { formula: 'B1/0', result: { error: '#DIV/0!' } }],
          ['galat', { error: '#N/A' }],
          ['teks', 'tab\tdi tengah', 'Ibu ✨ Jl. Melati 😀'],
        ],
      },
      { name: 'Arsip', rows: [['disembunyikan']], state: 'hidden' },
      { name: 'Jauh', rows: [[], [], [undefined, 'B3 saja']] },
    ]);
    // exceljs writes number formats per cell; set them where a type depends on one.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const nilai = wb.getWorksheet('Nilai')!;
    // A style of its own per cell: exceljs shares one style object between cells it read alike.
    const format = (ref: string, numFmt: string) => { nilai.getCell(ref).style = { ...nilai.getCell(ref).style, numFmt }; };
    format('B2', 'dd/mm/yyyy');
    format('C2', 'yyyy-mm-dd hh:mm:ss');
    format('D2', 'dd/mm/yyyy hh:mm');
    format('B3', 'hh:mm');
    format('C3', 'hh:mm:ss');
    format('D3', '[h]:mm:ss');
    format('B4', '0%');
    format('C4', '"Rp"#,##0');
    await wb.xlsx.writeFile(xlsx);

    examples.xlsx = join(dir, 'examples-xlsx');
    examples.ods = join(dir, 'examples-ods');
    await mkdir(examples.xlsx);
    await mkdir(examples.ods);
    for (const f of [...EXAMPLES, 'kolops.config.json']) await copyFile(join(root, 'examples', f), join(examples.xlsx, f));
    await copyFile(join(root, 'examples', 'kolops.config.json'), join(examples.ods, 'kolops.config.json'));

    // Two LibreOffice runs in all (each start costs seconds): everything to .ods, then the .ods to CSV.
    const lo = (args: string[]) => promisify(execFile)(soffice!, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--norestore', ...args], { timeout: 240_000 });
    await lo(['--convert-to', 'ods', '--outdir', examples.ods, ...EXAMPLES.map((f) => join(examples.xlsx, f))]);
    await lo(['--convert-to', 'ods', '--outdir', join(dir, 'lo'), xlsx]);
    ods = join(dir, 'lo', 'bentuk.ods');
    // Comma, double quote, UTF-8 (76), from row 1: LibreOffice's own CSV of the first sheet.
    await lo(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'lo-csv'), ods]);
    loCsv = parse(await readFile(join(dir, 'lo-csv', 'bentuk.csv'), 'utf8'), { relaxColumnCount: true }) as string[][];
  }, 300_000);

  it('reads every sheet, hidden ones too, with the cells the xlsx it came from holds', async () => {
    const fromOds = plain(await readSheets(await openWorkbook(ods)));
    const fromXlsx = plain(await readSheets(await openWorkbook(xlsx)));
    expect(fromOds.map((s) => [s.name, s.state])).toEqual([['Teks', 'visible'], ['Nilai', 'visible'], ['Arsip', 'hidden'], ['Jauh', 'visible']]);
    expect(fromOds).toEqual(fromXlsx);
  });

  it('holds the values the cells mean: dates with the time their style shows, times, durations, booleans, links, formulas', async () => {
    const [, nilai] = await readSheets(await openWorkbook(ods));
    const at = (r: number, c: number) => nilai!.rows.find((x) => x.rowNumber === r)!.values[c];
    expect(at(1, 1)).toEqual({ type: 'number', value: 354000 });
    expect(at(1, 2)).toEqual({ type: 'number', value: 85.3 });
    expect(at(2, 1)).toEqual({ type: 'date', iso: '2024-09-05' });
    expect(at(2, 2)).toEqual({ type: 'date', iso: '2020-07-23', time: '09:00:15' });
    expect(at(2, 3)).toEqual({ type: 'date', iso: '2024-09-30', time: '23:30' });
    expect(at(3, 1)).toEqual({ type: 'time', seconds: 43_200, text: '12:00' });
    expect(at(3, 2)).toEqual({ type: 'time', seconds: 64_815, text: '18:00:15' });
    expect(at(3, 3)).toEqual({ type: 'duration', seconds: 129_600, text: '36:00:00' });
    expect(at(4, 1)).toEqual({ type: 'number', value: 0.25 });
    expect(at(4, 2)).toEqual({ type: 'number', value: 150000 });
    expect([at(5, 1), at(5, 2)]).toEqual([{ type: 'boolean', value: true }, { type: 'boolean', value: false }]);
    expect(at(6, 1)).toEqual({ type: 'hyperlink', text: '@natashina', url: 'https://instagram.com/natashina/' });
    const formulas = nilai!.rows.find((x) => x.rowNumber === 7)!;
    expect(formulas.values.slice(1, 4)).toEqual([{ type: 'number', value: 708000 }, { type: 'string', text: 'angka!' }, { type: 'error', code: '#DIV/0!' }]);
    expect(Object.fromEntries(formulas.formulas!)).toEqual({ 1: 'B1*2', 2: 'A1&"!"', 3: 'B1/0' });
    // A typed error (not a formula) stays one: LibreOffice's `of:=#N/A` is the value typed.
    const galat = nilai!.rows.find((x) => x.rowNumber === 8)!;
    expect(galat.values[1]).toEqual({ type: 'error', code: '#N/A' });
    expect(galat.formulas).toBeUndefined();
    expect(nilai!.rows.find((x) => x.rowNumber === 9)!.values.slice(1)).toEqual([{ type: 'string', text: 'tab\tdi tengah' }, { type: 'string', text: 'Ibu ✨ Jl. Melati 😀' }]);
  });

  it('keeps the sheet row numbers: a merged title, repeated cells and rows, gaps, a cell far from A1', async () => {
    const [teks, , , jauh] = await readSheets(await openWorkbook(ods));
    expect(teks!.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect(teks!.rows[0]!.values.map(cellText)).toEqual(['LIST KOL OKTOBER 2024']); // the merged-away B1:D1 are not there
    expect(teks!.rows[5]!.values.map(cellText)).toEqual(['ulang', 'ulang', 'ulang', 'ulang']);
    expect(teks!.rows[3]!.values.map(cellText)).toEqual(['2', '  Dinda  Ayu', 'Jl. Melati\nRT 03 / RW 04', 'TIDAK BISA BARTER']);
    expect(jauh!.rows).toEqual([{ rowNumber: 3, values: [{ type: 'empty' }, { type: 'string', text: 'B3 saja' }] }]);
  });

  it("reads the first sheet as LibreOffice's own CSV of it does", async () => {
    const [teks] = await readSheets(await openWorkbook(ods));
    const width = Math.max(...loCsv.map((r) => r.length));
    const ours: string[][] = [];
    for (const r of teks!.rows) {
      while (ours.length < r.rowNumber - 1) ours.push([]);
      ours.push(r.values.map(cellText));
    }
    const pad = (rows: string[][]) => rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    expect(pad(ours)).toEqual(pad(loCsv));
  });

  it('kolops textconv prints the .ods as it prints the xlsx', async () => {
    const a = await kolops(['textconv', xlsx]);
    const b = await kolops(['textconv', ods]);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('## Arsip (hidden)');
    expect(b.stdout).toBe(a.stdout);
  });

  it('kolops check on the examples saved as .ods gives the findings it gives on the xlsx', async () => {
    const a = await kolops(['check', examples.xlsx, '--format', 'json', '--as-of', '2024-09-20'], { cwd: dir });
    const b = await kolops(['check', examples.ods, '--format', 'json', '--as-of', '2024-09-20'], { cwd: dir });
    expect(b.stderr).toBe('');
    expect(b.code).toBe(a.code);
    const files = (JSON.parse(b.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    expect(files).toHaveLength(EXAMPLES.length);
    expect(files.every((f) => f.endsWith('.ods'))).toBe(true);
    expect(findingKeys(b.stdout).length).toBeGreaterThan(10);
    expect(findingKeys(b.stdout)).toEqual(findingKeys(a.stdout));
  });

  it('kolops describe names the format; normalize refuses to write an .ods, saying what to do', async () => {
    const listing = join(examples.ods, 'kol-listing-2024.ods');
    const described = JSON.parse((await kolops(['describe', listing, '--format', 'json'], { cwd: dir })).stdout) as { files: { format: string; sheets: unknown[] }[] };
    expect(described.files[0]!.format).toBe('ods');
    expect(described.files[0]!.sheets.length).toBeGreaterThan(0);
    const run = await kolops(['normalize', listing, '--in-place'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/normalize writes \.xlsx only; open the file in Excel or LibreOffice and save it as \.xlsx first/);
  });
});

// ---------------------------------------------------------------------------------
// Made by hand

describe('an .ods written by hand', () => {
  it('skips LibreOffice\'s million empty trailing rows and 16,384-column empty repeats without making them', async () => {
    const content = contentXml(table('S', `<table:table-column table:number-columns-repeated="16384"/>${row(`${str('No')}${str('KOL')}${empty(16382)}`)}`
      + `<table:table-row table:number-rows-repeated="999998">${empty(16384)}</table:table-row>${row(`${empty(3)}${str('jauh')}${empty(16380)}`)}${TRAILING_ROWS}`)
      + table('Dua', `${row(str('x'))}${TRAILING_ROWS}`));
    const started = performance.now();
    const sheets = await sheetsOf(odsBytes({ content }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sheets.map((s) => s.rows.map((r) => [r.rowNumber, r.values.map(cellText)]))).toEqual([
      [[1, ['No', 'KOL']], [1_000_000, ['', '', '', 'jauh']]],
      [[1, ['x']]],
    ]);
  });

  it('expands a repeated cell or row that holds a value, each row with its own number', async () => {
    const content = contentXml(table('S', `${row(`<table:table-cell table:number-columns-repeated="3" office:value-type="string"><text:p>sama</text:p></table:table-cell>${num(7)}`, 'table:number-rows-repeated="3"')}${row(str('akhir'))}`));
    const [s] = await sheetsOf(odsBytes({ content }));
    expect(s!.rows.map((r) => [r.rowNumber, r.values.map(cellText)])).toEqual([
      [1, ['sama', 'sama', 'sama', '7']], [2, ['sama', 'sama', 'sama', '7']], [3, ['sama', 'sama', 'sama', '7']], [4, ['akhir']],
    ]);
  });

  it('refuses a value repeated past limits.maxCells as too-large, before making the cells', async () => {
    const wide = contentXml(table('S', row(`<table:table-cell table:number-columns-repeated="5000" office:value-type="float" office:value="1"/>`)));
    await expectReason(await odsFile(odsBytes({ content: wide })), 'too-large', /sheet "S" holds more than 1,000 cells \(limits\.maxCells\)/, { maxSheetBytes: 1 << 30, maxCells: 1000 });
    // A billion rows of one value: refused at once, under the default limits.
    const tall = contentXml(table('S', row(str('x'), 'table:number-rows-repeated="1000000000"')));
    const started = performance.now();
    await expectReason(await odsFile(odsBytes({ content: tall })), 'too-large', /holds more than 50,000,000 cells \(limits\.maxCells\)/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a content.xml that unpacks beyond limits.maxSheetBytes as too-large', async () => {
    const content = contentXml(table('S', row(str('x'.repeat(5000)))));
    await expectReason(await odsFile(odsBytes({ content })), 'too-large', /content\.xml unpacks to/, { maxSheetBytes: 1000, maxCells: 1000 });
  });

  it('notes a value past column XFD instead of growing a row without end', async () => {
    const content = contentXml(table('S', row(`${str('a')}${empty(16382)}<table:table-cell table:number-columns-repeated="4" office:value-type="string"><text:p>b</text:p></table:table-cell>`)));
    const wb = await openOds(await odsFile(odsBytes({ content })));
    const [s] = await readSheets(wb);
    expect(s!.rows[0]!.values).toHaveLength(16_384);
    expect(s!.rows[0]!.values.at(-1)).toEqual({ type: 'string', text: 'b' });
    expect(wb.notices).toEqual([{ code: 'bad-cell-ref', sheet: 'S', rowNumber: 1, args: { ref: 'XFE1' } }]);
  });

  it('reads the text of a cell as LibreOffice shows it', async () => {
    const cell = (inner: string) => `<table:table-cell office:value-type="string">${inner}</table:table-cell>`;
    const content = contentXml(table('S', row([
      cell('<text:p>dua<text:s/> spasi,<text:s text:c="3"/>empat</text:p>'),
      cell('<text:p><text:s/>awal dan akhir </text:p>'),
      cell('<text:p>tab<text:tab/>baris<text:line-break/>baru</text:p><text:p>paragraf kedua</text:p>'),
      cell('<text:p>Halo <text:span text:style-name="T1">tebal</text:span> &amp; &lt;miring&gt; 😀</text:p>'),
      cell('<text:p>\n   spasi   XML  \n  diringkas</text:p>'),
      cell('<office:annotation><dc:creator>Mentor</dc:creator><text:p>komentar</text:p></office:annotation><text:p>isi</text:p>'),
      cell('<draw:frame draw:name="gambar"><draw:text-box><text:p>teks gambar</text:p></draw:text-box></draw:frame><text:p>sel</text:p>'),
      cell('<text:p>Profil: <text:a xlink:href="https://instagram.com/raka/" xlink:type="simple">@raka</text:a></text:p>'),
      cell('<text:p/><text:p>setelah paragraf kosong</text:p>'),
    ].join(''))));
    const [s] = await sheetsOf(odsBytes({ content }));
    expect(s!.rows[0]!.values).toEqual([
      { type: 'string', text: 'dua  spasi,   empat' },
      { type: 'string', text: ' awal dan akhir ' },
      { type: 'string', text: 'tab\tbaris\nbaru\nparagraf kedua' },
      { type: 'string', text: 'Halo tebal & <miring> 😀' },
      { type: 'string', text: 'spasi XML diringkas' },
      { type: 'string', text: 'isi' },
      { type: 'string', text: 'sel' },
      { type: 'hyperlink', text: 'Profil: @raka', url: 'https://instagram.com/raka/' },
      { type: 'string', text: '\nsetelah paragraf kosong' },
    ]);
  });

  it('reads each value type under its data style, from styles.xml, content.xml, the row or the column', async () => {
    const styles = stylesXml([
      '<number:date-style style:name="Dd"><number:day/><number:text>/</number:text><number:month/><number:text>/</number:text><number:year/></number:date-style>',
      '<number:date-style style:name="Ddt"><number:year/><number:text>-</number:text><number:month/><number:text>-</number:text><number:day/><number:text> </number:text><number:hours/><number:text>:</number:text><number:minutes/></number:date-style>',
      '<number:time-style style:name="Tdur" number:truncate-on-overflow="false"><number:hours/><number:text>:</number:text><number:minutes/><number:text>:</number:text><number:seconds/></number:time-style>',
      '<style:style style:name="Tanggal" style:family="table-cell" style:data-style-name="Dd"/>',
    ].join(''));
    const auto = [
      '<number:time-style style:name="Tss"><number:hours/><number:text>:</number:text><number:minutes/><number:text>:</number:text><number:seconds/></number:time-style>',
      '<number:time-style style:name="Thm"><number:hours/><number:text>:</number:text><number:minutes/></number:time-style>',
      '<number:boolean-style style:name="Bool"><number:boolean/></number:boolean-style>',
      '<style:style style:name="ce-date" style:family="table-cell" style:parent-style-name="Tanggal"/>',
      '<style:style style:name="ce-dt" style:family="table-cell" style:data-style-name="Ddt"/>',
      '<style:style style:name="ce-dur" style:family="table-cell" style:data-style-name="Tdur"/>',
      '<style:style style:name="ce-tss" style:family="table-cell" style:data-style-name="Tss"/>',
      '<style:style style:name="ce-thm" style:family="table-cell" style:data-style-name="Thm"/>',
      '<style:style style:name="ce-bool" style:family="table-cell" style:data-style-name="Bool"/>',
    ].join('');
    const c = (attrs: string, shown = '') => `<table:table-cell ${attrs}>${shown ? `<text:p>${shown}</text:p>` : ''}</table:table-cell>`;
    const content = contentXml(table('S', [
      '<table:table-column table:number-columns-repeated="2"/><table:table-column table:default-cell-style-name="ce-date"/><table:table-column table:number-columns-repeated="16381"/>',
      row([
        c('office:value-type="float" office:value="8301"'), c('office:value-type="percentage" office:value="0.125"'),
        c('office:value-type="date" office:date-value="2024-09-05T10:00:00"', 'from the column'),
        c('office:value-type="currency" office:currency="IDR" office:value="150000"'),
        c('office:value-type="boolean" office:boolean-value="true"'), c('table:style-name="ce-bool" office:value-type="float" office:value="0"'),
      ].join('')),
      row([
        c('table:style-name="ce-date" office:value-type="date" office:date-value="2021-01-01"'),
        c('table:style-name="ce-dt" office:value-type="date" office:date-value="2020-07-23T09:00:00"'),
        c('table:style-name="ce-dt" office:value-type="date" office:date-value="2024-01-31T23:59:59.999999"'),
        c('office:value-type="date" office:date-value="2020-07-23T09:00:15"'),
        c('office:value-type="date" office:date-value="2024-02-30"', '30/02/2024'),
      ].join('')),
      row([
        c('table:style-name="ce-thm" office:value-type="time" office:time-value="PT12H00M00S"'),
        c('table:style-name="ce-tss" office:value-type="time" office:time-value="PT09H29M59.999999S"'),
        c('table:style-name="ce-dur" office:value-type="time" office:time-value="PT12H00M00S"'),
        c('office:value-type="time" office:time-value="PT36H00M00S"'),
        c('table:style-name="ce-thm" office:value-type="time" office:time-value="PT36H30M00S"'),
        c('office:value-type="time" office:time-value="P1DT2H"'),
        c('office:value-type="time" office:time-value="-PT1H"', '-01:00'),
      ].join('')),
      row(c('office:value-type="date" office:date-value="2024-09-05T08:00:00"'), 'table:default-cell-style-name="ce-date"'),
    ].join('')), { automaticStyles: auto });
    const [s] = await sheetsOf(odsBytes({ content, styles }));
    expect(s!.rows.map((r) => r.values)).toEqual([
      [
        { type: 'number', value: 8301 }, { type: 'number', value: 0.125 }, { type: 'date', iso: '2024-09-05' },
        { type: 'number', value: 150000 }, { type: 'boolean', value: true }, { type: 'boolean', value: false },
      ],
      [
        { type: 'date', iso: '2021-01-01' }, { type: 'date', iso: '2020-07-23', time: '09:00' }, { type: 'date', iso: '2024-02-01', time: '00:00' },
        { type: 'date', iso: '2020-07-23', time: '09:00:15' }, { type: 'string', text: '30/02/2024' },
      ],
      [
        { type: 'time', seconds: 43_200, text: '12:00' }, { type: 'time', seconds: 34_200, text: '09:30:00' },
        { type: 'duration', seconds: 43_200, text: '12:00:00' }, { type: 'duration', seconds: 129_600, text: '36:00:00' },
        { type: 'time', seconds: 45_000, text: '12:30' }, { type: 'duration', seconds: 93_600, text: '26:00:00' },
        { type: 'string', text: '-01:00' },
      ],
      [{ type: 'date', iso: '2024-09-05' }],
    ]);
  });

  it('reads formulas by their cached value, in the notation an xlsx formula has', async () => {
    const content = contentXml(table('S', row([
      '<table:table-cell table:formula="of:=SUM([.A2:.A9];[$\'Data Okt\'.B1])" office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell>',
      '<table:table-cell table:formula="of:=[.A1]&amp;&quot;; x&quot;" office:value-type="string" office:string-value="42; x"><text:p>42; x</text:p></table:table-cell>',
      '<table:table-cell table:formula="of:=[.Z1]" office:value-type="string" office:string-value=""><text:p/></table:table-cell>',
      '<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>',
      '<table:table-cell table:formula="of:=NOW()"/>',
      '<table:table-cell table:formula="of:=TRUE()" office:value-type="float" office:value="1"><text:p>TRUE</text:p></table:table-cell>',
    ].join(''))));
    const [s] = await sheetsOf(odsBytes({ content }));
    const r = s!.rows[0]!;
    expect(r.values).toEqual([
      { type: 'number', value: 42 }, { type: 'string', text: '42; x' }, { type: 'empty' }, { type: 'error', code: '#DIV/0!' },
      { type: 'empty' }, { type: 'boolean', value: true },
    ]);
    expect(Object.fromEntries(r.formulas!)).toEqual({ 0: "SUM(A2:A9,'Data Okt'!B1)", 1: 'A1&"; x"', 2: 'Z1', 3: '1/0', 4: 'NOW()' });
    expect(excelFormula('of:=[Sheet2.A1:Sheet3.B2]+[.$A$1]')).toBe('Sheet2!A1:Sheet3!B2+$A$1');
  });

  it('reads hidden sheets, rows in header, group and rows wrappers, covered (merged) cells', async () => {
    const auto = '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
    const content = contentXml([
      table('Terlihat', [
        `<table:table-header-rows>${row(`<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="1" office:value-type="string"><text:p>Judul</text:p></table:table-cell><table:covered-table-cell/>`)}</table:table-header-rows>`,
        `<table:table-row-group>${row(str('grup'))}<table:table-rows>${row(`${str('a')}<table:covered-table-cell office:value-type="string"><text:p>tersembunyi</text:p></table:covered-table-cell>`)}</table:table-rows></table:table-row-group>`,
      ].join(''), 'ta1'),
      table('Rahasia', row(str('x')), 'ta2'),
    ].join(''), { automaticStyles: auto });
    const sheets = await sheetsOf(odsBytes({ content }));
    expect(sheets.map((s) => [s.name, s.state, s.rows.map((r) => [r.rowNumber, r.values.map(cellText)])])).toEqual([
      ['Terlihat', 'visible', [[1, ['Judul']], [2, ['grup']], [3, ['a', 'tersembunyi']]]],
      ['Rahasia', 'hidden', [[1, ['x']]]],
    ]);
  });

  it('matches by namespace, whatever the prefixes: calcext:value-type is not office:value-type', async () => {
    const ns = declarations({ office: 'o', table: 't', text: 'x', calcext: 'lo' });
    const content = `<?xml version="1.0"?><o:document-content ${ns}><o:body><o:spreadsheet><t:table t:name="P"><t:table-row>`
      + '<t:table-cell o:value-type="float" o:value="3" lo:value-type="float"><x:p>3</x:p></t:table-cell>'
      + '<t:table-cell t:formula="of:=NA()" o:value-type="string" o:string-value="" lo:value-type="error"><x:p>#N/A</x:p></t:table-cell>'
      + '<t:table-cell o:value-type="string"><x:p>teks<x:s x:c="2"/>x</x:p></t:table-cell>'
      + '</t:table-row></t:table></o:spreadsheet></o:body></o:document-content>';
    const [s] = await sheetsOf(odsBytes({ content }));
    expect(s!.rows[0]!.values).toEqual([{ type: 'number', value: 3 }, { type: 'error', code: '#N/A' }, { type: 'string', text: 'teks  x' }]);
  });

  it('reads the sheets again, and out of order, with the same rows', async () => {
    const content = contentXml(['Satu', 'Dua', 'Tiga'].map((name, i) => table(name, `${row(str(name))}${row(num(i), 'table:number-rows-repeated="2"')}${TRAILING_ROWS}`)).join(''));
    const wb = await openOds(await odsFile(odsBytes({ content })));
    const sheets: SheetSource[] = [];
    for await (const s of wb.sheets) sheets.push(s);
    const rowsOf = async (i: number) => { const out: string[] = []; for await (const r of sheets[i]!.rows) out.push(`${r.rowNumber}:${r.values.map(cellText).join(',')}`); return out; };
    expect(await rowsOf(2)).toEqual(['1:Tiga', '2:2', '3:2']);
    expect(await rowsOf(0)).toEqual(['1:Satu', '2:0', '3:0']);
    expect(await rowsOf(0)).toEqual(['1:Satu', '2:0', '3:0']);
    // In order, the sheets share one reading of content.xml and read the same.
    expect((await readSheets(await openOds(await odsFile(odsBytes({ content }))))).map((s) => s.rows.length)).toEqual([3, 3, 3]);
  });

  it('reads a flat .fods: the same XML in one file, its styles included', async () => {
    const ns = declarations();
    const fods = `<?xml version="1.0" encoding="UTF-8"?><office:document ${ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">`
      + '<office:styles><number:date-style style:name="D"><number:day/></number:date-style></office:styles>'
      + '<office:automatic-styles><style:style style:name="ce1" style:family="table-cell" style:data-style-name="D"/><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>'
      + `<office:body><office:spreadsheet>${table('Datar', row(`${str('Halo 👋')}<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-09-05T09:00:00"/>`))}${table('H', row(str('h')), 'ta2')}</office:spreadsheet></office:body></office:document>`;
    const wb = await openWorkbook(await writeRaw(dir, 'datar.fods', fods));
    expect(wb.format).toBe('ods');
    expect(plain(await readSheets(wb))).toEqual([
      { name: 'Datar', state: 'visible', rows: [{ rowNumber: 1, values: [{ type: 'string', text: 'Halo 👋' }, { type: 'date', iso: '2024-09-05' }], formulas: {} }] },
      { name: 'H', state: 'hidden', rows: [{ rowNumber: 1, values: [{ type: 'string', text: 'h' }], formulas: {} }] },
    ]);
    await expectReason(await writeRaw(dir, 'teks.fods', '<?xml version="1.0"?><office:document office:mimetype="application/vnd.oasis.opendocument.text"/>'), 'not-a-spreadsheet', /flat OpenDocument text document/);
  });

  it('reads an xlsx named .ods as the xlsx it is', async () => {
    const xlsx = await writeXlsx(dir, 'salah-nama.xlsx', [{ name: 'S', rows: [['x']] }]);
    const wb = await openWorkbook(await writeRaw(dir, 'salah-nama.ods', await readFile(xlsx)));
    expect(wb.format).toBe('xlsx');
    expect((await readSheets(wb))[0]!.rows[0]!.values).toEqual([{ type: 'string', text: 'x' }]);
  });
});

describe('an .ods that cannot be read', () => {
  it('malformed XML → corrupt-zip, one line', async () => {
    const content = contentXml(table('S', row('<table:table-cell office:value-type="string"><text:p>x</table:table-cell>')));
    await expectReason(await odsFile(odsBytes({ content })), 'corrupt-zip', /<p> closed by <\/table-cell>/);
  });

  it('a content.xml cut short → corrupt-zip', async () => {
    const content = contentXml(table('S', row(str('x')))).slice(0, -40);
    await expectReason(await odsFile(odsBytes({ content })), 'corrupt-zip', /cut short/);
  });

  it('no content.xml: a damaged spreadsheet, or a zip that is no spreadsheet at all', async () => {
    await expectReason(await odsFile(odsBytes({ content: null })), 'corrupt-zip', /no content\.xml/);
    await expectReason(await odsFile(odsBytes({ content: null, mimetype: null, extra: { 'foto.jpg': 'x' } })), 'not-a-spreadsheet', /ZIP archive without an OpenDocument spreadsheet/);
  });

  it('an OpenDocument text document named .ods → not-a-spreadsheet, saying what it is', async () => {
    const content = '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:text/></office:body></office:document-content>';
    await expectReason(await odsFile(odsBytes({ content, mimetype: 'application/vnd.oasis.opendocument.text' })), 'not-a-spreadsheet', /OpenDocument text document \(\.odt\)/);
  });

  it('a password-protected .ods → encrypted, before its ciphertext is parsed', async () => {
    const ciphertext = Uint8Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256);
    const path = await odsFile(odsBytes({ content: ciphertext, manifest: ENCRYPTED_MANIFEST }));
    await expectReason(path, 'encrypted', /password-protected/);
    const run = await kolops(['check', path, '--format', 'json']);
    const finding = (JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] }).findings[0]!;
    expect(finding.rule).toBe('file/unreadable');
    expect(finding.message).toMatch(/password-protected .*save a copy without the password/);
    const id = await kolops(['check', path, '--format', 'json', '--lang', 'id']);
    expect((JSON.parse(id.stdout) as { findings: { message: string }[] }).findings[0]!.message).toMatch(/dilindungi password/);
  });

  it('an .ods named .xlsx → not-a-spreadsheet, saying to rename it', async () => {
    const bytes = odsBytes({ content: contentXml(table('S', row(str('x')))) });
    await expectReason(await writeRaw(dir, 'sebenarnya-ods.xlsx', bytes), 'not-a-spreadsheet', /OpenDocument spreadsheet with another extension: rename it to \.ods/);
  });

  it('an empty file, a picture, a text file named .ods', async () => {
    await expectReason(await writeRaw(dir, 'kosong.ods', new Uint8Array()), 'empty-file');
    await expectReason(await writeRaw(dir, 'foto.ods', pngBytes()), 'not-a-spreadsheet', /PNG image/);
    await expectReason(await writeRaw(dir, 'teks.ods', 'No,KOL\n1,Andi\n'), 'not-a-spreadsheet', /text file/);
  });
});

// Keep the fixture writers honest: a hand-made package opens with LibreOffice too.
describe.skipIf(!soffice)('a hand-made .ods', () => {
  it('is one LibreOffice reads: same text in its CSV', async () => {
    const content = contentXml(table('S', `${row(`${str('No')}${str('KOL')}`)}${row(`${num(1)}${str('Andi<text:s text:c="2"/>Wijaya')}`)}${TRAILING_ROWS}`));
    const path = await odsFile(odsBytes({ content }), 'tangan.ods');
    const out = join(dir, 'tangan-csv');
    await promisify(execFile)(soffice!, [`-env:UserInstallation=file://${join(dir, 'lo-profile-2')}`, '--headless', '--norestore', '--convert-to', 'csv', '--outdir', out, path], { timeout: 120_000 });
    const lo = (await readFile(join(out, 'tangan.csv'), 'utf8')).trim();
    const [s] = await readSheets(await openOds(path));
    expect(s!.rows.map((r) => r.values.map(cellText).join(',')).join('\n')).toBe(lo);
  }, 120_000);
});
