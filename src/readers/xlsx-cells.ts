/**
 * What both xlsx readers share and that needs no exceljs: one exceljs-shaped cell value →
 * one CellValue, and why a file cannot be opened. Kept apart so the streaming reader (the
 * default) loads a few exceljs internals, never the whole library (~0.1 s of start-up).
 */
import { EMPTY } from '../model/cell.js';
import type { CellValue } from '../model/cell.js';
import { UnreadableFileError } from '../model/source.js';
import { readHead, readWhole } from './io.js';
import { describeKind, sniff, SNIFF_TEXT_BYTES } from './sniff.js';

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

export function isRecord(v: unknown): v is Record<string, unknown> {
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
// ---------------------------------------------------------------------------------
// Saying why a file cannot be opened

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
