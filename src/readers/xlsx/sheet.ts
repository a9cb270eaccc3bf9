/**
 * One worksheet part → rows of normalised cells, a chunk of XML at a time. Every cell
 * type (shared string, inline string, formula string, boolean, error, ISO date, number
 * under a date/time/duration format), shared formulas, hyperlinks; a reference outside
 * Excel's grid or a shared string the file does not have is a notice (a finding), never
 * an abort or a silent gap.
 */
import { EMPTY, type CellValue, type RawRow } from '../../model/cell.js';
import type { ReadNotice } from '../../model/source.js';
import { readerText, unreadableFile } from '../detail.js';
import { ownString } from '../own-string.js';
import { attr, decodeXml, RawXmlScanner, XmlScanner, type AttrPositions, type RawXmlHandler } from '../xml/scanner.js';
import type { CellStyles } from './package.js';
import type { SharedStrings } from './shared-strings.js';
import { isoDateValue, MAX_ROWS, serialValue, slideFormula, unescapeExcel } from './values.js';

export interface SheetContext {
  readonly sheet: string;
  readonly sharedStrings: SharedStrings;
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

/** The cell being read: one object, reused for every cell of the sheet. */
interface CellState {
  col: number;
  /** The reference, upper case, only when the sheet has hyperlinks to look it up in. */
  ref: string;
  refStart: number;
  row: number | null;
  s: number;
  t: string | undefined;
  skip: boolean;
}

/** One-letter cell types as shared strings: `t="s"` is the most common attribute of a sheet. */
const TYPE_1: Readonly<Record<number, string>> = { 0x73: 's', 0x62: 'b', 0x65: 'e', 0x6e: 'n', 0x64: 'd' };

/**
 * A cell reference inside `s[start, end)` as `row × 16384 + (column − 1)`, or -1 when it is
 * no reference inside Excel's grid (`ZZZZZZZ1`, `A0`, `1A`), read without cutting it out.
 */
function parseRefIn(s: string, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i) & ~0x20;
    if (c >= 0x41 && c <= 0x5a) {
      col = col * 26 + (c - 0x40);
      if (col > 16_384) return -1;
    } else break;
  }
  if (i === start || i === end) return -1;
  let row = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    row = row * 10 + (c - 0x30);
    if (row > MAX_ROWS) return -1;
  }
  return row >= 1 ? row * 0x4000 + (col - 1) : -1;
}

/** The element names of a sheet the scanner hands out as shared strings (compared with ===). */
export const SHEET_NAMES = ['worksheet', 'sheetData', 'row', 'c', 'v', 'f', 'is', 't', 'r', 'rPh', 'rPr'] as const;

/** A scanner for one sheet's XML, driving `handler`. */
/** Whether the attribute whose local name starts at `ns` is `xmlns:…`, a namespace declaration, not an attribute. */
function declaresPrefix(src: string, ns: number): boolean {
  return src.charCodeAt(ns - 1) === 0x3a && src.startsWith('xmlns', ns - 6);
}

/** The value of the one-letter attribute `letter` (any prefix) among a tag's attributes, decoded; undefined when absent. */
function attrValue(src: string, attrs: AttrPositions, letter: number): string | undefined {
  const pos = attrs.pos;
  for (let k = 0; k < attrs.count * 4; k += 4) {
    if (pos[k + 1]! - pos[k]! === 1 && src.charCodeAt(pos[k]!) === letter && !declaresPrefix(src, pos[k]!)) return decodeXml(src.slice(pos[k + 2], pos[k + 3]));
  }
  return undefined;
}

export function sheetXmlScanner(handler: SheetScanner): RawXmlScanner {
  return new RawXmlScanner(handler, SHEET_NAMES);
}

export class SheetScanner implements RawXmlHandler {
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
  private readonly cellState: CellState = { col: 0, ref: '', refStart: -1, row: null, s: 0, t: undefined, skip: false };
  private collect: 'v' | 'f' | 'is' | null = null;
  private v: string | null = null;
  /**
   * A `<v>` that came in one piece, as its place in the scanned text: a shared-string
   * index or a plain integer is read from there without cutting a string per cell.
   */
  private vSrc: string | null = null;
  private vStart = 0;
  private vEnd = 0;
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

  constructor(private readonly ctx: SheetContext) {
  }

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

  openTag(src: string, name: string, as: number, ae: number, selfClosing: boolean, attrs: AttrPositions): void {
    if (!this.inData) {
      if (name === 'sheetData' && !this.dataDone) {
        this.inData = !selfClosing;
        this.dataDone = true;
      }
      return;
    }
    switch (name) {
      case 'c': {
        if (!this.inRow) return;
        const c = this.cellState;
        c.ref = '';
        c.refStart = -1;
        c.t = undefined;
        c.s = 0;
        c.row = null;
        c.skip = false;
        c.col = this.lastCol + 1;
        // r, s and t are all a cell has that matters, read where the scanner found them.
        const pos = attrs.pos;
        for (let k = 0; k < attrs.count * 4; k += 4) {
          const ns = pos[k]!;
          if (pos[k + 1]! - ns !== 1 || declaresPrefix(src, ns)) continue;
          const vs = pos[k + 2]!;
          const ve = pos[k + 3]!;
          const name = src.charCodeAt(ns);
          if (name === 0x72 /* r */) {
            c.refStart = vs;
            const p = parseRefIn(src, vs, ve);
            if (p < 0) {
              c.skip = true;
              const ref = decodeXml(src.slice(vs, ve));
              this.notice('bad-cell-ref', this.rowNumber, { ref: ref.length > 40 ? `${ref.slice(0, 40)}…` : ref });
            } else {
              c.col = p % 0x4000 + 1;
              c.row = Math.floor(p / 0x4000);
              if (this.ctx.hyperlinks.size > 0) c.ref = src.slice(vs, ve).toUpperCase();
            }
          } else if (name === 0x74 /* t */) {
            c.t = ve - vs === 1 ? TYPE_1[src.charCodeAt(vs)] ?? src.slice(vs, ve) : src.slice(vs, ve);
          } else if (name === 0x73 /* s */) {
            let n = 0;
            for (let q = vs; q < ve; q++) {
              const d = src.charCodeAt(q) - 0x30;
              if (d < 0 || d > 9) { n = 0; break; }
              n = n * 10 + d;
            }
            c.s = n;
          }
        }
        // A row written without its number takes the number its first cell gives.
        if (!this.rowFromAttr && c.row !== null && c.row > this.lastRow && this.values.length === 0) this.rowNumber = c.row;
        this.cell = c;
        this.v = null;
        this.vSrc = null;
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
      case 'row': {
        const r = attrValue(src, attrs, 0x72 /* r */);
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
      case 'f':
        if (this.cell) {
          this.collect = 'f';
          this.f ??= '';
          this.fAttrs = src.slice(as, ae);
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

  closeTag(name: string): void {
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

  wantsText(): boolean {
    return this.collect !== null;
  }

  textAt(src: string, start: number, end: number): void {
    if (this.collect === 'v' && this.v === '' && this.vSrc === null) {
      this.vSrc = src;
      this.vStart = start;
      this.vEnd = end;
      return;
    }
    this.textRaw(src.slice(start, end));
  }

  /** The `<v>` text as a string, when the fast paths cannot read it in place. */
  private vText(): string | null {
    if (this.vSrc !== null) {
      this.v = this.vSrc.slice(this.vStart, this.vEnd);
      this.vSrc = null;
    }
    return this.v;
  }

  /** The in-place `<v>` as a non-negative integer of up to 15 digits, else -1. */
  private vDigits(): number {
    const src = this.vSrc!;
    const end = this.vEnd;
    if (end <= this.vStart || end - this.vStart > 15) return -1;
    let n = 0;
    for (let q = this.vStart; q < end; q++) {
      const d = src.charCodeAt(q) - 0x30;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  textRaw(raw: string): void {
    switch (this.collect) {
      case 'v': {
        const before = this.vText();
        this.v = before === '' ? raw : before + raw;
        return;
      }
      case 'f': this.f += raw; return;
      case 'is': if (this.inT && this.phonetic === 0) this.is = this.is === '' ? raw : this.is + raw; return;
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
      throw unreadableFile('too-large', readerText('reader:too-many-cells', { sheet: this.ctx.sheet, max: this.ctx.maxCells }));
    }
    const formula = this.formulaOf(c);
    let value = this.valueOf(c, formula);
    if (value === undefined && formula === undefined) return;
    const url = this.ctx.hyperlinks.size === 0 ? undefined : this.ctx.hyperlinks.get(c.ref || this.refOf(c));
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

  /** The cell's reference as written, for a notice (rebuilt from its place: rare, so not kept per cell). */
  private refOf(c: CellState): string {
    if (c.ref) return c.ref;
    let n = c.col;
    let letters = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${letters}${c.row ?? this.rowNumber}`;
  }

  private valueOf(c: CellState, formula: string | undefined): CellValue | undefined {
    if (this.vSrc !== null && c.t !== 'inlineStr') {
      const n = this.vDigits();
      if (n >= 0 && c.t === 's') {
        const known = this.ctx.sharedStrings.value(n);
        if (known !== undefined) return known;
      } else if (n >= 0 && (c.t === undefined || c.t === 'n') && !this.ctx.styles.kind(c.s)) {
        return { type: 'number', value: n };
      }
    }
    const v = this.vText();
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
        const known = Number.isInteger(index) ? this.ctx.sharedStrings.value(index) : undefined;
        if (known !== undefined) return known;
        this.notice('missing-shared-string', this.rowNumber, { ref: this.refOf(c), index: v.trim(), count: this.ctx.sharedStrings.length });
        return EMPTY;
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
