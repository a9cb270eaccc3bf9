import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNormalize } from '../../src/cli/normalize-command.js';
import { findingKeys, kolops } from '../helpers/cli.js';
import { convertWithLibreOffice, makeTempDir, sofficePath, writeCsv, writeRaw, writeXlsx } from '../helpers/fixtures.js';
import { sheetPartOf } from '../../src/writers/xlsx-patch.js';
import { readEntry, readZip, type ZipInMemory as ZipArchive } from '../helpers/zip.js';

const root = join(import.meta.dirname, '..', '..');
const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice normalize cases: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const sha = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');
/** A real 1×1 PNG (a red pixel). */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

const HEADER = ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link Instagram'];
const ROWS: unknown[][] = [
  [1, 'Nata Shina', '354K', 'Jl. Kenanga 5, Bandung', '5 September 2024', 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/natashina/'],
  [2, 'Budi Santoso', '8.301', 'Jl. Mawar 12, Depok', utc(2024, 9, 9), 'YES', 'Instagram', 'Herbana', '@budisantoso'],
  [3, 'Citra Maharani', 85300, '', '', 'TIDAK BISA BARTER', 'TikTok', 'Herbana', 'https://www.tiktok.com/@citramaharani'],
  [4, 'Dewi Anggraini', '1,2 jt', 'Jl. Anggrek 3, Bogor', '', '', 'Instagram', 'Herbana', 'https://www.instagram.com/dewianggraini/'],
];

let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('kolops-normalize-');
  await writeFile(join(dir, 'kolops.config.json'), JSON.stringify({ year: 2024, brands: [{ name: 'Herbana' }] }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fresh(name: string): Promise<string> {
  const d = join(dir, name);
  await mkdir(d, { recursive: true });
  await copyFile(join(dir, 'kolops.config.json'), join(d, 'kolops.config.json'));
  return d;
}

async function plainListing(d: string, name = 'listing.xlsx'): Promise<string> {
  return writeXlsx(d, name, [{ name: 'September 2024', rows: [HEADER, ...ROWS] }]);
}

/** Title merged over the table, widths, validation, conditional formatting, an image and a hidden sheet. */
async function richListing(d: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('September 2024');
  ws.getCell('A1').value = 'LIST KOL HERBANA SEPTEMBER 2024';
  ws.mergeCells('A1:I1');
  ws.getRow(2).values = HEADER;
  ROWS.forEach((r, i) => { ws.getRow(i + 3).values = r as ExcelJS.CellValue[]; });
  ws.getCell('J3').value = { formula: 'LEN(B3)', result: 10 };
  ws.columns.forEach((c, i) => { c.width = 10 + i; });
  for (let r = 3; r <= 20; r++) {
    ws.getCell(`F${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"YES,NO,YES (DONE)"'] };
  }
  ws.addConditionalFormatting({
    ref: 'C3:C20',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['100000'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFFF00' } } } }],
  });
  const image = wb.addImage({ buffer: PNG_1X1 as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, { tl: { col: 1, row: 10 }, ext: { width: 20, height: 20 } });
  const hidden = wb.addWorksheet('Lists');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = 'YES';
  hidden.getCell('A2').value = 'NO';
  const path = join(d, 'rich.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

function rawRecord(zip: ZipArchive, name: string): Buffer {
  const e = zip.entries.find((x) => x.name === name)!;
  const b = zip.bytes;
  const start = e.localOffset + 30 + b.readUInt16LE(e.localOffset + 26) + b.readUInt16LE(e.localOffset + 28);
  return b.subarray(e.localOffset, start + e.compressedSize);
}

/**
 * The guarantee: every package part but the listing sheets is the same bytes (local
 * record, compressed data and all), and in the listing sheets every original cell,
 * formula and merge reads the same through exceljs. Returns the parts that changed.
 */
async function assertLossless(input: string, output: string): Promise<string[]> {
  const a = readZip(await readFile(input));
  const b = readZip(await readFile(output));
  expect(b.entries.map((e) => e.name)).toEqual(a.entries.map((e) => e.name));
  const changed: string[] = [];
  for (const e of a.entries) {
    const same = Buffer.compare(rawRecord(a, e.name), rawRecord(b, e.name)) === 0;
    if (!same) changed.push(e.name);
    else expect(readEntry(b, e.name)!.equals(readEntry(a, e.name)!)).toBe(true);
  }
  const wa = new ExcelJS.Workbook();
  const wb = new ExcelJS.Workbook();
  await wa.xlsx.readFile(input);
  await wb.xlsx.readFile(output);
  for (const sa of wa.worksheets) {
    const sb = wb.getWorksheet(sa.name)!;
    expect(sb.state).toBe(sa.state);
    expect(sb.model.merges).toEqual(sa.model.merges);
    sa.columns?.forEach((c, i) => expect(sb.getColumn(i + 1).width, `${sa.name} column ${i + 1} width`).toBe(c.width));
    sa.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const other = sb.getCell(r, Number(cell.col));
        expect(other.value, `${sa.name}!${cell.address}`).toEqual(cell.value);
        expect(other.formula, `${sa.name}!${cell.address} formula`).toEqual(cell.formula);
        expect(other.style, `${sa.name}!${cell.address} style`).toEqual(cell.style);
      });
    });
  }
  return changed;
}

async function sheetXml(path: string, sheet: string): Promise<string> {
  const zip = readZip(await readFile(path));
  return readEntry(zip, sheetPartOf(zip.zip, sheet))!.toString('utf8');
}

async function derivedTable(path: string, sheet: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  let headerRow = 0;
  let start = 0;
  ws.eachRow((row, r) => row.eachCell((c) => { if (c.value === 'kolops: Followers') { headerRow = r; start = Number(c.col); } }));
  const out: Record<string, unknown>[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const rec: Record<string, unknown> = {};
    for (let k = 0; k < 6; k++) rec[String(ws.getCell(headerRow, start + k).value)] = ws.getCell(r, start + k).value;
    out.push(rec);
  }
  return out;
}

describe('kolops normalize: derived columns', () => {
  it('writes followers, tier, account, status, post date and month beside the listing', async () => {
    const d = await fresh('values');
    const input = await plainListing(d);
    const run = await kolops(['normalize', 'listing.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote out.xlsx: derived columns for 4 listing rows in 1 table');
    expect(await assertLossless(input, join(d, 'out.xlsx'))).toEqual(['xl/worksheets/sheet1.xml']);
    const xml = await sheetXml(join(d, 'out.xlsx'), 'September 2024');
    // Table ends at I; one empty column (J), then K..P.
    expect(xml).toContain('<c r="K1" t="inlineStr"><is><t>kolops: Followers</t></is></c>');
    expect(xml).toContain('<c r="P1" t="inlineStr"><is><t>kolops: Month</t></is></c>');
    expect(xml).toMatch(/<dimension ref="A1:P5"\/>/);
    expect(await derivedTable(join(d, 'out.xlsx'), 'September 2024')).toEqual([
      { 'kolops: Followers': 354000, 'kolops: Tier': 'macro', 'kolops: Account': 'instagram:natashina', 'kolops: Status': 'done', 'kolops: Post date': '2024-09-05', 'kolops: Month': '2024-09' },
      { 'kolops: Followers': 8301, 'kolops: Tier': 'nano', 'kolops: Account': 'instagram:budisantoso', 'kolops: Status': 'agreed', 'kolops: Post date': '2024-09-09', 'kolops: Month': '2024-09' },
      { 'kolops: Followers': 85300, 'kolops: Tier': 'micro', 'kolops: Account': 'tiktok:citramaharani', 'kolops: Status': 'declined', 'kolops: Post date': null, 'kolops: Month': '2024-09' },
      { 'kolops: Followers': 1200000, 'kolops: Tier': 'mega', 'kolops: Account': 'instagram:dewianggraini', 'kolops: Status': 'pending', 'kolops: Post date': null, 'kolops: Month': '2024-09' },
    ]);
    // The derived columns create no findings: `kolops check` says the same about both.
    const before = await kolops(['check', 'listing.xlsx', '-f', 'json', '--as-of', '2024-09-20'], { cwd: d });
    const after = await kolops(['check', 'out.xlsx', '-f', 'json', '--as-of', '2024-09-20'], { cwd: d });
    expect(findingKeys(after.stdout)).toEqual(findingKeys(before.stdout));
  });

  it('is idempotent: normalizing its own output gives the same bytes, and --in-place leaves it untouched', async () => {
    const d = await fresh('idem');
    await plainListing(d);
    expect((await kolops(['normalize', 'listing.xlsx', '-o', 'once.xlsx'], { cwd: d })).code).toBe(0);
    expect((await kolops(['normalize', 'once.xlsx', '-o', 'twice.xlsx'], { cwd: d })).code).toBe(0);
    expect(await sha(join(d, 'twice.xlsx'))).toBe(await sha(join(d, 'once.xlsx')));
    const before = await sha(join(d, 'once.xlsx'));
    const run = await kolops(['normalize', 'once.xlsx', '--in-place'], { cwd: d });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('already normalized');
    expect(await sha(join(d, 'once.xlsx'))).toBe(before);
    expect((await readdir(d)).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refreshes its own columns and clears them from rows that are no longer listing rows', async () => {
    const d = await fresh('refresh');
    const stale = ['kolops: Followers', 'kolops: Tier', 'kolops: Account', 'kolops: Status', 'kolops: Post date', 'kolops: Month'];
    const rows: unknown[][] = [
      [...HEADER, undefined, ...stale],
      ...ROWS.map((r) => [...r, undefined, 1, 'old', 'old', 'old', 'old', 'old']),
      [], [], [],
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 99, 'left over'],
    ];
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows }]);
    expect((await kolops(['normalize', 'listing.xlsx', '-o', 'out.xlsx'], { cwd: d })).code).toBe(0);
    const table = await derivedTable(join(d, 'out.xlsx'), 'September 2024');
    expect(table[0]).toEqual({ 'kolops: Followers': 354000, 'kolops: Tier': 'macro', 'kolops: Account': 'instagram:natashina', 'kolops: Status': 'done', 'kolops: Post date': '2024-09-05', 'kolops: Month': '2024-09' });
    const xml = await sheetXml(join(d, 'out.xlsx'), 'September 2024');
    expect(xml).not.toContain('K9');
    expect(xml).not.toContain('left over');
    expect(xml).not.toContain('>old<');
  });
});

describe('kolops normalize: streamed reading', () => {
  it('a kolops header found below rows that have values in its column: the sheet is read again with the column hidden', async () => {
    // Table 2 carries derived columns from a run before (K..P); table 1 has a note in K. The
    // derived columns are hidden from the whole sheet, so table 1 ends at I and its columns
    // go to K, where the note is: the same refusal as when the sheet was read whole.
    const d = await fresh('late-header');
    const stale = ['kolops: Followers', 'kolops: Tier', 'kolops: Account', 'kolops: Status', 'kolops: Post date', 'kolops: Month'];
    const rows: unknown[][] = [
      HEADER,
      [...ROWS[0]!, undefined, 'catatan tim'],
      ROWS[1]!,
      [], [], [], [], [], [],
      [...HEADER, undefined, ...stale],
      [...ROWS[2]!, undefined, 1, 'old', 'old', 'old', 'old', 'old'],
    ];
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows }]);
    const run = await kolops(['normalize', 'listing.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cell K2 where the derived columns go is not empty');
    expect((await kolops(['normalize', 'listing.xlsx', '-o', 'out.xlsx', '--force'], { cwd: d })).code).toBe(0);
    const xml = await sheetXml(join(d, 'out.xlsx'), 'September 2024');
    expect(xml).toContain('<c r="K1" t="inlineStr"><is><t>kolops: Followers</t></is></c>');
    expect(xml).toContain('<c r="K11"><v>85300</v></c>');
    expect(xml).not.toContain('>old<');
  });

  it('many sheets: each is patched as it streams, untouched parts are copied as they were', async () => {
    const d = await fresh('many-sheets');
    const months = ['Januari', 'Februari', 'Maret'];
    const input = await writeXlsx(d, 'listing.xlsx', months.map((m) => ({ name: `${m} 2024`, rows: [HEADER, ...ROWS] })));
    const run = await kolops(['normalize', 'listing.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('derived columns for 12 listing rows in 3 tables');
    expect((await assertLossless(input, join(d, 'out.xlsx'))).sort()).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    expect((await derivedTable(join(d, 'out.xlsx'), 'Maret 2024')).map((r) => r['kolops: Month'])).toEqual(['2024-03', '2024-03', '2024-03', '2024-03']);
  });
});

describe('kolops normalize: lossless round trip', () => {
  it('keeps validation, conditional formatting, the image, the hidden sheet, merges, widths and formulas', async () => {
    const d = await fresh('rich');
    const input = await richListing(d);
    const run = await kolops(['normalize', 'rich.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = join(d, 'out.xlsx');
    expect(await assertLossless(input, out)).toEqual(['xl/worksheets/sheet1.xml']);
    const before = await sheetXml(input, 'September 2024');
    const xml = await sheetXml(out, 'September 2024');
    for (const part of ['<dataValidations', '<conditionalFormatting', '<drawing ', '<mergeCell ref="A1:I1"', '<cols>', '<f>LEN(B3)</f>']) {
      expect(before, part).toContain(part);
      expect(xml, part).toContain(part);
    }
    // Everything outside <sheetData> and <dimension> is the same text.
    const rest = (s: string) => s.replace(/<sheetData>[\s\S]*<\/sheetData>/, '').replace(/<dimension[^>]*>/, '');
    expect(rest(xml)).toBe(rest(before));
    const zip = readZip(await readFile(out));
    expect(zip.entries.some((e) => e.name.startsWith('xl/media/'))).toBe(true);
    expect(zip.entries.some((e) => e.name.startsWith('xl/drawings/'))).toBe(true);
    // The formula in J3 sits in the spacer column: the derived block starts at L.
    expect(xml).toContain('<c r="L2" t="inlineStr"><is><t>kolops: Followers</t></is></c>');
    const before2 = await kolops(['check', 'rich.xlsx', '-f', 'json', '--as-of', '2024-09-20'], { cwd: d });
    const after2 = await kolops(['check', 'out.xlsx', '-f', 'json', '--as-of', '2024-09-20'], { cwd: d });
    expect(findingKeys(after2.stdout)).toEqual(findingKeys(before2.stdout));
  });

  it.skipIf(!soffice)('LibreOffice opens the output and shows the derived values', { timeout: 120_000 }, async () => {
    const d = await fresh('lo-open');
    await richListing(d);
    expect((await kolops(['normalize', 'rich.xlsx', '-o', 'out.xlsx'], { cwd: d })).code).toBe(0);
    const csvDir = join(d, 'csv');
    await mkdir(csvDir);
    const csv = await readFile(await convertWithLibreOffice(join(d, 'out.xlsx'), csvDir, 'csv'), 'utf8');
    expect(csv).toContain('kolops: Followers');
    expect(csv).toContain('354000,macro,instagram:natashina,done,2024-09-05,2024-09');
    expect(csv).toContain('LIST KOL HERBANA SEPTEMBER 2024');
  });

  it.skipIf(!soffice)('works on a listing re-saved by LibreOffice, and LibreOffice reads the result', { timeout: 180_000 }, async () => {
    const d = await fresh('lo-saved');
    const src = await plainListing(d, 'orig.xlsx');
    const loDir = join(d, 'lo');
    await mkdir(loDir);
    const saved = await convertWithLibreOffice(src, loDir, 'xlsx');
    await copyFile(join(dir, 'kolops.config.json'), join(loDir, 'kolops.config.json'));
    const run = await kolops(['normalize', 'orig.xlsx', '-o', 'out.xlsx'], { cwd: loDir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = join(loDir, 'out.xlsx');
    expect(await assertLossless(saved, out)).toEqual(['xl/worksheets/sheet1.xml']);
    expect(await derivedTable(out, 'September 2024')).toHaveLength(4);
    const again = await kolops(['normalize', 'out.xlsx', '-o', 'again.xlsx'], { cwd: loDir });
    expect(again.code).toBe(0);
    expect(await sha(join(loDir, 'again.xlsx'))).toBe(await sha(out));
    const csvDir = join(d, 'csv');
    await mkdir(csvDir);
    const csv = await readFile(await convertWithLibreOffice(out, csvDir, 'csv'), 'utf8');
    expect(csv).toContain('8301,nano,instagram:budisantoso,agreed,2024-09-09,2024-09');
    const before = await kolops(['check', 'orig.xlsx', '-f', 'json', '--as-of', '2024-09-20'], { cwd: loDir });
    const after = await kolops(['check', 'out.xlsx', '-f', 'json', '--as-of', '2024-09-20'], { cwd: loDir });
    expect(findingKeys(after.stdout)).toEqual(findingKeys(before.stdout));
  });

  it('the examples listing: same findings before and after, alone and joined to the recaps', async () => {
    const d = await fresh('examples');
    await cp(join(root, 'examples'), join(d, 'ex'), { recursive: true });
    const ex = join(d, 'ex');
    const original = join(ex, 'kol-listing-2024.xlsx');
    const origSha = await sha(join(root, 'examples', 'kol-listing-2024.xlsx'));
    const run = await kolops(['normalize', original, '-o', join(d, 'out.xlsx')], { cwd: ex });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const changed = await assertLossless(original, join(d, 'out.xlsx'));
    expect(changed.every((p) => p.startsWith('xl/worksheets/'))).toBe(true);
    const alone = async (file: string) => findingKeys((await kolops(['check', file, '-f', 'json', '--as-of', '2024-09-20', '-c', join(ex, 'kolops.config.json')], { cwd: ex })).stdout);
    expect(await alone(join(d, 'out.xlsx'))).toEqual(await alone(original));
    const folderBefore = findingKeys((await kolops(['check', '.', '-f', 'json', '--as-of', '2024-09-20'], { cwd: ex })).stdout);
    expect((await kolops(['normalize', 'kol-listing-2024.xlsx', '--in-place', '--no-backup'], { cwd: ex })).code).toBe(0);
    const folderAfter = findingKeys((await kolops(['check', '.', '-f', 'json', '--as-of', '2024-09-20'], { cwd: ex })).stdout);
    expect(folderAfter).toEqual(folderBefore);
    expect(await sha(join(root, 'examples', 'kol-listing-2024.xlsx'))).toBe(origSha);
  });
});

describe('kolops normalize: safe writing and refusals', () => {
  it('--in-place keeps FILE.bak, byte-identical to the original; --no-backup does not', async () => {
    const d = await fresh('inplace');
    const input = await plainListing(d);
    const before = await sha(input);
    const run = await kolops(['normalize', 'listing.xlsx', '--in-place'], { cwd: d });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kept the original as listing.xlsx.bak');
    expect(await sha(`${input}.bak`)).toBe(before);
    expect(await sha(input)).not.toBe(before);
    expect(await assertLossless(`${input}.bak`, input)).toEqual(['xl/worksheets/sheet1.xml']);

    const d2 = await fresh('nobackup');
    await plainListing(d2);
    expect((await kolops(['normalize', 'listing.xlsx', '--in-place', '--no-backup'], { cwd: d2 })).code).toBe(0);
    expect((await readdir(d2)).sort()).toEqual(['kolops.config.json', 'listing.xlsx']);
  });

  it('a failed write leaves the original byte-identical and no temp file behind', async () => {
    const d = await fresh('failwrite');
    const input = await plainListing(d);
    const before = await sha(input);
    const run = await kolops(['normalize', 'listing.xlsx', '-o', join('no', 'such', 'folder', 'out.xlsx')], { cwd: d });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kolops: could not write .*out\.xlsx: its folder .*folder does not exist \(ENOENT\)\. .* Nothing was changed\.\n$/);
    expect(await sha(input)).toBe(before);
    expect((await readdir(d)).sort()).toEqual(['kolops.config.json', 'listing.xlsx']);

    // In place, with the writer failing (disk full, a sync tool holding the file …).
    let stderr = '';
    const code = await runNormalize(
      { file: 'listing.xlsx', inPlace: true, backup: false, force: false, lang: 'en' },
      { stdout: () => {}, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: d },
      { writer: async () => { throw new Error('ENOSPC: no space left on device'); } },
    );
    expect(code).toBe(2);
    expect(stderr).toBe('kolops: could not write listing.xlsx: the disk is full (ENOSPC). Free some space, then run again. Nothing was changed.\n');
    expect(await sha(input)).toBe(before);
    expect((await readdir(d)).sort()).toEqual(['kolops.config.json', 'listing.xlsx']);
  });

  it('refuses while the workbook is open (Excel lock file), without touching it', async () => {
    const d = await fresh('locked');
    const input = await plainListing(d);
    await writeRaw(d, '~$listing.xlsx', 'owner');
    const before = await sha(input);
    const run = await kolops(['normalize', 'listing.xlsx', '--in-place'], { cwd: d });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kolops: not writing listing.xlsx: it is open in Excel or LibreOffice (~$listing.xlsx is there). Close it, then run again.\n');
    expect(await sha(input)).toBe(before);
    const id = await kolops(['normalize', 'listing.xlsx', '--in-place', '--lang', 'id'], { cwd: d });
    expect(id.stderr).toContain('sedang dibuka di Excel');
  });

  it('refuses an existing -o without --force, and overwrites it with --force', async () => {
    const d = await fresh('exists');
    await plainListing(d);
    await writeRaw(d, 'out.xlsx', 'keep me');
    const run = await kolops(['normalize', 'listing.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kolops: not writing out.xlsx: it already exists. Nothing was changed; name another file, or add --force to replace it.\n');
    expect(await readFile(join(d, 'out.xlsx'), 'utf8')).toBe('keep me');
    expect((await kolops(['normalize', 'listing.xlsx', '-o', 'out.xlsx', '--force'], { cwd: d })).code).toBe(0);
    expect((await readFile(join(d, 'out.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses usage mistakes, CSV, unreadable workbooks and files without a listing', async () => {
    const d = await fresh('usage');
    await plainListing(d);
    await writeCsv(d, 'listing.csv', [HEADER, ROWS[0]!.map(String)]);
    await writeRaw(d, 'broken.xlsx', Buffer.from('PK\u0003\u0004 truncated'));
    await writeXlsx(d, 'notes.xlsx', [{ name: 'Notes', rows: [['just'], ['some notes']] }]);
    const cases: [string[], RegExp][] = [
      [['normalize', 'listing.xlsx'], /say where to write: -o OUT\.xlsx .* or --in-place/],
      [['normalize', 'listing.xlsx', '-o', 'x.xlsx', '--in-place'], /either -o or --in-place/],
      [['normalize', 'listing.xlsx', '-o', 'listing.xlsx'], /use --in-place/],
      [['normalize', 'listing.csv', '--in-place'], /normalize writes \.xlsx only/],
      [['normalize', 'broken.xlsx', '--in-place'], /broken\.xlsx could not be read .*; nothing written/],
      [['normalize', 'notes.xlsx', '--in-place'], /has no KOL listing, posting recap or affiliate table; nothing written/],
      [['normalize', 'missing.xlsx', '--in-place'], /no such file/],
    ];
    for (const [args, message] of cases) {
      const run = await kolops(args, { cwd: d });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect((await readdir(d)).sort()).toEqual(['broken.xlsx', 'kolops.config.json', 'listing.csv', 'listing.xlsx', 'notes.xlsx']);
  });

  it('refuses when merged cells cover the derived columns, unless --force', async () => {
    const d = await fresh('merged');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('September 2024');
    ws.getRow(1).values = HEADER;
    ROWS.forEach((r, i) => { ws.getRow(i + 2).values = r as ExcelJS.CellValue[]; });
    ws.mergeCells('L3:M3');
    await wb.xlsx.writeFile(join(d, 'listing.xlsx'));
    const before = await sha(join(d, 'listing.xlsx'));
    const run = await kolops(['normalize', 'listing.xlsx', '--in-place'], { cwd: d });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kolops: sheet "September 2024": merged cells L3:M3 cover the derived columns; nothing written (--force writes anyway)\n');
    expect(await sha(join(d, 'listing.xlsx'))).toBe(before);
    expect((await readdir(d)).sort()).toEqual(['kolops.config.json', 'listing.xlsx']);
    expect((await kolops(['normalize', 'listing.xlsx', '-o', 'forced.xlsx', '--force'], { cwd: d })).code).toBe(0);
  });

  it('refuses when an Excel table object reaches the derived columns', async () => {
    const d = await fresh('tableobj');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('September 2024');
    ws.getCell('A1').value = 'LIST KOL SEPTEMBER 2024';
    ws.getRow(3).values = HEADER;
    ROWS.forEach((r, i) => { ws.getRow(i + 4).values = r as ExcelJS.CellValue[]; });
    // A table whose header sits above the listing and whose (empty) body runs beside it.
    ws.addTable({ name: 'Side', ref: 'K2', headerRow: true, columns: [{ name: 'x' }, { name: 'y' }], rows: [[null, null], [null, null]] });
    await wb.xlsx.writeFile(join(d, 'listing.xlsx'));
    const run = await kolops(['normalize', 'listing.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(run.stderr).toBe('kolops: sheet "September 2024": the Excel table Side reaches the derived columns; nothing written (--force writes anyway)\n');
    expect(run.code).toBe(2);
    expect((await readdir(d)).sort()).toEqual(['kolops.config.json', 'listing.xlsx']);
  });
});

/** A derived block read back by header: one record per row below the header row (every row up to the last). */
async function derivedBlock(path: string, sheet: string, headerRow: number, first = 'kolops: Account'): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  let start = 0;
  ws.getRow(headerRow).eachCell((c) => { if (c.value === first && !start) start = Number(c.col); });
  expect(start, `${first} in row ${headerRow}`).toBeGreaterThan(0);
  const headers: string[] = [];
  for (let k = start; typeof ws.getCell(headerRow, k).value === 'string'; k++) headers.push(String(ws.getCell(headerRow, k).value));
  const out: Record<string, unknown>[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const rec: Record<string, unknown> = { row: r };
    headers.forEach((h, k) => { rec[h] = ws.getCell(r, start + k).value; });
    out.push(rec);
  }
  return out;
}

describe('kolops normalize: posting recaps and affiliate sheets', () => {
  async function examplesCopy(name: string): Promise<{ d: string; ex: string }> {
    const d = await fresh(name);
    const ex = join(d, 'ex');
    await cp(join(root, 'examples'), ex, { recursive: true });
    return { d, ex };
  }
  const findings = async (ex: string, file: string) =>
    findingKeys((await kolops(['check', file, '-f', 'json', '--as-of', '2024-09-20', '-c', join(ex, 'kolops.config.json')], { cwd: ex })).stdout);

  /** Normalize one example to out.xlsx: lossless, idempotent, same findings; returns the output path. */
  async function normalizeExample(ex: string, d: string, file: string, message: string): Promise<string> {
    const input = join(ex, file);
    const out = join(d, 'out.xlsx');
    // out.xlsx sits beside another kolops.config.json: name the examples' config every time.
    const cfg = ['-c', join(ex, 'kolops.config.json')];
    const run = await kolops(['normalize', input, '-o', out, ...cfg], { cwd: ex });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(message);
    const changed = await assertLossless(input, out);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((p) => p.startsWith('xl/worksheets/sheet'))).toBe(true);
    expect(await findings(ex, out), `${file}: same findings`).toEqual(await findings(ex, input));
    expect((await findings(ex, input)).length).toBeGreaterThan(0);
    // Idempotent: a second run gives the same bytes, --in-place leaves it untouched.
    expect((await kolops(['normalize', out, '-o', join(d, 'twice.xlsx'), ...cfg], { cwd: ex })).code).toBe(0);
    expect(await sha(join(d, 'twice.xlsx'))).toBe(await sha(out));
    const again = await kolops(['normalize', out, '--in-place', ...cfg], { cwd: ex });
    expect(again.stdout).toContain('already normalized');
    return out;
  }

  it('the wide recap: account, the brands that posted, one post date per brand column, posted', async () => {
    const { d, ex } = await examplesCopy('recap-wide');
    const out = await normalizeExample(ex, d, 'recap-postingan.xlsx', 'derived columns for 19 rows in 1 table (0 KOL listing, 1 posting recap, 0 affiliate)');
    const xml = await sheetXml(out, 'Recap');
    // Header in row 3, table ends at D: one empty column, then F..K.
    expect(xml).toContain('<c r="F3" t="inlineStr"><is><t>kolops: Account</t></is></c>');
    expect(xml).toContain('<c r="H3" t="inlineStr"><is><t>kolops: Post date Herbamojo</t></is></c>');
    expect(xml).toContain('<c r="I3" t="inlineStr"><is><t>kolops: Post date Herbana</t></is></c>');
    const rows = await derivedBlock(out, 'Recap', 3);
    const at = (r: number) => rows.find((x) => x.row === r);
    expect(at(4)).toEqual({ row: 4, 'kolops: Account': 'name:gustaf sallendra', 'kolops: Brand': 'Herbana', 'kolops: Post date Herbamojo': null, 'kolops: Post date Herbana': '2024-08-07', 'kolops: Posted': 'yes', 'kolops: Month': null });
    expect(at(10)).toEqual({ row: 10, 'kolops: Account': 'name:dennis irwin', 'kolops: Brand': 'Herbamojo, Herbana', 'kolops: Post date Herbamojo': '2024-08-16', 'kolops: Post date Herbana': '2024-08-21', 'kolops: Posted': 'yes', 'kolops: Month': null });
    expect(at(8)).toMatchObject({ 'kolops: Account': 'name:anjasmara prasetya', 'kolops: Post date Herbamojo': null, 'kolops: Post date Herbana': null, 'kolops: Posted': 'no' });
    // The dates below the table name nobody: no account, still a Herbana post.
    expect(at(19)).toMatchObject({ 'kolops: Account': null, 'kolops: Brand': 'Herbana', 'kolops: Post date Herbana': '2024-09-05', 'kolops: Posted': 'yes' });
    // The title and group rows above the header are untouched.
    expect(xml).not.toMatch(/<c r="[F-K][12]"/);
  });

  it('the long recap: account, brand, post date, posted and month', async () => {
    const { d, ex } = await examplesCopy('recap-long');
    const out = await normalizeExample(ex, d, 'recap-september-2024.xlsx', 'derived columns for 6 rows in 1 table (0 KOL listing, 1 posting recap, 0 affiliate)');
    const rows = await derivedBlock(out, 'September 2024', 1);
    expect(rows.slice(0, 3)).toEqual([
      { row: 2, 'kolops: Account': 'instagram:nadineaulia', 'kolops: Brand': 'Herbana', 'kolops: Post date': '2024-09-05', 'kolops: Posted': 'yes', 'kolops: Month': '2024-09' },
      { row: 3, 'kolops: Account': 'instagram:melochkapr', 'kolops: Brand': 'Herbana', 'kolops: Post date': '2024-09-10', 'kolops: Posted': 'yes', 'kolops: Month': '2024-09' },
      { row: 4, 'kolops: Account': 'instagram:natashina', 'kolops: Brand': 'Herbana', 'kolops: Post date': null, 'kolops: Posted': 'no', 'kolops: Month': '2024-09' },
    ]);
    expect(rows).toHaveLength(6);
  });

  it('affiliate blocks: account, platform from the title, brand, status and month per deal row; meta rows get nothing', async () => {
    const { d, ex } = await examplesCopy('aff-blocks');
    const out = await normalizeExample(ex, d, 'affiliate-deals.xlsx', 'derived columns for 19 rows in 2 tables (0 KOL listing, 0 posting recap, 2 affiliate)');
    const xml = await sheetXml(out, 'Affiliate');
    expect(xml).toContain('<c r="F2" t="inlineStr"><is><t>kolops: Account</t></is></c>');
    expect(xml).toContain('<c r="F16" t="inlineStr"><is><t>kolops: Account</t></is></c>');
    expect(xml).not.toContain('kolops: Commission %');
    // Meta rows and title rows: nothing beside them.
    for (const r of [1, 3, 4, 15, 17, 18]) expect(xml, `row ${r}`).not.toMatch(new RegExp(`<c r="[F-J]${r}"`));
    const first = await derivedBlock(out, 'Affiliate', 2);
    expect(first.find((x) => x.row === 5)).toEqual({ row: 5, 'kolops: Account': 'account:herbana99', 'kolops: Platform': 'shopee', 'kolops: Brand': 'Herbana', 'kolops: Status': 'done', 'kolops: Month': '2024-08' });
    expect(first.find((x) => x.row === 3)).toMatchObject({ 'kolops: Account': null, 'kolops: Status': null });
    const second = await derivedBlock(out, 'Affiliate', 16);
    expect(second.find((x) => x.row === 19)).toMatchObject({ 'kolops: Month': '2024-09', 'kolops: Platform': 'shopee' });
  });

  it('the long affiliate table also gets the commission in percent', async () => {
    const { d, ex } = await examplesCopy('aff-long');
    const out = await normalizeExample(ex, d, 'affiliate-deliverables-2024.xlsx', 'derived columns for 9 rows in 1 table (0 KOL listing, 0 posting recap, 1 affiliate)');
    const rows = await derivedBlock(out, 'Deals September 2024', 1);
    expect(rows[0]).toEqual({ row: 2, 'kolops: Account': 'account:sehatbersamadina', 'kolops: Platform': 'shopee', 'kolops: Brand': 'Herbana', 'kolops: Status': 'done', 'kolops: Month': '2024-09', 'kolops: Commission %': 10 });
    expect(rows[1]).toMatchObject({ 'kolops: Account': 'account:bugarbarengbima', 'kolops: Platform': 'tiktok', 'kolops: Brand': 'Herbamojo', 'kolops: Commission %': 12 });
    // `DOEN` is no status phrase: blank, never a guess.
    expect(rows.find((x) => x['kolops: Account'] === 'account:mamasehat.lina')).toMatchObject({ 'kolops: Status': null });
  });

  it('the whole examples folder: every workbook normalized in place, the same findings after (recaps join to listings)', async () => {
    const { ex } = await examplesCopy('folder');
    const before = findingKeys((await kolops(['check', '.', '-f', 'json', '--as-of', '2024-09-20'], { cwd: ex })).stdout);
    expect(before.length).toBeGreaterThan(0);
    const originals = new Map<string, string>();
    for (const f of (await readdir(join(root, 'examples'))).filter((x) => x.endsWith('.xlsx'))) originals.set(f, await sha(join(root, 'examples', f)));
    for (const f of originals.keys()) {
      const run = await kolops(['normalize', f, '--in-place', '--no-backup'], { cwd: ex });
      expect(run.stderr, f).toBe('');
      expect(run.code, f).toBe(0);
      expect(await sha(join(ex, f)), f).not.toBe(originals.get(f));
    }
    const after = findingKeys((await kolops(['check', '.', '-f', 'json', '--as-of', '2024-09-20'], { cwd: ex })).stdout);
    expect(after).toEqual(before);
    for (const [f, h] of originals) expect(await sha(join(root, 'examples', f)), `examples/${f} untouched`).toBe(h);
  });

  it('refreshes the columns it wrote on a recap before', async () => {
    const d = await fresh('recap-refresh');
    const header = ['KOL', 'Link', 'Brand', 'Post Date', 'Post Link'];
    const rows: unknown[][] = [
      ['RECAP POSTING SEPTEMBER 2024'],
      [...header, undefined, 'kolops: Account', 'kolops: Brand', 'kolops: Post date', 'kolops: Posted', 'kolops: Month'],
      ['Nadine Aulia', 'https://www.instagram.com/nadineaulia/', 'Herbana', '5 September 2024', 'https://www.instagram.com/p/x1/', undefined, 'old', 'old', 'old', 'old', 'old'],
      ['Rina Kartika', '@rinakartika', 'Herbana', '-', '', undefined, 'old', 'old', 'old', 'old', 'old'],
    ];
    await writeXlsx(d, 'recap.xlsx', [{ name: 'Recap', rows }]);
    const run = await kolops(['normalize', 'recap.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await derivedBlock(join(d, 'out.xlsx'), 'Recap', 2)).toEqual([
      { row: 3, 'kolops: Account': 'instagram:nadineaulia', 'kolops: Brand': 'Herbana', 'kolops: Post date': '2024-09-05', 'kolops: Posted': 'yes', 'kolops: Month': '2024-09' },
      { row: 4, 'kolops: Account': 'any:rinakartika', 'kolops: Brand': 'Herbana', 'kolops: Post date': null, 'kolops: Posted': 'no', 'kolops: Month': '2024-09' },
    ]);
    expect(await sheetXml(join(d, 'out.xlsx'), 'Recap')).not.toContain('>old<');
  });

  it('a wide recap that gained a brand column: its block grows, but never over the team\'s next column', async () => {
    const d = await fresh('recap-grow');
    const group = ['', '', 'TANGGAL POSTING KOL HERBAMOJO SEPTEMBER 2024', 'TANGGAL POSTING KOL HERBANA SEPTEMBER 2024', 'TANGGAL POSTING KOL DHARI SEPTEMBER 2024'];
    const old = ['kolops: Account', 'kolops: Brand', 'kolops: Post date Herbamojo', 'kolops: Post date Herbana', 'kolops: Posted', 'kolops: Month'];
    const rows = (next: string | undefined): unknown[][] => [
      group,
      ['No', 'Nama', 'Tanggal Posting', 'Tanggal Posting', 'Tanggal Posting', undefined, ...old, next],
      [1, 'Gian Bowi', '-', '5 September 2024', '7 September 2024', undefined, 'old', 'old', 'old', 'old', 'old', 'old'],
      [2, 'Rio Mahotira', '-', '-', '-', undefined, 'old', 'old', 'old', 'old', 'old', 'old'],
    ];
    await writeXlsx(d, 'team.xlsx', [{ name: 'Recap', rows: rows('Catatan tim') }]);
    const refused = await kolops(['normalize', 'team.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('kolops: sheet "Recap": cell M2 where the derived columns go is not empty; nothing written (--force overwrites)\n');
    await writeXlsx(d, 'recap.xlsx', [{ name: 'Recap', rows: rows(undefined) }]);
    const run = await kolops(['normalize', 'recap.xlsx', '-o', 'out.xlsx'], { cwd: d });
    expect(run.stderr).toBe('');
    expect(await derivedBlock(join(d, 'out.xlsx'), 'Recap', 2)).toEqual([
      { row: 3, 'kolops: Account': 'name:gian bowi', 'kolops: Brand': 'Herbana, Dhari', 'kolops: Post date Herbamojo': null, 'kolops: Post date Herbana': '2024-09-05', 'kolops: Post date Dhari': '2024-09-07', 'kolops: Posted': 'yes', 'kolops: Month': '2024-09' },
      // Nothing posted: the brand the engine gives the row, the table's (the config names Herbana in the group row).
      { row: 4, 'kolops: Account': 'name:rio mahotira', 'kolops: Brand': 'Herbana', 'kolops: Post date Herbamojo': null, 'kolops: Post date Herbana': null, 'kolops: Post date Dhari': null, 'kolops: Posted': 'no', 'kolops: Month': '2024-09' },
    ]);
    expect((await kolops(['normalize', 'out.xlsx', '--in-place'], { cwd: d })).stdout).toContain('already normalized');
  });

  it('refuses side-by-side affiliate blocks, even with --force, and writes nothing', async () => {
    const d = await fresh('side-by-side');
    const deal = (n: number): unknown[] => [n, `akun${n}`, `https://shopee.co.id/akun${n}`, 'DONE'];
    const side = (left: unknown[], right: unknown[]): unknown[] => [...left, ...Array(4 - left.length).fill(''), '', ...right];
    const rows: unknown[][] = [
      side(['SHOPEE HERBANA YANG DEAL AGUSTUS'], ['TIKTOK SHOP HERBANA YANG DEAL AGUSTUS']),
      side(['No', 'Nama Akun', 'Link', 'Status'], ['No', 'Nama Akun', 'Link', 'Status']),
      side(deal(1), [1, 'tt1', 'https://www.tiktok.com/@tt1', 'DONE']),
      side(deal(2), [2, 'tt2', 'https://www.tiktok.com/@tt2', 'DONE']),
    ];
    await writeXlsx(d, 'aff.xlsx', [{ name: 'Affiliate', rows }]);
    const before = await sha(join(d, 'aff.xlsx'));
    for (const extra of [[], ['--force']]) {
      const run = await kolops(['normalize', 'aff.xlsx', '--in-place', ...extra], { cwd: d });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('kolops: sheet "Affiliate": tables stand side by side (header row 2), so the derived columns of one would land on the next; nothing written (move one table below the other, or normalize a copy with one table per sheet)\n');
    }
    expect(await sha(join(d, 'aff.xlsx'))).toBe(before);
    expect((await readdir(d)).sort()).toEqual(['aff.xlsx', 'kolops.config.json']);
    const id = await kolops(['normalize', 'aff.xlsx', '-o', 'out.xlsx', '--lang', 'id'], { cwd: d });
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('berdampingan');
    // Stacked blocks on one sheet are fine.
    await writeXlsx(d, 'stacked.xlsx', [{ name: 'Affiliate', rows: [
      ['SHOPEE HERBANA YANG DEAL AGUSTUS'], ['No', 'Nama Akun', 'Link', 'Status'], ['Yang sudah deal: 2 (Agustus)'], deal(1), deal(2),
      ['TIKTOK SHOP HERBANA YANG DEAL AGUSTUS'], ['No', 'Nama Akun', 'Link', 'Status'], deal(3),
    ] }]);
    const ok = await kolops(['normalize', 'stacked.xlsx', '-o', 'stacked-out.xlsx'], { cwd: d });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('derived columns for 3 rows in 2 tables (0 KOL listing, 0 posting recap, 2 affiliate)');
    const second = await derivedBlock(join(d, 'stacked-out.xlsx'), 'Affiliate', 7);
    expect(second[0]).toEqual({ row: 8, 'kolops: Account': 'account:akun3', 'kolops: Platform': 'tiktok', 'kolops: Brand': 'Herbana', 'kolops: Status': 'done', 'kolops: Month': '2024-08' });
  });
});
