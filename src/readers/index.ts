import { extname } from 'node:path';
import type { MessageRef } from '../model/finding.js';
import type { WorkbookSource } from '../model/source.js';
import { openCsv } from './csv/index.js';
import { readerText, unreadableFile } from './detail.js';
import { readHead, readWhole } from './io.js';
import { describeKind, sniff, SNIFF_TEXT_BYTES } from './sniff.js';
import type { ReadLimits } from './xlsx/open.js';

export type { ReadLimits } from './xlsx/open.js';

export { openCsv, normalizeDelimiter, detectDelimiter } from './csv/index.js';
export type { CsvWorkbookSource } from './csv/index.js';
export { sniff } from './sniff.js';
export { unreadableFile } from './detail.js';
export { asUnreadable, systemDetail } from './io.js';

/** The xlsx reader is loaded when a workbook asks for it: a CSV-only run never pays for it. */
const xlsxReader = () => import('./xlsx/open.js');
const openXlsx = async (path: string, limits?: ReadLimits) => (await xlsxReader()).openXlsx(path, limits);
/** The same for the OpenDocument reader (.ods, .fods). */
const openOds = async (path: string, limits?: ReadLimits) => (await import('./ods/open.js')).openOds(path, limits);
export { decodeText } from './decode.js';

/**
 * Spreadsheet formats kolops does not read, by extension, with the name a user knows
 * them by. A folder walk collects them anyway, so each becomes a `file/unreadable`
 * finding that says to re-save it as .xlsx, instead of a CI run that passes on nothing.
 */
const UNREAD_SPREADSHEETS: Readonly<Record<string, MessageRef>> = {
  '.xlsb': readerText('reader:format-xlsb'),
  '.numbers': readerText('reader:format-numbers'),
  '.et': readerText('reader:format-et'),
};

/**
 * Extensions a folder walk picks up: every spreadsheet it reads, `.xls` (usually legacy,
 * sometimes a real .xlsx or text misnamed; sniffed) and the formats above. `.txt` opens
 * when named explicitly but is not collected from folders.
 */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.ods', '.fods', '.csv', '.tsv', '.xls', ...Object.keys(UNREAD_SPREADSHEETS)];
export const WALKED_EXTENSIONS: ReadonlySet<string> = new Set(WORKBOOK_EXTENSIONS);

/** `Book.numbers` may be a macOS package (a folder): the walk takes it as one file, not a folder to enter. */
export function isSpreadsheetPackage(name: string): boolean {
  return extname(name).toLowerCase() === '.numbers';
}

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
/** OpenDocument spreadsheets: zipped, and flat (one XML file). */
const ODS_EXTENSIONS = new Set(['.ods', '.fods']);
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/**
 * `.xls` is usually a legacy OLE workbook, but web tools often export HTML or
 * tab-separated text under that name, and some files are a real .xlsx misnamed.
 */
async function openXls(path: string, opts: OpenOptions): Promise<WorkbookSource> {
  const head = await readHead(path, SNIFF_TEXT_BYTES);
  const kind = sniff(head);
  if (kind === 'ole') throw unreadableFile('ole-container', (await xlsxReader()).describeOle(await readWhole(path)));
  if (kind === 'empty') throw unreadableFile('empty-file');
  if (kind === 'zip') return openXlsx(path, opts.limits);
  if (kind === 'text' && !looksLikeMarkup(head)) return openCsv(path, opts);
  throw unreadableFile('not-a-spreadsheet', kind === 'text' ? readerText('reader:xls-got-markup') : describeKind(kind));
}

function looksLikeMarkup(head: Uint8Array): boolean {
  return /^(\uFEFF)?\s*</.test(new TextDecoder('utf-8').decode(head.subarray(0, 256)));
}

/**
 * Open any supported workbook. Every way a file can fail to open becomes an
 * UnreadableFileError, so a caller reports it as a finding for that file and goes on.
 */
export interface OpenOptions {
  delimiter?: string;
  /** What a sheet may unpack to and hold (config `limits`); the defaults otherwise. */
  limits?: ReadLimits;
}

export async function openWorkbook(path: string, opts: OpenOptions = {}): Promise<WorkbookSource> {
  const ext = extname(path).toLowerCase();
  // openCsv, openXlsx and openOds sniff the bytes themselves, so direct callers get the same reasons.
  if (XLSX_EXTENSIONS.has(ext)) return openXlsx(path, opts.limits);
  if (ODS_EXTENSIONS.has(ext)) return openOds(path, opts.limits);
  if (TEXT_EXTENSIONS.has(ext)) return openCsv(path, opts);
  if (ext === '.xls') return openXls(path, opts);
  const known = UNREAD_SPREADSHEETS[ext];
  if (known) throw unreadableFile('unsupported-spreadsheet', known);
  throw unreadableFile('unsupported-extension', ext === '' ? readerText('reader:no-extension') : ext);
}
