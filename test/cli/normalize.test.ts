import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNormalize } from '../../src/cli/normalize-command.js';
import { findingKeys, kolops } from '../helpers/cli.js';
import { convertWithLibreOffice, makeTempDir, sofficePath, writeCsv, writeRaw, writeXlsx } from '../helpers/fixtures.js';
import { sheetPartOf } from '../../src/writers/xlsx-patch.js';
import { readEntry, readZip, type ZipArchive } from '../../src/writers/zip-rewrite.js';

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
  return readEntry(zip, sheetPartOf(zip, sheet))!.toString('utf8');
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
    expect(run.stdout).toContain('wrote out.xlsx: derived columns for 4 listing rows in 1 tables');
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
    expect(run.stderr).toMatch(/^kolops: could not write .*out\.xlsx: .*; the original is unchanged\n$/);
    expect(await sha(input)).toBe(before);
    expect((await readdir(d)).sort()).toEqual(['kolops.config.json', 'listing.xlsx']);

    // In place, with the writer failing (disk full, a sync tool holding the file …).
    let stderr = '';
    const code = await runNormalize(
      { file: 'listing.xlsx', inPlace: true, backup: false, force: false, lang: 'en' },
      { stdout: () => {}, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: d },
      { copyFile: async () => {}, writeFileAtomic: async () => { throw new Error('ENOSPC: no space left on device'); } },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('the original is unchanged');
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
    expect(run.stderr).toBe('kolops: listing.xlsx is open in Excel or LibreOffice (~$listing.xlsx exists); close it and run again\n');
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
    expect(run.stderr).toBe('kolops: out.xlsx already exists; choose another name or add --force to overwrite it\n');
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
      [['normalize', 'notes.xlsx', '--in-place'], /no KOL listing table; nothing written/],
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
