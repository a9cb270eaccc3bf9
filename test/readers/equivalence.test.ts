/**
 * The streaming xlsx reader must read exactly what the full-load reader reads: every example
 * workbook and the generated fixtures, sheet by sheet, row by row, value by value, formulas too.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookSource } from '../../src/model/source.js';
import { openXlsx, openXlsxStreaming } from '../../src/readers/xlsx.js';
import { makeTempDir, writeBadFiles, writeXlsx } from '../helpers/fixtures.js';

async function readAll(wb: WorkbookSource) {
  const sheets = [];
  for await (const s of wb.sheets) {
    const rows = [];
    for await (const r of s.rows) rows.push({ rowNumber: r.rowNumber, values: r.values, formulas: r.formulas ? [...r.formulas] : [] });
    sheets.push({ name: s.name, state: s.state, rows });
  }
  return sheets;
}

/** The streaming reader's batches (the engine's path), flattened: the same rows as `rows`. */
async function readBatches(wb: WorkbookSource) {
  const sheets = [];
  for await (const s of wb.sheets) {
    const rows = [];
    expect(s.batches).toBeDefined();
    for await (const batch of s.batches!) for (const r of batch) rows.push({ rowNumber: r.rowNumber, values: r.values, formulas: r.formulas ? [...r.formulas] : [] });
    sheets.push({ name: s.name, state: s.state, rows });
  }
  return sheets;
}

async function expectSame(path: string): Promise<void> {
  const full = await readAll(await openXlsx(path));
  const streaming = await readAll(await openXlsxStreaming(path));
  expect(full.length).toBeGreaterThan(0);
  expect(streaming).toEqual(full);
  expect(await readBatches(await openXlsxStreaming(path))).toEqual(full);
  // A big workbook is read from its place in the file, not whole: the same rows.
  process.env.KOLOPS_ZIP_WHOLE_MAX = '0';
  try {
    expect(await readAll(await openXlsxStreaming(path))).toEqual(full);
  } finally {
    delete process.env.KOLOPS_ZIP_WHOLE_MAX;
  }
}

const examples = join(import.meta.dirname, '..', '..', 'examples');
const exampleFiles = (await readdir(examples)).filter((f) => f.endsWith('.xlsx')).sort();

describe('streaming and full xlsx readers read alike', () => {
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
