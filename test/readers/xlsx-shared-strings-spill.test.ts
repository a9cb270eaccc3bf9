/**
 * A shared-strings table past RESIDENT_CHARS keeps its later chunks on a scratch file and
 * reads them back a few at a time (issue 17: the 300k-row LibreOffice listing's 701,528
 * strings were ~17 MB of live heap). The strings must come back exactly as written — any
 * character, in any order a sheet asks for them — and a table that cannot be spilled (no
 * temp directory) must read the same from memory.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue, RawRow } from '../../src/model/cell.js';
import { openXlsx } from '../../src/readers/xlsx/open.js';
import { readPackage, readSharedStrings } from '../../src/readers/xlsx/package.js';
import { RESIDENT_CHARS, SharedStrings } from '../../src/readers/xlsx/shared-strings.js';
import { openZip } from '../../src/zip/archive.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { sharedStrings, worksheet, xlsxPackage } from '../helpers/xlsx-parts.js';

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** Texts of every width: ASCII, Latin-1 (`é`), past U+00FF (`ş`, CJK) and astral (emoji), every 5th empty. */
function texts(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 5;
    out.push(kind === 0 ? '' : kind === 1 ? `KOL ${i} ${randomBytes(6).toString('hex')}`
      : kind === 2 ? `Café é ${i}` : kind === 3 ? `Kuş 日本 ${i}` : `🙂 ${i} 🙂`);
  }
  // Chunks of one width only, too: the first 16,384 are ASCII-or-Latin-1 in kinds 0–2.
  return out;
}

/** A fixed shuffle (no Math.random: a failure must repeat). */
function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let seed = 17;
  for (let i = n - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

describe('SharedStrings past its resident bound', () => {
  const all = texts(100_000);

  it('spills the later chunks and reads every string back as written, in order, with a load a chunk', () => {
    const table = SharedStrings.of(all, { residentChars: 50_000 });
    expect(table.spilledChunks).toBeGreaterThan(3);
    const wrong = all.findIndex((t, i) => table.get(i) !== t);
    expect(wrong).toBe(-1);
    // In order, each spilled chunk is read back once.
    expect(table.chunkLoads).toBe(table.spilledChunks);
    expect(table.get(all.length)).toBeUndefined();
    expect(table.get(-1)).toBeUndefined();
  });

  it('reads them back right in any order, and stops evicting when asked all over the table', () => {
    const table = SharedStrings.of(all, { residentChars: 50_000 });
    const order = shuffled(all.length);
    const wrong = order.find((i) => table.get(i) !== all[i]);
    expect(wrong).toBeUndefined();
    // Scattered reads would reload chunks without end; past the bound they are kept instead.
    expect(table.chunkLoads).toBeLessThanOrEqual(3 * table.spilledChunks + 16);
    const again = order.find((i) => table.get(i) !== all[i]);
    expect(again).toBeUndefined();
  });

  it('gives a string seen twice the same value object, and the empty string EMPTY, as in memory', () => {
    const table = SharedStrings.of(all, { residentChars: 50_000 });
    const late = all.length - 2; // in a spilled chunk
    const first = table.value(late);
    const second = table.value(late);
    const third = table.value(late);
    expect(first).toEqual({ type: 'string', text: all[late] });
    expect(third).toBe(second);
    expect(table.value(all.length - 5)).toEqual({ type: 'empty' });
  });

  it('keeps everything in memory, and reads the same, when no scratch space can be had', () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent/kolops';
    try {
      const table = SharedStrings.of(all, { residentChars: 50_000 });
      expect(table.spilledChunks).toBe(0);
      expect(all.findIndex((t, i) => table.get(i) !== t)).toBe(-1);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});

describe('a workbook whose shared strings outgrow the resident bound', () => {
  it('reads every cell of a sheet asking in order and of one asking backwards as written', async () => {
    // ~3.4M characters: past RESIDENT_CHARS with the default bound, as a real file has it.
    const items = Array.from({ length: 80_000 }, (_, i) => `Ñoño ${i} ${i % 3 ? 'Kuş' : 'é'} ${randomBytes(12).toString('hex')}`);
    expect(items.join('').length).toBeGreaterThan(RESIDENT_CHARS);
    const forward = items.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('');
    const backward = items.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${items.length - 1 - i}</v></c></row>`).join('');
    const path = join(dir, 'many-strings.xlsx');
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    await writeFile(path, xlsxPackage({
      workbook: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Forward" sheetId="1" r:id="rId1"/><sheet name="Backward" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      workbookRels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      parts: { 'xl/worksheets/sheet1.xml': worksheet(forward), 'xl/worksheets/sheet2.xml': worksheet(backward), 'xl/sharedStrings.xml': sharedStrings(items.map((t) => `<t>${t}</t>`)) },
    }));

    const zip = await openZip(path);
    const pkg = await readPackage(zip);
    const table = await readSharedStrings(zip, pkg!.sharedStringsPart);
    expect(table.spilledChunks).toBeGreaterThan(0);

    const wb = await openXlsx(path);
    const sheets: (CellValue | undefined)[][] = [];
    for await (const sheet of wb.sheets) {
      const cells: (CellValue | undefined)[] = [];
      for await (const row of sheet.rows as AsyncIterable<RawRow>) cells.push(row.values[0]);
      sheets.push(cells);
    }
    expect(sheets).toHaveLength(2);
    expect(sheets[0]!.findIndex((c, i) => c?.type !== 'string' || c.text !== items[i])).toBe(-1);
    expect(sheets[1]!.findIndex((c, i) => c?.type !== 'string' || c.text !== items[items.length - 1 - i])).toBe(-1);
  });
});
