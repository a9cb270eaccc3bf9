/**
 * Opening a CSV/TSV: check the bytes are text, tell the encoding and the delimiter,
 * and hand out its one sheet, whose rows are read from the file each time they are
 * asked for. Every way the file can fail to open becomes an UnreadableFileError.
 */
import { parse as parsePath } from 'node:path';
import type { MessageRef } from '../../model/finding.js';
import type { SheetSource, WorkbookSource } from '../../model/source.js';
import { readerText, unreadableFile } from '../detail.js';
import { detectBom, streamDecoder, utf8Validator } from '../decode.js';
import type { TextEncodingName } from '../decode.js';
import { readChunks, readHead } from '../io.js';
import { describeKind, sniff, SNIFF_TEXT_BYTES } from '../sniff.js';
import type { SniffResult } from '../sniff.js';
import { detectDelimiter, normalizeDelimiter, splitSepLine } from './dialect.js';
import type { RaggedRowNotices } from './ragged.js';
import { csvRowBatches, csvRows } from './rows.js';
import type { TextPlan } from './rows.js';

/** A CSV workbook also says how its bytes were read, for messages and debugging. */
export interface CsvWorkbookSource extends WorkbookSource {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
}

function notTextDetail(kind: SniffResult): MessageRef {
  if (kind === 'zip') return readerText('reader:csv-got-zip');
  if (kind === 'ole') return readerText('reader:csv-got-ole');
  return describeKind(kind);
}

/** CSV content must be text: a renamed image or workbook gets a clear reason, not garbage rows. */
function assertText(buf: Uint8Array): void {
  const kind = sniff(buf.subarray(0, SNIFF_TEXT_BYTES));
  if (kind === 'empty') throw unreadableFile('empty-file');
  if (kind !== 'text') throw unreadableFile('not-a-spreadsheet', notTextDetail(kind));
}

/** Text enough for the `sep=` line and the delimiter's first lines. */
const PREFIX_BYTES = 64 * 1024;

/**
 * The UTF-8 pass reads a MiB at a time: it keeps nothing, so the rows' 64 KiB (small
 * batches die young) buys it nothing, and each read is a round trip to the thread pool —
 * 168 ms against 19 ms for a 135 MB export at 64 KiB (issue 17).
 */
export const UTF8_PASS_CHUNK_BYTES = 1024 * 1024;

/** Whether the whole file is UTF-8, told in one pass that keeps nothing of it. */
async function isUtf8File(path: string): Promise<boolean> {
  const validator = utf8Validator();
  for await (const bytes of readChunks(path, 0, UTF8_PASS_CHUNK_BYTES)) if (!validator.push(bytes)) return false;
  return validator.end();
}

export async function openCsv(path: string, opts: { delimiter?: string } = {}): Promise<CsvWorkbookSource> {
  const forced = opts.delimiter !== undefined ? normalizeDelimiter(opts.delimiter) : undefined;
  const head = await readHead(path, PREFIX_BYTES + 3);
  assertText(head);
  // The encoding can only be told from all of the bytes: without a BOM, a first pass
  // checks they are UTF-8 before any row is read, so no row is ever read twice.
  const bom = detectBom(head);
  const encoding: TextEncodingName = bom?.encoding ?? ((await isUtf8File(path)) ? 'utf-8' : 'windows-1252');
  const skipBytes = bom?.length ?? 0;
  const decoder = streamDecoder(encoding);
  const prefixBytes = head.subarray(skipBytes, skipBytes + PREFIX_BYTES);
  const whole = head.length < PREFIX_BYTES + 3;
  const prefix = decoder.decode(prefixBytes) + (whole ? decoder.end() : '');
  const { body, firstLine, delimiter: sepDelimiter } = splitSepLine(prefix);
  const delimiter = forced ?? sepDelimiter ?? detectDelimiter(body);
  const plan: TextPlan = { path, encoding, skipBytes, skipChars: prefix.length - body.length };
  const name = parsePath(path).name;
  const ctx: RaggedRowNotices = { sheet: name, notices: [], reported: new Set() };
  const sheet: SheetSource = {
    name,
    state: 'visible',
    rows: { [Symbol.asyncIterator]: () => csvRows(plan, delimiter, firstLine, ctx) },
    batches: { [Symbol.asyncIterator]: () => csvRowBatches(plan, delimiter, firstLine, ctx) },
  };
  return {
    path,
    format: 'csv',
    encoding,
    delimiter,
    notices: ctx.notices,
    sheets: { async *[Symbol.asyncIterator]() { yield sheet; } },
  };
}
