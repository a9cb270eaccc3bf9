/**
 * Opening an .xlsx: the zip, the package (workbook, sheets in tab order, styles, shared
 * strings), then each sheet's rows when asked for, as often as asked. Every way a file
 * can fail becomes an UnreadableFileError with a reason the rule words and a detail.
 */
import type { RawRow } from '../../model/cell.js';
import type { MessageRef } from '../../model/finding.js';
import { UnreadableFileError, type ReadNotice, type SheetSource, type WorkbookSource } from '../../model/source.js';
import { INFLATE_AT_ONCE_BYTES, openZip, ZipError, type ZipArchive } from '../../zip/archive.js';
import { readerText, unreadableFile } from '../detail.js';
import { firstLine, readHead, readWhole, toIoError } from '../io.js';
import { describeKind, sniff, SNIFF_TEXT_BYTES } from '../sniff.js';
import { describeOpenDocument, mimetypeOf } from '../ods/package.js';
import { XmlError, xmlText } from '../xml/scanner.js';
import { partTextPieces, readPackage, readSharedStrings, readStyles, relationshipsOf, type SheetPart } from './package.js';
import type { SharedStrings } from './shared-strings.js';
import { hyperlinksIn, SheetScanner, sheetXmlScanner, tailOf } from './sheet.js';

/** What protects the machine from a hostile or broken file (config `limits`). */
export interface ReadLimits {
  /** The most a sheet (or any part) may unpack to, in bytes. */
  maxSheetBytes: number;
  /** The most cells a sheet may hold. */
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxSheetBytes: 1024 * 1024 * 1024, maxCells: 50_000_000 };

/** Both legacy `.xls` and encrypted `.xlsx` are OLE compound files; their stream names tell which. */
export function describeOle(buf: Buffer): MessageRef {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  if (buf.includes(utf16('EncryptedPackage'))) return readerText('reader:ole-encrypted');
  if (buf.includes(utf16('Workbook')) || buf.includes(utf16('Book'))) return readerText('reader:ole-xls');
  return readerText('reader:ole-either');
}

/** What a zip without an Excel workbook is, from its entries' names. */
async function describeZip(zip: ZipArchive): Promise<MessageRef> {
  const names = zip.directory.entries.map((e) => e.name.toLowerCase());
  if (names.some((n) => n.endsWith('workbook.bin'))) return readerText('reader:format-xlsb');
  if (zip.entry('mimetype') && names.includes('content.xml')) return describeOpenDocument(await mimetypeOf(zip), true);
  if (names.some((n) => n.startsWith('word/'))) return readerText('reader:zip-word');
  if (names.some((n) => n.startsWith('ppt/'))) return readerText('reader:zip-powerpoint');
  return readerText('reader:zip-no-workbook');
}

/** Refuse, with the right reason, anything that is not a zip. */
async function assertZip(path: string): Promise<void> {
  const kind = sniff(await readHead(path, SNIFF_TEXT_BYTES));
  if (kind === 'zip') return;
  if (kind === 'empty') throw unreadableFile('empty-file');
  if (kind === 'ole') throw unreadableFile('ole-container', describeOle(await readWhole(path)));
  throw unreadableFile('not-a-spreadsheet', kind === 'text' ? readerText('reader:xlsx-got-text') : describeKind(kind));
}

/** Any error while opening or reading → the reason a user can act on. */
export function unreadable(err: unknown): UnreadableFileError {
  if (err instanceof UnreadableFileError) return err;
  if (err instanceof ZipError) return unreadableFile(err.reason === 'too-large' ? 'too-large' : 'corrupt-zip', err.detail);
  if (err instanceof XmlError) return unreadableFile('corrupt-zip', err.detail);
  const io = toIoError(err);
  if (io instanceof UnreadableFileError) return io;
  return unreadableFile('corrupt-zip', readerText('reader:unexpected', { error: firstLine(err) }));
}

interface Book {
  zip: ZipArchive;
  sharedStrings: SharedStrings;
  styles: Awaited<ReturnType<typeof readStyles>>;
  date1904: boolean;
  limits: ReadLimits;
}

/** The XML text of a sheet, a piece at a time. */
function sheetText(book: Book, sheet: SheetPart): AsyncGenerator<string> {
  return partTextPieces(book.zip, sheet.entry, book.limits.maxSheetBytes);
}

/**
 * The sheet's hyperlinks, which stand after its rows. A sheet inflated at once is searched
 * in memory; a big one only when its relationships hold a hyperlink (then it is inflated
 * a second time, for the links alone).
 */
async function hyperlinksOf(book: Book, sheet: SheetPart, whole: string | null): Promise<Map<string, string>> {
  const rels = await relationshipsOf(book.zip, sheet.part);
  if (![...rels.values()].some((r) => r.external && /\/hyperlink$/.test(r.type))) return new Map();
  if (whole !== null) return hyperlinksIn(tailOf(whole), rels);
  let tail = '';
  let carry = '';
  for await (const text of sheetText(book, sheet)) {
    const joined = carry + text;
    const at = joined.lastIndexOf('sheetData');
    if (at >= 0) tail = joined.slice(at + 'sheetData'.length);
    else if (tail !== '') tail += text;
    carry = joined.slice(-16);
  }
  return hyperlinksIn(tail, rels);
}

async function* sheetBatches(book: Book, sheet: SheetPart, notices: ReadNotice[]): AsyncGenerator<RawRow[]> {
  try {
    const atOnce = sheet.entry.size <= INFLATE_AT_ONCE_BYTES;
    const whole = atOnce ? xmlText(await book.zip.read(sheet.entry, book.limits.maxSheetBytes)) : null;
    const hyperlinks = await hyperlinksOf(book, sheet, whole);
    const scanner = new SheetScanner({
      sheet: sheet.name, sharedStrings: book.sharedStrings, styles: book.styles, date1904: book.date1904,
      hyperlinks, notices, maxCells: book.limits.maxCells,
    });
    const xml = sheetXmlScanner(scanner);
    const take = () => {
      const batch = scanner.ready;
      scanner.ready = [];
      return batch;
    };
    if (whole !== null) {
      // A megabyte of markup at a time, so rows reach the engine a batch at a time.
      for (let at = 0; at < whole.length;) {
        at = xml.pushRange(whole, at, Math.min(at + RANGE_CHARS, whole.length));
        if (scanner.ready.length > 0) yield take();
      }
    } else {
      for await (const text of sheetText(book, sheet)) {
        xml.push(text);
        if (scanner.ready.length > 0) yield take();
      }
    }
    xml.end();
    scanner.finish();
    if (scanner.ready.length > 0) yield scanner.ready;
  } catch (err) {
    throw unreadable(err);
  }
}

const RANGE_CHARS = 1024 * 1024;

/**
 * Open an .xlsx (or .xlsm): workbook-level parts are read now; each sheet's rows when
 * iterated. A file that cannot be opened fails here; damage inside a sheet fails while
 * its rows are read, with the same reasons.
 */
export async function openXlsx(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSource> {
  await assertZip(path);
  let book: Book;
  let parts: SheetPart[];
  try {
    const zip = await openZip(path);
    const pkg = await readPackage(zip);
    if (pkg === null) throw unreadableFile('not-a-spreadsheet', await describeZip(zip));
    if (pkg.sheets.length === 0) throw unreadableFile('corrupt-zip', readerText('reader:no-worksheet'));
    book = {
      zip, limits, date1904: pkg.date1904,
      sharedStrings: await readSharedStrings(zip, pkg.sharedStringsPart),
      styles: await readStyles(zip, pkg.stylesPart),
    };
    parts = pkg.sheets;
  } catch (err) {
    throw unreadable(err);
  }
  const notices: ReadNotice[] = [];
  const sheets: SheetSource[] = parts.map((part) => ({
    name: part.name,
    state: part.state,
    batches: { [Symbol.asyncIterator]: () => sheetBatches(book, part, notices) },
    rows: { async *[Symbol.asyncIterator]() { for await (const batch of sheetBatches(book, part, notices)) yield* batch; } },
  }));
  return {
    path,
    format: 'xlsx',
    notices,
    sheets: { async *[Symbol.asyncIterator]() { yield* sheets; } },
  };
}
