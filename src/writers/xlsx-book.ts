/**
 * A small SpreadsheetML (ECMA-376) writer for the workbooks kolops generates: string,
 * number, date and hyperlink cells (never a formula: there is no way to write one),
 * interned cell styles, column widths, row heights, frozen panes, an autofilter, print
 * setup with repeated title rows and a footer. Sheets are streamed row by row into the
 * zip (`../zip/write.ts`), so a sheet of 100,000 rows is never held as XML.
 *
 * Why our own and not exceljs: exceljs builds a model object per cell; even its
 * streaming writer took 5.7 s and 216 MB to write 100,000 rows of ten report cells where
 * this one takes 0.9 s and 135 MB (`npm run bench`: bench/writer-alone.mjs against
 * bench/baseline-xlsx-write.mjs), and the report of a month of 100,000 KOLs is meant to
 * cost about what reading them did.
 * What is written here is read back by exceljs, LibreOffice and kolops's own reader in
 * the tests (test/writers/xlsx-book.test.ts, test/report/xlsx*.test.ts).
 */
import { columnLetter } from '../model/cell.js';
import { ZipWriter, type ZipEntryWriter } from '../zip/write.js';

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  /** ARGB, e.g. `FF595959`. */
  color?: string;
  /** A solid fill, ARGB. */
  fill?: string;
  horizontal?: 'right';
  vertical?: 'top';
  wrapText?: boolean;
  borderBottom?: boolean;
}

export type CellValue =
  | { type: 'string'; text: string }
  | { type: 'number'; value: number }
  /** Days since 1899-12-30 (Excel's serial), shown through a date number format. */
  | { type: 'date'; serial: number }
  | { type: 'link'; text: string; href: string };

export interface Cell { value: CellValue | null; style: number }

export interface SheetLayout {
  /** Column widths in Excel's character units, index 1 = column A. */
  widths: readonly (number | undefined)[];
  freeze?: { rows: number; columns: number; selected: boolean };
  /** `A5:Q7`. */
  autoFilter?: string;
  /** Rows repeated on every printed page, `1:2`. */
  printTitleRows?: string;
  /** The odd-page footer with its `&L`/`&C`/`&R` codes. */
  footer?: string;
}

/** Excel's serial day of an ISO date (UTC, no timezone shift). */
export function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// Characters XML 1.0 cannot carry at all (C0 controls but tab, CR, LF; lone surrogates,
// U+FFFE/F) are written as OOXML's `_xHHHH_`; a literal `_xHHHH_` in the text is escaped
// as `_x005F_xHHHH_` so a reader does not decode it into a character nobody wrote.
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/;
const ESCAPES = /[&<>"]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(ESCAPES, (m) => {
    if (m.length === 1) return ENTITIES[m] ?? `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
    if (m.length === 2) return m; // a surrogate pair: a real character
    return `_x005F_${m.slice(1)}`;
  });
}

/** Text a reader could trim: whitespace at either end, or a line break or tab inside. */
const EDGE_SPACE = /^\s|\s$|[\t\n\r]/;

/** A number as XML text: finite numbers only (NaN and ∞ have no cell form). */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}

/** A text cell's XML after its reference (`<c r="A1`): its style, its type and the escaped text. */
function textTail(text: string, style: number): string {
  // `xml:space` only where a reader would otherwise drop whitespace: a 100,000-row sheet is 20 bytes a cell lighter.
  const space = EDGE_SPACE.test(text) ? ' xml:space="preserve"' : '';
  return `"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

/** `textTail` as UTF-8, for `SheetWriter.cell`. */
export function textTailBytes(text: string, style: number): Uint8Array {
  return Buffer.from(textTail(text, style), 'utf8');
}

class Styles {
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIndex = new Map<string, number>([['{}', 0]]);
  private readonly fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  private readonly fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly numFmts = new Map<string, number>();

  private intern(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  index(s: CellStyle): number {
    const key = JSON.stringify(s);
    const known = this.xfIndex.get(key);
    if (known !== undefined) return known;
    let numFmtId = 0;
    if (s.numFmt) {
      numFmtId = this.numFmts.get(s.numFmt) ?? 164 + this.numFmts.size;
      this.numFmts.set(s.numFmt, numFmtId);
    }
    const font = `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}${s.underline ? '<u/>' : ''}<sz val="${s.size ?? 11}"/>${s.color ? `<color rgb="${s.color}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`;
    const fontId = this.intern(this.fonts, font);
    const fillId = s.fill ? this.intern(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = s.borderBottom ? this.intern(this.borders, '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>') : 0;
    const align = s.horizontal || s.vertical || s.wrapText
      ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''}${s.vertical ? ` vertical="${s.vertical}"` : ''}${s.wrapText ? ' wrapText="1"' : ''}/>`
      : '';
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    this.xfs.push(align ? `${xf}>${align}</xf>` : `${xf}/>`);
    const index = this.xfs.length - 1;
    this.xfIndex.set(key, index);
    return index;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('');
    return `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">`
      + (this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : '')
      + `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>`
      + `<fills count="${this.fills.length}">${this.fills.join('')}</fills>`
      + `<borders count="${this.borders.length}">${this.borders.join('')}</borders>`
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>`
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
      + '</styleSheet>';
  }
}

/** XML written to a zip entry in chunks of about this many characters. */
const CHUNK = 1 << 16;

/**
 * One turn of the event loop. The deflater runs on libuv's thread pool, but each of its
 * steps is handed back on the main thread: a sheet written with only resolved awaits
 * between its chunks never gives it that turn, so the deflater sat until its 4 MiB input
 * buffer filled and the writer then waited for all of it (a quarter of a second idle in
 * the one-month 100,000-KOL report). Turns between chunks let the two run side by side.
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Turns of the event loop the deflater gets per chunk (`SheetWriter.flush`). */
const TURNS = 4;

/** Room for a chunk's bytes and the cell that crosses the chunk's end. */
const ROOM = 4 * CHUNK;

/** ` s="7"`, per style. */
const styleAttrs: string[] = [];
const styleAttr = (style: number) => (style ? (styleAttrs[style] ??= ` s="${style}"`) : '');

/**
 * One worksheet being written: rows in increasing order, then `close`.
 *
 * Rows go straight into UTF-8 bytes, a character at a time for the short ASCII pieces a
 * cell is made of (a reference, a style, a name without anything to escape), so a 100,000-row
 * sheet is not a rope of millions of little strings flattened and encoded per chunk (that
 * and its garbage were a third of the one-month report's sheet writing). The bytes are the
 * ones the XML text would encode to: anything to escape or not ASCII takes the string path.
 */
export class SheetWriter {
  private bytes = Buffer.allocUnsafeSlow(ROOM);
  private used = 0;
  /** `used` at which the deflater is given its next turn (`full`). */
  private nextTurn = CHUNK / TURNS;
  /** Byte chunks cut from `bytes`, waiting for `flush`. */
  private readonly ready: Buffer[] = [];
  private readonly links: string[] = [];
  private lastRow = 0;
  private rowSuffix = '';
  private readonly letters: string[] = [];
  private readonly opens: string[] = [];

  constructor(private readonly entry: ZipEntryWriter, private readonly layout: SheetLayout, private readonly onClose: (links: string[]) => Promise<void>) {}

  /** Opens the sheet: everything that comes before its rows. */
  async open(): Promise<void> {
    const { widths, freeze } = this.layout;
    let views = '<sheetViews><sheetView workbookViewId="0"';
    if (freeze?.selected) views += ' tabSelected="1"';
    if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
      const topLeft = `${columnLetter(freeze.columns)}${freeze.rows + 1}`;
      const pane = freeze.columns > 0 ? (freeze.rows > 0 ? 'bottomRight' : 'topRight') : 'bottomLeft';
      views += `><pane${freeze.columns ? ` xSplit="${freeze.columns}"` : ''}${freeze.rows ? ` ySplit="${freeze.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`
        + `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
    } else {
      views += '/></sheetViews>';
    }
    const cols = widths
      .map((w, i) => (w === undefined ? '' : `<col min="${i}" max="${i}" width="${w}" customWidth="1"/>`))
      .join('');
    await this.entry.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`
      + '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
      + views
      + '<sheetFormatPr defaultRowHeight="15"/>'
      + (cols ? `<cols>${cols}</cols>` : '')
      + '<sheetData>');
  }

  /**
   * Row `r` (1-based, after the last one written); `cells[0]` is column A. Synchronous, so
   * 100,000 rows are not 100,000 awaits: when `full`, the caller awaits `flush()`.
   */
  row(r: number, cells: readonly (Cell | undefined)[], height?: number): void {
    this.startRow(r, height);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      const v = cell.value;
      if (v === null) this.empty(i + 1, cell.style);
      else if (v.type === 'number') this.number(i + 1, v.value, cell.style);
      else if (v.type === 'date') this.number(i + 1, v.serial, cell.style);
      else if (v.type === 'link') this.link(i + 1, v.text, v.href, cell.style);
      else this.text(i + 1, v.text, cell.style);
    }
    this.endRow();
  }

  // The same row cell by cell, for a table of 100,000 rows: no object per cell.

  startRow(r: number, height?: number): void {
    if (r <= this.lastRow) throw new Error(`xlsx: row ${r} written after row ${this.lastRow}`);
    this.lastRow = r;
    this.rowSuffix = String(r);
    const open = height ? `<row r="${r}" ht="${height}" customHeight="1">` : `<row r="${r}">`;
    this.room(open.length);
    this.ascii(open);
  }

  private ref(col: number): string {
    return (this.letters[col] ??= columnLetter(col - 1)) + this.rowSuffix;
  }

  /** Makes room for `n` more bytes: what is encoded so far goes out as a chunk first when they would not fit. */
  private room(n: number): void {
    if (this.used + n <= this.bytes.length) return;
    this.cut();
    if (n > this.bytes.length) this.bytes = Buffer.allocUnsafeSlow(n);
  }

  /** The encoded bytes so far as a chunk of their own (the deflater keeps it), `bytes` free again. */
  private cut(): void {
    if (this.used === 0) return;
    const chunk = Buffer.allocUnsafe(this.used);
    this.bytes.copy(chunk, 0, 0, this.used);
    this.ready.push(chunk);
    this.used = 0;
  }

  /** ASCII text, room already made. */
  private ascii(s: string): void {
    const { bytes } = this;
    let at = this.used;
    for (let i = 0; i < s.length; i++) bytes[at++] = s.charCodeAt(i);
    this.used = at;
  }

  /** Any XML text, as UTF-8 (at most 3 bytes per UTF-16 unit). */
  private xml(s: string): void {
    this.room(s.length * 3);
    this.used += this.bytes.write(s, this.used, 'utf8');
  }

  /** `<c r="H`, per column. */
  private cellOpen(col: number): string {
    return (this.opens[col] ??= `<c r="${columnLetter(col - 1)}`);
  }

  /** `<c r="H12`, room made for it and 16 bytes more. */
  private refStart(col: number): void {
    const open = this.cellOpen(col);
    this.room(open.length + this.rowSuffix.length + 16);
    this.ascii(open);
    this.ascii(this.rowSuffix);
  }

  /** `<c r="H12"` and the style. */
  private cellStart(col: number, style: number): void {
    this.refStart(col);
    this.bytes[this.used++] = 0x22; // "
    this.ascii(styleAttr(style));
  }

  /** A styled cell with no value (a filled, empty cell); nothing at all for the default style. */
  empty(col: number, style: number): void {
    if (!style) return;
    this.cellStart(col, style);
    this.xml('/>');
  }

  number(col: number, value: number, style: number): void {
    this.cellStart(col, style);
    // A finite number's text is ASCII: digits, `-`, `.`, `e`, `+`.
    const text = numberText(value);
    this.room(text.length + 12);
    this.ascii('><v>');
    this.ascii(text);
    this.ascii('</v></c>');
  }

  text(col: number, text: string, style: number): void {
    const n = text.length;
    if (n > LONG_TEXT) {
      // A longer text (a finding's message) is checked and encoded natively: a character
      // loop costs more than the calls from here on.
      if (!NEEDS_ESCAPE.test(text) && !EDGE_SPACE.test(text)) {
        this.room(this.cellOpen(col).length + this.rowSuffix.length + 16 + TEXT_OPEN.length + n * 3 + TEXT_CLOSE.length);
        this.cellStart(col, style);
        this.ascii(TEXT_OPEN);
        this.used += this.bytes.write(text, this.used, 'utf8');
        this.ascii(TEXT_CLOSE);
        return;
      }
    } else if (n > 0 && text.charCodeAt(0) !== 0x20 && text.charCodeAt(n - 1) !== 0x20) {
      // Room for the whole cell first, so nothing is cut off while it is tried.
      this.room(this.cellOpen(col).length + this.rowSuffix.length + 16 + TEXT_OPEN.length + n + TEXT_CLOSE.length);
      const start = this.used;
      this.cellStart(col, style);
      if (this.plainText(text)) return;
      this.used = start;
    }
    // Something to escape, a space to keep or a character beyond ASCII: the string path.
    this.xml(this.cellOpen(col) + this.rowSuffix + textTail(text, style));
  }

  /**
   * ` t="inlineStr"><is><t>…</t></is></c>` for a text of printable ASCII with nothing to
   * escape (no space at either end: the caller checked), room already made; false, and
   * nothing kept, otherwise.
   */
  private plainText(text: string): boolean {
    const { bytes } = this;
    this.ascii(TEXT_OPEN);
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // `&<>"` are escaped, `_` may start an `_xHHHH_` to escape, controls and non-ASCII are encoded apart.
      if (c < 0x20 || c > 0x7e || c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x5f) return false;
      bytes[at++] = c;
    }
    this.used = at;
    this.ascii(TEXT_CLOSE);
    return true;
  }

  /**
   * A cell whose bytes after its reference are `tail`, from `textTail`: a column that repeats
   * a few words down 100,000 rows (a brand, a status) escapes and encodes each once.
   */
  cell(col: number, tail: Uint8Array): void {
    this.refStart(col);
    this.room(tail.length);
    this.bytes.set(tail, this.used);
    this.used += tail.length;
  }

  link(col: number, text: string, href: string, style: number): void {
    this.text(col, text, style);
    this.links.push(this.ref(col), href);
  }

  endRow(): void {
    this.room(6);
    this.ascii('</row>');
  }

  /** True when enough XML is waiting to be handed to the deflater. */
  get full(): boolean {
    return this.used >= this.nextTurn || this.ready.length > 0;
  }

  /**
   * Hands the deflater a finished chunk, and gives it a turn of the event loop. Asked for
   * (`full`) four times a chunk: each of the deflater's steps on the thread pool is handed
   * back on the main thread, one per turn, so with one turn a chunk it could only ever
   * keep pace, fell behind at the first late step and the writer then idled while its
   * buffer drained.
   */
  async flush(): Promise<void> {
    if (this.used >= CHUNK || this.ready.length > 0) await this.handOver();
    await turn();
    this.nextTurn = this.used + CHUNK / TURNS;
  }

  /** Everything encoded so far, to the deflater. */
  private async handOver(): Promise<void> {
    this.cut();
    for (const chunk of this.ready.splice(0)) await this.entry.write(chunk);
  }

  async close(): Promise<void> {
    const { autoFilter, footer } = this.layout;
    this.xml('</sheetData>');
    if (autoFilter) this.xml(`<autoFilter ref="${autoFilter}"/>`);
    if (this.links.length) {
      this.xml('<hyperlinks>');
      for (let i = 0; i < this.links.length; i += 2) {
        this.xml(`<hyperlink ref="${this.links[i]}" r:id="rId${i / 2 + 1}"/>`);
        if (this.full) await this.flush();
      }
      this.xml('</hyperlinks>');
    }
    // A4 (9), landscape, one page wide and as many down as the rows need.
    this.xml('<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>'
      + '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    if (footer) this.xml(`<headerFooter><oddFooter>${escapeXml(footer)}</oddFooter></headerFooter>`);
    this.xml('</worksheet>');
    await this.handOver();
    await this.entry.close();
    await this.onClose(this.links);
  }
}

/** Texts longer than this are written through one native encoding call, shorter ones a character at a time. */
const LONG_TEXT = 64;
const TEXT_OPEN = ' t="inlineStr"><is><t>';
const TEXT_CLOSE = '</t></is></c>';

interface SheetEntry { name: string; layout: SheetLayout; hasLinks: boolean }

/** A workbook written sheet by sheet; `toBytes` assembles the package. */
export class XlsxBook {
  private readonly styles = new Styles();
  private readonly sheets: SheetEntry[] = [];
  private readonly zip: ZipWriter;
  private open: SheetWriter | null = null;

  constructor(private readonly meta: { creator: string; created: Date }) {
    this.zip = new ZipWriter(meta.created);
  }

  style(s: CellStyle): number {
    return this.styles.index(s);
  }

  /** Starts the next sheet; the previous one must be closed. */
  async sheet(name: string, layout: SheetLayout): Promise<SheetWriter> {
    if (this.open) throw new Error('xlsx: a sheet is still open');
    const n = this.sheets.length + 1;
    const entry: SheetEntry = { name, layout, hasLinks: false };
    this.sheets.push(entry);
    const writer = new SheetWriter(this.zip.entry(`xl/worksheets/sheet${n}.xml`), layout, async (links) => {
      this.open = null;
      if (!links.length) return;
      entry.hasLinks = true;
      const rels = this.zip.entry(`xl/worksheets/_rels/sheet${n}.xml.rels`);
      let xml = `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`;
      for (let i = 0; i < links.length; i += 2) {
        xml += `<Relationship Id="rId${i / 2 + 1}" Type="${REL_TYPE}/hyperlink" Target="${escapeXml(links[i + 1]!)}" TargetMode="External"/>`;
        if (xml.length >= CHUNK) {
          await rels.write(xml);
          xml = '';
          await turn();
        }
      }
      await rels.write(`${xml}</Relationships>`);
      await rels.close();
    });
    this.open = writer;
    await writer.open();
    return writer;
  }

  async toBytes(): Promise<Uint8Array> {
    if (this.open) throw new Error('xlsx: a sheet is still open');
    const { zip, sheets } = this;
    const created = this.meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;
    const definedNames = sheets
      .map((s, i) => (s.layout.printTitleRows
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${sheetRef(s.name)}!$${s.layout.printTitleRows.replace(':', ':$')}`)}</definedName>`
        : ''))
      .join('');
    await zip.file('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`
      + '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="24000" windowHeight="14000" activeTab="0"/></bookViews>'
      + `<sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>`
      + (definedNames ? `<definedNames>${definedNames}</definedNames>` : '')
      + '</workbook>');
    await zip.file('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`
      + sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
      + `<Relationship Id="rId${sheets.length + 1}" Type="${REL_TYPE}/styles" Target="styles.xml"/>`
      + '</Relationships>');
    await zip.file('xl/styles.xml', this.styles.xml());
    await zip.file('docProps/core.xml', `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
      + `<dc:creator>${escapeXml(this.meta.creator)}</dc:creator>`
      + `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`
      + `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>`
      + '</cp:coreProperties>');
    await zip.file('docProps/app.xml', `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kolops</Application></Properties>`);
    await zip.file('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`
      + `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>`
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
      + `<Relationship Id="rId3" Type="${REL_TYPE}/extended-properties" Target="docProps/app.xml"/>`
      + '</Relationships>');
    await zip.file('[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      + '</Types>');
    return new Uint8Array(zip.toBuffer(['[Content_Types].xml', '_rels/.rels']));
  }
}
