import { extname } from 'node:path';
import { UnreadableFileError } from '../model/source.js';
import type { WorkbookSource } from '../model/source.js';
import { openCsv } from './csv.js';
import { readHead, readWhole } from './io.js';
import { describeKind, sniff, SNIFF_TEXT_BYTES } from './sniff.js';

export { openCsv, normalizeDelimiter, detectDelimiter } from './csv.js';
export type { CsvWorkbookSource } from './csv.js';
export { sniff } from './sniff.js';

/**
 * exceljs takes ~0.2 s to load in full: a CSV-only run never pays for it, and the
 * streaming reader (the default) loads only the few exceljs internals it uses.
 */
const xlsx = () => import('./xlsx.js');
const xlsxStreaming = () => import('./xlsx-stream.js');
const xlsxCells = () => import('./xlsx-cells.js');

/**
 * Which xlsx reader to use. `streaming` (the default) reads a sheet row by row with flat
 * memory; `full` loads the whole workbook with exceljs readFile. Both read the same values
 * (test/readers/equivalence.test.ts); `full` stays for comparison and as a fallback.
 */
export type XlsxReader = 'streaming' | 'full';

function xlsxReaderFromEnv(): XlsxReader {
  return process.env.KOLOPS_XLSX_READER === 'full' ? 'full' : 'streaming';
}

const openXlsx = async (path: string, reader: XlsxReader = xlsxReaderFromEnv()) =>
  reader === 'full' ? (await xlsx()).openXlsx(path) : (await xlsxStreaming()).openXlsxStreaming(path);
export { decodeText } from './decode.js';

/**
 * Spreadsheet formats kolops does not read, by extension, with the name a user knows
 * them by. A folder walk collects them anyway, so each becomes a `file/unreadable`
 * finding that says to re-save it as .xlsx, instead of a CI run that passes on nothing.
 */
const UNREAD_SPREADSHEETS: Readonly<Record<string, string>> = {
  '.xlsb': 'Excel binary workbook (.xlsb)',
  '.ods': 'OpenDocument spreadsheet (.ods)',
  '.fods': 'flat OpenDocument spreadsheet (.fods)',
  '.numbers': 'Apple Numbers (.numbers)',
  '.et': 'WPS spreadsheet (.et)',
};

/**
 * Extensions a folder walk picks up: every spreadsheet it reads, `.xls` (usually legacy,
 * sometimes a real .xlsx or text misnamed; sniffed) and the formats above. `.txt` opens
 * when named explicitly but is not collected from folders.
 */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.xls', ...Object.keys(UNREAD_SPREADSHEETS)];
export const WALKED_EXTENSIONS: ReadonlySet<string> = new Set(WORKBOOK_EXTENSIONS);

/** `Book.numbers` may be a macOS package (a folder): the walk takes it as one file, not a folder to enter. */
export function isSpreadsheetPackage(name: string): boolean {
  return extname(name).toLowerCase() === '.numbers';
}

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/**
 * `.xls` is usually a legacy OLE workbook, but web tools often export HTML or
 * tab-separated text under that name, and some files are a real .xlsx misnamed.
 */
async function openXls(path: string, opts: OpenOptions): Promise<WorkbookSource> {
  const head = await readHead(path, SNIFF_TEXT_BYTES);
  const kind = sniff(head);
  if (kind === 'ole') throw new UnreadableFileError('ole-container', (await xlsxCells()).describeOle(await readWhole(path)));
  if (kind === 'empty') throw new UnreadableFileError('empty-file');
  if (kind === 'zip') return openXlsx(path, opts.xlsxReader);
  if (kind === 'text' && !looksLikeMarkup(head)) return openCsv(path, opts);
  const detail = kind === 'text' ? 'HTML or XML document saved as .xls' : describeKind(kind);
  throw new UnreadableFileError('not-a-spreadsheet', detail);
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
  /** Default: `streaming`, or `full` when the environment sets KOLOPS_XLSX_READER=full. */
  xlsxReader?: XlsxReader;
}

export async function openWorkbook(path: string, opts: OpenOptions = {}): Promise<WorkbookSource> {
  const ext = extname(path).toLowerCase();
  // openCsv and openXlsx sniff the bytes themselves, so direct callers get the same reasons.
  if (XLSX_EXTENSIONS.has(ext)) return openXlsx(path, opts.xlsxReader);
  if (TEXT_EXTENSIONS.has(ext)) return openCsv(path, opts);
  if (ext === '.xls') return openXls(path, opts);
  const known = UNREAD_SPREADSHEETS[ext];
  if (known) throw new UnreadableFileError('unsupported-spreadsheet', known);
  throw new UnreadableFileError('unsupported-extension', ext === '' ? 'extension-less' : ext);
}
