import ExcelJS from 'exceljs';
import { EMPTY } from '../model/cell.js';
import type { CellValue, RawRow } from '../model/cell.js';
import { UnreadableFileError } from '../model/source.js';
import type { SheetSource, SheetState, WorkbookSource } from '../model/source.js';
import { firstLine, readHead, readWhole, toIoError } from './io.js';
import { describeKind, sniff, SNIFF_TEXT_BYTES } from './sniff.js';
import { readZipEntry } from './zip.js';

// ---------------------------------------------------------------------------------
// One exceljs cell value → one CellValue. The ONLY place that knows exceljs' shapes;
// the streaming reader we move to later must call this too.

export interface ConvertedCell {
  value: CellValue;
  /** The formula, when the value is a formula's cached result. */
  formula?: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * exceljs turns a date serial into a Date at UTC midnight (plus the time of day), so the
 * calendar date is in the UTC fields. Local getters would show the day before in
 * Jakarta (UTC+7)… and west of UTC too.
 */
export function utcIsoDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** `{richText:[{text},…]}` → the text a person reads: the runs joined. */
function richTextToString(v: unknown): string | undefined {
  if (!isRecord(v) || !Array.isArray(v.richText)) return undefined;
  return v.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

/** A hyperlink's shown text may be plain, rich text, or (oddly) missing: then show the URL. */
function hyperlinkText(text: unknown, url: string): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'number' || typeof text === 'boolean') return String(text);
  return richTextToString(text) ?? url;
}

function fromDate(d: Date): CellValue {
  // An out-of-range serial: Excel itself shows ##### for it.
  if (Number.isNaN(d.getTime())) return { type: 'string', text: '#####' };
  return { type: 'date', iso: utcIsoDate(d) };
}

function fromScalar(v: string | number | boolean): CellValue {
  if (typeof v === 'string') return v === '' ? EMPTY : { type: 'string', text: v };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  return Number.isFinite(v) ? { type: 'number', value: v } : { type: 'error', code: '#NUM!' };
}

/**
 * `{formula|sharedFormula, result}`: the cached result is the value. exceljs leaves
 * `result` undefined when the writer cached none (generated files, some exports): the
 * value is then unknown, which is not the same as empty.
 */
function fromFormula(v: Record<string, unknown>): ConvertedCell {
  const formula = typeof v.formula === 'string' ? v.formula
    : typeof v.sharedFormula === 'string' ? v.sharedFormula : '';
  if (v.result === undefined || v.result === null) return { value: { type: 'no-result', formula }, formula };
  return { value: toCellValue(v.result).value, formula };
}

function fromObject(v: Record<string, unknown>): ConvertedCell {
  if ('formula' in v || 'sharedFormula' in v) return fromFormula(v);
  if (typeof v.error === 'string') return { value: { type: 'error', code: v.error } };
  if (typeof v.hyperlink === 'string') {
    return { value: { type: 'hyperlink', text: hyperlinkText(v.text, v.hyperlink), url: v.hyperlink } };
  }
  const rich = richTextToString(v);
  if (rich !== undefined) return { value: rich === '' ? EMPTY : { type: 'string', text: rich } };
  if (typeof v.text === 'string') return { value: { type: 'string', text: v.text } };
  // A shape we do not know: keep it visible rather than silently empty.
  return { value: { type: 'string', text: JSON.stringify(v) } };
}

/**
 * Normalise one exceljs cell value. For a shared formula exceljs gives the master cell's
 * address in `sharedFormula`; a caller holding the Cell should prefer `cell.formula`,
 * which exceljs translates for this cell.
 */
export function toCellValue(v: unknown): ConvertedCell {
  if (v === null || v === undefined) return { value: EMPTY };
  if (v instanceof Date) return { value: fromDate(v) };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: fromScalar(v) };
  if (isRecord(v)) return fromObject(v);
  return { value: { type: 'string', text: String(v) } };
}

// ---------------------------------------------------------------------------------
// Worksheet → rows

/**
 * exceljs repeats a merge's master value into every cell of the merged range. For us
 * only the top-left cell holds the value, so a merged title row is one title, not five.
 */
function isMergeFollower(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A Date moved by whole days, inside a formula result too. */
function shiftDates(v: unknown, days: number): unknown {
  if (v instanceof Date) return new Date(v.getTime() + days * DAY_MS);
  if (isRecord(v) && v.result instanceof Date) return { ...v, result: shiftDates(v.result, days) };
  return v;
}

/** How to read the cells of one workbook, fixed at open time. */
interface ReadContext {
  /** Days to add to every date exceljs produced (1462 when it missed the 1904 flag). */
  readonly dateShiftDays: number;
}

/** The cell's value as exceljs should have given it. */
function rawValue(cell: ExcelJS.Cell, ctx: ReadContext): unknown {
  let v: unknown = cell.value;
  // cell.value drops a falsy cached result (0, FALSE): exceljs copies it with `if (value)`.
  // cell.result is the model's own field and keeps it.
  if (cell.type === ExcelJS.ValueType.Formula && isRecord(v)) v = { ...v, result: cell.result };
  return ctx.dateShiftDays === 0 ? v : shiftDates(v, ctx.dateShiftDays);
}

function cellToConverted(cell: ExcelJS.Cell, ctx: ReadContext): ConvertedCell {
  if (isMergeFollower(cell)) return { value: EMPTY };
  const converted = toCellValue(rawValue(cell, ctx));
  if (converted.formula === undefined) return converted;
  // cell.formula is the translated formula, also for shared-formula followers.
  const formula = typeof cell.formula === 'string' && cell.formula !== '' ? cell.formula : converted.formula;
  const value: CellValue = converted.value.type === 'no-result' ? { type: 'no-result', formula } : converted.value;
  return { value, formula };
}

function rowToRaw(row: ExcelJS.Row, ctx: ReadContext): RawRow {
  const values: CellValue[] = [];
  let formulas: Map<number, string> | undefined;
  for (let col = 1; col <= row.cellCount; col++) {
    const cell = row.findCell(col);
    const converted = cell ? cellToConverted(cell, ctx) : { value: EMPTY };
    values.push(converted.value);
    if (converted.formula !== undefined) (formulas ??= new Map()).set(col - 1, converted.formula);
  }
  return formulas ? { rowNumber: row.number, values, formulas } : { rowNumber: row.number, values };
}

/**
 * Rows that exist, with their real numbers. `hasValues` also skips rows that carry only
 * formatting, the cause of "two-row sheet with a million rows".
 */
async function* sheetRows(ws: ExcelJS.Worksheet, ctx: ReadContext): AsyncGenerator<RawRow> {
  const last = ws.rowCount;
  for (let n = 1; n <= last; n++) {
    const row = ws.findRow(n);
    if (row && row.hasValues) yield rowToRaw(row, ctx);
  }
}

function sheetState(state: unknown): SheetState {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

// ---------------------------------------------------------------------------------
// Opening, and saying why a file cannot be opened

function utf16(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

/**
 * Both legacy `.xls` and encrypted `.xlsx` are OLE compound files. Their stream names
 * (UTF-16LE in the OLE directory) tell which, so the user knows whether to remove a
 * password or re-save in the new format.
 */
export function describeOle(buf: Buffer): string {
  if (buf.includes(utf16('EncryptedPackage'))) return 'password-protected (encrypted) workbook';
  if (buf.includes(utf16('Workbook')) || buf.includes(utf16('Book'))) return 'legacy Excel 97-2003 workbook (.xls)';
  return 'legacy .xls or password-protected workbook';
}

/** What a zip without an Excel workbook is, from the part names in its directory. */
export function describeZip(buf: Buffer): string | null {
  if (buf.includes('xl/workbook.xml')) return null;
  if (buf.includes('xl/workbook.bin')) return 'Excel binary workbook (.xlsb)';
  if (buf.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'OpenDocument spreadsheet (.ods)';
  if (buf.includes('word/document.xml')) return 'Word document';
  if (buf.includes('ppt/presentation.xml')) return 'PowerPoint presentation';
  return 'ZIP archive without an Excel workbook';
}

/** Refuse, with the right reason, anything that is not a zip before exceljs sees it. */
export async function assertZip(path: string): Promise<void> {
  const kind = sniff(await readHead(path, SNIFF_TEXT_BYTES));
  if (kind === 'zip') return;
  if (kind === 'empty') throw new UnreadableFileError('empty-file');
  if (kind === 'ole') throw new UnreadableFileError('ole-container', describeOle(await readWhole(path)));
  const detail = kind === 'text' ? 'text file, not an Excel workbook' : describeKind(kind);
  throw new UnreadableFileError('not-a-spreadsheet', detail);
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (err) {
    const io = toIoError(err);
    if (io instanceof UnreadableFileError) throw io;
    throw new UnreadableFileError('corrupt-zip', firstLine(err));
  }
  return wb;
}

/**
 * exceljs quietly returns zero worksheets for a zip that is no workbook (a .docx or .ods
 * renamed) or whose sheet parts are missing. Excel never saves a workbook without a sheet.
 */
async function assertHasSheets(path: string, wb: ExcelJS.Workbook): Promise<void> {
  if (wb.worksheets.length > 0) return;
  await noReadableSheet(path);
}

/** The error for a zip in which no worksheet could be found: what it is instead, if we can tell. */
export async function noReadableSheet(path: string): Promise<never> {
  const other = describeZip(await readWhole(path));
  if (other !== null) throw new UnreadableFileError('not-a-spreadsheet', other);
  throw new UnreadableFileError('corrupt-zip', 'the workbook has no readable worksheet');
}

/** 1904-01-01 is serial 1462 in the 1900 system. */
export const DAYS_1900_TO_1904 = 1462;

/**
 * Whether workbook.xml declares the 1904 date system. An OOXML boolean is "1" or "true";
 * exceljs 4.4 only accepts "1", while LibreOffice (and Google Sheets) write "true".
 */
export function declaresDate1904(workbookXml: string): boolean {
  const m = /<(?:\w+:)?workbookPr\b[^>]*?\bdate1904\s*=\s*["']([^"']*)["']/.exec(workbookXml);
  const flag = m?.[1]?.trim().toLowerCase();
  return flag === '1' || flag === 'true';
}

/** 1462 when the file is a 1904 workbook that exceljs read as 1900, else 0. */
async function dateShiftDays(path: string, wb: ExcelJS.Workbook): Promise<number> {
  if (wb.properties.date1904) return 0; // exceljs saw the flag and converted correctly
  // Every writer we know names the part xl/workbook.xml; if not, we trust exceljs.
  const xml = await readZipEntry(path, 'xl/workbook.xml');
  return xml !== null && declaresDate1904(xml.toString('utf8')) ? DAYS_1900_TO_1904 : 0;
}

export { openXlsxStreaming } from './xlsx-stream.js';

/** Reads the whole workbook into memory first (exceljs readFile); kept to compare against. */
export async function openXlsx(path: string): Promise<WorkbookSource> {
  await assertZip(path);
  const wb = await loadWorkbook(path);
  await assertHasSheets(path, wb);
  const ctx: ReadContext = { dateShiftDays: await dateShiftDays(path, wb) };
  // wb.worksheets is in tab order; getWorksheet(n) would look up by sheet id instead.
  const sheets: SheetSource[] = wb.worksheets.map((ws) => ({
    name: ws.name,
    state: sheetState(ws.state),
    rows: { [Symbol.asyncIterator]: () => sheetRows(ws, ctx) },
  }));
  return {
    path,
    format: 'xlsx',
    notices: [],
    sheets: { async *[Symbol.asyncIterator]() { yield* sheets; } },
  };
}
