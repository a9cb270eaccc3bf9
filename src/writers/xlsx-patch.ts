import { StringDecoder } from 'node:string_decoder';
import { posix } from 'node:path';
import { columnLetter } from '../model/cell.js';
import type { MessageArg } from '../model/finding.js';
import { ZipError, zipFromBuffer, type ZipArchive, type ZipEntry } from '../zip/archive.js';
import { assembleArchive, DeflatingEntry, inflatedChunks } from '../zip/rewrite-stream.js';
import { SheetEdits, type CellRange, type EditCell, type Edits, type RowEdit } from './sheet-edits.js';

/** Ceiling on what the one worksheet part may inflate to. */
const MAX_SHEET_BYTES = 512 * 1024 * 1024;

/** The bytes of one part of an archive held in memory, or null when it has none. */
function readEntry(zip: ZipArchive, name: string): Buffer | null {
  const e = zip.entry(name);
  return e ? zip.readSync(e, MAX_SHEET_BYTES) : null;
}

/**
 * Lossless cell edits on an .xlsx package: the one worksheet part is edited as text —
 * cells appended to (or refreshed in) its existing `<row>` elements as inline strings or
 * numbers, `<dimension>` widened — and every other part of the package is copied byte
 * for byte. Nothing is parsed into a model and written back, so conditional formatting,
 * data validation, drawings, pivots, styles and shared strings survive untouched
 * (PRODUCT.md §7). Anything the editor cannot be sure of is a PatchRefusal, not a guess.
 *
 * The worksheet streams (issue 17): inflated a chunk at a time, edited a row at a time as
 * the chunks come, deflated as it is edited. What decides a refusal (protection, merges
 * and table parts come after the rows) is gathered on the way and settled at the end,
 * in the order a whole-text edit would have met it, so the same sheet always gets the
 * same refusal.
 */

/** One cell to write: 1-based row, 0-based column. `null` empties the cell (drops it). */
export interface PatchCell {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
  /** The cell may already hold a value (one kolops wrote before): overwrite it. */
  readonly replace?: boolean;
}

export type RefusalReason =
  | 'not-xlsx' | 'no-sheet' | 'unsupported-xml' | 'occupied' | 'formula'
  | 'shared-formula' | 'merged' | 'table-object' | 'protected';

/** `detail` is a value quoted as it is, or (`not-xlsx`) the zip module's message, with its English for `message`. */
export class PatchRefusal extends Error {
  /** The sheet being written when it was refused (set by `patchWorkbook`). */
  sheet = '';

  constructor(readonly reason: RefusalReason, readonly detail: MessageArg, english = String(detail)) {
    super(`${reason}: ${english}`);
    this.name = 'PatchRefusal';
  }
}

export interface PatchOptions {
  /** Write even over table objects, merges, shared-formula ranges, protection and occupied cells. */
  force?: boolean;
}

// ── cell references ───────────────────────────────────────────────────────────

/** Column letters for a 0-based index (the model's one implementation). */
export const colLetters = columnLetter;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Ref { col: number; row: number }
type Range = CellRange;

const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function parseRef(ref: string): Ref | null {
  const m = REF.exec(ref.trim());
  return m ? { col: colIndex(m[1]!), row: Number(m[2]) } : null;
}

function parseRange(ref: string): Range | null {
  const [a, b] = ref.trim().split(':');
  const from = a ? parseRef(a) : null;
  const to = b ? parseRef(b) : from;
  if (!from || !to) return null;
  return {
    from: { col: Math.min(from.col, to.col), row: Math.min(from.row, to.row) },
    to: { col: Math.max(from.col, to.col), row: Math.max(from.row, to.row) },
  };
}

// ── XML text helpers ──────────────────────────────────────────────────────────

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function escapeXml(s: string): string {
  // Most values (numbers as text, accounts, dates) need nothing: skip the five passes.
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
      default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    }
  });
}

/** Attribute patterns, made once per name: building a RegExp per cell was a third of the edit's time. */
const ATTR = new Map<string, { read: RegExp; value: RegExp }>();

function attrPattern(name: string): { read: RegExp; value: RegExp } {
  let p = ATTR.get(name);
  if (!p) {
    p = {
      read: new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`),
      value: new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`),
    };
    ATTR.set(name, p);
  }
  return p;
}

function attr(tag: string, name: string): string | null {
  const m = attrPattern(name).read.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
}

/** The tag with one attribute set (replaced in place, or appended before the end). */
function setAttr(tag: string, name: string, value: string): string {
  const re = attrPattern(name).value;
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

function removeAttr(tag: string, name: string): string {
  return tag.replace(attrPattern(name).read, '');
}

function valueXml(open: string, value: string | number): string {
  if (typeof value === 'number') return `${open}<v>${Number.isFinite(value) ? String(value) : '0'}</v></c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `${open}<is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function cellXml(ref: string, value: string | number, keepTag: string | null): string {
  // A new cell: the tag setAttr would make from `<c r="…">`, written at once.
  if (keepTag === null) return valueXml(typeof value === 'number' ? `<c r="${ref}">` : `<c r="${ref}" t="inlineStr">`, value);
  let open = setAttr(keepTag.replace(/\s*\/?>$/, '>'), 'r', ref);
  open = typeof value === 'number' ? removeAttr(open, 't') : setAttr(open, 't', 'inlineStr');
  return valueXml(open, value);
}

// ── package navigation ────────────────────────────────────────────────────────

function text(zip: ZipArchive, name: string): string | null {
  const b = readEntry(zip, name);
  return b ? b.toString('utf8') : null;
}

function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(baseDir, target));
}

function relsOf(zip: ZipArchive, part: string): Map<string, { type: string; target: string }> {
  const dir = posix.dirname(part);
  const relsPath = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
  const xml = text(zip, relsPath) ?? '';
  const out = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target && attr(m[0], 'TargetMode') !== 'External') {
      out.set(id, { type: attr(m[0], 'Type') ?? '', target: resolveTarget(dir, target) });
    }
  }
  return out;
}

/** The worksheet part of the sheet with this name, e.g. `xl/worksheets/sheet1.xml`. */
export function sheetPartOf(zip: ZipArchive, sheetName: string): string {
  const workbook = text(zip, 'xl/workbook.xml');
  if (workbook === null) throw new PatchRefusal('not-xlsx', 'no xl/workbook.xml in the package');
  const rels = relsOf(zip, 'xl/workbook.xml');
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    if (attr(m[0], 'name') !== sheetName) continue;
    const id = attr(m[0], 'r:id') ?? /\s\w+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? null;
    const rel = id ? rels.get(id) : undefined;
    if (!rel || !zip.entry(rel.target)) break;
    return rel.target;
  }
  throw new PatchRefusal('no-sheet', sheetName);
}

interface TableRange { name: string; range: Range }

/** The ranges of the sheet's table objects, from its `<tablePart>` tags (none: no tables). */
function tableRangesOf(zip: ZipArchive, sheetPart: string, tags: readonly string[]): TableRange[] {
  if (tags.length === 0) return [];
  const rels = relsOf(zip, sheetPart);
  const out: TableRange[] = [];
  for (const tagText of tags) {
    const id = /\s\w+:id\s*=\s*"([^"]*)"/.exec(tagText)?.[1];
    const rel = id ? rels.get(id) : undefined;
    const tableXml = rel ? text(zip, rel.target) : null;
    const tag = tableXml ? /<(?:\w+:)?table\b[^>]*>/.exec(tableXml)?.[0] : undefined;
    const ref = tag ? attr(tag, 'ref') : null;
    const range = ref ? parseRange(ref) : null;
    if (!range) throw new PatchRefusal('table-object', '?');
    // A table grows into the column right of it when typed there: keep one column clear too.
    out.push({ name: attr(tag!, 'displayName') ?? attr(tag!, 'name') ?? '?', range: { from: range.from, to: { col: range.to.col + 1, row: range.to.row + 1 } } });
  }
  return out;
}

// ── the row edit ──────────────────────────────────────────────────────────────

interface CellSlot { col: number; start: number; end: number; tag: string; body: string }

/** The column of a cell reference such as `AB12` or `$AB$12`, or -1 when it is none. */
function refColumn(ref: string): number {
  // Most references are plain `AB12`: read them by character codes, as parseRef would.
  let i = 0;
  let col = 0;
  const n = ref.length;
  while (i < n && i < 3) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  if (i === 0 || i === n) return slowRefColumn(ref);
  for (let j = i; j < n; j++) {
    const d = ref.charCodeAt(j);
    if (d < 48 || d > 57) return slowRefColumn(ref);
  }
  return col - 1;
}

function slowRefColumn(ref: string): number {
  const r = parseRef(ref);
  return r ? r.col : -1;
}

/**
 * The `<c>` elements of a row body, with their columns (cells without `r` follow the one
 * before), as `/<c\b[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g` would find them; read by index,
 * not by that pattern, as it is the edit's innermost loop.
 */
function cellsOf(body: string): CellSlot[] {
  const out: CellSlot[] = [];
  let next = 0;
  let pos = 0;
  for (;;) {
    let lt = body.indexOf('<c', pos);
    while (lt >= 0 && lt + 2 < body.length && isWordChar(body.charCodeAt(lt + 2))) lt = body.indexOf('<c', lt + 2);
    if (lt < 0 || lt + 2 >= body.length) return out;
    const tagEnd = body.indexOf('>', lt);
    if (tagEnd < 0) return out;
    let end: number;
    let inner = '';
    if (body.charCodeAt(tagEnd - 1) === 47) end = tagEnd + 1;
    else {
      const close = body.indexOf('</c>', tagEnd + 1);
      if (close < 0) {
        // No end: the pattern would try the next `<c` (none can follow in a well-formed row).
        pos = lt + 2;
        continue;
      }
      inner = body.slice(tagEnd + 1, close);
      end = close + 4;
    }
    const tag = body.slice(lt, tagEnd + 1);
    const r = attr(tag, 'r');
    let col = next;
    if (r) {
      col = refColumn(r.trim());
      if (col < 0) throw new PatchRefusal('unsupported-xml', `cell reference "${r}"`);
    }
    out.push({ col, start: lt, end, tag, body: inner });
    next = col + 1;
    pos = end;
  }
}

function hasValue(slot: CellSlot): boolean {
  return /<(?:\w+:)?(?:v|is|f)\b/.test(slot.body);
}

/** The row body with the cells (sorted by column) written. */
function patchRow(rowNumber: number, body: string, sorted: readonly EditCell[], force: boolean): string {
  const slots = body === '' ? [] : cellsOf(body);
  let out = '';
  // Text of the body not yet copied starts here: unchanged runs of cells are copied in one slice.
  let at = 0;
  let k = 0;
  for (const slot of slots) {
    if (k >= sorted.length) break;
    // New cells that come before this one.
    if (sorted[k]!.col < slot.col) {
      out += body.slice(at, slot.start);
      at = slot.start;
      while (k < sorted.length && sorted[k]!.col < slot.col) {
        const c = sorted[k++]!;
        if (c.value !== null) out += cellXml(`${colLetters(c.col)}${rowNumber}`, c.value, null);
      }
    }
    if (k < sorted.length && sorted[k]!.col === slot.col) {
      const c = sorted[k++]!;
      const ref = `${colLetters(c.col)}${rowNumber}`;
      if (/<(?:\w+:)?f\b/.test(slot.body) && !force) throw new PatchRefusal('formula', ref);
      if (hasValue(slot) && !c.replace && !force) throw new PatchRefusal('occupied', ref);
      out += body.slice(at, slot.start);
      at = slot.end;
      if (c.value === null) {
        // Drop a value kolops wrote; keep a styled empty cell as it was.
        out += hasValue(slot) ? '' : body.slice(slot.start, slot.end);
      } else {
        const keep = removeAttr(removeAttr(slot.tag, 'cm'), 'vm');
        out += cellXml(ref, c.value, keep);
      }
    }
  }
  if (k >= sorted.length) return out + body.slice(at);
  // Cells past the last one go right after it, before whatever text ends the body.
  const last = slots.length ? slots[slots.length - 1]!.end : 0;
  out += body.slice(at, Math.max(at, last));
  for (; k < sorted.length; k++) {
    const c = sorted[k]!;
    if (c.value !== null) out += cellXml(`${colLetters(c.col)}${rowNumber}`, c.value, null);
  }
  return out + body.slice(Math.max(at, last));
}

function widenSpans(tag: string, cells: readonly EditCell[]): string {
  const spans = attr(tag, 'spans');
  if (spans === null) return tag;
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of cells) {
    if (c.value === null) continue;
    if (c.col + 1 < lo) lo = c.col + 1;
    if (c.col + 1 > hi) hi = c.col + 1;
  }
  if (lo === Infinity) return tag;
  const m = /^(\d+):(\d+)$/.exec(spans);
  if (!m) return tag;
  return setAttr(tag, 'spans', `${Math.min(Number(m[1]), lo)}:${Math.max(Number(m[2]), hi)}`);
}

// ── the sheet edit, streamed ──────────────────────────────────────────────────

const SHEET_DATA_OPEN = /<((?:\w+:)?sheetData)\b[^>]*?(\/?)>/;
const SHEET_DATA_CLOSE = '</sheetData>';
const DIMENSION = /<((?:\w+:)?dimension)\b([^>]*?)\sref\s*=\s*"([^"]*)"([^>]*)>/;
const PROTECTION = /<(?:\w+:)?sheetProtection\b[^>]*\ssheet\s*=\s*"(?:1|true)"/;
const RANGED_FORMULA = /<(?:\w+:)?f\b[^>]*\sref\s*=\s*"([^"]*)"[^>]*>/g;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*\sref\s*=\s*"([^"]*)"/g;
const TABLE_PART = /<(?:\w+:)?tablePart\b[^>]*>/g;

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export interface SheetPatchOptions {
  force: boolean;
  /** The sheet's table objects from its `<tablePart>` tags; may refuse (a table it cannot read). */
  tableRanges: (tags: readonly string[]) => readonly TableRange[];
}

/**
 * One worksheet's XML in, a chunk at a time (`write`), the edited XML out through `emit`;
 * `end` throws the PatchRefusal, if any. Rows are matched as a whole-text edit would
 * match them: `<row …>…</row>` or `<row …/>` between `<sheetData>` and the first
 * `</sheetData>`; a row with edits gets them, new rows go in before the first row
 * numbered above them, and everything else is passed on as it came.
 */
export class SheetPatcher {
  /** Did the output come out different from the input? */
  changed = false;
  private phase: 'start' | 'head' | 'data' | 'tail' | 'scan' = 'start';
  private buf = '';
  private readonly rows: Iterator<RowEdit>;
  private next: RowEdit | null;
  private nextRowNumber = 1;
  private dimensionDone = false;
  /** A byte-order mark: refused before anything else is looked at. */
  private bom = false;
  private readonly bounds: ReturnType<Edits['bounds']>;
  /** The first refusal of the edit itself, in document order (the sheet's own shape, a cell in the way). */
  private failed: PatchRefusal | null = null;
  private readonly obstacles: { protectedSheet: boolean; rangedFormula: string | null; merge: string | null; tableParts: string[] } = {
    protectedSheet: false, rangedFormula: null, merge: null, tableParts: [],
  };

  constructor(private readonly edits: Edits, private readonly opts: SheetPatchOptions, private readonly emit: (s: string) => void) {
    this.rows = edits.rows();
    this.next = this.advance();
    this.bounds = edits.bounds();
  }

  private advance(): RowEdit | null {
    const r = this.rows.next();
    return r.done ? null : r.value;
  }

  write(chunk: string): void {
    if (chunk === '' || this.bom) return;
    if (this.phase === 'start') {
      this.bom = chunk.charCodeAt(0) === 0xfeff;
      if (this.bom) return;
      this.phase = 'head';
    }
    this.buf += chunk;
    if (this.phase === 'head') this.head();
    if (this.phase === 'data') this.data();
    else if (this.phase === 'scan') this.scanComplete(false);
  }

  /** The input is over: settles the refusal (throws it) or finishes the output. */
  end(): void {
    if (this.bom) throw new PatchRefusal('unsupported-xml', 'worksheet XML with a byte-order mark');
    if (this.phase === 'start' || this.phase === 'head') {
      this.scan(this.buf);
      this.fail(new PatchRefusal('unsupported-xml', 'no <sheetData> in the worksheet'));
    } else if (this.phase === 'data') {
      this.scan(this.buf);
      this.fail(new PatchRefusal('unsupported-xml', 'unterminated <sheetData>'));
    } else if (this.phase === 'scan') {
      this.scanComplete(true);
    } else {
      this.tail();
    }
    this.buf = '';
    const tableRanges = this.opts.tableRanges(this.obstacles.tableParts);
    if (!this.opts.force) {
      const o = this.obstacles;
      if (o.protectedSheet) throw new PatchRefusal('protected', '');
      if (o.rangedFormula !== null) throw new PatchRefusal('shared-formula', o.rangedFormula);
      if (o.merge !== null) throw new PatchRefusal('merged', o.merge);
      for (const t of tableRanges) if (this.edits.hits(t.range)) throw new PatchRefusal('table-object', t.name);
    }
    if (this.failed) throw this.failed;
  }

  private fail(refusal: PatchRefusal): void {
    this.failed ??= refusal;
  }

  /** Input text as it came: what could stand in the way of the edit, noted for `end`. */
  private scan(s: string): void {
    const o = this.obstacles;
    if (s.includes('tablePart')) for (const m of s.matchAll(TABLE_PART)) o.tableParts.push(m[0]);
    if (this.opts.force) return;
    if (!o.protectedSheet && s.includes('sheetProtection') && PROTECTION.test(s)) o.protectedSheet = true;
    if (o.rangedFormula === null && s.includes('ref')) {
      for (const m of s.matchAll(RANGED_FORMULA)) {
        const range = parseRange(m[1]!);
        if (!range || this.edits.hits(range)) { o.rangedFormula = m[1]!; break; }
      }
    }
    if (o.merge === null && s.includes('mergeCell')) {
      for (const m of s.matchAll(MERGE)) {
        const range = parseRange(m[1]!);
        if (!range || this.edits.hits(range)) { o.merge = m[1]!; break; }
      }
    }
  }

  /** After a refusal of the edit itself only the obstacles matter: scan up to the last whole tag. */
  private scanComplete(final: boolean): void {
    const cut = final ? this.buf.length : this.buf.lastIndexOf('>') + 1;
    if (cut === 0) return;
    this.scan(this.buf.slice(0, cut));
    this.buf = this.buf.slice(cut);
  }

  private out(s: string): void {
    if (!this.failed) this.emit(s);
  }

  /** Everything up to `<sheetData>`: the dimension is widened here. */
  private head(): void {
    const open = SHEET_DATA_OPEN.exec(this.buf);
    if (!open) return;
    const before = this.buf.slice(0, open.index);
    const rest = this.buf.slice(open.index + open[0].length);
    this.scan(before);
    if (open[1]!.includes(':')) {
      this.fail(new PatchRefusal('unsupported-xml', 'namespace-prefixed worksheet XML'));
      this.phase = 'scan';
      this.buf = rest;
      this.scanComplete(false);
      return;
    }
    this.out(this.widenDimension(before));
    if (open[2] === '/') {
      // `<sheetData/>`: rows go into an opened element.
      this.changed = true;
      this.out('<sheetData>');
      this.newRowsBefore(Infinity);
      this.out(SHEET_DATA_CLOSE);
      this.phase = 'tail';
      this.buf = rest;
      return;
    }
    this.out(open[0]);
    this.phase = 'data';
    this.buf = rest;
  }

  private widenDimension(s: string): string {
    const b = this.bounds;
    if (this.dimensionDone || !b) return s;
    const m = DIMENSION.exec(s);
    if (!m) return s;
    this.dimensionDone = true;
    const r = parseRange(m[3]!);
    if (!r) return s;
    const next = `${colLetters(Math.min(r.from.col, b.minCol))}${Math.min(r.from.row, b.minRow)}:${colLetters(Math.max(r.to.col, b.maxCol))}${Math.max(r.to.row, b.maxRow)}`;
    const tag = `<${m[1]}${m[2]} ref="${next}"${m[4]}>`;
    if (tag === m[0]) return s;
    this.changed = true;
    return s.slice(0, m.index) + tag + s.slice(m.index + m[0].length);
  }

  /** New rows for the edits numbered below `n`. */
  private newRowsBefore(n: number): void {
    while (this.next && this.next.row < n) {
      const { row, cells } = this.next;
      this.next = this.advance();
      const list = cells.filter((c) => c.value !== null);
      if (list.length === 0 || this.failed) continue;
      this.changed = true;
      this.out(`<row r="${row}">${patchRow(row, '', list, this.opts.force)}</row>`);
    }
  }

  /** Whole rows from the buffer; the unfinished rest waits for the next chunk. */
  private data(): void {
    const buf = this.buf;
    const stop = buf.indexOf(SHEET_DATA_CLOSE);
    const limit = stop >= 0 ? stop : buf.length;
    let pos = 0;
    for (;;) {
      let lt = buf.indexOf('<row', pos);
      while (lt >= 0 && lt + 4 < limit && isWordChar(buf.charCodeAt(lt + 4))) lt = buf.indexOf('<row', lt + 4);
      if (lt < 0 || lt + 4 >= limit) break;
      const tagEnd = buf.indexOf('>', lt);
      if (tagEnd < 0 || tagEnd >= limit) break;
      const selfClosing = buf.charCodeAt(tagEnd - 1) === 47;
      let end: number;
      if (selfClosing) end = tagEnd + 1;
      else {
        const close = buf.indexOf('</row>', tagEnd + 1);
        if (close < 0 || close + 6 > limit) break;
        end = close + 6;
      }
      const between = buf.slice(pos, lt);
      this.scan(between);
      this.out(between);
      this.row(buf, lt, tagEnd, end, selfClosing);
      pos = end;
    }
    if (stop < 0) {
      this.buf = buf.slice(pos);
      return;
    }
    // The data is over: what follows the last row, then rows numbered past every row there.
    const after = buf.slice(pos, stop);
    this.scan(after);
    this.out(after);
    this.newRowsBefore(Infinity);
    this.phase = 'tail';
    this.buf = buf.slice(stop);
  }

  private row(buf: string, lt: number, tagEnd: number, end: number, selfClosing: boolean): void {
    const original = buf.slice(lt, end);
    // Inside a row only a formula can be in the way (merges, protection and table parts are the sheet's).
    if (!this.opts.force && this.obstacles.rangedFormula === null && original.includes('ref')) this.scan(original);
    if (this.failed) return;
    const tag = buf.slice(lt, tagEnd + 1);
    const r = attr(tag, 'r');
    const n = r ? Number(r) : this.nextRowNumber;
    if (!Number.isInteger(n) || n < 1) {
      this.fail(new PatchRefusal('unsupported-xml', `row number "${r}"`));
      return;
    }
    this.nextRowNumber = n + 1;
    try {
      this.newRowsBefore(n);
      if (this.next && this.next.row === n) {
        const { cells } = this.next;
        this.next = this.advance();
        const body = selfClosing ? '' : buf.slice(tagEnd + 1, end - 6);
        const openTag = widenSpans(selfClosing ? tag.replace(/\s*\/>$/, '>') : tag, cells);
        const patched = `${openTag}${patchRow(n, body, cells, this.opts.force)}</row>`;
        if (patched !== original) this.changed = true;
        this.out(patched);
      } else {
        this.out(original);
      }
    } catch (err) {
      if (!(err instanceof PatchRefusal)) throw err;
      this.fail(err);
    }
  }

  /** From `</sheetData>` on: passed on whole at the end (merges, protection, table parts …). */
  private tail(): void {
    const rest = this.buf;
    this.scan(rest);
    this.out(this.widenDimension(rest));
  }
}

/** The sheet XML with the cells written; throws PatchRefusal when it cannot be done safely. */
export function patchSheetXml(xml: string, cells: readonly PatchCell[], checks: { force: boolean; tableRanges: readonly TableRange[] }): string {
  const out: string[] = [];
  const patcher = new SheetPatcher(SheetEdits.fromCells(cells), { force: checks.force, tableRanges: () => checks.tableRanges }, (s) => out.push(s));
  patcher.write(xml);
  patcher.end();
  return out.join('');
}

// ── the package ───────────────────────────────────────────────────────────────

/** Edited text is handed to the deflater in pieces of this many bytes. */
const PIECE_BYTES = 1 << 20;

/** One worksheet part streamed through a SheetPatcher into a deflater. */
async function patchPart(bytes: Buffer, entry: ZipEntry, edits: Edits, opts: SheetPatchOptions): Promise<{ deflated: DeflatingEntry; changed: boolean }> {
  const deflated = new DeflatingEntry();
  // The edited text is encoded straight into pieces the deflater takes (no joined copy first).
  const full: Buffer[] = [];
  let piece = Buffer.allocUnsafe(PIECE_BYTES);
  let used = 0;
  const patcher = new SheetPatcher(edits, opts, (s) => {
    if (s.length * 3 > piece.length - used) {
      if (used > 0) full.push(piece.subarray(0, used));
      piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, s.length * 3));
      used = 0;
    }
    used += piece.write(s, used);
  });
  const flush = async (all: boolean) => {
    if (all && used > 0) {
      full.push(piece.subarray(0, used));
      piece = Buffer.allocUnsafe(0);
      used = 0;
    }
    for (const b of full.splice(0)) await deflated.write(b);
  };
  try {
    const decoder = new StringDecoder('utf8');
    for await (const chunk of inflatedChunks(bytes, entry, MAX_SHEET_BYTES)) {
      patcher.write(decoder.write(chunk));
      await flush(false);
    }
    patcher.write(decoder.end());
    patcher.end();
    await flush(true);
    await deflated.close();
  } catch (err) {
    deflated.discard();
    throw err;
  }
  return { deflated, changed: patcher.changed };
}

/**
 * An .xlsx's bytes in, with the named sheets' cells written (in this order): the new
 * archive as pieces to write in order, or null when nothing changed (every cell already
 * said what it would be told). Every other package part is copied as it was. Throws the
 * PatchRefusal of the first sheet, in the order given, that has something in the way
 * (nothing is to be written then), unless `force`.
 */
export async function patchWorkbook(input: Buffer, sheets: Iterable<readonly [string, Edits]>, opts: PatchOptions = {}): Promise<Buffer[] | null> {
  const list = [...sheets];
  if (list.length === 0) return null;
  let zip: ZipArchive;
  try {
    zip = zipFromBuffer(input);
  } catch (err) {
    if (err instanceof ZipError) throw Object.assign(new PatchRefusal('not-xlsx', err.detail, err.message), { sheet: list[0]![0] });
    throw err;
  }
  const force = Boolean(opts.force);
  // Sheets are settled one by one in the order given; the first refusal is the answer.
  const results: ({ refusal: PatchRefusal } | { deflated: DeflatingEntry; changed: boolean; entry: ZipEntry } | null)[] = list.map(() => null);
  const parts: { index: number; entry: ZipEntry; edits: Edits; part: string }[] = [];
  for (const [index, [name, edits]] of list.entries()) {
    try {
      const part = sheetPartOf(zip, name);
      parts.push({ index, entry: zip.entry(part)!, edits, part });
    } catch (err) {
      if (!(err instanceof PatchRefusal)) throw err;
      results[index] = { refusal: err };
    }
  }
  const firstRefused = () => results.findIndex((r) => r !== null && 'refusal' in r);
  for (const { index, entry, edits, part } of parts) {
    const refused = firstRefused();
    // A sheet after one already refused cannot change the answer.
    if (refused >= 0 && refused < index) continue;
    try {
      const done = await patchPart(input, entry, edits, { force, tableRanges: (tags) => tableRangesOf(zip, part, tags) });
      results[index] = { ...done, entry };
    } catch (err) {
      if (!(err instanceof PatchRefusal)) throw err;
      results[index] = { refusal: err };
    }
  }
  const refused = firstRefused();
  if (refused >= 0) {
    for (const r of results) if (r && 'deflated' in r) r.deflated.discard();
    throw Object.assign((results[refused] as { refusal: PatchRefusal }).refusal, { sheet: list[refused]![0] });
  }
  const replacements = new Map<string, DeflatingEntry>();
  for (const r of results) if (r && 'changed' in r && r.changed) replacements.set(r.entry.name, r.deflated);
  if (replacements.size === 0) return null;
  return assembleArchive(input, zip.directory, replacements);
}

/**
 * Bytes of an .xlsx in, bytes out: the named sheet with `cells` written, every other
 * package part copied as it was. Throws PatchRefusal (nothing written) when the sheet
 * has something in the way, unless `force`.
 */
export async function patchXlsx(input: Uint8Array, sheetName: string, cells: readonly PatchCell[], opts: PatchOptions = {}): Promise<Buffer> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const pieces = await patchWorkbook(bytes, [[sheetName, SheetEdits.fromCells(cells)]], opts);
  return pieces ? Buffer.concat(pieces) : Buffer.from(input);
}
