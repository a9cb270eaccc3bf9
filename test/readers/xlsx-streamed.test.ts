/**
 * A sheet bigger than INFLATE_AT_ONCE_BYTES is inflated as a stream of 64 KiB chunks, and
 * an archive bigger than WHOLE_ARCHIVE_BYTES is read from its file part by part (issue 17:
 * both bounds came down from 32 and 16 MiB, so every real month sheet now takes these
 * paths). The cells must be the same as the file means: a chunk may end inside a
 * multi-byte character or a tag, and a sheet with hyperlinks is inflated twice (once for
 * the links after its rows).
 */
import { randomBytes } from 'node:crypto';
import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue, RawRow } from '../../src/model/cell.js';
import { openXlsx } from '../../src/readers/xlsx/open.js';
import { INFLATE_AT_ONCE_BYTES, WHOLE_ARCHIVE_BYTES } from '../../src/zip/archive.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { sharedStrings, worksheet, xlsxPackage } from '../helpers/xlsx-parts.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** Rows of a name with two- to four-byte characters, a number, noise that does not compress, and every 997th a hyperlink. */
function bigSheet(rows: number): { xml: string; rels: string; expected: CellValue[][] } {
  const parts: string[] = [];
  const links: string[] = [];
  const rels: string[] = [];
  const expected: CellValue[][] = [];
  for (let i = 1; i <= rows; i++) {
    const name = `Ñoño é ${i} 🙂 ${randomBytes(12).toString('hex')}`;
    const row: CellValue[] = [{ type: 'string', text: name }, { type: 'number', value: i }];
    let cells = `<c r="A${i}" t="inlineStr"><is><t>${name}</t></is></c><c r="B${i}"><v>${i}</v></c>`;
    if (i % 997 === 0) {
      const url = `https://www.instagram.com/kol_${i}/`;
      rels.push(`<Relationship Id="rIdL${i}" Type="${REL}/hyperlink" Target="${url}" TargetMode="External"/>`);
      links.push(`<hyperlink ref="C${i}" r:id="rIdL${i}"/>`);
      cells += `<c r="C${i}" t="inlineStr"><is><t>@kol_${i}</t></is></c>`;
      row.push({ type: 'hyperlink', text: `@kol_${i}`, url });
    }
    parts.push(`<row r="${i}">${cells}</row>`);
    expected.push(row);
  }
  return {
    xml: worksheet(parts.join(''), `<hyperlinks>${links.join('')}</hyperlinks>`),
    rels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`,
    expected,
  };
}

async function cellsOf(path: string): Promise<(readonly (CellValue | undefined)[])[]> {
  const wb = await openXlsx(path);
  const out: (readonly (CellValue | undefined)[])[] = [];
  for await (const sheet of wb.sheets) for await (const row of sheet.rows as AsyncIterable<RawRow>) out.push(row.values);
  return out;
}

describe('a sheet past the at-once bound, in an archive past the whole-read bound', () => {
  it('reads every cell, multi-byte text and hyperlinks included, as written', async () => {
    const sheet = bigSheet(40_000);
    expect(Buffer.byteLength(sheet.xml)).toBeGreaterThan(2 * INFLATE_AT_ONCE_BYTES);
    const path = join(dir, 'big.xlsx');
    await writeFile(path, xlsxPackage({ parts: { 'xl/worksheets/sheet1.xml': sheet.xml, 'xl/worksheets/_rels/sheet1.xml.rels': sheet.rels } }));
    // The noise keeps the archive itself past the bound, so it is read from the file by parts.
    expect((await stat(path)).size).toBeGreaterThan(WHOLE_ARCHIVE_BYTES);
    const cells = await cellsOf(path);
    expect(cells.length).toBe(sheet.expected.length);
    // Compared row by row first, so a failure names the row rather than printing 40,000 of them.
    const firstWrong = cells.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(sheet.expected[i]));
    expect(firstWrong).toBe(-1);
    expect(cells.filter((row) => row.some((c) => c?.type === 'hyperlink'))).toHaveLength(Math.floor(40_000 / 997));
  });

  it('reads a shared-strings part of many chunks, rich text and phonetic runs included, as written', async () => {
    const items: string[] = [];
    const rows: string[] = [];
    const expected: CellValue[][] = [];
    for (let i = 0; i < 40_000; i++) {
      const text = `Ñoño ${i} 🙂 ${randomBytes(8).toString('hex')} &amp; é`;
      // Every 7th item in runs (rich text), every 11th with a phonetic run that is not the text.
      items.push(i % 7 === 0 ? `<r><t>${text.slice(0, 6)}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${text.slice(6)}</t></r>`
        : i % 11 === 0 ? `<t>${text}</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh>` : `<t>${text}</t>`);
      rows.push(`<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${39_999 - i}</v></c></row>`);
    }
    for (let i = 0; i < 40_000; i++) {
      const j = 39_999 - i;
      expected.push([{ type: 'string', text: items[j]!.replace(/<rPh.*<\/rPh>/, '').replace(/<[^>]+>/g, '').replace('&amp;', '&') }]);
    }
    const part = sharedStrings(items);
    expect(Buffer.byteLength(part)).toBeGreaterThan(2 * INFLATE_AT_ONCE_BYTES);
    const path = join(dir, 'shared.xlsx');
    await writeFile(path, xlsxPackage({ parts: { 'xl/worksheets/sheet1.xml': worksheet(rows.join('')), 'xl/sharedStrings.xml': part } }));
    const cells = await cellsOf(path);
    expect(cells.length).toBe(40_000);
    const firstWrong = cells.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(expected[i]));
    expect(firstWrong).toBe(-1);
  });
});
