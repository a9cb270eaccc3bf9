import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir, oleBytes, writeXlsx } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');

interface Column { column: string; header: string; maps: string | null; how: string | null; suggestion: string | null }
interface Table { kind: string; why: string[]; layout: string; headerRow: number; rows: number; month: string | null; monthSource: string | null; monthPerRow: boolean; brandSource: string | null; columns: Column[] }
interface Json { tool: string; files: { path: string; config: string | null; unreadable: { reason: string } | null; sheets: { name: string; empty: boolean; nearMiss: { kind: string; found: string[]; missing: string[] } | null; tables: Table[] }[] }[] }

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('kolops describe', () => {
  it('explains every table of the examples: kind and why, every header read, month and brand with their sources', async () => {
    const run = await kolops(['describe', 'examples/', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as Json;
    expect(doc.tool).toBe('kolops');
    const tables = doc.files.flatMap((f) => f.sheets.flatMap((s) => s.tables.map((tb) => ({ file: f.path, sheet: s.name, ...tb }))));
    expect(tables.map((tb) => `${tb.file.replace('examples/', '')} ${tb.sheet} ${tb.kind} h${tb.headerRow} ${tb.rows} ${tb.month ?? (tb.monthPerRow ? 'per-row' : 'none')} ${tb.monthSource}`)).toEqual([
      'affiliate-deals.xlsx Affiliate affiliate-deals h2 12 2024-08 title-row',
      'affiliate-deals.xlsx Affiliate affiliate-deals h16 11 2024-09 title-row',
      'affiliate-deliverables-2024.xlsx Deals September 2024 affiliate-deals h1 9 2024-09 month-column',
      'kalender-konten-oktober-2024.xlsx Oktober 2024 content-calendar h2 66 2024-10 sheet-name',
      'kol-listing-2024.xlsx September kol-listing h1 30 2024-09 sheet-name',
      'kol-listing-2024.xlsx Oktober kol-listing h2 6 2024-10 sheet-name',
      'recap-postingan.xlsx Recap posting-recap h3 19 per-row null',
      'recap-september-2024.xlsx September 2024 posting-recap h1 6 2024-09 month-column',
    ]);
    for (const tb of tables) {
      expect(tb.why.length, `${tb.file} ${tb.sheet}`).toBeGreaterThan(0);
      // Every header of the examples is read by something: none is silently dropped.
      expect(tb.columns.filter((c) => c.maps === null), `${tb.file} ${tb.sheet}`).toEqual([]);
    }
    expect(doc.files.every((f) => f.config === 'examples/kolops.config.json')).toBe(true);
  });

  it('explains the content calendar: its kind and why, every column (a post\'s status, not a deal\'s), and its month', async () => {
    const file = 'examples/kalender-konten-oktober-2024.xlsx';
    const en = (await kolops(['describe', file, '--lang', 'en'], { cwd: root })).stdout;
    expect(en).toContain('content calendar, header at row 2, 66 rows, one row per record');
    expect(en).toMatch(/kind: it has content type, publishing time, hashtags, approved by, approval date, date created, theme \/ title, which only this kind of table has/);
    expect(en).toContain('month: October 2024, from the sheet name "Oktober 2024"');
    expect(en).toMatch(/B {3}Hari, Tanggal +→ publishing date \(exact\)/);
    expect(en).toMatch(/C {3}Jam +→ publishing time \(exact\)/);
    expect(en).toMatch(/I {3}Status +→ status \(exact\)/);
    expect(en).not.toContain('deal status');
    const id = (await kolops(['describe', file, '--lang', 'id'], { cwd: root })).stdout;
    expect(id).toContain('kalender konten, header di baris 2, 66 baris');
    expect(id).toMatch(/I {3}Status +→ status \(/);
    expect(id).not.toContain('status deal');
    // An affiliate deal list's status column is still the deal's.
    const deals = (await kolops(['describe', 'examples/affiliate-deliverables-2024.xlsx', '--lang', 'en'], { cwd: root })).stdout;
    expect(deals).toMatch(/L {3}Status +→ deal status \(exact\)/);
  });

  it('says what it could not read: an unreadable file, a sheet without a table and what it lacked, an unread header', async () => {
    await writeFile(join(dir, 'legacy.xls'), oleBytes());
    await writeXlsx(dir, 'mixed.xlsx', [
      { name: 'Instansi', rows: [['No', 'Nama Instansi', 'Alamat', 'Telepon'], [1, 'Dinas', 'Jl. Merdeka', '021']] },
      { name: 'Kosong', rows: [] },
      { name: 'Okt 24', rows: [['No', 'Nama', 'Followers', 'Status Endorse', 'Platform', 'Brand', 'Link'], [1, 'Sinta', '10K', 'YES', 'Instagram', 'Herbana', 'https://www.instagram.com/sinta/']] },
    ]);
    const doc = JSON.parse((await kolops(['describe', dir, '--format', 'json'], { cwd: dir })).stdout) as Json;
    expect(doc.files.find((f) => f.path === 'legacy.xls')!.unreadable).toMatchObject({ reason: 'ole-container' });
    const sheets = doc.files.find((f) => f.path === 'mixed.xlsx')!.sheets;
    expect(sheets[0]).toMatchObject({ name: 'Instansi', tables: [], nearMiss: { kind: 'kol-listing', missing: ['followers', 'prStatus', 'tier'] } });
    expect(sheets[1]).toMatchObject({ name: 'Kosong', empty: true, tables: [] });
    const okt = sheets[2]!.tables[0]!;
    expect(okt).toMatchObject({ kind: 'kol-listing', month: '2024-10', monthSource: 'sheet-name' });
    expect(okt.columns.find((c) => c.column === 'D')).toEqual({ column: 'D', header: 'Status Endorse', maps: null, how: null, score: null, suggestion: 'prStatus' });

    const text = await kolops(['describe', join(dir, 'mixed.xlsx'), '--lang', 'id'], { cwd: dir });
    expect(text.stdout).toMatch(/sheet "Kosong": kosong/);
    expect(text.stdout).toMatch(/D {3}Status Endorse +→ tidak dibaca \(mirip status PR pack\)/);
    expect(text.stdout).toMatch(/bulan: Oktober 2024, dari nama sheet "Okt 24"/);
  });

  it('tells the columns kolops normalize wrote from the team\'s', async () => {
    const { copyFile } = await import('node:fs/promises');
    await copyFile(join(root, 'examples', 'kol-listing-2024.xlsx'), join(dir, 'listing.xlsx'));
    expect((await kolops(['normalize', 'listing.xlsx', '-o', 'normalized.xlsx'], { cwd: dir })).code).toBe(0);
    const doc = JSON.parse((await kolops(['describe', 'normalized.xlsx', '--format', 'json'], { cwd: dir })).stdout) as Json;
    const cols = doc.files[0]!.sheets[0]!.tables[0]!.columns;
    expect(cols.filter((c) => c.header.startsWith('kolops:')).every((c) => c.how === 'derived' && c.maps === null)).toBe(true);
    expect(cols.filter((c) => !c.header.startsWith('kolops:')).every((c) => c.maps !== null)).toBe(true);
  });

  it('reads headers with the config\'s own words, and exits 2 on a missing path', async () => {
    await writeFile(join(dir, 'kolops.config.json'), JSON.stringify({ columns: { 'kol-listing': { 'Status Endorse': 'prStatus' } } }));
    const doc = JSON.parse((await kolops(['describe', join(dir, 'mixed.xlsx'), '--format', 'json'], { cwd: dir })).stdout) as Json;
    const okt = doc.files[0]!.sheets[2]!.tables[0]!;
    expect(okt.columns.find((c) => c.column === 'D')).toMatchObject({ maps: 'prStatus', how: 'config' });
    const missing = await kolops(['describe', join(dir, 'nope.xlsx')], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stdout: '' });
  });
});
