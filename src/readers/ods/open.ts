/**
 * Opening an OpenDocument spreadsheet: an .ods (a zip: mimetype, manifest, styles.xml,
 * content.xml) or a flat .fods (the same XML in one file). The package is checked now;
 * the sheets are found, and their rows read, as `sheets` is iterated — they are all in
 * content.xml, read once for all of them when taken in order. Every way a file can fail
 * becomes an UnreadableFileError with the reasons the xlsx reader gives.
 */
import { stat } from 'node:fs/promises';
import type { RawRow } from '../../model/cell.js';
import type { ReadNotice, SheetSource, WorkbookSource } from '../../model/source.js';
import { openZip } from '../../zip/archive.js';
import { readerText, unreadableFile } from '../detail.js';
import { readChunks, readHead, readWhole } from '../io.js';
import { describeKind, sniff, SNIFF_TEXT_BYTES } from '../sniff.js';
import { scanXml } from '../xml/scanner.js';
import { partTextPieces } from '../xlsx/package.js';
import { DEFAULT_LIMITS, describeOle, openXlsx, unreadable, type ReadLimits } from '../xlsx/open.js';
import { ContentPass, type ContentSource } from './pass.js';
import { describeOpenDocument, ODS_MIMETYPE, readOdsPackage } from './package.js';
import { StyleBook } from './styles.js';

/** A flat file's root tag, with all its namespace declarations, fits in this. */
const FLAT_HEAD_BYTES = 16 * 1024;
/** A flat file is read in pieces this large. */
const FLAT_CHUNK_BYTES = 1024 * 1024;

/** styles.xml's styles, which content.xml's cells name. */
function stylesOf(xml: string | null): StyleBook {
  const book = new StyleBook();
  if (xml !== null) scanXml(xml, { open: (name, attrs, selfClosing) => book.open(name, attrs, selfClosing), close: (name) => book.close(name), text() {} });
  return book;
}

/** The `office:mimetype` of a flat OpenDocument file's root; null when the text is no such document. */
function flatMimetype(head: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(head);
  const root = /<(?:[\w.-]+:)?document\b([^>]*)/.exec(text);
  if (!root || !/^(\uFEFF)?\s*<(\?xml|!--|(?:[\w.-]+:)?document\b)/.test(text)) return null;
  return /\bmimetype\s*=\s*["']([^"']*)["']/.exec(root[1]!)?.[1] ?? '';
}

/** An .ods: content.xml from the zip, inflated a chunk at a time. */
async function zipSource(path: string, limits: ReadLimits, notices: ReadNotice[]): Promise<ContentSource | null> {
  const zip = await openZip(path);
  const pkg = await readOdsPackage(zip);
  if (pkg === null) return null;
  return {
    // content.xml holds every sheet, so limits.maxSheetBytes bounds it as a whole.
    text: () => partTextPieces(zip, pkg.content, limits.maxSheetBytes),
    styles: stylesOf(pkg.styles), notices, maxCells: limits.maxCells,
  };
}

/** A .fods: the file itself, its styles read from it on the way to its sheets. */
async function flatSource(path: string, head: Uint8Array, limits: ReadLimits, notices: ReadNotice[]): Promise<ContentSource> {
  const mimetype = flatMimetype(head);
  if (mimetype === null) throw unreadableFile('not-a-spreadsheet', readerText('reader:fods-got-text'));
  if (mimetype !== '' && !mimetype.startsWith(ODS_MIMETYPE)) throw unreadableFile('not-a-spreadsheet', readerText('reader:flat', { kind: describeOpenDocument(mimetype) }));
  const { size } = await stat(path);
  if (size > limits.maxSheetBytes) throw unreadableFile('too-large', readerText('reader:file-too-big', { bytes: size }));
  return {
    text: () => decodedChunks(readChunks(path, 0, FLAT_CHUNK_BYTES)),
    styles: new StyleBook(), notices, maxCells: limits.maxCells,
  };
}

async function* decodedChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

/** Refuse, with the right reason, what is neither a zip nor flat XML. */
async function refuse(path: string, head: Uint8Array): Promise<never> {
  const kind = sniff(head);
  if (kind === 'empty') throw unreadableFile('empty-file');
  if (kind === 'ole') throw unreadableFile('ole-container', describeOle(await readWhole(path)));
  throw unreadableFile('not-a-spreadsheet', describeKind(kind));
}

/**
 * The workbook's sheets. Taken in order, they share one pass over content.xml: each sheet
 * is yielded when the pass reaches its table, and its rows come from the same pass while
 * the caller reads them before asking for the next sheet. A sheet read later, or twice,
 * reads content.xml again for its own table.
 */
function sheetsOf(source: ContentSource): AsyncIterable<SheetSource> {
  return {
    async *[Symbol.asyncIterator]() {
      let current = 0;
      const reading = new Set<number>();
      const pass = new ContentPass(source, (t) => t >= current || reading.has(t));
      try {
        for (let index = 0; ; index++) {
          current = index;
          pass.drop((t) => t >= current || reading.has(t));
          await pass.reach(index);
          const table = pass.content.tables[index];
          if (!table) return;
          let shared = true;
          const batches = (): AsyncGenerator<RawRow[]> => {
            if (shared && current === index) {
              shared = false;
              return liveBatches(pass, index, reading);
            }
            return ownBatches(source, index);
          };
          yield {
            name: table.name,
            state: table.state,
            batches: { [Symbol.asyncIterator]: batches },
            rows: { async *[Symbol.asyncIterator]() { for await (const batch of batches()) yield* batch; } },
          };
        }
      } catch (err) {
        throw unreadable(err);
      } finally {
        await pass.close();
      }
    },
  };
}

/** A sheet's rows from the workbook's shared pass; kept coming even if the sheets move on meanwhile. */
async function* liveBatches(pass: ContentPass, index: number, reading: Set<number>): AsyncGenerator<RawRow[]> {
  reading.add(index);
  try {
    yield* pass.batches(index);
  } catch (err) {
    throw unreadable(err);
  } finally {
    reading.delete(index);
  }
}

/** A sheet's rows from a pass of its own, which builds no other table's rows and stops at the table's end. */
async function* ownBatches(source: ContentSource, index: number): AsyncGenerator<RawRow[]> {
  const pass = new ContentPass(source, (t) => t === index);
  try {
    await pass.reach(index);
    if (pass.content.tables[index]) yield* pass.batches(index);
  } catch (err) {
    throw unreadable(err);
  } finally {
    await pass.close();
  }
}

/**
 * Open an .ods or .fods (a template, .ots, reads the same). An xlsx named .ods is read
 * as the xlsx it is, as a real .xlsx named .xls is.
 */
export async function openOds(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSource> {
  const notices: ReadNotice[] = [];
  let source: ContentSource | null;
  try {
    const head = await readHead(path, FLAT_HEAD_BYTES);
    const kind = sniff(head.subarray(0, SNIFF_TEXT_BYTES));
    if (kind === 'zip') source = await zipSource(path, limits, notices);
    else if (kind === 'text') source = await flatSource(path, head, limits, notices);
    else source = await refuse(path, head);
  } catch (err) {
    throw unreadable(err);
  }
  if (source === null) return openXlsx(path, limits);
  return { path, format: 'ods', notices, sheets: sheetsOf(source) };
}
