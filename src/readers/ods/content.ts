/**
 * content.xml of an OpenDocument spreadsheet (or a whole .fods) → each table's rows, a
 * chunk of XML at a time. A table is a sheet; its rows and cells say how often they
 * repeat, and LibreOffice ends every sheet with an empty row repeated a million times
 * and every row with an empty cell repeated to column 16384: an empty repeat only moves
 * the row or column on, never becomes cells. A repeated cell or row with a value is
 * expanded — counted against limits.maxCells before any of it is made, as a repeat
 * count is a few bytes that could ask for billions of cells.
 */
import { columnLetter, EMPTY, type CellValue, type RawRow } from '../../model/cell.js';
import type { ReadNotice, SheetState } from '../../model/source.js';
import { readerText, unreadableFile } from '../detail.js';
import { ownString } from '../own-string.js';
import { decodeXml, type AttrPositions, type RawXmlHandler } from '../xml/scanner.js';
import { MAX_COLUMNS } from '../xlsx/values.js';
import { CellText, countAt, hasPrefix } from './cell-text.js';
import { excelFormula } from './formula.js';
import type { StyleBook, ValueStyle } from './styles.js';
import { cellValue, literalFormula, styleMatters, type CellAttributes } from './values.js';

/** A table as its start tag gives it: all a sheet needs before its rows. */
export interface TableInfo {
  readonly name: string;
  readonly state: SheetState;
  closed: boolean;
}

/** A row with a value that the file repeats: expanded by whoever takes it, a batch at a time. */
export interface RepeatedRow {
  readonly row: RawRow;
  readonly times: number;
}

export type RowItem = RawRow | RepeatedRow;

export interface ContentContext {
  /** styles.xml's styles; content.xml's automatic styles are added to it as they are read. */
  readonly styles: StyleBook;
  readonly notices: ReadNotice[];
  /** Cells a sheet may hold before it is refused as too large (config `limits.maxCells`). */
  readonly maxCells: number;
  /** Whether the rows of table `index` (0-based) are wanted: the others are scanned past, not built. */
  wants(index: number): boolean;
}

/** Notices of one kind per sheet are capped, as in the xlsx reader. */
const MAX_NOTICES_PER_CODE = 20;
/** Texts up to this long, this many of them, are kept to be shared by the cells that repeat them. */
const MAX_KEPT_TEXT = 32;
const MAX_KEPT_TEXTS = 50_000;
const DRAWING_NS = 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0';
const CALCEXT_NS = 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0';

/** The element names content.xml is made of, shared strings for the scanner (compared with ===). */
export const CONTENT_NAMES = [
  'document-content', 'document', 'body', 'spreadsheet', 'table', 'table-row', 'table-cell', 'covered-table-cell',
  'table-column', 'p', 'h', 's', 'tab', 'line-break', 'span', 'a', 'annotation', 'note', 'styles', 'automatic-styles',
  'style', 'table-properties', 'table-cell-properties', 'text-properties',
] as const;

/** The value types there are, so a cell's is one of these strings, not a new one per cell. */
const VALUE_TYPES = ['string', 'float', 'date', 'time', 'percentage', 'currency', 'boolean', 'error', 'void'] as const;

function valueTypeAt(s: string, start: number, end: number): string {
  for (const t of VALUE_TYPES) if (t.length === end - start && s.startsWith(t, start)) return t;
  return s.slice(start, end);
}

/** A repeat count beyond any real sheet: a hostile one is still a number, and counted against the limit. */
const MAX_REPEAT = 1e12;

/** Column default styles as runs (`table:table-column` with its repeat), looked up by binary search. */
class ColumnStyles {
  private readonly starts: number[] = [];
  private readonly styles: (string | undefined)[] = [];
  private next = 0;

  add(repeat: number, style: string | undefined): void {
    this.starts.push(this.next);
    this.styles.push(style);
    this.next += repeat;
  }

  at(col: number): string | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (hi < 0 || col >= this.next) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= col) lo = mid;
      else hi = mid - 1;
    }
    return this.styles[lo];
  }
}

export class ContentScanner implements RawXmlHandler {
  readonly tables: TableInfo[] = [];
  /** Rows finished since the caller last took them, by table index. */
  readonly ready = new Map<number, RowItem[]>();
  private calcextPrefix = 'calcext';
  private rootSeen = false;
  private inBody = false;
  private table = -1;
  private building = false;
  private columns = new ColumnStyles();
  private tableCells = 0;
  private noticeCounts = new Map<ReadNotice['code'], number>();
  // the row being read
  private inRow = false;
  private rowNumber = 1;
  private rowRepeat = 1;
  private rowStyle: string | undefined;
  private col = 0;
  private rowCells = 0;
  private values: (CellValue | undefined)[] = [];
  private formulas: Map<number, string> | null = null;
  // the cell being read
  private inCell = false;
  private cellRepeat = 1;
  private cellStyle: string | undefined;
  private readonly cell: CellAttributes = {
    valueType: undefined, calcType: undefined, value: undefined, dateValue: undefined, timeValue: undefined,
    booleanValue: undefined, stringValue: undefined, formula: undefined,
  };
  private readonly cellText = new CellText();

  /**
   * One cell value per text, as the xlsx reader has one per shared string: a listing
   * repeats its platforms, brands and statuses on every row.
   */
  private readonly texts = new Map<string, CellValue>();

  constructor(private readonly ctx: ContentContext) {}

  private notice(code: ReadNotice['code'], rowNumber: number, args: Record<string, string | number>): void {
    const n = (this.noticeCounts.get(code) ?? 0) + 1;
    this.noticeCounts.set(code, n);
    if (n <= MAX_NOTICES_PER_CODE) this.ctx.notices.push({ code, sheet: this.tables[this.table]!.name, rowNumber, args });
  }

  openTag(src: string, name: string, as: number, ae: number, selfClosing: boolean, attrs: AttrPositions): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      this.namespaces(src.slice(as, ae));
    }
    if (this.inCell) {
      this.cellText.open(src, name, as - name.length, selfClosing, attrs);
      return;
    }
    if (!this.inBody) {
      if (name === 'body') this.inBody = !selfClosing;
      else this.ctx.styles.open(name, src.slice(as, ae), selfClosing);
      return;
    }
    switch (name) {
      case 'table':
        if (!this.inTable()) this.openTable(src, attrs, selfClosing);
        return;
      case 'table-row':
        // Asked per row: once the sheets have moved past a table nobody reads, its rows are no longer made.
        this.building = this.inTable() && this.ctx.wants(this.table);
        if (this.building) this.openRow(src, attrs, selfClosing);
        return;
      case 'table-cell':
      case 'covered-table-cell':
        if (this.building && this.inRow) this.openCell(src, attrs, selfClosing);
        return;
      case 'table-column':
        if (this.inTable() && !this.inRow) this.openColumn(src, attrs);
        return;
      default:
    }
  }

  closeTag(name: string): void {
    if (this.inCell) {
      if (this.cellText.close(name)) this.closeCell();
      return;
    }
    if (!this.inBody) {
      this.ctx.styles.close(name);
      return;
    }
    if (name === 'table-row') {
      if (this.inRow) this.closeRow();
    } else if (name === 'table' && this.inTable()) {
      this.closeTable();
    } else if (name === 'body') {
      this.inBody = false;
    }
  }

  private inTable(): boolean {
    return this.table >= 0 && !this.tables[this.table]!.closed;
  }

  wantsText(): boolean {
    return this.inCell && this.cellText.wantsText();
  }

  textAt(src: string, start: number, end: number): void {
    this.textRaw(src.slice(start, end));
  }

  textRaw(raw: string): void {
    if (this.inCell) this.cellText.addText(raw);
  }

  /** The prefixes the root element gives LibreOffice's calc extensions and drawings, so `calcext:value-type` is told from `office:value-type`. */
  private namespaces(rootAttrs: string): void {
    for (const m of rootAttrs.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
      if (m[2] === CALCEXT_NS) this.calcextPrefix = m[1]!;
      else if (m[2] === DRAWING_NS) this.cellText.usePrefixes(m[1]!);
    }
  }

  private openTable(src: string, attrs: AttrPositions, selfClosing: boolean): void {
    let name = '';
    let style: string | undefined;
    const pos = attrs.pos;
    for (let k = 0; k < attrs.count * 4; k += 4) {
      const ns = pos[k]!;
      const len = pos[k + 1]! - ns;
      if (len === 4 && src.startsWith('name', ns)) name = decodeXml(src.slice(pos[k + 2]!, pos[k + 3]!));
      else if (len === 10 && src.startsWith('style-name', ns)) style = decodeXml(src.slice(pos[k + 2]!, pos[k + 3]!));
    }
    this.tables.push({ name, state: this.ctx.styles.hidden(style) ? 'hidden' : 'visible', closed: false });
    this.table = this.tables.length - 1;
    this.building = this.ctx.wants(this.table);
    this.columns = new ColumnStyles();
    this.tableCells = 0;
    this.noticeCounts = new Map();
    this.rowNumber = 1;
    this.inRow = false;
    if (selfClosing) this.closeTable();
  }

  private closeTable(): void {
    if (this.inRow) this.closeRow();
    for (const [code, n] of this.noticeCounts) {
      if (n > MAX_NOTICES_PER_CODE) this.ctx.notices.push({ code: 'notices-capped', sheet: this.tables[this.table]!.name, rowNumber: 0, args: { code, more: n - MAX_NOTICES_PER_CODE } });
    }
    this.tables[this.table]!.closed = true;
    this.building = false;
  }

  private openColumn(src: string, attrs: AttrPositions): void {
    let repeat = 1;
    let style: string | undefined;
    const pos = attrs.pos;
    for (let k = 0; k < attrs.count * 4; k += 4) {
      const ns = pos[k]!;
      const len = pos[k + 1]! - ns;
      if (len !== 23) continue;
      if (src.startsWith('default-cell-style-name', ns)) style = decodeXml(src.slice(pos[k + 2]!, pos[k + 3]!));
      else if (src.startsWith('number-columns-repeated', ns)) repeat = countAt(src, pos[k + 2]!, pos[k + 3]!, MAX_REPEAT);
    }
    this.columns.add(repeat, style);
  }

  private openRow(src: string, attrs: AttrPositions, selfClosing: boolean): void {
    if (this.inRow) this.closeRow();
    this.rowRepeat = 1;
    this.rowStyle = undefined;
    const pos = attrs.pos;
    for (let k = 0; k < attrs.count * 4; k += 4) {
      const ns = pos[k]!;
      const len = pos[k + 1]! - ns;
      if (len === 20 && src.startsWith('number-rows-repeated', ns)) this.rowRepeat = countAt(src, pos[k + 2]!, pos[k + 3]!, MAX_REPEAT);
      else if (len === 23 && src.startsWith('default-cell-style-name', ns)) this.rowStyle = decodeXml(src.slice(pos[k + 2]!, pos[k + 3]!));
    }
    this.inRow = true;
    this.col = 0;
    this.rowCells = 0;
    this.values = [];
    this.formulas = null;
    if (selfClosing) this.closeRow();
  }

  private closeRow(): void {
    this.inRow = false;
    const times = this.rowRepeat;
    const number = this.rowNumber;
    this.rowNumber += times;
    if (this.rowCells === 0 && this.formulas === null) return;
    const values = this.values;
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = EMPTY;
    const row: RawRow = this.formulas ? { rowNumber: number, values, formulas: this.formulas } : { rowNumber: number, values };
    let queue = this.ready.get(this.table);
    if (!queue) this.ready.set(this.table, queue = []);
    if (times === 1) {
      queue.push(row);
      return;
    }
    this.count(this.rowCells * (times - 1));
    queue.push({ row, times });
  }

  /** `n` more cells in this sheet: refused, before they are made, beyond limits.maxCells. */
  private count(n: number): void {
    this.tableCells += n;
    if (this.tableCells > this.ctx.maxCells) {
      throw unreadableFile('too-large', readerText('reader:too-many-cells', { sheet: this.tables[this.table]!.name, max: this.ctx.maxCells }));
    }
  }

  private openCell(src: string, attrs: AttrPositions, selfClosing: boolean): void {
    const c = this.cell;
    c.valueType = c.calcType = c.value = c.dateValue = c.timeValue = c.booleanValue = c.stringValue = c.formula = undefined;
    this.cellStyle = undefined;
    this.cellRepeat = 1;
    const pos = attrs.pos;
    for (let k = 0; k < attrs.count * 4; k += 4) {
      const ns = pos[k]!;
      const vs = pos[k + 2]!;
      const ve = pos[k + 3]!;
      switch (pos[k + 1]! - ns) {
        case 5:
          if (src.startsWith('value', ns)) c.value = src.slice(vs, ve);
          break;
        case 7:
          if (src.startsWith('formula', ns)) c.formula = decodeXml(src.slice(vs, ve));
          break;
        case 10:
          if (src.startsWith('value-type', ns)) {
            if (hasPrefix(src, ns, this.calcextPrefix)) c.calcType = valueTypeAt(src, vs, ve);
            else c.valueType = valueTypeAt(src, vs, ve);
          } else if (src.startsWith('style-name', ns)) this.cellStyle = decodeXml(src.slice(vs, ve));
          else if (src.startsWith('date-value', ns)) c.dateValue = src.slice(vs, ve);
          else if (src.startsWith('time-value', ns)) c.timeValue = src.slice(vs, ve);
          break;
        case 12:
          if (src.startsWith('string-value', ns)) c.stringValue = decodeXml(src.slice(vs, ve));
          break;
        case 13:
          if (src.startsWith('boolean-value', ns)) c.booleanValue = src.slice(vs, ve);
          break;
        case 23:
          if (src.startsWith('number-columns-repeated', ns)) this.cellRepeat = countAt(src, vs, ve, MAX_REPEAT);
          break;
        default:
      }
    }
    this.inCell = true;
    this.cellText.reset();
    if (selfClosing) this.closeCell();
  }

  /** The cell's value; a plain text seen before in this pass is the value made then. */
  private valueOf(c: CellAttributes, text: string, style: ValueStyle | null, formula: string | undefined): CellValue | undefined {
    const plain = c.valueType === 'string' && text.length <= MAX_KEPT_TEXT && c.calcType !== 'error' && c.stringValue === undefined && c.formula === undefined && this.cellText.url === null;
    if (plain) {
      const known = this.texts.get(text);
      if (known !== undefined) return known;
    }
    const value = cellValue(c, { text, url: this.cellText.url }, style, formula);
    // Keyed by the value's own copy of the text: the text read is a slice of a megabyte of XML.
    if (plain && value?.type === 'string' && this.texts.size < MAX_KEPT_TEXTS) this.texts.set(value.text, value);
    return value;
  }

  private closeCell(): void {
    this.inCell = false;
    const start = this.col;
    const repeat = this.cellRepeat;
    this.col += repeat;
    const c = this.cell;
    const text = this.cellText.text ?? '';
    const style = styleMatters(c.valueType) ? this.ctx.styles.valueStyle(this.cellStyle ?? this.rowStyle ?? this.columns.at(start)) : null;
    const formula = c.formula === undefined || literalFormula(c.formula) !== null ? undefined : ownString(excelFormula(c.formula));
    const value = this.valueOf(c, text, style, formula);
    if (value === undefined && formula === undefined) return;
    const inGrid = Math.max(0, Math.min(repeat, MAX_COLUMNS - start));
    if (inGrid < repeat) this.notice('bad-cell-ref', this.rowNumber, { ref: `${columnLetter(start + inGrid)}${this.rowNumber}` });
    if (inGrid === 0) return;
    this.count(inGrid);
    const values = this.values;
    while (values.length < start) values.push(undefined);
    for (let i = start; i < start + inGrid; i++) {
      values[i] = value ?? EMPTY;
      if (formula !== undefined) (this.formulas ??= new Map()).set(i, formula);
    }
    this.rowCells += inGrid;
  }
}
