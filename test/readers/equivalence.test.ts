/**
 * kolops's xlsx reader reads what exceljs's readFile reads (an independent reading): every
 * example workbook and a generated one with every kind of cell, sheet by sheet, cell by
 * cell, formulas too — and through both of its paths (`rows` and the engine's `batches`).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawRow } from '../../src/model/cell.js';
import type { WorkbookSource } from '../../src/model/source.js';
import { openXlsx } from '../../src/readers/xlsx/open.js';
import { contentOf, readWithExceljs } from '../helpers/exceljs-oracle.js';
import { makeTempDir, writeBadFiles, writeXlsx } from '../helpers/fixtures.js';

async function readAll(wb: WorkbookSource, batches = false) {
  const sheets = [];
  for await (const s of wb.sheets) {
    const rows: RawRow[] = [];
    if (batches) for await (const batch of s.batches!) rows.push(...batch);
    else for await (const r of s.rows) rows.push(r);
    sheets.push({ name: s.name, state: s.state, cells: contentOf(rows, { dateOnly: true }) });
  }
  return sheets;
}

async function expectSame(path: string): Promise<void> {
  const oracle = (await readWithExceljs(path)).map((s) => ({ name: s.name, state: s.state, cells: contentOf(s.rows) }));
  expect(oracle.length).toBeGreaterThan(0);
  expect(await readAll(await openXlsx(path))).toEqual(oracle);
  expect(await readAll(await openXlsx(path), true)).toEqual(oracle);
}

const examples = join(import.meta.dirname, '..', '..', 'examples');
const exampleFiles = (await readdir(examples)).filter((f) => f.endsWith('.xlsx')).sort();

describe('kolops reads what exceljs readFile reads', () => {
  let dir: string;
  beforeAll(async () => { dir = await makeTempDir(); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('finds the example workbooks', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(exampleFiles)('examples/%s', async (name) => {
    await expectSame(join(examples, name));
  });

  it('the header-only fixture', async () => {
    const bad = await writeBadFiles(dir);
    await expectSame(bad.headerOnlyXlsx);
  });

  it('a generated workbook with every kind of cell, merges, links, formulas, hidden sheets and gaps', async () => {
    const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
    const path = await writeXlsx(dir, 'mixed.xlsx', [
      {
        name: 'September',
        rows: [
          ['LIST KOL SEPTEMBER 2024'],
          [],
          ['No', 'KOL', 'Followers', 'Post Date', 'Link', 'Done', 'Total', 'Note'],
          [1, 'Natasha', 354000, d(2024, 9, 5), { text: '@natashina', hyperlink: 'https://instagram.com/natashina/' }, true, { formula: 'C4*2', result: 708000 }, { richText: [{ text: 'Ra' }, { text: 'ka' }] }],
          [2, 'Dinda', '8.301', d(2024, 9, 30), { text: 'tiktok', hyperlink: 'https://tiktok.com/@dinda' }, false, { error: '#REF!' }, { formula: '1=2', result: false }],
          [3, 'Budi', 0, d(2024, 2, 29), 'https://x.com/budi', { formula: 'B6=""', result: true }, { formula: 'C6*0', result: 0 }, { formula: 'A1' }],
          [],
          [],
          [undefined, undefined, 'C only', undefined, undefined, undefined, undefined, { formula: 'TODAY()', result: d(2024, 9, 5) }],
        ],
        merges: ['A1:H1', 'A4:A5', 'B9:B11'],
      },
      { name: 'Lookup', rows: [['hidden value'], [1, 2, 3]], state: 'hidden' },
      { name: 'Secret', rows: [['x']], state: 'veryHidden' },
    ]);
    await expectSame(path);
  });
});
