/**
 * Issue 12's reproductions on real files: every header synonym and month form written by
 * exceljs into an .xlsx, then the same workbook re-saved by LibreOffice, read by the CLI
 * (`describe --format json` for what was understood, `check` for what follows from it).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { convertWithLibreOffice, makeTempDir, sofficePath, writeXlsx } from '../helpers/fixtures.js';
import type { CellInput } from '../helpers/memory.js';

const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice re-save of the header and month fixtures: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');

/** A listing whose PR-pack status column is headed `status`, with `rows` of data (agreed with an address). */
function listing(statusHeader: string, extra: { header?: string[]; cells?: (i: number) => CellInput[] } = {}): CellInput[][] {
  const header = ['No', 'Nama', 'Followers', 'Alamat', statusHeader, 'Platform', 'Merek', 'Link', ...(extra.header ?? [])];
  const rows = Array.from({ length: 20 }, (_, i): CellInput[] => [
    i + 1, `KOL ${i + 1}`, `${20 + i}K`, i < 3 ? '' : `Jl. Melati ${i + 1}`, i === 0 ? 'TIDAK BISA BARTER' : i < 3 ? 'YES' : 'BELUM', 'Instagram', 'Herbana',
    `https://www.instagram.com/kol${i + 1}/`, ...(extra.cells?.(i) ?? []),
  ]);
  return [header, ...rows];
}

/** Sheet name → what describe must say of its one table. */
const SHEETS: { name: string; rows: CellInput[][]; kind: string; columns: Record<string, string>; month: string }[] = [
  { name: 'Sep-24', rows: listing('Bersedia Terima PR Pack'), kind: 'kol-listing', columns: { E: 'prStatus' }, month: '2024-09' },
  { name: "Sept'24", rows: listing('Terima PR Pack?'), kind: 'kol-listing', columns: { E: 'prStatus' }, month: '2024-09' },
  { name: "Okt'24", rows: listing('Bersedia'), kind: 'kol-listing', columns: { E: 'prStatus' }, month: '2024-10' },
  { name: 'Apr 25', rows: listing('Konfirmasi'), kind: 'kol-listing', columns: { E: 'prStatus' }, month: '2025-04' },
  { name: 'September 24', rows: listing('Respon KOL'), kind: 'kol-listing', columns: { E: 'prStatus' }, month: '2024-09' },
  // Two headers for the status: the one that says more wins, the other is left unread.
  { name: 'Nov 24', rows: listing('Status Kerjasama', { header: ['Bersedia Terima PR Pack'], cells: (i) => [i === 0 ? 'TIDAK BISA BARTER' : i < 3 ? 'YES' : 'BELUM'] }), kind: 'kol-listing', columns: { I: 'prStatus' }, month: '2024-11' },
  // An empty Keterangan never beats Terima PR Pack?.
  { name: 'Agst 2024', rows: listing('Terima PR Pack?', { header: ['Keterangan'], cells: () => [''] }), kind: 'kol-listing', columns: { E: 'prStatus', I: 'notes' }, month: '2024-08' },
  // The winning header stays empty in the first rows: the other one that named the column is read.
  { name: 'Des 24', rows: listing('Bersedia Terima PR Pack', { header: ['Status Kerjasama'], cells: (i) => [i === 0 ? 'TIDAK BISA BARTER' : i < 3 ? 'YES' : 'BELUM'] }).map((r, i) => (i === 0 ? r : [...r.slice(0, 4), '', ...r.slice(5)])), kind: 'kol-listing', columns: { I: 'prStatus' }, month: '2024-12' },
  { name: '09-24', rows: [['No', 'Nama', 'Followers', 'Tgl Upload', 'Platform', 'Brand', 'Link'], [1, 'KOL 1', '10K', '2024-09-05', 'Instagram', 'Herbana', 'https://www.instagram.com/a/']], kind: 'kol-listing', columns: { D: 'postDate' }, month: '2024-09' },
  { name: 'Okt 2024', rows: [['No', 'Nama', 'Followers', 'Tgl Post', 'Platform', 'Brand', 'Link'], [1, 'KOL 1', '10K', '2024-10-05', 'Instagram', 'Herbana', 'https://www.instagram.com/a/']], kind: 'kol-listing', columns: { D: 'postDate' }, month: '2024-10' },
  {
    name: 'Recap Sep 2024',
    rows: [['Nama KOL', 'Username IG', 'Merek', 'Tgl Upload', 'Link Posting', 'Caption', 'Views', 'Likes', 'Comments'],
      ['Sinta Dewi', '@sintadewi', 'Herbana', '2024-09-05', 'https://www.instagram.com/p/x1/', '#iklan Jamu ini pasti menyembuhkan diabetes @herbana.id', 50000, 900, 40]],
    kind: 'posting-recap', columns: { A: 'name', B: 'handle', C: 'brand', D: 'postDate', E: 'postLink', F: 'caption', G: 'views', H: 'likes', I: 'comments' }, month: '2024-09',
  },
];

let dir: string;
const folders: Record<'exceljs' | 'libreoffice', string> = { exceljs: '', libreoffice: '' };

beforeAll(async () => {
  dir = await makeTempDir();
  folders.exceljs = join(dir, 'exceljs');
  folders.libreoffice = join(dir, 'libreoffice');
  await mkdir(folders.exceljs);
  await mkdir(folders.libreoffice);
  for (const f of Object.values(folders)) await writeFile(join(f, 'kolops.config.json'), JSON.stringify({ year: 2026, brands: [{ name: 'Herbana', handles: ['@herbana.id'] }] }));
  await writeXlsx(folders.exceljs, 'headers.xlsx', SHEETS.map((s) => ({ name: s.name, rows: s.rows })));
  // A listing with a fully blank row in the middle: both writers leave the row out of the file.
  const blank = listing('Willing to receive PR Pack');
  blank.splice(11, 0, []);
  await writeXlsx(folders.exceljs, 'blank-row.xlsx', [{ name: 'September 2024', rows: blank }]);
  if (soffice) {
    await convertWithLibreOffice(join(folders.exceljs, 'headers.xlsx'), folders.libreoffice, 'xlsx');
    await convertWithLibreOffice(join(folders.exceljs, 'blank-row.xlsx'), folders.libreoffice, 'xlsx');
  }
}, 300_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

interface DescribedJson { files: { sheets: { name: string; tables: { kind: string; month: string | null; columns: { column: string; maps: string | null; header: string }[]; swapped: unknown[] }[] }[] }[] }
interface CheckJson { findings: { rule: string; sheet: string; row: number | null; kol: string | null; messageId?: string }[] }

describe.each(['exceljs', 'libreoffice'] as const)('header synonyms and month forms, written by %s', (writer) => {
  const skip = writer === 'libreoffice' && !soffice;

  it.skipIf(skip)('are read by meaning: describe names each column and month as meant', async () => {
    const run = await kolops(['describe', join(folders[writer], 'headers.xlsx'), '--format', 'json']);
    expect(run.code).toBe(0);
    const sheets = (JSON.parse(run.stdout) as DescribedJson).files[0]!.sheets;
    for (const want of SHEETS) {
      const s = sheets.find((x) => x.name === want.name);
      expect(s, want.name).toBeDefined();
      expect(s!.tables, want.name).toHaveLength(1);
      const tb = s!.tables[0]!;
      expect([tb.kind, tb.month], want.name).toEqual([want.kind, want.month]);
      for (const [column, maps] of Object.entries(want.columns)) {
        expect(tb.columns.find((c) => c.column === column)?.maps, `${want.name}!${column}`).toBe(maps);
      }
    }
    expect(sheets.find((s) => s.name === 'Des 24')!.tables[0]!.swapped).toEqual([{ column: 'prStatus', from: 'E', to: 'I' }]);
  });

  it.skipIf(skip)('so the PR-pack status, the recap\'s claims and the post dates reach the rules', async () => {
    const run = await kolops(['check', join(folders[writer], 'headers.xlsx'), '--format', 'json', '--as-of', '2024-09-01']);
    const findings = (JSON.parse(run.stdout) as CheckJson).findings;
    const bySheet = (rule: string) => [...new Set(findings.filter((f) => f.rule === rule).map((f) => f.sheet))].sort();
    // Agreed (YES) with no address, under every Indonesian header of the status.
    expect(bySheet('listing/agreed-missing-address')).toEqual(['Agst 2024', 'Apr 25', 'Des 24', 'Nov 24', "Okt'24", 'Sep-24', "Sept'24", 'September 24']);
    // BELUM is no phrase of the vocabulary: said, under every header.
    expect(bySheet('listing/unknown-status')).toEqual(bySheet('listing/agreed-missing-address'));
    expect(findings.filter((f) => f.sheet === 'Recap Sep 2024' && f.rule === 'recap/forbidden-claim').length).toBeGreaterThanOrEqual(2);
    // A listing's Tgl Upload / Tgl Post is its post date: the KOL posted, so no one is chased.
    expect(findings.filter((f) => (f.sheet === '09-24' || f.sheet === 'Okt 2024') && f.rule.startsWith('recap/'))).toEqual([]);
    expect(run.code).toBe(1);
  });

  it.skipIf(skip)('a fully blank row inside a listing, which the file leaves out, is a listing/blank-row', async () => {
    const run = await kolops(['check', join(folders[writer], 'blank-row.xlsx'), '--format', 'json']);
    const blank = (JSON.parse(run.stdout) as CheckJson).findings.filter((f) => f.rule === 'listing/blank-row');
    expect(blank.map((f) => f.row)).toEqual([12]);
  });
});

describe('tables that are no KOL table', () => {
  it('a CSV list of government agencies is one file/unknown-table saying what it lacks, not 26 errors', async () => {
    const csv = join(dir, 'instansi.csv');
    const rows = ['No;Nama Instansi;Alamat;Kota;Telepon;Email;Website',
      ...Array.from({ length: 26 }, (_, i) => `${i + 1};Dinas ${i + 1};Jl. Merdeka ${i + 1};Jakarta;021-555${i};dinas${i}@jakarta.go.id;jakarta.go.id`)];
    await writeFile(csv, `${rows.join('\r\n')}\r\n`, 'latin1');
    const run = await kolops(['check', csv, '--format', 'json']);
    expect(run.code).toBe(0);
    const findings = (JSON.parse(run.stdout) as CheckJson & { findings: { message: string }[] }).findings;
    expect(findings.map((f) => f.rule)).toEqual(['file/unknown-table']);
    expect(findings[0]!.message).toMatch(/a KOL listing also needs a followers, PR-pack status, or tier column/);
  });
});

interface ReportJson { brands: { brand: string; listed: number; agreed: number; declined: number; posted: number; notPosted: number }[]; undated: { tables: number; rows: number } }

describe('every command tells the same story of a sheet', () => {
  it('report, chase and check all read Bersedia Terima PR Pack and Tgl Upload', async () => {
    const d = join(dir, 'one-story');
    await mkdir(d);
    await writeFile(join(d, 'kolops.config.json'), JSON.stringify({ year: 2024, brands: [{ name: 'Herbana' }] }));
    const header = ['No', 'Nama', 'Followers', 'Alamat', 'Bersedia Terima PR Pack', 'Tgl Upload', 'Platform', 'Merek', 'Link'];
    const rows: CellInput[][] = Array.from({ length: 20 }, (_, i) => [
      i + 1, `KOL ${i + 1}`, `${20 + i}K`, `Jl. Melati ${i + 1}`, i < 3 ? 'YES' : i === 3 ? 'TIDAK BISA BARTER' : '', i < 2 ? `2024-09-1${i}` : '',
      'Instagram', 'Herbana', `https://www.instagram.com/kol${i + 1}/`,
    ]);
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows: [header, ...rows] }]);
    const asOf = ['--as-of', '2024-10-05'];
    const check = JSON.parse((await kolops(['check', '.', '--format', 'json', ...asOf], { cwd: d })).stdout) as CheckJson;
    expect(check.findings.filter((f) => f.rule === 'recap/not-posted').map((f) => f.kol)).toEqual(['KOL 3']);
    const chase = JSON.parse((await kolops(['chase', '.', '--format', 'json', ...asOf, '--within', '30'], { cwd: d })).stdout) as { items: { kol: string }[] };
    expect(chase.items.map((i) => i.kol)).toEqual(['KOL 3']); // not the KOL who declined, not those who posted
    const report = JSON.parse((await kolops(['report', 'monthly', '--month', '2024-09', '.', '--format', 'json', ...asOf], { cwd: d })).stdout) as ReportJson;
    expect(report.brands).toMatchObject([{ brand: 'Herbana', listed: 20, agreed: 3, declined: 1, posted: 2, notPosted: 1 }]);
  });

  it('the report leaves out a table nothing dates, and says so, instead of counting it into --month', async () => {
    const d = join(dir, 'undated');
    await mkdir(d);
    await writeXlsx(d, 'listing.xlsx', [{ name: 'Sheet1', rows: listing('Willing to receive PR Pack') }]);
    const json = JSON.parse((await kolops(['report', 'monthly', '--month', '2024-09', '.', '--format', 'json'], { cwd: d })).stdout) as ReportJson;
    expect(json.brands).toEqual([]);
    expect(json.undated).toEqual({ tables: 1, rows: 20 });
    const text = await kolops(['report', 'monthly', '--month', '2024-09', '.'], { cwd: d });
    expect(text.stdout).toMatch(/1 table with 20 rows has no month \(table\/month-unknown\) and is left out of every figure of this report/);
  });

  it('without a config, herbana, Herbana and HERBANA are one brand in the report, shown as first written', async () => {
    const d = join(dir, 'brands');
    await mkdir(d);
    const rows = listing('Willing to receive PR Pack').map((r, i) => (i === 0 ? r : [...r.slice(0, 6), ['herbana', 'Herbana', 'HERBANA '][i % 3]!, r[7]!]));
    await writeXlsx(d, 'listing.xlsx', [{ name: 'September 2024', rows }]);
    const json = JSON.parse((await kolops(['report', 'monthly', '--month', '2024-09', '.', '--format', 'json'], { cwd: d })).stdout) as ReportJson;
    expect(json.brands.map((b) => [b.brand, b.listed])).toEqual([['Herbana', 20]]);
  });
});
