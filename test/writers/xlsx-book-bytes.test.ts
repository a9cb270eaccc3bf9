/**
 * The sheet writer puts short plain-ASCII cells straight into bytes, long texts with
 * nothing to escape through one native encoding, and everything else through the XML
 * string path; these hold the two to the one cell XML the string path
 * writes, for generated texts (markup, controls, `_xHHHH_`, edge spaces, non-ASCII,
 * surrogates, long texts) and across chunk edges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, textTailBytes, XlsxBook } from '../../src/writers/xlsx-book.js';
import { zipFromBuffer } from '../../src/zip/archive.js';

/** A text cell as the string path writes it. */
function expected(ref: string, text: string, style: number): string {
  const space = /^\s|\s$|[\t\n\r]/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

async function sheetXml(texts: readonly string[], viaTail: boolean): Promise<{ xml: string; style: number }> {
  const book = new XlsxBook({ creator: 'kolops', created: new Date(Date.UTC(2024, 9, 1)) });
  const style = book.style({ bold: true });
  const ws = await book.sheet('S', { widths: [] });
  for (let r = 0; r < texts.length; r++) {
    ws.startRow(r + 1);
    ws.text(1, texts[r]!, 0);
    if (viaTail) ws.cell(2, textTailBytes(texts[r]!, style));
    else ws.text(2, texts[r]!, style);
    ws.number(3, r + 0.5, style);
    ws.endRow();
    if (ws.full) await ws.flush();
  }
  await ws.close();
  const zip = zipFromBuffer(await book.toBytes());
  const bytes = await zip.read(zip.entry('xl/worksheets/sheet1.xml')!, 1 << 30);
  return { xml: bytes.toString('utf8'), style };
}

async function check(texts: readonly string[], viaTail: boolean): Promise<void> {
  const { xml, style } = await sheetXml(texts, viaTail);
  const rows = texts.map((text, r) =>
    `<row r="${r + 1}">${expected(`A${r + 1}`, text, 0)}${expected(`B${r + 1}`, text, style)}<c r="C${r + 1}" s="${style}"><v>${r + 0.5}</v></c></row>`);
  const data = xml.slice(xml.indexOf('<sheetData>') + '<sheetData>'.length, xml.indexOf('</sheetData>'));
  expect(data).toBe(rows.join(''));
}

describe('SheetWriter text cells', () => {
  it('writes every kind of text as the XML string path does', async () => {
    await check([
      'plain', 'KOL 0', 'kol_1', ' lead', 'trail ', 'a b', 'Tom & Jerry <b>"x"</b>', 'tab\there', 'two\nlines', 'cr\rx',
      'bell\u0007', 'del\u007f', '_x0041_', 'é', '😀', '\ud800 lone', '\ufffe', '\u00a0nbsp', '', 'x'.repeat(5000), '~!@#$%^*()',
      `a message of “quotes”, é and 😀 ${'y'.repeat(80)}`, `${'z'.repeat(70)} & more`, `${'z'.repeat(70)} `, `${'z'.repeat(70)}\nline`,
      `${'w'.repeat(70)}_x0041_`, `${'v'.repeat(70)}\ud800`,
    ], false);
  });

  it('agrees on generated texts, across many chunks', async () => {
    const unit = fc.oneof(
      fc.constantFrom(...'aZ09 _x&<>"\t\n\r\u0000\u0007\u007f\u00a0é—😀\ud800\udc00\ufffe'.split('')),
      fc.string({ minLength: 1, maxLength: 3 }),
    );
    const text = fc.array(unit, { maxLength: 50 }).map((u) => u.join(''));
    await fc.assert(fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 40 }), fc.boolean(), (texts, viaTail) => check(texts, viaTail)), { numRuns: 200 });
  });

  it('writes a sheet larger than its chunks whole', async () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? `name & ${i}` : `KOL ${i}`));
    await check(texts, false);
    await check(texts, true);
  });
});
