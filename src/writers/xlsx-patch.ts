import { columnLetter } from '../model/cell.js';
import type { MessageArg } from '../model/finding.js';
import { posix } from 'node:path';
import { ZipError, zipFromBuffer, type ZipArchive } from '../zip/archive.js';
import { replaceEntries } from '../zip/rewrite.js';

/** The bytes of one part of an archive held in memory, or null when it has none. */
function readEntry(zip: ZipArchive, name: string): Buffer | null {
  const e = zip.entry(name);
  return e ? zip.readSync(e, 512 * 1024 * 1024) : null;
}

/**
 * Lossless cell edits on an .xlsx package: the one worksheet part is edited as text —
 * cells appended to (or refreshed in) its existing `<row>` elements as inline strings or
 * numbers, `<dimension>` widened — and every other part of the package is copied byte
 * for byte. Nothing is parsed into a model and written back, so conditional formatting,
 * data validation, drawings, pivots, styles and shared strings survive untouched
 * (PRODUCT.md §7). Anything the editor cannot be sure of is a PatchRefusal, not a guess.
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
interface Range { from: Ref; to: Ref }

function parseRef(ref: string): Ref | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
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

function inRange(r: Range, c: Ref): boolean {
  return c.col >= r.from.col && c.col <= r.to.col && c.row >= r.from.row && c.row <= r.to.row;
}

// ── XML text helpers ──────────────────────────────────────────────────────────

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function unescapeXml(s: string): string {
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

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
}

/** The tag with one attribute set (replaced in place, or appended before the end). */
function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

function cellXml(ref: string, value: string | number, keepTag: string | null): string {
  let open = keepTag ? keepTag.replace(/\s*\/?>$/, '>') : `<c r="${ref}">`;
  open = setAttr(open, 'r', ref);
  if (typeof value === 'number') {
    open = removeAttr(open, 't');
    return `${open}<v>${Number.isFinite(value) ? String(value) : '0'}</v></c>`;
  }
  open = setAttr(open, 't', 'inlineStr');
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `${open}<is><t${space}>${escapeXml(value)}</t></is></c>`;
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

// ── the sheet edit ────────────────────────────────────────────────────────────

interface CellSlot { col: number; start: number; end: number; tag: string; body: string }

/** The `<c>` elements of a row body, with their columns (cells without `r` follow the one before). */
function cellsOf(body: string): CellSlot[] {
  const out: CellSlot[] = [];
  let next = 0;
  for (const m of body.matchAll(/<c\b[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = /^<c\b[^>]*?\/?>/.exec(m[0])![0];
    const r = attr(tag, 'r');
    const ref = r ? parseRef(r) : null;
    if (r && !ref) throw new PatchRefusal('unsupported-xml', `cell reference "${r}"`);
    const col = ref ? ref.col : next;
    out.push({ col, start: m.index, end: m.index + m[0].length, tag, body: m[1] ?? '' });
    next = col + 1;
  }
  return out;
}

function hasValue(slot: CellSlot): boolean {
  return /<(?:\w+:)?(?:v|is|f)\b/.test(slot.body);
}

function patchRow(rowNumber: number, body: string, cells: readonly PatchCell[], force: boolean): string {
  const slots = cellsOf(body);
  let out = '';
  let at = 0;
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  let k = 0;
  for (const slot of slots) {
    // New cells that come before this one.
    out += body.slice(at, slot.start);
    while (k < sorted.length && sorted[k]!.col < slot.col) {
      const c = sorted[k++]!;
      if (c.value !== null) out += cellXml(`${colLetters(c.col)}${rowNumber}`, c.value, null);
    }
    at = slot.end;
    if (k < sorted.length && sorted[k]!.col === slot.col) {
      const c = sorted[k++]!;
      const ref = `${colLetters(c.col)}${rowNumber}`;
      if (/<(?:\w+:)?f\b/.test(slot.body) && !force) throw new PatchRefusal('formula', ref);
      if (hasValue(slot) && !c.replace && !force) throw new PatchRefusal('occupied', ref);
      if (c.value === null) {
        // Drop a value kolops wrote; keep a styled empty cell as it was.
        out += hasValue(slot) ? '' : body.slice(slot.start, slot.end);
      } else {
        const keep = removeAttr(removeAttr(slot.tag, 'cm'), 'vm');
        out += cellXml(ref, c.value, keep);
      }
    } else {
      out += body.slice(slot.start, slot.end);
    }
  }
  const tail = body.slice(at);
  for (; k < sorted.length; k++) {
    const c = sorted[k]!;
    if (c.value !== null) out += cellXml(`${colLetters(c.col)}${rowNumber}`, c.value, null);
  }
  return out + tail;
}

function widenSpans(tag: string, cols: readonly number[]): string {
  const spans = attr(tag, 'spans');
  if (spans === null || cols.length === 0) return tag;
  const m = /^(\d+):(\d+)$/.exec(spans);
  if (!m) return tag;
  const lo = Math.min(Number(m[1]), ...cols.map((c) => c + 1));
  const hi = Math.max(Number(m[2]), ...cols.map((c) => c + 1));
  return setAttr(tag, 'spans', `${lo}:${hi}`);
}

interface SheetChecks {
  force: boolean;
  tableRanges: { name: string; range: Range }[];
}

function checkObstacles(xml: string, cells: readonly PatchCell[], checks: SheetChecks): void {
  if (checks.force) return;
  const targets = cells.map((c) => ({ col: c.col, row: c.row }));
  const hit = (r: Range) => targets.find((t) => inRange(r, t));
  if (/<(?:\w+:)?sheetProtection\b[^>]*\ssheet\s*=\s*"(?:1|true)"/.test(xml)) {
    throw new PatchRefusal('protected', '');
  }
  for (const m of xml.matchAll(/<(?:\w+:)?f\b[^>]*\sref\s*=\s*"([^"]*)"[^>]*>/g)) {
    const range = parseRange(m[1]!);
    const t = range ? hit(range) : undefined;
    if (!range || t) throw new PatchRefusal('shared-formula', m[1]!);
  }
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\sref\s*=\s*"([^"]*)"/g)) {
    const range = parseRange(m[1]!);
    if (!range || hit(range)) throw new PatchRefusal('merged', m[1]!);
  }
  for (const t of checks.tableRanges) {
    if (hit(t.range)) throw new PatchRefusal('table-object', t.name);
  }
}

function tableRangesOf(zip: ZipArchive, sheetPart: string, xml: string): { name: string; range: Range }[] {
  if (!/<(?:\w+:)?tablePart\b/.test(xml)) return [];
  const rels = relsOf(zip, sheetPart);
  const out: { name: string; range: Range }[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?tablePart\b[^>]*>/g)) {
    const id = /\s\w+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
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

/** Widen `<dimension ref>` to take in the written cells. */
function widenDimension(xml: string, cells: readonly PatchCell[]): string {
  const written = cells.filter((c) => c.value !== null);
  if (written.length === 0) return xml;
  return xml.replace(/<((?:\w+:)?dimension)\b([^>]*?)\sref\s*=\s*"([^"]*)"([^>]*)>/, (whole, tagName: string, pre: string, ref: string, post: string) => {
    const r = parseRange(ref);
    if (!r) return whole;
    const from = { col: Math.min(r.from.col, ...written.map((c) => c.col)), row: Math.min(r.from.row, ...written.map((c) => c.row)) };
    const to = { col: Math.max(r.to.col, ...written.map((c) => c.col)), row: Math.max(r.to.row, ...written.map((c) => c.row)) };
    const next = `${colLetters(from.col)}${from.row}:${colLetters(to.col)}${to.row}`;
    return `<${tagName}${pre} ref="${next}"${post}>`;
  });
}

/** The sheet XML with the cells written; throws PatchRefusal when it cannot be done safely. */
export function patchSheetXml(xml: string, cells: readonly PatchCell[], checks: SheetChecks): string {
  checkObstacles(xml, cells, checks);
  const byRow = new Map<number, PatchCell[]>();
  for (const c of cells) {
    if (!Number.isInteger(c.row) || c.row < 1 || !Number.isInteger(c.col) || c.col < 0) throw new RangeError(`bad cell ${c.row}/${c.col}`);
    const list = byRow.get(c.row) ?? [];
    if (list.some((x) => x.col === c.col)) throw new RangeError(`cell ${colLetters(c.col)}${c.row} given twice`);
    list.push(c);
    byRow.set(c.row, list);
  }
  const open = /<((?:\w+:)?sheetData)\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new PatchRefusal('unsupported-xml', 'no <sheetData> in the worksheet');
  const prefix = open[1]!.includes(':') ? open[1]!.split(':')[0]! + ':' : '';
  if (prefix) throw new PatchRefusal('unsupported-xml', 'namespace-prefixed worksheet XML');
  let dataStart = open.index + open[0].length;
  let dataEnd: number;
  let source = xml;
  if (open[2] === '/') {
    source = `${xml.slice(0, open.index)}<sheetData>${''}</sheetData>${xml.slice(open.index + open[0].length)}`;
    dataStart = open.index + '<sheetData>'.length;
    dataEnd = dataStart;
  } else {
    dataEnd = source.indexOf('</sheetData>', dataStart);
    if (dataEnd < 0) throw new PatchRefusal('unsupported-xml', 'unterminated <sheetData>');
  }
  const data = source.slice(dataStart, dataEnd);
  let out = '';
  let at = 0;
  let nextRow = 1;
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let p = 0;
  const newRow = (n: number) => {
    const list = byRow.get(n)!.filter((c) => c.value !== null);
    return list.length ? `<row r="${n}">${patchRow(n, '', list, checks.force)}</row>` : '';
  };
  for (const m of data.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const tag = /^<row\b[^>]*?\/?>/.exec(m[0])![0];
    const r = attr(tag, 'r');
    const n = r ? Number(r) : nextRow;
    if (!Number.isInteger(n) || n < 1) throw new PatchRefusal('unsupported-xml', `row number "${r}"`);
    nextRow = n + 1;
    out += data.slice(at, m.index);
    at = m.index + m[0].length;
    while (p < pending.length && pending[p]! < n) out += newRow(pending[p++]!);
    if (p < pending.length && pending[p] === n) {
      const list = byRow.get(pending[p++]!)!;
      const body = m[1] ?? '';
      const openTag = widenSpans(tag.replace(/\s*\/>$/, '>'), list.filter((c) => c.value !== null).map((c) => c.col));
      out += `${openTag}${patchRow(n, body, list, checks.force)}</row>`;
    } else {
      out += m[0];
    }
  }
  out += data.slice(at);
  while (p < pending.length) out += newRow(pending[p++]!);
  const patched = source.slice(0, dataStart) + out + source.slice(dataEnd);
  return widenDimension(patched, cells);
}

/**
 * Bytes of an .xlsx in, bytes out: the named sheet with `cells` written, every other
 * package part copied as it was. Throws PatchRefusal (nothing written) when the sheet
 * has something in the way, unless `force`.
 */
export function patchXlsx(input: Uint8Array, sheetName: string, cells: readonly PatchCell[], opts: PatchOptions = {}): Buffer {
  let zip: ZipArchive;
  try {
    zip = zipFromBuffer(input);
  } catch (err) {
    if (err instanceof ZipError) throw new PatchRefusal('not-xlsx', err.detail, err.message);
    throw err;
  }
  const part = sheetPartOf(zip, sheetName);
  const raw = readEntry(zip, part)!;
  const xml = raw.toString('utf8');
  if (xml.charCodeAt(0) === 0xfeff) throw new PatchRefusal('unsupported-xml', 'worksheet XML with a byte-order mark');
  const tableRanges = tableRangesOf(zip, part, xml);
  const patched = patchSheetXml(xml, cells, { force: Boolean(opts.force), tableRanges });
  if (patched === xml) return Buffer.from(input);
  return replaceEntries(input, new Map([[zip.entry(part)!.name, Buffer.from(patched, 'utf8')]]));
}
