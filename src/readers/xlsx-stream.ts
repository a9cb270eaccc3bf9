import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { EMPTY } from '../model/cell.js';
import type { CellValue, RawRow } from '../model/cell.js';
import { UnreadableFileError } from '../model/source.js';
import type { SheetSource, SheetState, WorkbookSource } from '../model/source.js';
import { firstLine, toIoError } from './io.js';
import { ownString } from './own-string.js';
import type { ConvertedCell } from './xlsx-cells.js';
import { assertZip, DAYS_1900_TO_1904, declaresDate1904, noReadableSheet, toCellValue } from './xlsx-cells.js';
import { openZipArchive } from './zip.js';
import type { ZipArchive, ZipEntry } from './zip.js';

/**
 * The streaming xlsx reader: one worksheet part at a time, row by row, never the whole
 * workbook in memory. It reads the same values as `openXlsx` (exceljs readFile), which
 * the reader tests check for both.
 *
 * Why not exceljs' own `stream.xlsx.WorkbookReader` as is: it yields sheets in zip order
 * (not tab order), can iterate a workbook once, resolves hyperlinks and merges only after
 * the rows they belong to (so never), gives a formula's boolean or error result as NaN or a
 * number, drops shared-formula text, keeps only the last run of rich inline strings, and
 * converts formula results under a date format to numbers. So this reader opens each part
 * itself, from the zip's central directory, and uses exceljs' own pieces (SAX parser, style
 * manager, date and formula helpers) to give every cell the value exceljs readFile gives it;
 * `toCellValue` then converts both paths' values alike.
 */

const require = createRequire(import.meta.url);
type SaxEvent =
  | { eventType: 'opentag'; value: { name: string; attributes: Record<string, string> } }
  | { eventType: 'text'; value: string }
  | { eventType: 'closetag'; value: { name: string } };
const parseSax = require('exceljs/lib/utils/parse-sax.js') as (s: AsyncIterable<unknown>) => AsyncIterable<SaxEvent[]>;
const exUtils = require('exceljs/lib/utils/utils.js') as {
  excelToDate(v: number, date1904: boolean): Date;
  isDateFmt(fmt: unknown): boolean;
  xmlDecode(s: string): string;
};
const { slideFormula } = require('exceljs/lib/utils/shared-formula.js') as { slideFormula(f: string, from: string, to: string): string };
const colCache = require('exceljs/lib/utils/col-cache.js') as {
  decodeAddress(ref: string): { row: number; col: number };
  decode(ref: string): { top?: number; left?: number; bottom?: number; right?: number; row?: number; col?: number };
};
interface StyleManager { init(): void; parseStream(s: AsyncIterable<unknown>): Promise<unknown>; getStyleModel(id: number): { numFmt?: unknown } | undefined }
const StyleManagerClass = require('exceljs/lib/xlsx/xform/style/styles-xform.js') as new () => StyleManager;

const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------
// Small XML parts: workbook.xml and its relationships

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1] ?? ''] = exUtils.xmlDecode(m[2] ?? m[3] ?? '');
  }
  return out;
}

function tags(xml: string, name: string): Record<string, string>[] {
  const re = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g');
  return [...xml.matchAll(re)].map((m) => attributes(m[0]));
}

/** Relationship id → target, for one .rels part. */
function relationships(xml: string | null): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  if (xml === null) return out;
  for (const a of tags(xml, 'Relationship')) if (a.Id) out.set(a.Id, { target: a.Target ?? '', type: a.Type ?? '' });
  return out;
}

/** A relationship target relative to `base` (a folder inside the zip) → a part name. */
function partName(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * An entry's text, decoded across chunk edges. exceljs's parse-sax decodes each chunk on
 * its own, so a character cut by a chunk edge (é, ’, an emoji in a caption) came out as
 * two U+FFFD — exceljs#2084, fix PR #1665 still open. parse-sax passes strings through.
 */
async function* utf8Chunks(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    const text = decoder.decode(chunk as Uint8Array, { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

async function streamToString(s: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// ---------------------------------------------------------------------------------
// Workbook-level context

interface SheetPart { name: string; state: SheetState; part: string; entry: ZipEntry }

interface StreamContext {
  readonly path: string;
  readonly zip: ZipArchive;
  readonly sharedStrings: unknown[];
  readonly styles: StyleManager;
  /** exceljs recognises only date1904="1"; readFile plus our shift covers "true". */
  readonly exceljs1904: boolean;
  readonly dateShiftDays: number;
}

async function entryText(zip: ZipArchive, name: string): Promise<string | null> {
  const entry = zip.entries.get(name);
  return entry ? streamToString(await zip.open(entry)) : null;
}

/** Shared strings as exceljs readFile gives them: a string, or `{richText:[{text}]}`. */
async function readSharedStrings(zip: ZipArchive, entry: ZipEntry | undefined): Promise<unknown[]> {
  const out: unknown[] = [];
  if (!entry) return out;
  let text: string | null = null;
  let runs: { text: string }[] = [];
  let run: string | null = null;
  let inT = false;
  let phonetic = 0;
  for await (const events of parseSax(utf8Chunks(await zip.open(entry)))) {
    for (const ev of events) {
      if (ev.eventType === 'opentag') {
        const n = ev.value.name;
        if (n === 'si') { text = null; runs = []; run = null; }
        else if (n === 'rPh') phonetic++;
        else if (n === 'r') run = '';
        else if (n === 't') inT = phonetic === 0;
      } else if (ev.eventType === 'text') {
        if (!inT) continue;
        if (run !== null) run += ev.value;
        else text = (text ?? '') + ev.value;
      } else {
        const n = ev.value.name;
        if (n === 't') inT = false;
        else if (n === 'rPh') phonetic--;
        else if (n === 'r') { runs.push({ text: ownString(run ?? '') }); run = null; }
        else if (n === 'si') out.push(runs.length ? { richText: runs } : ownString(text ?? ''));
      }
    }
  }
  return out;
}

async function readStyles(zip: ZipArchive, entry: ZipEntry | undefined): Promise<StyleManager> {
  const styles = new StyleManagerClass();
  if (entry) await styles.parseStream(utf8Chunks(await zip.open(entry)));
  else styles.init();
  return styles;
}

function sheetState(state: string | undefined): SheetState {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

// ---------------------------------------------------------------------------------
// What comes after <sheetData>: merges and hyperlinks, found before the rows are read

interface Merge { top: number; left: number; bottom: number; right: number }
interface SheetExtras { merges: Merge[]; hyperlinks: Map<string, string> }

const SHEET_DATA_END = '</sheetData>';
/** Merges and hyperlinks of a sheet are small; refuse to hold an absurd tail. */
const MAX_TAIL_CHARS = 64 * 1024 * 1024;

/** The XML after </sheetData>, found by inflating the part once more (no XML parse of the rows). */
async function sheetTail(zip: ZipArchive, entry: ZipEntry): Promise<string> {
  let carry = '';
  let tail: string[] | null = null;
  let size = 0;
  const stream = await zip.open(entry);
  for await (const chunk of stream) {
    const s = (chunk as Buffer).toString('latin1');
    if (tail) {
      tail.push(s);
      size += s.length;
      if (size > MAX_TAIL_CHARS) { stream.destroy(); break; }
      continue;
    }
    const joined = carry + s;
    const at = joined.indexOf(SHEET_DATA_END);
    if (at >= 0) {
      tail = [joined.slice(at + SHEET_DATA_END.length)];
      size = tail[0]?.length ?? 0;
    } else {
      carry = joined.slice(-SHEET_DATA_END.length);
    }
  }
  return tail ? Buffer.from(tail.join(''), 'latin1').toString('utf8') : '';
}

async function readExtras(ctx: StreamContext, sheet: SheetPart): Promise<SheetExtras> {
  const tail = await sheetTail(ctx.zip, sheet.entry);
  const merges: Merge[] = [];
  for (const a of tags(tail, 'mergeCell')) {
    const d = a.ref ? colCache.decode(a.ref) : {};
    if (d.top !== undefined && d.left !== undefined && d.bottom !== undefined && d.right !== undefined) {
      merges.push({ top: d.top, left: d.left, bottom: d.bottom, right: d.right });
    }
  }
  const hyperlinks = new Map<string, string>();
  const links = tags(tail, 'hyperlink').filter((a) => a['r:id']);
  if (links.length > 0) {
    const slash = sheet.part.lastIndexOf('/');
    const relsName = `${sheet.part.slice(0, slash)}/_rels/${sheet.part.slice(slash + 1)}.rels`;
    const rels = relationships(await entryText(ctx.zip, relsName));
    for (const a of links) {
      const rel = rels.get(a['r:id'] ?? '');
      if (rel && a.ref) hyperlinks.set(a.ref, rel.target);
    }
  }
  return { merges, hyperlinks };
}

// ---------------------------------------------------------------------------------
// Rows

interface RawCell { ref: string; col: number; s: number; t: string | undefined; f: { text: string; t?: string; si?: string; ref?: string } | null; v: string | null; inline: string | null }

interface RowState {
  number: number;
  values: (CellValue | undefined)[];
  formulas: Map<number, string> | undefined;
  /** exceljs' `row.hasValues`: some cell whose type is not Null. */
  hasValues: boolean;
}

class SheetReader {
  /** Shared-formula masters by `si`: address and formula, as exceljs readFile records them. */
  private readonly shared = new Map<string, { address: string; formula: string }>();

  constructor(private readonly ctx: StreamContext, private readonly extras: SheetExtras) {}

  private toDate(serial: number): Date {
    const d = exUtils.excelToDate(serial, this.ctx.exceljs1904);
    return this.ctx.dateShiftDays === 0 ? d : new Date(d.getTime() + this.ctx.dateShiftDays * DAY_MS);
  }

  private isDate(s: number): boolean {
    // exceljs: `model.styleId && styles.getStyleModel(styleId)`: style 0 is never looked up.
    if (!s) return false;
    const style = this.ctx.styles.getStyleModel(s);
    return style !== undefined && exUtils.isDateFmt(style.numFmt);
  }

  /** The value exceljs readFile gives the cell (cell-xform parseClose + reconcile), or undefined for a Null cell. */
  private rawValue(c: RawCell): { value: unknown; formula?: string; isNull: boolean; isMerge: boolean } {
    const v = c.inline ?? c.v;
    if (c.f && (c.f.text || c.f.t === 'shared')) {
      let result: unknown;
      if (v) {
        if (c.t === 'str') result = exUtils.xmlDecode(v);
        else if (c.t === 'b') result = parseInt(v, 10) !== 0;
        else if (c.t === 'e') result = { error: v };
        else result = parseFloat(v);
      }
      if (typeof result === 'number' && this.isDate(c.s)) result = this.toDate(result);
      let formula = c.f.text;
      let value: Record<string, unknown> = { formula, result };
      if (c.f.t === 'shared' && c.f.si !== undefined) {
        if (c.f.ref) {
          this.shared.set(c.f.si, { address: c.ref, formula });
        } else {
          const master = this.shared.get(c.f.si);
          value = { sharedFormula: master?.address, result };
          formula = master ? slideFormula(master.formula, master.address, c.ref) : '';
        }
      }
      return { value, formula, isNull: false, isMerge: false };
    }
    if (v === null) {
      // exceljs: a value-less cell with a style is Null; without one it becomes a Merge cell.
      return { value: undefined, isNull: !!c.s, isMerge: !c.s };
    }
    let value: unknown;
    switch (c.t) {
      case 's': value = this.ctx.sharedStrings[parseInt(v, 10)]; break;
      case 'str': value = exUtils.xmlDecode(v); break;
      case 'inlineStr': value = v; break;
      case 'b': value = parseInt(v, 10) !== 0; break;
      case 'e': value = { error: v }; break;
      default: {
        const n = parseFloat(v);
        value = this.isDate(c.s) ? this.toDate(n) : n;
      }
    }
    return { value, isNull: false, isMerge: false };
  }

  addCell(row: RowState, c: RawCell): void {
    const raw = this.rawValue(c);
    const url = this.extras.hyperlinks.get(c.ref);
    let converted: ConvertedCell;
    if (url !== undefined) {
      // exceljs: the value (or a formula's result) becomes the link's text; the formula goes.
      const text = raw.formula !== undefined ? (raw.value as { result?: unknown }).result : raw.value;
      converted = toCellValue({ text, hyperlink: url });
      row.hasValues = true;
    } else {
      converted = toCellValue(raw.value);
      if (!raw.isNull) row.hasValues = true;
      if (converted.formula !== undefined && raw.formula !== undefined) {
        const formula = raw.formula !== '' ? raw.formula : converted.formula;
        if (converted.value.type === 'no-result') converted = { value: { type: 'no-result', formula }, formula };
        else converted = { value: converted.value, formula };
      }
    }
    while (row.values.length < c.col - 1) row.values.push(undefined);
    row.values[c.col - 1] = converted.value;
    if (converted.formula !== undefined) (row.formulas ??= new Map()).set(c.col - 1, converted.formula);
    else row.formulas?.delete(c.col - 1);
  }

  /** exceljs readFile blanks every cell of a merge but the top-left one, and creates them. */
  applyMerges(row: RowState): void {
    for (const m of this.extras.merges) {
      if (row.number < m.top || row.number > m.bottom) continue;
      while (row.values.length < m.right) row.values.push(undefined);
      for (let col = m.left; col <= m.right; col++) {
        if (row.number === m.top && col === m.left) continue;
        row.values[col - 1] = EMPTY;
        row.formulas?.delete(col - 1);
        row.hasValues = true;
      }
    }
  }

  finish(row: RowState): RawRow | null {
    this.applyMerges(row);
    if (!row.hasValues) return null;
    const values = row.values;
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = EMPTY;
    return row.formulas && row.formulas.size > 0
      ? { rowNumber: row.number, values, formulas: row.formulas }
      : { rowNumber: row.number, values };
  }

  /** Row numbers that exist only because a merge covers them, in order. */
  mergeRows(): number[] {
    const rows = new Set<number>();
    for (const m of this.extras.merges) {
      for (let r = m.top; r <= m.bottom; r++) if (r > m.top || m.right > m.left) rows.add(r);
    }
    return [...rows].sort((a, b) => a - b);
  }
}

const newRow = (number: number): RowState => ({ number, values: [], formulas: undefined, hasValues: false });

/**
 * The 1-based column of a cell reference (`AB12` → 28), read off its letters: exceljs's
 * decodeAddress builds and caches an address object per distinct reference, a million
 * of them for a 100,000-row sheet. A reference without letters falls back to it.
 */
function columnOfRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) col = col * 26 + (c - 0x40);
    else break;
  }
  const digit = ref.charCodeAt(i);
  // Anything but upper-case letters then a digit (as every writer saves them) is left to exceljs.
  return i > 0 && digit >= 0x30 && digit <= 0x39 ? col : colCache.decodeAddress(ref).col;
}

async function* sheetRowBatches(ctx: StreamContext, sheet: SheetPart): AsyncGenerator<RawRow[]> {
  const extras = await readExtras(ctx, sheet);
  const reader = new SheetReader(ctx, extras);
  const mergeRows = reader.mergeRows();
  let nextMerge = 0;
  /** Rows a merge creates before `upTo` that the sheet XML does not have. */
  function* mergeOnly(upTo: number): Generator<RawRow> {
    while (nextMerge < mergeRows.length && (mergeRows[nextMerge] ?? Infinity) < upTo) {
      const done = reader.finish(newRow(mergeRows[nextMerge++] ?? 0));
      if (done) yield done;
    }
    while (nextMerge < mergeRows.length && mergeRows[nextMerge] === upTo) nextMerge++;
  }

  let inData = false;
  let row: RowState | null = null;
  let lastRow = 0;
  let cell: RawCell | null = null;
  let lastCol = 0;
  let text: 'v' | 'f' | 'is' | null = null;
  let inT = false;
  let phonetic = 0;
  const stream = await ctx.zip.open(sheet.entry);
  for await (const events of parseSax(utf8Chunks(stream))) {
    const ready: RawRow[] = [];
    for (const ev of events) {
      if (ev.eventType === 'text') {
        if (!cell || text === null) continue;
        if (text === 'v') cell.v = (cell.v ?? '') + ev.value;
        else if (text === 'f' && cell.f) cell.f.text += ev.value;
        else if (text === 'is' && inT && phonetic === 0) cell.inline = (cell.inline ?? '') + ev.value;
        continue;
      }
      const name = ev.value.name;
      if (ev.eventType === 'opentag') {
        const a = ev.value.attributes;
        if (name === 'sheetData') inData = true;
        else if (!inData) continue;
        else if (name === 'row') {
          const n = a.r ? parseInt(a.r, 10) : lastRow + 1;
          row = newRow(n);
          lastCol = 0;
        } else if (name === 'c' && row) {
          const ref = a.r ?? '';
          const col = ref ? columnOfRef(ref) : lastCol + 1;
          cell = { ref, col, s: parseInt(a.s ?? '', 10) || 0, t: a.t, f: null, v: null, inline: null };
        } else if (cell) {
          if (name === 'v') { text = 'v'; cell.v = cell.v ?? ''; }
          else if (name === 'f') { text = 'f'; cell.f = { text: '', t: a.t, si: a.si, ref: a.ref }; }
          else if (name === 'is') { text = 'is'; cell.inline = ''; }
          else if (name === 't') inT = true;
          else if (name === 'rPh') phonetic++;
        }
      } else {
        if (name === 'sheetData') inData = false;
        else if (!inData) continue;
        else if (name === 'c' && row && cell) {
          // Text is cut from the chunk of XML; copied, a kept cell does not keep the chunk.
          if (cell.inline !== null) cell.inline = ownString(cell.inline);
          if (cell.v !== null) cell.v = ownString(cell.v);
          reader.addCell(row, cell);
          lastCol = cell.col;
          cell = null;
        } else if (name === 'row' && row) {
          for (const r of mergeOnly(row.number)) ready.push(r);
          const done = reader.finish(row);
          if (done) ready.push(done);
          lastRow = row.number;
          row = null;
        } else if (name === 'v' || name === 'f' || name === 'is') text = null;
        else if (name === 't') inT = false;
        else if (name === 'rPh') phonetic--;
      }
    }
    if (ready.length > 0) yield ready;
  }
  const tail = [...mergeOnly(Infinity)];
  if (tail.length > 0) yield tail;
}

async function* sheetRows(batches: AsyncGenerator<readonly RawRow[]>): AsyncGenerator<RawRow> {
  for await (const batch of batches) yield* batch;
}

/** An error while reading rows (damaged deflate data, broken XML): the same reason readFile gives at open. */
async function* guarded<T>(rows: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    yield* rows;
  } catch (err) {
    if (err instanceof UnreadableFileError) throw err;
    const io = toIoError(err);
    if (io instanceof UnreadableFileError) throw io;
    throw new UnreadableFileError('corrupt-zip', firstLine(err));
  }
}

// ---------------------------------------------------------------------------------
// Opening

async function openContext(path: string): Promise<{ ctx: StreamContext; sheets: SheetPart[] }> {
  const zip = await openZipArchive(path);
  if (!zip) throw new UnreadableFileError('corrupt-zip', 'Corrupted zip: end of central directory not found (truncated or damaged file)');
  const { entries } = zip;
  const workbookXml = await entryText(zip, 'xl/workbook.xml');
  if (workbookXml === null) return noReadableSheet(path);
  const rels = relationships(await entryText(zip, 'xl/_rels/workbook.xml.rels'));
  const sheets: SheetPart[] = [];
  // <sheet> elements are in tab order; sheetId is not.
  for (const a of tags(workbookXml.replace(/<(?:\w+:)?sheets\b[^>]*\/>/, ''), 'sheet')) {
    const rel = rels.get(a['r:id'] ?? '');
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    const part = partName('xl', rel.target);
    const entry = entries.get(part);
    if (entry) sheets.push({ name: a.name ?? '', state: sheetState(a.state), part, entry });
  }
  if (sheets.length === 0) return noReadableSheet(path);
  const flag = /<(?:\w+:)?workbookPr\b[^>]*?\bdate1904\s*=\s*["']([^"']*)["']/.exec(workbookXml)?.[1];
  const exceljs1904 = flag === '1';
  const relTarget = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const stylesPart = partName('xl', relTarget('/styles') ?? 'styles.xml');
  const stringsPart = partName('xl', relTarget('/sharedStrings') ?? 'sharedStrings.xml');
  const ctx: StreamContext = {
    path,
    zip,
    sharedStrings: await readSharedStrings(zip, entries.get(stringsPart)),
    styles: await readStyles(zip, entries.get(stylesPart)),
    exceljs1904,
    dateShiftDays: !exceljs1904 && declaresDate1904(workbookXml) ? DAYS_1900_TO_1904 : 0,
  };
  return { ctx, sheets };
}

/**
 * Open an xlsx for reading row by row. Workbook-level parts (workbook.xml, styles,
 * shared strings) are read now; each sheet's rows are read when iterated, and can be
 * iterated again. A file that cannot be opened fails here with the same reasons as
 * `openXlsx`; damage inside a sheet part fails while its rows are read.
 */
export async function openXlsxStreaming(path: string): Promise<WorkbookSource> {
  await assertZip(path);
  let opened: { ctx: StreamContext; sheets: SheetPart[] };
  try {
    opened = await openContext(path);
  } catch (err) {
    if (err instanceof UnreadableFileError) throw err;
    const io = toIoError(err);
    if (io instanceof UnreadableFileError) throw io;
    throw new UnreadableFileError('corrupt-zip', firstLine(err));
  }
  const { ctx } = opened;
  const sheets: SheetSource[] = opened.sheets.map((sheet) => ({
    name: sheet.name,
    state: sheet.state,
    rows: { [Symbol.asyncIterator]: () => sheetRows(guarded(sheetRowBatches(ctx, sheet))) },
    batches: { [Symbol.asyncIterator]: () => guarded(sheetRowBatches(ctx, sheet)) },
  }));
  return {
    path,
    format: 'xlsx',
    notices: [],
    sheets: { async *[Symbol.asyncIterator]() { yield* sheets; } },
  };
}
