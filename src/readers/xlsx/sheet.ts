/**
 * One worksheet part → rows of normalised cells, a chunk of XML at a time. Every cell
 * type (shared string, inline string, formula string, boolean, error, ISO date, number
 * under a date/time/duration format), shared formulas, hyperlinks; a reference outside
 * Excel's grid or a shared string the file does not have is a notice (a finding), never
 * an abort or a silent gap.
 */
import { EMPTY, type CellValue, type RawRow } from '../../model/cell.js';
import { UnreadableFileError, type ReadNotice } from '../../model/source.js';
import { ownString } from '../own-string.js';
import { attr, decodeXml, XmlScanner, type XmlHandler } from '../xml/scanner.js';
import type { CellStyles } from './package.js';
import { isoDateValue, MAX_ROWS, parseRef, serialValue, slideFormula, unescapeExcel } from './values.js';

export interface SheetContext {
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  /** Cell reference (`B7`) → hyperlink address. */
  readonly hyperlinks: ReadonlyMap<string, string>;
  readonly notices: ReadNotice[];
  /** Cells read before the sheet is refused as too large (config `limits.maxCells`). */
  readonly maxCells: number;
}

/** Notices of one kind per sheet are capped: a broken export would otherwise flood the report. */
const MAX_NOTICES_PER_CODE = 20;

interface CellState {
  col: number;
  ref: string;
  row: number | null;
  s: number;
  t: string | undefined;
  skip: boolean;
}

export class SheetScanner implements XmlHandler {
  private inData = false;
  private dataDone = false;
  private rowNumber = 0;
  private rowFromAttr = true;
  private lastRow = 0;
  private lastCol = 0;
  private values: (CellValue | undefined)[] = [];
  private formulas: Map<number, string> | null = null;
  private inRow = false;
  private cell: CellState | null = null;
  private collect: 'v' | 'f' | 'is' | null = null;
  private v: string | null = null;
  private f: string | null = null;
  private fAttrs = '';
  private is: string | null = null;
  private inT = false;
  private phonetic = 0;
  private cells = 0;
  private readonly shared = new Map<string, { formula: string; col: number; row: number }>();
  private readonly noticeCounts = new Map<string, number>();
  /** Rows finished since the caller last took them. */
  ready: RawRow[] = [];

  constructor(private readonly ctx: SheetContext) {}

  private notice(code: ReadNotice['code'], rowNumber: number, args: Record<string, string | number>): void {
    const n = (this.noticeCounts.get(code) ?? 0) + 1;
    this.noticeCounts.set(code, n);
    if (n <= MAX_NOTICES_PER_CODE) this.ctx.notices.push({ code, sheet: this.ctx.sheet, rowNumber, args });
  }

  /** How many notices of each code went unrecorded past the cap, for one summary notice. */
  finish(): void {
    for (const [code, n] of this.noticeCounts) {
      if (n > MAX_NOTICES_PER_CODE) this.ctx.notices.push({ code: 'notices-capped', sheet: this.ctx.sheet, rowNumber: 0, args: { code, more: n - MAX_NOTICES_PER_CODE } });
    }
  }

  open(name: string, a: string, selfClosing: boolean): void {
    if (!this.inData) {
      if (name === 'sheetData' && !this.dataDone) {
        this.inData = !selfClosing;
        this.dataDone = true;
      }
      return;
    }
    switch (name) {
      case 'row': {
        const r = attr(a, 'r');
        let n = r === undefined ? NaN : Number(r);
        this.rowFromAttr = r !== undefined;
        if (r !== undefined && !(Number.isInteger(n) && n >= 1 && n <= MAX_ROWS)) {
          this.notice('bad-row-number', this.lastRow + 1, { value: r });
          n = NaN;
          this.rowFromAttr = false;
        }
        this.rowNumber = Number.isNaN(n) ? this.lastRow + 1 : n;
        this.inRow = !selfClosing;
        this.values = [];
        this.formulas = null;
        this.lastCol = 0;
        if (selfClosing) this.lastRow = this.rowNumber;
        return;
      }
      case 'c': {
        if (!this.inRow) return;
        const ref = attr(a, 'r');
        let col = this.lastCol + 1;
        let row: number | null = null;
        let skip = false;
        if (ref !== undefined) {
          const p = parseRef(ref);
          if (p) {
            col = p.col;
            row = p.row;
          } else {
            skip = true;
            this.notice('bad-cell-ref', this.rowNumber, { ref: ref.length > 40 ? `${ref.slice(0, 40)}…` : ref });
          }
        }
        // A row written without its number takes the number its first cell gives.
        if (!this.rowFromAttr && row !== null && row > this.lastRow && this.values.length === 0) this.rowNumber = row;
        const s = Number(attr(a, 's') ?? 0);
        this.cell = { col, ref: ref ?? '', row, s: Number.isInteger(s) && s >= 0 ? s : 0, t: attr(a, 't'), skip };
        this.v = null;
        this.f = null;
        this.is = null;
        if (selfClosing) this.closeCell();
        return;
      }
      case 'v':
        if (this.cell) {
          this.collect = 'v';
          this.v ??= '';
        }
        return;
      case 'f':
        if (this.cell) {
          this.collect = 'f';
          this.f ??= '';
          this.fAttrs = a;
        }
        return;
      case 'is':
        if (this.cell) {
          this.collect = 'is';
          this.is ??= '';
        }
        return;
      case 't':
        if (this.collect === 'is' && this.phonetic === 0) this.inT = true;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      default:
    }
  }

  close(name: string): void {
    if (!this.inData) return;
    switch (name) {
      case 'sheetData':
        this.inData = false;
        return;
      case 'row':
        if (this.inRow) this.closeRow();
        return;
      case 'c':
        if (this.cell) this.closeCell();
        return;
      case 'v':
      case 'f':
      case 'is':
        this.collect = null;
        return;
      case 't':
        this.inT = false;
        return;
      case 'rPh':
        if (this.phonetic > 0) this.phonetic--;
        return;
      default:
    }
  }

  text(raw: string): void {
    switch (this.collect) {
      case 'v': this.v += raw; return;
      case 'f': this.f += raw; return;
      case 'is': if (this.inT && this.phonetic === 0) this.is += raw; return;
      default:
    }
  }

  private closeRow(): void {
    this.inRow = false;
    this.lastRow = this.rowNumber;
    const values = this.values;
    let any = this.formulas !== null;
    for (let i = 0; i < values.length; i++) {
      if (values[i] === undefined) values[i] = EMPTY;
      else any = true;
    }
    if (!any) return;
    this.ready.push(this.formulas ? { rowNumber: this.rowNumber, values, formulas: this.formulas } : { rowNumber: this.rowNumber, values });
  }

  private closeCell(): void {
    const c = this.cell!;
    this.cell = null;
    this.collect = null;
    if (c.skip) return;
    this.lastCol = c.col;
    if (++this.cells > this.ctx.maxCells) {
      throw new UnreadableFileError('too-large', `sheet "${this.ctx.sheet}" holds more than ${this.ctx.maxCells} cells (limits.maxCells)`);
    }
    const formula = this.formulaOf(c);
    let value = this.valueOf(c, formula);
    if (value === undefined && formula === undefined) return;
    const url = this.ctx.hyperlinks.size === 0 ? undefined : this.ctx.hyperlinks.get(c.ref.toUpperCase());
    if (url !== undefined && value !== undefined && value.type !== 'no-result') {
      const shown = value.type === 'string' ? value.text : value.type === 'number' ? String(value.value) : '';
      value = { type: 'hyperlink', text: shown || url, url };
    } else if (url !== undefined && value === undefined) {
      value = { type: 'hyperlink', text: url, url };
    }
    const index = c.col - 1;
    while (this.values.length < index) this.values.push(undefined);
    this.values[index] = value ?? EMPTY;
    if (formula !== undefined) (this.formulas ??= new Map()).set(index, formula);
  }

  /** The cell's formula, a shared formula moved to this cell; undefined when it has none. */
  private formulaOf(c: CellState): string | undefined {
    if (this.f === null) return undefined;
    const text = decodeXml(this.f);
    if (attr(this.fAttrs, 't') !== 'shared') return text === '' ? undefined : ownString(text);
    const si = attr(this.fAttrs, 'si') ?? '';
    const at = { col: c.col, row: c.row ?? this.rowNumber };
    if (text !== '') {
      this.shared.set(si, { formula: ownString(text), ...at });
      return ownString(text);
    }
    const master = this.shared.get(si);
    return master ? slideFormula(master.formula, master, at) : undefined;
  }

  private valueOf(c: CellState, formula: string | undefined): CellValue | undefined {
    const v = this.v;
    if (c.t === 'inlineStr') {
      if (this.is === null) return v === null ? (formula !== undefined ? { type: 'no-result', formula } : undefined) : textValue(v);
      return textValue(this.is);
    }
    if (v === null) {
      if (this.is !== null) return textValue(this.is);
      return formula !== undefined ? { type: 'no-result', formula } : undefined;
    }
    switch (c.t) {
      case 's': {
        const index = Number(v);
        const text = Number.isInteger(index) ? this.ctx.sharedStrings[index] : undefined;
        if (text === undefined) {
          this.notice('missing-shared-string', this.rowNumber, { ref: c.ref, index: v.trim(), count: this.ctx.sharedStrings.length });
          return EMPTY;
        }
        return text === '' ? EMPTY : { type: 'string', text };
      }
      case 'str':
        return textValue(v);
      case 'b':
        return { type: 'boolean', value: v.trim() === '1' || v.trim().toLowerCase() === 'true' };
      case 'e':
        return { type: 'error', code: ownString(decodeXml(v).trim()) };
      case 'd':
        return isoDateValue(decodeXml(v));
      default: {
        if (v.trim() === '') return formula !== undefined ? { type: 'no-result', formula } : undefined;
        const n = Number(v);
        if (!Number.isFinite(n)) return { type: 'string', text: decodeXml(v) };
        const kind = this.ctx.styles.kind(c.s);
        return kind ? serialValue(n, kind, this.ctx.date1904, this.ctx.styles.seconds(c.s)) : { type: 'number', value: n };
      }
    }
  }
}

/** Text of a cell, as a string of its own: a slice would keep the whole megabyte of XML it came from alive. */
function textValue(raw: string): CellValue {
  const text = unescapeExcel(decodeXml(raw));
  return text === '' ? EMPTY : { type: 'string', text: ownString(text) };
}

/**
 * Hyperlinks of a sheet from the XML after `<sheetData>`: cell reference → address
 * (external relationships only; a link to a place in the workbook carries no address).
 */
export function hyperlinksIn(tail: string, rels: ReadonlyMap<string, { target: string; external: boolean }>): Map<string, string> {
  const out = new Map<string, string>();
  const scanner = new XmlScanner({
    open(name, a) {
      if (name !== 'hyperlink') return;
      const ref = attr(a, 'ref');
      const id = attr(a, 'id', true);
      const rel = id ? rels.get(id) : undefined;
      if (!ref || !rel) return;
      // A link over a range (`A1:B2`) belongs to its first cell, where the text is.
      out.set((ref.split(':')[0] ?? ref).replace(/\$/g, '').toUpperCase(), rel.target);
    },
    close() {},
    text() {},
  }, { fragment: true });
  scanner.push(tail);
  return out;
}

/** The XML after the sheet's `sheetData` (merges, hyperlinks …), from a whole sheet's text. */
export function tailOf(xml: string): string {
  const at = xml.lastIndexOf('sheetData');
  return at < 0 ? '' : xml.slice(at + 'sheetData'.length);
}
