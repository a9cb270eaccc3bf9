/**
 * The sheets of kolops's xlsx reports (the monthly report, `report range`): tables of
 * typed columns, headings and notes, described first and written at the end through the
 * streaming writer (`writers/xlsx-book.ts`), with the presentation every report sheet
 * shares — real number, percent and date cells, "not stated" for a figure the team's sheet
 * did not give, good/bad tones, columns as wide as their text, header rows as tall as
 * their wrapped words, frozen headers, filters, and print setup (A4 landscape, one page
 * wide, header rows repeated, the report's title and "page N of M" in the footer).
 */
import { t, type Lang } from '../../i18n/index.js';
import { columnLetter } from '../../model/cell.js';
import { dateSerial, textTailBytes, type Cell, type CellStyle, type CellValue, type SheetWriter, type XlsxBook } from '../../writers/xlsx-book.js';

/**
 * The printed footer: the report's title on the left, the sheet's name in the middle,
 * "page N of M" on the right, in the run's language. `&` starts a code in an xlsx
 * header/footer, so the texts' own `&` are doubled; `&P` / `&N` are the page codes.
 */
export function printFooter(title: string, lang: Lang): string {
  const literal = (s: string) => s.replace(/&/g, '&&');
  const page = literal(t('report-xlsx:footer-page', lang, { page: '\u0000P', pages: '\u0000N' })).replace(/\u0000/g, '&');
  return `&L${literal(title)}&C&A&R${page}`;
}

export const FORMAT = {
  count: '#,##0', // thousands grouping; Excel shows 354.000 in an Indonesian locale, 354,000 in English
  percent: '0.0%',
  date: 'dd/mm/yyyy', // the Indonesian (and British) order, whatever the viewer's locale
  change: '+#,##0;-#,##0;0',
} as const;

export const COLOR = {
  headerFill: 'FFD9E1F2',
  // Excel's own "Good" and "Bad" cell styles, so the colours read as they do elsewhere.
  goodFill: 'FFC6EFCE', goodFont: 'FF006100',
  badFill: 'FFFFC7CE', badFont: 'FF9C0006',
  link: 'FF0563C1',
  muted: 'FF595959',
} as const;

/** Excel's limit on the characters of one cell; longer text makes Excel "repair" the file. */
const MAX_CELL_TEXT = 32_767;

export type Kind = 'text' | 'count' | 'percent' | 'change' | 'date' | 'link';
/**
 * A cell's value. For a figure column (`stated`), `null` is a figure the team's sheet did
 * not state and reads "not stated"; `undefined` is nothing to show (a brand that month did
 * not list) and stays empty. Elsewhere both stay empty (a KOL on time has no days late).
 */
export type Value = string | number | Muted | null | undefined;
/** A word in place of a figure ("no rows"): muted, right-aligned text, never a number. */
export interface Muted { muted: string }
export type Tone = 'good' | 'bad';

export interface Column<R> {
  header: string;
  kind: Kind;
  get: (row: R) => Value;
  /** Green/red for a cell whose meaning is good or bad news (target status, posting state). */
  tone?: (row: R) => Tone | null;
  /** Widest the column may grow; longer text wraps onto more lines, never cut in the cell. */
  maxWidth?: number;
  /** A figure: `null` is written as "not stated". */
  stated?: boolean;
}

/** What a sheet needs of the run: the language, and the footer every sheet prints. */
export interface SheetContext { lang: Lang; footer: string }

/**
 * Text from the team's sheets, as a plain string cell. The writer has no formula cell at
 * all, so a text like `=HYPERLINK(…)` can only ever be a string. The text is kept exactly
 * as written — no `'` prefix, which in xlsx would be part of the value — only cut at
 * Excel's cell limit.
 */
export function plainText(s: string): string {
  return s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
}

/** `2024-09-27` → a Date at UTC midnight. */
export function utcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** `2024-09-27` → Excel's serial day, or null when it is not an ISO date. */
const serials = new Map<string, number | null>();

export function isoSerial(iso: string): number | null {
  // A month's report repeats a few hundred dates over its rows: each is worked out once.
  let serial = serials.get(iso);
  if (serial === undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    serial = m ? dateSerial(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (serials.size < 10_000) serials.set(iso, serial);
  }
  return serial;
}

/** Only http(s) links become hyperlinks; anything else (`javascript:`, a bare handle) stays text. */
export function webLink(s: string): string | null {
  if (plainWebLink(s)) return s;
  return parsedWebLink(s);
}

/** `webLink` through the WHATWG URL parser alone: the reference `plainWebLink` is held to (test/report/web-link.test.ts). */
export function parsedWebLink(s: string): string | null {
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    return new URL(s).href;
  } catch {
    return null;
  }
}

/** A lower-case host of letter, digit and hyphen labels, ending in a letter TLD (never an IP address). */
const PLAIN_HOST = /^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/;
/** 1 for the characters the URL parser leaves as they are in a path: `[A-Za-z0-9\-._~!$&'()*+,;=:@/]`. */
const PATH_CHAR = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/") PATH_CHAR[c.charCodeAt(0)] = 1;

/**
 * True when the URL parser would give the link back exactly as written: `http(s)://` in
 * lower case, a plain lower-case host (no IDN `xn--` label, port or user), a path of
 * characters it leaves alone (no `%`, `\`, query or fragment) with no `.`/`..` segment.
 * Most link columns hold only such links; the report writes 100,000 of them, and parsing
 * each was a tenth of its KOLs sheet.
 */
export function plainWebLink(s: string): boolean {
  const start = s.startsWith('https://') ? 8 : s.startsWith('http://') ? 7 : -1;
  if (start < 0) return false;
  const slash = s.indexOf('/', start);
  if (slash < 0) return false; // the parser adds the `/`
  for (let i = slash; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || PATH_CHAR[c] === 0) return false;
    // A `.` or `..` segment is resolved away.
    if (c === 0x2f && s.charCodeAt(i + 1) === 0x2e) {
      const after = s.charCodeAt(i + 2) === 0x2e ? i + 3 : i + 2;
      if (after >= s.length || s.charCodeAt(after) === 0x2f) return false;
    }
  }
  if (slash - start > 253) return false;
  const host = s.slice(start, slash);
  return PLAIN_HOST.test(host) && !host.startsWith('xn--') && !host.includes('.xn--');
}

/** The characters a count takes as Excel shows it with grouping and a sign: `+354,000`. */
function countChars(n: number): number {
  const digits = String(Math.round(Math.abs(n))).length;
  return digits + Math.floor((digits - 1) / 3) + 1;
}

/**
 * The characters one value shows, for its column's width: the text itself, or as many as
 * the figure or date takes. `notStated` is the text for a `null` figure, or null to leave it empty.
 */
function shownLength(kind: Kind, value: Value, notStated: string | null): number {
  if (value === null && notStated !== null) return notStated.length;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'object') return value.muted.length;
  if (typeof value === 'number') return kind === 'percent' ? 6 : countChars(value);
  if (kind === 'date' && isoSerial(value) !== null) return 10;
  return value.length;
}

/** A cell's value and the part of its style its kind decides (tone and wrapping come on top). */
export function cellOf(kind: Kind, value: Value, notStated: string | null): { value: CellValue | null; style: CellStyle } {
  // Unknown is said, or left empty: a 0 would claim a figure the sheet never gave.
  if ((value === null && notStated !== null) || (typeof value === 'object' && value !== null)) {
    const text = value === null ? notStated! : value.muted;
    return { value: { type: 'string', text }, style: { italic: true, color: COLOR.muted, horizontal: 'right' } };
  }
  if (value === null || value === undefined || value === '') return { value: null, style: {} };
  if (typeof value === 'number') {
    const numFmt = kind === 'percent' ? FORMAT.percent : kind === 'change' ? FORMAT.change : FORMAT.count;
    return { value: { type: 'number', value }, style: { numFmt } };
  }
  if (kind === 'date') {
    const serial = isoSerial(value);
    if (serial !== null) return { value: { type: 'date', serial }, style: { numFmt: FORMAT.date } };
  }
  if (kind === 'link') {
    const href = webLink(value);
    if (href) return { value: { type: 'link', text: plainText(value), href }, style: { color: COLOR.link, underline: true } };
  }
  return { value: { type: 'string', text: plainText(value) }, style: {} };
}

/** A toned cell keeps its number format and alignment; its font and fill say good or bad. */
export function toned(style: CellStyle, tone: Tone): CellStyle {
  const { numFmt, horizontal, vertical, wrapText } = style;
  return {
    numFmt, horizontal, vertical, wrapText, bold: true,
    color: tone === 'good' ? COLOR.goodFont : COLOR.badFont,
    fill: tone === 'good' ? COLOR.goodFill : COLOR.badFill,
  };
}

/** Default row height (pt) of an 11 pt Calibri line, in Excel and in LibreOffice (Carlito). */
export const LINE_HEIGHT = 15;
/** A header word is never split: the column is at least this wider than the word. */
export const PADDING = 2;
/** Headers wrap onto at most about this many lines before their column grows. */
const HEADER_LINES = 3;

/**
 * Per column, the length of its longest cell as shown — or at least its cap less the
 * padding, once a cell reaches that: no later row can widen a capped column, so its cells
 * are not asked again (a message column renders each finding's message to measure it;
 * issue 17). Row by row, each row's cells together: 100,000 rows are walked once, not
 * once per column. The width a column gets, min(longest + padding, cap), is the same as
 * from every cell's length (a test compares the two).
 */
export function widestCells<R>(columns: readonly Column<R>[], rows: readonly R[], notStated: string): number[] {
  const unknown = columns.map((c) => (c.stated ? notStated : null));
  const widest = columns.map(() => 0);
  const full = columns.map((c) => (c.maxWidth ?? 50) - PADDING);
  let open = columns.map((_, i) => i);
  for (const item of rows) {
    let settled = false;
    for (const i of open) {
      const c = columns[i]!;
      const n = shownLength(c.kind, c.get(item), unknown[i]!);
      if (n > widest[i]!) {
        widest[i] = n;
        if (n >= full[i]!) settled = true;
      }
    }
    if (settled) {
      open = open.filter((i) => widest[i]! < full[i]!);
      if (open.length === 0) break;
    }
  }
  return widest;
}

/** Every cell's shown length, the longest per column: the reference `widestCells` is held to. */
export function widestCellsOfEvery<R>(columns: readonly Column<R>[], rows: readonly R[], notStated: string): number[] {
  return columns.map((c) => rows.reduce((w, item) => Math.max(w, shownLength(c.kind, c.get(item), c.stated ? notStated : null)), 0));
}

/**
 * How many lines `text` takes when wrapped at word boundaries in a column `width`
 * characters wide (Excel's width unit is about one digit of the default font; bold text
 * is taken as a tenth wider). A word longer than a line is broken, as Excel does.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width - 1) / (bold ? 1.1 : 1)));
  // One pass over the characters, no arrays: the Findings sheet asks this of most of its messages.
  let lines = 1;
  let used = 0;
  let word = 0;
  const endWord = () => {
    if (word === 0) return;
    if (used > 0 && used + 1 + word <= perLine) used += 1 + word;
    else {
      if (used > 0) lines++;
      lines += Math.ceil(word / perLine) - 1;
      used = word % perLine || perLine;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      // A new paragraph at `\r\n`, `\r` or `\n`.
      endWord();
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      lines++;
      used = 0;
    } else if (isSpace(c)) endWord();
    else word++;
  }
  endWord();
  return lines;
}

/** What `\s` matches in a regular expression, by its UTF-16 unit. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The narrowest width a header wraps in without breaking a word (bold), and in at most
 * `HEADER_LINES` lines: "Deals declared (August 2024)" takes three short lines, not four.
 */
export function headerWidth(header: string): number {
  const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length));
  let width = Math.ceil(longestWord * 1.1) + PADDING;
  while (wrappedLines(header, width, true) > HEADER_LINES) width++;
  return width;
}

const HEADER_STYLE: CellStyle = { bold: true, fill: COLOR.headerFill, vertical: 'top', wrapText: true, borderBottom: true };
const NOTE_STYLE: CellStyle = { italic: true, color: COLOR.muted };

/** What a text column's word is written as: its wrapping (and lines, once asked) and its cell's bytes after the reference, per style code. */
interface Word { wrap: boolean; lines?: number; tails: Uint8Array[] }
/** A column's words, until more than half of what it was asked were new (or there are too many to keep). */
interface TextMemo { words: Map<string, Word>; asked: number }
/** Words a column's memo keeps before it is judged by how often they repeat, and at most. */
const MEMO_TRIAL = 256;
const MEMO_WORDS = 10_000;

/** A table of a sheet: its header row at `top`, one row per item below. */
interface TableBlock<R> { top: number; columns: readonly Column<R>[]; rows: readonly R[] }
/** A cell outside the tables (a heading, a note, the as-of date). */
interface LooseCell { row: number; col: number; kind: Kind; value: Value; style: CellStyle; height?: number }

/**
 * A worksheet described first and written at the end, in two passes over its rows: the
 * first finds each column's width from the text it will hold (the `<cols>` come before the
 * rows in the file), the second writes the rows, each as tall as its wrapped text needs in
 * those widths — set explicitly, since LibreOffice does not grow a row by itself.
 */
export class Sheet {
  private readonly widths: number[] = [];
  private readonly tables: TableBlock<unknown>[] = [];
  private readonly loose: LooseCell[] = [];
  private view: { rows: number; columns: number; selected: boolean } | undefined;
  autoFilter: string | undefined;

  constructor(readonly name: string, private readonly ctx: SheetContext, private readonly titleRows: string) {}

  fit(col: number, chars: number, max = 50): void {
    this.widths[col] = Math.max(this.widths[col] ?? 0, Math.min(chars, max));
  }

  /** A bold line of text above a table; it may run over the empty cells to its right. */
  heading(row: number, text: string, size = 12): void {
    // A heading in a bigger font is taller than a line; say so, LibreOffice keeps 15 pt.
    this.loose.push({ row, col: 1, kind: 'text', value: text, style: { bold: true, size }, ...(size > 12 ? { height: Math.ceil(size * 1.5) } : {}) });
  }

  note(row: number, text: string): void {
    this.loose.push({ row, col: 1, kind: 'text', value: text, style: NOTE_STYLE });
  }

  cell(row: number, col: number, kind: Kind, value: Value): void {
    this.loose.push({ row, col, kind, value, style: {} });
  }

  /** Header row at `top`, one row per item below it. Returns the table's last row and its range, for the autofilter. */
  table<R>(top: number, columns: readonly Column<R>[], rows: readonly R[]): { last: number; range: string } {
    this.tables.push({ top, columns, rows } as TableBlock<unknown>);
    const last = top + rows.length;
    return { last, range: `A${top}:${columnLetter(columns.length - 1)}${last}` };
  }

  /** Keeps the rows down to `headerRow` (and `columns` columns) in view while scrolling. */
  freeze(headerRow: number, columns = 0, selected = false): void {
    this.view = { rows: headerRow, columns, selected };
  }

  private measure(): void {
    const notStated = t('report:not-stated', this.ctx.lang);
    for (const table of this.tables) {
      const { columns, rows } = table;
      const widest = widestCells(columns, rows, notStated);
      columns.forEach((c, i) => {
        this.fit(i + 1, headerWidth(c.header), Infinity);
        this.fit(i + 1, widest[i]! + PADDING, c.maxWidth ?? 50);
      });
    }
  }

  /**
   * A table's rows, cell by cell straight into the sheet's XML (no object per cell: a
   * month can list 100,000 KOLs). Each row is as tall as its longest wrapped text.
   */
  private async writeRows(ws: SheetWriter, book: XlsxBook, table: TableBlock<unknown>, width: (col: number) => number, notStated: string): Promise<void> {
    const { columns, rows, top } = table;
    // Per column, a style id per (value type, tone, wrapped), looked up by a small number.
    const styles = columns.map(() => new Map<number, number>());
    const styleOf = (i: number, code: number, kind: Kind, v: Value, tone: Tone | null, wrap: boolean): number => {
      let id = styles[i]!.get(code);
      if (id === undefined) {
        const { style } = cellOf(kind, v, columns[i]!.stated ? notStated : null);
        const s = wrap ? { ...style, vertical: 'top' as const, wrapText: true } : style;
        styles[i]!.set(code, (id = book.style(tone ? toned(s, tone) : s)));
      }
      return id;
    };
    // A text column that repeats a few words down its rows (brand, status, file) has, per
    // word, its wrapping and its cell's XML worked out once; one that does not stop asking.
    const memos: (TextMemo | null)[] = columns.map((c) => (c.kind === 'text' ? { words: new Map(), asked: 0 } : null));
    const values: Value[] = new Array(columns.length);
    const wraps: boolean[] = new Array(columns.length);
    const words: (Word | undefined)[] = new Array(columns.length);
    for (let r = 0; r < rows.length; r++) {
      const item = rows[r];
      let lines = 1;
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i]!;
        const v = c.get(item);
        values[i] = v;
        words[i] = undefined;
        if ((c.kind !== 'text' && c.kind !== 'link') || typeof v !== 'string') {
          wraps[i] = false;
          continue;
        }
        const memo = memos[i];
        let word: Word | undefined;
        if (memo) {
          memo.asked++;
          word = memo.words.get(v);
        }
        if (word === undefined) {
          // Longer than the column may grow (or on several lines): wrapped, and the row made tall enough.
          const wrap = v.length + PADDING > (c.maxWidth ?? 50) || v.includes('\n') || v.includes('\r');
          if (memo) {
            word = { wrap, tails: [] };
            const known = memo.words.set(v, word).size;
            if (known > MEMO_WORDS || (known > MEMO_TRIAL && known > memo.asked / 2)) memos[i] = null;
          } else {
            wraps[i] = wrap;
            if (wrap) lines = Math.max(lines, wrappedLines(v, width(i + 1)));
            continue;
          }
        }
        words[i] = word;
        wraps[i] = word.wrap;
        if (word.wrap) lines = Math.max(lines, word.lines ??= wrappedLines(v, width(i + 1)));
      }
      ws.startRow(top + 1 + r, lines > 1 ? lines * LINE_HEIGHT + 2 : undefined);
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i]!;
        const v = values[i];
        const tone = c.tone?.(item) ?? null;
        const toneCode = tone === 'good' ? 1 : tone === 'bad' ? 2 : 0;
        const code = (wraps[i] ? 1 : 0) + toneCode * 2;
        const col = i + 1;
        // Unknown is said, or left empty: a 0 would claim a figure the sheet never gave.
        if (v === null && c.stated) ws.text(col, notStated, styleOf(i, 10 + code, c.kind, v, tone, false));
        else if (typeof v === 'object' && v !== null) ws.text(col, v.muted, styleOf(i, 10 + code, c.kind, v, tone, false));
        else if (v === null || v === undefined || v === '') {
          if (tone) ws.empty(col, styleOf(i, 20 + code, c.kind, v, tone, false));
        } else if (typeof v === 'number') ws.number(col, v, styleOf(i, 30 + code, c.kind, v, tone, false));
        else {
          const serial = c.kind === 'date' ? isoSerial(v) : null;
          const href = c.kind === 'link' ? webLink(v) : null;
          if (serial !== null) ws.number(col, serial, styleOf(i, 40 + code, c.kind, v, tone, false));
          else if (href !== null) ws.link(col, plainText(v), href, styleOf(i, 50 + code, c.kind, v, tone, wraps[i]!));
          else {
            const style = styleOf(i, 60 + code, 'text', v, tone, wraps[i]!);
            const word = words[i];
            if (word) ws.cell(col, (word.tails[code] ??= textTailBytes(plainText(v), style)));
            else ws.text(col, plainText(v), style);
          }
        }
      }
      ws.endRow();
      if (ws.full) await ws.flush();
    }
  }

  /** Writes the sheet into `book` with its widths, row heights and print setup (the title rows repeat on every page). */
  async write(book: XlsxBook): Promise<void> {
    this.measure();
    // At least 10: narrower columns cut the headers' words.
    const widths: (number | undefined)[] = [];
    this.widths.forEach((w, col) => { widths[col] = Math.max(w ?? 0, 10); });
    const width = (col: number) => widths[col] ?? 10;
    const ws = await book.sheet(this.name, {
      widths, freeze: this.view, autoFilter: this.autoFilter, printTitleRows: this.titleRows, footer: this.ctx.footer,
    });
    const notStated = t('report:not-stated', this.ctx.lang);
    const styles = new Map<string, number>();
    const styleId = (key: string, style: () => CellStyle) => {
      let id = styles.get(key);
      if (id === undefined) styles.set(key, (id = book.style(style())));
      return id;
    };

    // Rows in order: loose cells and table rows interleave by row number.
    const rows = new Map<number, { cells: Cell[]; lines: number; height?: number }>();
    const at = (r: number) => {
      let row = rows.get(r);
      if (!row) rows.set(r, (row = { cells: [], lines: 1 }));
      return row;
    };
    const flushUpTo = async (limit: number) => {
      for (const r of rows.size > 1 ? [...rows.keys()].sort((a, b) => a - b) : rows.keys()) {
        if (r > limit) break;
        const row = rows.get(r)!;
        rows.delete(r);
        const height = row.height ?? (row.lines > 1 ? row.lines * LINE_HEIGHT + 2 : undefined);
        ws.row(r, row.cells, height);
      }
      if (ws.full) await ws.flush();
    };
    for (const c of this.loose) {
      const { value, style } = cellOf(c.kind, c.value, null);
      const row = at(c.row);
      const merged = { ...style, ...c.style };
      row.cells[c.col - 1] = { value, style: styleId(`loose|${JSON.stringify(merged)}`, () => merged) };
      if (c.height) row.height = c.height;
    }
    for (const table of [...this.tables].sort((a, b) => a.top - b.top)) {
      await flushUpTo(table.top - 1);
      const header = at(table.top);
      const headerStyle = styleId('header', () => HEADER_STYLE);
      table.columns.forEach((c, i) => {
        header.cells[i] = { value: { type: 'string', text: c.header }, style: headerStyle };
        header.lines = Math.max(header.lines, wrappedLines(c.header, width(i + 1), true));
      });
      await flushUpTo(table.top);
      await this.writeRows(ws, book, table, width, notStated);
    }
    await flushUpTo(Infinity);
    await ws.close();
  }
}

/** A one-table sheet: header in row 1, frozen below it, filtered over the table, repeated on every printed page. */
export function listSheet<R>(name: string, columns: readonly Column<R>[], rows: readonly R[], ctx: SheetContext, frozenColumns = 0): Sheet {
  const sheet = new Sheet(name, ctx, '1:1');
  const { range } = sheet.table(1, columns, rows);
  sheet.freeze(1, frozenColumns);
  sheet.autoFilter = range;
  return sheet;
}

