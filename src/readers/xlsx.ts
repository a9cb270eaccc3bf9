import ExcelJS from 'exceljs';
import { EMPTY } from '../model/cell.js';
import type { CellValue, RawRow } from '../model/cell.js';
import { UnreadableFileError } from '../model/source.js';
import type { SheetSource, SheetState, WorkbookSource } from '../model/source.js';
import { firstLine, toIoError } from './io.js';
import { assertZip, DAYS_1900_TO_1904, declaresDate1904, isRecord, noReadableSheet, toCellValue, type ConvertedCell } from './xlsx-cells.js';
import { readZipEntry } from './zip.js';

export { assertZip, declaresDate1904, describeOle, describeZip, noReadableSheet, toCellValue, utcIsoDate, DAYS_1900_TO_1904 } from './xlsx-cells.js';
export type { ConvertedCell } from './xlsx-cells.js';

// ---------------------------------------------------------------------------------
// The full-load reader: exceljs readFile, kept to compare against (KOLOPS_XLSX_READER=full)

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
