import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { diffRows } from '../../src/diff/compare.js';
import { collectRows } from '../../src/diff/rows.js';
import { openWorkbook } from '../../src/readers/index.js';
import { makeTempDir, writeXlsx, type SheetSpec } from '../helpers/fixtures.js';

const HEADER = ['No', 'KOL', 'Followers', 'Willing to receive PR Pack', 'Platform', 'Link Instagram'];
const ig = (h: string) => `https://www.instagram.com/${h}/`;
const BASE = [
  HEADER,
  [1, 'Nata Shina', '354K', 'YES (DONE)', 'Instagram', ig('natashina')],
  [2, 'Juandi Pratama', '85.3K', '', 'Instagram', ig('juandi')],
  [3, 'Sari Dewi', '12K', 'YES', 'Instagram', ig('saridewi')],
];

let dir: string;
let n = 0;
const config = configSchema.parse({});

async function rowsOf(sheets: SheetSpec[]) {
  const path = await writeXlsx(dir, `book-${n++}.xlsx`, sheets);
  return collectRows(await openWorkbook(path), config);
}

async function diff(oldRows: unknown[][], newRows: unknown[][], sheet = 'September 2024') {
  return diffRows(await rowsOf([{ name: sheet, rows: oldRows }]), await rowsOf([{ name: sheet, rows: newRows }]));
}

beforeAll(async () => { dir = await makeTempDir('kolops-diff-'); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('row diff of KOL listings', () => {
  it('pairs a renamed sheet of the same kind and months, and keeps a sheet of another month apart', async () => {
    const renamed = diffRows(await rowsOf([{ name: 'September 2024', rows: BASE }]), await rowsOf([{ name: 'Sept', rows: BASE.map((r, i) => (i === 0 ? [...r, 'Bulan'] : [...r, 'September 2024'])) }]));
    expect(renamed.summary).toEqual({ added: 0, removed: 0, changed: 3 });
    expect(renamed.sheets.map((s) => [s.sheet, s.oldSheet])).toEqual([['Sept', 'September 2024']]);
    // Two sheets gone and two new ones: each pairs with the one holding its month, never crosswise.
    const two = diffRows(
      await rowsOf([{ name: 'September 2024', rows: BASE }, { name: 'Oktober 2024', rows: BASE }]),
      await rowsOf([{ name: 'Okt', rows: BASE.map((r, i) => (i === 0 ? [...r, 'Bulan'] : [...r, 'Oktober 2024'])) }, { name: 'Sep', rows: BASE.map((r, i) => (i === 0 ? [...r, 'Bulan'] : [...r, 'September 2024'])) }]),
    );
    expect(two.sheets.map((s) => [s.sheet, s.oldSheet]).sort()).toEqual([['Okt', 'Oktober 2024'], ['Sep', 'September 2024']]);
    expect(two.summary).toEqual({ added: 0, removed: 0, changed: 6 });
  });

  it('finds nothing between equal workbooks', async () => {
    expect(await diff(BASE, BASE)).toEqual({ sheets: [], summary: { added: 0, removed: 0, changed: 0 } });
  });

  it('reports added, removed and changed rows by account, with the changed fields', async () => {
    const d = await diff(BASE, [
      HEADER,
      [1, 'Nata Shina', '354K', 'YES (DONE)', 'Instagram', ig('natashina')],
      [2, 'Juandi Pratama', '90K', 'YES (DONE)', 'Instagram', ig('juandi')],
      [3, 'Rina Beauty', '20K', '', 'Instagram', ig('rinabeauty')],
    ]);
    expect(d.summary).toEqual({ added: 1, removed: 1, changed: 1 });
    const s = d.sheets[0]!;
    expect(s).toMatchObject({ sheet: 'September 2024', kind: 'kol-listing' });
    expect(s.added).toEqual([{ key: 'instagram:rinabeauty', label: 'Rina Beauty', row: 4 }]);
    expect(s.removed).toEqual([{ key: 'instagram:saridewi', label: 'Sari Dewi', row: 4 }]);
    expect(s.changed).toEqual([{
      key: 'instagram:juandi', label: 'Juandi Pratama', oldRow: 3, newRow: 3,
      fields: [
        { header: 'Followers', old: '85.3K', new: '90K' },
        { header: 'Willing to receive PR Pack', old: '', new: 'YES (DONE)' },
      ],
    }]);
  });

  it('does not count a moved row (renumbered or not) or a moved column as a change', async () => {
    const moved = [HEADER, BASE[3]!, BASE[1]!, BASE[2]!].map((r, i) => (i === 0 ? r : [i, ...r.slice(1)]));
    expect((await diff(BASE, moved)).summary).toEqual({ added: 0, removed: 0, changed: 0 });
    const swap = (r: unknown[]) => [r[0], r[1], r[3], r[2], r[4], r[5]];
    expect((await diff(BASE, BASE.map(swap))).summary).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('shows a renamed KOL with the same link as a change of the name', async () => {
    const d = await diff(BASE, [BASE[0]!, [1, 'Natasha Shina', '354K', 'YES (DONE)', 'Instagram', ig('natashina')], BASE[2]!, BASE[3]!]);
    expect(d.summary).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(d.sheets[0]!.changed[0]).toMatchObject({ label: 'Natasha Shina', fields: [{ header: 'KOL', old: 'Nata Shina', new: 'Natasha Shina' }] });
  });

  it('pairs duplicate accounts deterministically: unchanged first, then in row order', async () => {
    const dup = (followers: string) => [9, 'Nata Shina', followers, '', 'Instagram', ig('natashina')];
    const oldRows = [...BASE, dup('1K'), dup('2K')];
    // The second duplicate changed and moved above the first: the unchanged 1K pairs with itself.
    const d = await diff(oldRows, [...BASE, dup('3K'), dup('1K')]);
    expect(d.summary).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(d.sheets[0]!.changed[0]).toMatchObject({ oldRow: 6, newRow: 5, fields: [{ header: 'Followers', old: '2K', new: '3K' }] });
    // One more duplicate: the extra one is added, the same way on every run.
    const e1 = await diff(oldRows, [...oldRows, dup('4K')]);
    const e2 = await diff(oldRows, [...oldRows, dup('4K')]);
    expect(e1).toEqual(e2);
    expect(e1.sheets[0]!.added).toEqual([{ key: 'instagram:natashina', label: 'Nata Shina', row: 7 }]);
  });

  it('keeps sheets apart: the same KOL in another month tab is another row', async () => {
    const before = await rowsOf([{ name: 'September 2024', rows: BASE }]);
    const after = await rowsOf([{ name: 'September 2024', rows: BASE }, { name: 'Oktober 2024', rows: [HEADER, BASE[1]!] }]);
    const d = diffRows(before, after);
    expect(d.sheets.map((s) => [s.sheet, s.added.length])).toEqual([['Oktober 2024', 1]]);
  });
});

describe('row diff of affiliate tables', () => {
  const AFF = ['No', 'Nama Akun', 'Jumlah Video', 'Komisi', 'Status'];
  it('matches affiliate rows by account however the handle is written', async () => {
    const d = diffRows(
      await rowsOf([{ name: 'Shopee', rows: [AFF, [1, '@Herbana99', 2, '10%', 'ON PROCESS'], [2, 'sehatbugar', 1, '8%', 'DONE']] }]),
      await rowsOf([{ name: 'Shopee', rows: [AFF, [1, 'herbana99', 3, '10%', 'DONE'], [2, 'sehatbugar', 1, '8%', 'DONE']] }]),
    );
    expect(d.summary).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(d.sheets[0]).toMatchObject({ kind: 'affiliate-deals' });
    expect(d.sheets[0]!.changed[0]!.fields).toEqual([
      { header: 'Nama Akun', old: '@Herbana99', new: 'herbana99' },
      { header: 'Jumlah Video', old: '2', new: '3' },
      { header: 'Status', old: 'ON PROCESS', new: 'DONE' },
    ]);
  });
});
