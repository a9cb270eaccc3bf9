import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipBytes } from '../helpers/fixtures.js';
import { colIndex, colLetters, PatchRefusal, patchSheetXml, patchXlsx, type PatchCell } from '../../src/writers/xlsx-patch.js';
import { crc32 } from 'node:zlib';
import { replaceEntries } from '../../src/zip/rewrite.js';
import { readEntry, readZip } from '../helpers/zip.js';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const sheet = (data: string, extra = '', dim = 'A1:B2') => `${HEAD}<dimension ref="${dim}"/><sheetData>${data}</sheetData>${extra}</worksheet>`;
const ROWS = '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2" spans="1:2"><c r="A2"><v>5</v></c><c r="B2" s="3"/></row>';
const patch = (xml: string, cells: PatchCell[], force = false) => patchSheetXml(xml, cells, { force, tableRanges: [] });

function refusal(fn: () => unknown): PatchRefusal {
  try {
    fn();
  } catch (err) {
    if (err instanceof PatchRefusal) return err;
    throw err;
  }
  throw new Error('expected a PatchRefusal');
}

describe('column letters', () => {
  it('round-trips A, Z, AA, XFD', () => {
    for (const [i, s] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [16383, 'XFD']] as const) {
      expect(colLetters(i)).toBe(s);
      expect(colIndex(s)).toBe(i);
    }
  });
});

describe('patchSheetXml', () => {
  it('appends inline strings and numbers to existing rows, widening spans and the dimension', () => {
    const out = patch(sheet(ROWS), [
      { row: 1, col: 3, value: 'kolops: Followers' },
      { row: 2, col: 3, value: 12500 },
      { row: 2, col: 4, value: 'a<b & "c"' },
    ]);
    expect(out).toContain('<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>kolops: Followers</t></is></c></row>');
    expect(out).toContain('<c r="B2" s="3"/><c r="D2"><v>12500</v></c><c r="E2" t="inlineStr"><is><t>a&lt;b &amp; &quot;c&quot;</t></is></c></row>');
    expect(out).toContain('<dimension ref="A1:E2"/>');
    // Everything outside sheetData and the dimension is the same text.
    expect(out.replace(/<sheetData>[\s\S]*<\/sheetData>/, '').replace(/<dimension[^>]*>/, ''))
      .toBe(sheet(ROWS).replace(/<sheetData>[\s\S]*<\/sheetData>/, '').replace(/<dimension[^>]*>/, ''));
  });

  it('fills a styled empty cell keeping its style, and inserts missing rows in order', () => {
    const out = patch(sheet(ROWS + '<row r="5"><c r="A5"><v>1</v></c></row>'), [
      { row: 2, col: 1, value: 'x' },
      { row: 3, col: 0, value: 7 },
      { row: 9, col: 0, value: 8 },
    ]);
    expect(out).toContain('<c r="B2" s="3" t="inlineStr"><is><t>x</t></is></c>');
    expect(out).toMatch(/<row r="2"[^>]*>.*<\/row><row r="3"><c r="A3"><v>7<\/v><\/c><\/row><row r="5">.*<\/row><row r="9"><c r="A9"><v>8<\/v><\/c><\/row><\/sheetData>/);
  });

  it('refuses a non-empty target unless the cell is one it may replace, or --force', () => {
    const xml = sheet(ROWS);
    expect(refusal(() => patch(xml, [{ row: 2, col: 0, value: 1 }])).reason).toBe('occupied');
    expect(patch(xml, [{ row: 2, col: 0, value: 9, replace: true }])).toContain('<c r="A2"><v>9</v></c>');
    expect(patch(xml, [{ row: 2, col: 0, value: 'y' }], true)).toContain('<c r="A2" t="inlineStr"><is><t>y</t></is></c>');
  });

  it('drops a replaced value when told to empty it, and keeps styled empty cells', () => {
    const out = patch(sheet(ROWS), [{ row: 2, col: 0, value: null, replace: true }, { row: 2, col: 1, value: null }]);
    expect(out).toContain('<row r="2" spans="1:2"><c r="B2" s="3"/></row>');
  });

  it('refuses formulas, shared formulas, merges and protection over the target', () => {
    const withF = sheet('<row r="1"><c r="A1"><f t="shared" ref="A1:D1" si="0">1+1</f><v>2</v></c></row>');
    expect(refusal(() => patch(withF, [{ row: 1, col: 3, value: 1 }])).reason).toBe('shared-formula');
    expect(patch(withF, [{ row: 1, col: 5, value: 1 }])).toContain('<c r="F1"><v>1</v></c>');
    const merged = sheet(ROWS, '<mergeCells count="1"><mergeCell ref="C1:F1"/></mergeCells>');
    expect(refusal(() => patch(merged, [{ row: 1, col: 3, value: 1 }])).reason).toBe('merged');
    expect(patch(merged, [{ row: 2, col: 3, value: 1 }])).toContain('<c r="D2"><v>1</v></c>');
    const formula = sheet('<row r="1"><c r="D1"><f>SUM(A:A)</f></c></row>');
    expect(refusal(() => patch(formula, [{ row: 1, col: 3, value: 1, replace: true }])).reason).toBe('formula');
    const protectedSheet = sheet(ROWS, '<sheetProtection sheet="1" objects="1"/>');
    expect(refusal(() => patch(protectedSheet, [{ row: 1, col: 3, value: 1 }])).reason).toBe('protected');
    expect(patch(protectedSheet, [{ row: 1, col: 3, value: 1 }], true)).toContain('<c r="D1"><v>1</v></c>');
  });

  it('handles rows and cells written without r attributes', () => {
    const out = patch(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>'), [{ row: 2, col: 2, value: 'z' }]);
    expect(out).toContain('<row><c><v>3</v></c><c r="C2" t="inlineStr"><is><t>z</t></is></c></row>');
    expect(refusal(() => patch(sheet('<row><c><v>1</v></c><c><v>2</v></c></row>'), [{ row: 1, col: 1, value: 0 }])).reason).toBe('occupied');
  });

  it('writes into an empty <sheetData/>', () => {
    const out = patch(`${HEAD}<sheetData/></worksheet>`, [{ row: 1, col: 0, value: ' a ' }]);
    expect(out).toContain('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c></row></sheetData>');
  });
});

describe('zip rewrite', () => {
  it('copies every other entry byte for byte, stored or deflated, and replaces one', () => {
    const input = zipBytes({ 'a.txt': 'hello', 'b/c.xml': '<x/>'.repeat(100) });
    const zip = readZip(input);
    const out = replaceEntries(input, new Map([['b/c.xml', Buffer.from('<y/>')]]));
    const again = readZip(out);
    expect(again.entries.map((e) => e.name)).toEqual(zip.entries.map((e) => e.name));
    expect(readEntry(again, 'a.txt')!.toString()).toBe('hello');
    expect(readEntry(again, 'b/c.xml')!.toString()).toBe('<y/>');
    const rawA = (z: typeof zip) => {
      const e = z.entries.find((x) => x.name === 'a.txt')!;
      return z.bytes.subarray(e.localOffset, e.localOffset + 30 + 5 + e.compressedSize);
    };
    expect(Buffer.compare(rawA(zip), rawA(again))).toBe(0);
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(deflateRawSync(Buffer.from('x')).length).toBeGreaterThan(0);
  });

  it('refuses what is not a zip', () => {
    expect(refusal(() => patchXlsx(Buffer.from('not a zip at all'), 'S', [])).reason).toBe('not-xlsx');
  });
});
