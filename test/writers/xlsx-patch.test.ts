import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipBytes } from '../helpers/fixtures.js';
import { colIndex, colLetters, PatchRefusal, patchSheetXml, patchWorkbook, patchXlsx, SheetPatcher, type PatchCell } from '../../src/writers/xlsx-patch.js';
import { EditBlock, SheetEdits } from '../../src/writers/sheet-edits.js';
import { assembleArchive, DeflatingEntry, inflatedChunks } from '../../src/zip/rewrite-stream.js';
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

  it('refuses what is not a zip', async () => {
    const err = await patchXlsx(Buffer.from('not a zip at all'), 'S', [{ row: 1, col: 0, value: 1 }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PatchRefusal);
    expect((err as PatchRefusal).reason).toBe('not-xlsx');
  });
});

describe('the streamed sheet edit', () => {
  const edits: PatchCell[] = [
    { row: 1, col: 3, value: 'kolops: Followers' },
    { row: 2, col: 0, value: null, replace: true },
    { row: 2, col: 3, value: 12500 },
    { row: 2, col: 4, value: ' a<b & "c" ' },
    { row: 3, col: 0, value: 7 },
    { row: 9, col: 2, value: 'é ü 👍' },
  ];
  const xml = sheet(`${ROWS}\n  <row r="5"><c r="A5"><v>1</v></c></row>\n`, '<mergeCells count="1"><mergeCell ref="H1:I1"/></mergeCells>');

  it('writes the same text however the XML is cut into chunks', () => {
    const whole = patch(xml, edits);
    expect(whole).toContain('<row r="9"><c r="C9" t="inlineStr"><is><t>é ü 👍</t></is></c></row>');
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      const out: string[] = [];
      const p = new SheetPatcher(SheetEdits.fromCells(edits), { force: false, tableRanges: () => [] }, (s) => out.push(s));
      for (let i = 0; i < xml.length; i += size) p.write(xml.slice(i, i + size));
      p.end();
      expect(out.join(''), `chunks of ${size}`).toBe(whole);
      expect(p.changed).toBe(true);
    }
  });

  it('says when nothing changed', () => {
    const out: string[] = [];
    const p = new SheetPatcher(SheetEdits.fromCells([{ row: 2, col: 0, value: 5, replace: true }]), { force: false, tableRanges: () => [] }, (s) => out.push(s));
    p.write(sheet(ROWS));
    p.end();
    expect(p.changed).toBe(false);
    expect(out.join('')).toBe(sheet(ROWS));
  });

  it('settles refusals in the order a whole-text edit meets them: merges after the rows still come before an occupied cell', () => {
    const merged = sheet(ROWS, '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>');
    expect(refusal(() => patch(merged, [{ row: 2, col: 0, value: 1 }])).reason).toBe('merged');
    const protectedSheet = sheet(ROWS, '<sheetProtection sheet="1"/><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>');
    expect(refusal(() => patch(protectedSheet, [{ row: 2, col: 0, value: 1 }])).reason).toBe('protected');
    const prefixed = `${HEAD}<x:sheetData/><sheetProtection sheet="1"/></worksheet>`;
    expect(refusal(() => patch(prefixed, [{ row: 1, col: 0, value: 1 }])).reason).toBe('protected');
    expect(refusal(() => patch(`${HEAD}<x:sheetData/></worksheet>`, [{ row: 1, col: 0, value: 1 }])).detail).toBe('namespace-prefixed worksheet XML');
    expect(refusal(() => patch(`${HEAD}<sheetData><row r="1"></row></worksheet>`, [{ row: 1, col: 0, value: 1 }])).detail).toBe('unterminated <sheetData>');
    expect(refusal(() => patch(`\ufeff${sheet(ROWS)}`, [{ row: 1, col: 0, value: 1 }])).detail).toBe('worksheet XML with a byte-order mark');
    expect(refusal(() => patch(sheet('<row r="1"><c r="A1:B"><v>1</v></c></row>'), [{ row: 1, col: 3, value: 1 }])).reason).toBe('unsupported-xml');
  });
});

describe('compact sheet edits', () => {
  it('gives back the values it was given, the table month where a row has none', () => {
    const b = new EditBlock(4, ['kolops: Followers', 'kolops: Account', 'kolops: Month'], 2);
    b.add(5, [354000, 'instagram:nata', null]);
    b.add(6, [null, 'a\u001fb <&>', '2024-10']);
    b.add(8, [-0.5, '', null]);
    b.settle(10, false, '2024-09');
    expect([...b.entries()]).toEqual([
      { row: 5, values: [354000, 'instagram:nata', '2024-09'] },
      { row: 6, values: [null, 'a\u001fb <&>', '2024-10'] },
      { row: 8, values: [-0.5, '', '2024-09'] },
    ]);
    const edits = new SheetEdits(new Set([10]));
    edits.blocks.push(b);
    edits.clear(7, 11);
    expect(edits.bounds()).toEqual({ minRow: 4, maxRow: 8, minCol: 10, maxCol: 12 });
    expect(edits.hits({ from: { row: 7, col: 0 }, to: { row: 7, col: 9 } })).toBe(false);
    expect(edits.hits({ from: { row: 7, col: 11 }, to: { row: 7, col: 11 } })).toBe(true);
    expect(edits.hits({ from: { row: 8, col: 12 }, to: { row: 9, col: 20 } })).toBe(true);
    expect([...edits.rows()].map((r) => [r.row, r.cells.map((c) => c.col)])).toEqual([[4, [10, 11, 12]], [5, [10, 11, 12]], [6, [10, 11, 12]], [7, [11]], [8, [10, 11, 12]]]);
  });

  it('keeps rows a reader gave out of order in sheet order', () => {
    const b = new EditBlock(1, ['kolops: Tier', 'kolops: Month'], 1);
    b.add(3, ['nano', null]);
    b.add(2, ['micro', '2024-01']);
    b.settle(4, true, null);
    expect([...b.entries()]).toEqual([{ row: 2, values: ['micro', '2024-01'] }, { row: 3, values: ['nano', null] }]);
    expect(b.has(2) && b.has(3) && !b.has(4)).toBe(true);
  });
});

describe('streamed zip rewrite', () => {
  it('gives the bytes replaceEntries gives, however the new content comes', async () => {
    const input = zipBytes({ 'a.txt': 'hello', 'b/c.xml': '<x/>'.repeat(1000), 'd.bin': Buffer.alloc(300, 7) });
    const content = Buffer.from('<y>'.repeat(5000) + 'ü'.repeat(3000));
    const expected = replaceEntries(input, new Map([['b/c.xml', content]]));
    for (const size of [1, 100, 4096, content.length]) {
      const d = new DeflatingEntry();
      for (let i = 0; i < content.length; i += size) await d.write(content.subarray(i, i + size));
      await d.close();
      const out = Buffer.concat(assembleArchive(input, readZip(input).zip.directory, new Map([['b/c.xml', d]])));
      expect(out.equals(expected), `chunks of ${size}`).toBe(true);
    }
    const chunks: Buffer[] = [];
    const zip = readZip(input);
    for await (const c of inflatedChunks(input, zip.entries.find((e) => e.name === 'b/c.xml')!, 1 << 20)) chunks.push(c);
    expect(Buffer.concat(chunks).toString()).toBe('<x/>'.repeat(1000));
  });

  it('patchWorkbook: nothing changed is null, a change is the archive replaceEntries would make', async () => {
    const wbXml = '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const rels = '<Relationships><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/></Relationships>';
    const input = zipBytes({ 'xl/workbook.xml': wbXml, 'xl/_rels/workbook.xml.rels': rels, 'xl/worksheets/sheet1.xml': sheet(ROWS) });
    expect(await patchWorkbook(input, [['S', SheetEdits.fromCells([{ row: 2, col: 0, value: 5, replace: true }])]])).toBeNull();
    const cells: PatchCell[] = [{ row: 2, col: 3, value: 'x' }];
    const pieces = await patchWorkbook(input, [['S', SheetEdits.fromCells(cells)]]);
    const expected = replaceEntries(input, new Map([['xl/worksheets/sheet1.xml', Buffer.from(patch(sheet(ROWS), cells))]]));
    expect(Buffer.concat(pieces!).equals(expected)).toBe(true);
    const err = await patchWorkbook(input, [['S', SheetEdits.fromCells([{ row: 2, col: 0, value: 1 }])]]).catch((e: unknown) => e);
    expect((err as PatchRefusal).reason).toBe('occupied');
    expect((err as PatchRefusal).sheet).toBe('S');
  });
});
