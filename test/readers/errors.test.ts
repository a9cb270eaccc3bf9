import { chmod, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnreadableFileError } from '../../src/model/source.js';
import type { UnreadableReason, WorkbookSource } from '../../src/model/source.js';
import { openWorkbook, WORKBOOK_EXTENSIONS } from '../../src/readers/index.js';
import { openXlsx } from '../../src/readers/xlsx/open.js';
import {
  inlineStr, makeTempDir, oleBytes, pngBytes, rawXlsxBytes, writeBadFiles, writeCsv, writeRaw, writeXlsx, zipBytes,
} from '../helpers/fixtures.js';
import type { BadFiles } from '../helpers/fixtures.js';
import { detailText } from '../helpers/detail.js';

let dir: string;
let bad: BadFiles;
beforeAll(async () => {
  dir = await makeTempDir();
  bad = await writeBadFiles(dir);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function failure(promise: Promise<unknown>): Promise<UnreadableFileError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(UnreadableFileError);
  return err as UnreadableFileError;
}

/** Open and read every row: the streaming reader meets damage inside a sheet while reading it. */
async function openAndRead(path: string): Promise<WorkbookSource> {
  const wb = await openWorkbook(path);
  await rowCount(wb);
  return wb;
}

async function expectReason(path: string, reason: UnreadableReason, detail?: RegExp): Promise<UnreadableFileError> {
  const err = await failure(openAndRead(path));
  expect(err.reason).toBe(reason);
  if (detail) expect(detailText(err.detail)).toMatch(detail);
  expect(detailText(err.detail)).not.toMatch(/\n|    at /); // one line, never a stack
  return err;
}

async function rowCount(wb: WorkbookSource): Promise<number> {
  let n = 0;
  for await (const s of wb.sheets) for await (const _ of s.rows) n++;
  return n;
}

describe('the xlsx reader', () => {
  describe('bad files from writeBadFiles', () => {
    it('truncated xlsx → corrupt-zip with exceljs’ first line', async () => {
      await expectReason(bad.truncatedXlsx, 'corrupt-zip', /zip/i);
    });
    it('legacy .xls (OLE) → ole-container', async () => {
      await expectReason(bad.legacyXls, 'ole-container');
    });
    it('password-protected .xlsx (OLE) → ole-container', async () => {
      await expectReason(bad.encryptedXlsx, 'ole-container');
      await expect(openXlsx(bad.encryptedXlsx)).rejects.toMatchObject({ reason: 'ole-container' });
    });
    it('empty .xlsx and .csv → empty-file', async () => {
      await expectReason(bad.emptyXlsx, 'empty-file');
      await expectReason(bad.emptyCsv, 'empty-file');
    });
    it('PNG renamed .xlsx → not-a-spreadsheet, saying PNG', async () => {
      await expectReason(bad.pngAsXlsx, 'not-a-spreadsheet', /^PNG image$/);
    });
    it('header-only xlsx opens and has one row', async () => {
      expect(await rowCount(await openWorkbook(bad.headerOnlyXlsx))).toBe(1);
    });
  });

  describe('OLE details', () => {
    it('tells an encrypted package from a legacy workbook when the stream names show it', async () => {
      const encrypted = Buffer.concat([oleBytes(), Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le')]);
      await expectReason(await writeRaw(dir, 'locked.xlsx', encrypted), 'ole-container', /password/);
      const legacy = Buffer.concat([oleBytes(), Buffer.from('Workbook\0SummaryInformation', 'utf16le')]);
      await expectReason(await writeRaw(dir, 'old.xls', legacy), 'ole-container', /97-2003/);
    });
  });

  describe('not a spreadsheet', () => {
    it.each<[string, Uint8Array | string, RegExp]>([
      ['report.xlsx', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), /PDF/],
      ['photo.xlsx', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /JPEG/],
      ['data.xlsx', 'No,KOL\n1,Andi\n', /text/],
      ['noise.xlsx', Buffer.from([1, 2, 3, 0, 4, 5, 0, 0]), /binary/],
      ['letter.xlsx', zipBytes({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), /Word document/],
      ['calc.xlsx', zipBytes({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), /OpenDocument/],
      ['archive.xlsx', zipBytes({ 'notes.txt': 'hello' }), /ZIP archive/],
      ['screenshot.csv', pngBytes(), /PNG/],
      ['book.csv', zipBytes({ 'xl/workbook.xml': '<workbook/>' }), /ZIP/],
      ['legacy.csv', oleBytes(), /password-protected|97-2003/],
    ])('%s', async (name, content, detail) => {
      await expectReason(await writeRaw(dir, name, content), 'not-a-spreadsheet', detail);
    });

    it('an empty zip archive named .xlsx is not a workbook', async () => {
      await expectReason(await writeRaw(dir, 'emptyzip.xlsx', zipBytes({})), 'not-a-spreadsheet', /ZIP archive/);
    });

    it('an xlsx whose sheet parts are missing → corrupt-zip', async () => {
      const bytes = rawXlsxBytes([{ name: 'S', sheetId: 1, sheetData: `<row r="1">${inlineStr('A1', 'x')}</row>` }], { omitSheetParts: true });
      await expectReason(await writeRaw(dir, 'parts-missing.xlsx', bytes), 'corrupt-zip', /worksheet/);
    });

    it('an xlsx with broken XML inside → corrupt-zip', async () => {
      const bytes = rawXlsxBytes([{ name: 'S', sheetId: 1, sheetData: '<row r="1"><c r="A1"><v>1</c></row>' }]);
      await expectReason(await writeRaw(dir, 'broken-xml.xlsx', bytes), 'corrupt-zip');
    });
  });

  describe('openWorkbook dispatch', () => {
    it('lists the extensions a folder walk collects', () => {
      expect(WORKBOOK_EXTENSIONS).toEqual(['.xlsx', '.xlsm', '.ods', '.fods', '.csv', '.tsv', '.xls', '.xlsb', '.numbers', '.et']);
    });

    it('opens .xlsx, .xlsm and upper-case extensions as xlsx', async () => {
      for (const name of ['a.xlsx', 'b.xlsm', 'C.XLSX']) {
        const wb = await openWorkbook(await writeXlsx(dir, name, [{ name: 'S', rows: [['x']] }]));
        expect(wb.format).toBe('xlsx');
      }
    });

    it('opens .csv, .tsv and .txt as CSV', async () => {
      for (const name of ['a.csv', 'b.tsv', 'c.txt']) {
        const wb = await openWorkbook(await writeCsv(dir, name, [['No', 'KOL'], ['1', 'A']], { delimiter: name.endsWith('.csv') ? ',' : '\t' }));
        expect(wb.format).toBe('csv');
        expect(await rowCount(wb)).toBe(2);
      }
    });

    it('passes the delimiter option on to CSV', async () => {
      const path = await writeRaw(dir, 'forced.csv', 'a;b,c\n1;2,3\n');
      const wb = await openWorkbook(path, { delimiter: 'semicolon' });
      let first: unknown;
      for await (const s of wb.sheets) for await (const r of s.rows) { first ??= r.values; }
      expect(first).toEqual([{ type: 'string', text: 'a' }, { type: 'string', text: 'b,c' }]);
    });

    it('.xls: a real xlsx or tab-separated text under that name still opens; HTML does not', async () => {
      const xlsx = await writeXlsx(dir, 'misnamed.xlsx', [{ name: 'S', rows: [['x']] }]);
      const { readFile } = await import('node:fs/promises');
      expect((await openWorkbook(await writeRaw(dir, 'misnamed.xls', await readFile(xlsx)))).format).toBe('xlsx');
      expect((await openWorkbook(await writeRaw(dir, 'export.xls', 'No\tKOL\n1\tAndi\n'))).format).toBe('csv');
      await expectReason(await writeRaw(dir, 'page.xls', '<html><table><tr><td>x</td></tr></table></html>'), 'not-a-spreadsheet', /HTML/);
      await expectReason(await writeRaw(dir, 'nothing.xls', new Uint8Array()), 'empty-file');
    });

    it('refuses other extensions, naming them', async () => {
      await expectReason(await writeRaw(dir, 'notes.docx', 'x'), 'unsupported-extension', /^\.docx$/);
      await expectReason(await writeRaw(dir, 'README', 'x'), 'unsupported-extension', /extension-less/);
    });

    it('names the spreadsheet formats it does not read, so the finding can say "re-save as .xlsx"', async () => {
      for (const [name, format] of [['Book.numbers', /Apple Numbers/], ['big.xlsb', /Excel binary/], ['sheet.et', /WPS/]] as const) {
        await expectReason(await writeRaw(dir, name, 'PK\x03\x04'), 'unsupported-spreadsheet', format);
      }
    });

    it('turns a missing file into io-error, saying so in words', async () => {
      for (const name of ['missing.xlsx', 'missing.csv', 'missing.xls']) {
        const err = await expectReason(join(dir, name), 'io-error', /^the file does not exist$/);
        expect(err.detail).toEqual({ key: 'reader:os-ENOENT' });
        expect(detailText(err.detail, 'id')).toBe('file itu tidak ada');
      }
    });

    it('turns a folder named like a workbook into io-error', async () => {
      const folder = join(dir, 'folder.xlsx');
      await mkdir(folder, { recursive: true });
      await expectReason(folder, 'io-error', /^it is a folder, not a file$/);
    });

    const isRoot = process.getuid?.() === 0;
    if (isRoot) console.warn('skipping the EACCES case: running as root, so file permissions cannot deny a read');
    it.skipIf(isRoot)('turns a permission problem into permission-denied', async () => {
      const path = await writeCsv(dir, 'locked.csv', [['a']]);
      await chmod(path, 0o000);
      try {
        await expectReason(path, 'permission-denied', /^EACCES$/);
      } finally {
        await chmod(path, 0o644);
      }
    });
  });
});
