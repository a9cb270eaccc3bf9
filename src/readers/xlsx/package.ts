/**
 * An .xlsx package as ECMA-376 Part 2 says to find its parts: the workbook through the
 * package relationships (`_rels/.rels`), its sheets, styles and shared strings through the
 * workbook's, whatever folder they are in and however their names are cased; sheets in
 * tab order (the order of `<sheet>` in workbook.xml), with their visibility.
 */
import { posix } from 'node:path';
import type { SheetState } from '../../model/source.js';
import type { ZipArchive, ZipEntry } from '../../zip/archive.js';
import { attr, attrs, decodeXml, RawXmlScanner, scanXml, xmlText, type RawXmlHandler } from '../xml/scanner.js';
import { SharedStrings } from './shared-strings.js';
import { builtinKind, formatKind, formatShowsSeconds, unescapeExcel, type NumberKind } from './values.js';

/** Small parts (workbook, relationships, styles, shared strings) may not unpack beyond this. */
export const PART_MAX_BYTES = 256 * 1024 * 1024;

export interface Relationship { readonly type: string; readonly target: string; readonly external: boolean }

/** A relationship target relative to the folder of the part that names it → a part name. */
export function resolvePart(baseDir: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURI(t);
  } catch {
    // a target with a stray `%`: as written
  }
  const joined = t.startsWith('/') ? t.slice(1) : posix.join(baseDir, t);
  return posix.normalize(joined).replace(/^(\.\.\/)+/, '').replace(/^\.\//, '');
}

/** The relationships part of `part` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`). */
export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/**
 * A part's XML text a piece at a time (about a megabyte each), decoded across chunk
 * edges, UTF-16 when a byte-order mark says so: a big part (a sheet, the shared strings
 * of a long listing) never stands in memory as one string.
 */
export async function* partTextPieces(zip: ZipArchive, entry: ZipEntry, maxBytes: number): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of zip.chunks(entry, maxBytes)) {
    let bytes: Uint8Array = chunk;
    if (decoder === null) {
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
      decoder = new TextDecoder(utf16 ?? 'utf-8');
      if (utf16) bytes = bytes.subarray(2);
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder?.decode() ?? '';
  if (tail !== '') yield tail;
}

export async function partText(zip: ZipArchive, name: string): Promise<string | null> {
  const entry = zip.entry(name);
  return entry ? xmlText(await zip.read(entry, PART_MAX_BYTES)) : null;
}

/** Relationship id → what it points to, for one part. */
export async function relationshipsOf(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const out = new Map<string, Relationship>();
  const xml = await partText(zip, relsPartOf(part));
  if (xml === null) return out;
  const base = posix.dirname(part);
  scanXml(xml, {
    open(name, a) {
      if (name !== 'Relationship') return;
      const id = attr(a, 'Id');
      const target = attr(a, 'Target');
      if (!id || target === undefined) return;
      const external = attr(a, 'TargetMode') === 'External';
      out.set(id, { type: attr(a, 'Type') ?? '', target: external ? target : resolvePart(base, target), external });
    },
    close() {},
    text() {},
  });
  return out;
}

export interface SheetPart {
  readonly name: string;
  readonly state: SheetState;
  readonly part: string;
  readonly entry: ZipEntry;
}

export interface WorkbookPackage {
  readonly workbookPart: string;
  readonly sheets: SheetPart[];
  readonly date1904: boolean;
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
}

/** The workbook part the package relationships name (`officeDocument`), else the usual place. */
async function workbookPartOf(zip: ZipArchive): Promise<string | null> {
  const root = await relationshipsOf(zip, '');
  for (const r of root.values()) {
    if (/\/officeDocument$/.test(r.type) && !r.external && zip.entry(r.target)) return r.target;
  }
  return zip.entry('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

function sheetState(state: string | undefined): SheetState {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

/** The workbook's sheets (worksheets only; chart sheets hold no cells), styles and strings; null when there is no workbook part. */
export async function readPackage(zip: ZipArchive): Promise<WorkbookPackage | null> {
  const workbookPart = await workbookPartOf(zip);
  if (workbookPart === null) return null;
  const xml = (await partText(zip, workbookPart))!;
  const rels = await relationshipsOf(zip, workbookPart);
  const sheets: SheetPart[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, a) {
      if (name === 'workbookPr') {
        const flag = attr(a, 'date1904')?.trim().toLowerCase();
        date1904 = flag === '1' || flag === 'true';
      } else if (name === 'sheet') {
        // The relationship id comes with any prefix: `r:id`, `relationships:id`, `ns:id`.
        const id = attr(a, 'id', true);
        const rel = id ? rels.get(id) : undefined;
        if (!rel || rel.external || !/\/worksheet$/.test(rel.type)) return;
        const entry = zip.entry(rel.target);
        if (entry) sheets.push({ name: attr(a, 'name') ?? '', state: sheetState(attr(a, 'state')), part: rel.target, entry });
      }
    },
    close() {},
    text() {},
  });
  const relOf = (suffix: string) => [...rels.values()].find((r) => !r.external && r.type.endsWith(suffix) && zip.entry(r.target))?.target ?? null;
  const base = posix.dirname(workbookPart);
  const fallback = (name: string) => (zip.entry(posix.join(base, name)) ? posix.join(base, name) : null);
  return {
    workbookPart, sheets, date1904,
    stylesPart: relOf('/styles') ?? fallback('styles.xml'),
    sharedStringsPart: relOf('/sharedStrings') ?? fallback('sharedStrings.xml'),
  };
}

/** Per cell style (`s` index): how its number format shows a number, and whether with seconds. */
export interface CellStyles {
  kind(style: number): NumberKind;
  seconds(style: number): boolean;
}

export async function readStyles(zip: ZipArchive, part: string | null): Promise<CellStyles> {
  const kinds: NumberKind[] = [];
  const secs: boolean[] = [];
  if (part !== null) {
    const xml = await partText(zip, part);
    if (xml !== null) {
      const custom = new Map<number, string>();
      const xfFormats: number[] = [];
      let inCellXfs = 0;
      scanXml(xml, {
        open(name, a, selfClosing) {
          if (name === 'numFmt') {
            const id = Number(attr(a, 'numFmtId'));
            const code = attr(a, 'formatCode');
            if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
          } else if (name === 'cellXfs') {
            if (!selfClosing) inCellXfs++;
          } else if (name === 'xf' && inCellXfs > 0) {
            xfFormats.push(Number(attr(a, 'numFmtId') ?? 0) || 0);
          }
        },
        close(name) {
          if (name === 'cellXfs' && inCellXfs > 0) inCellXfs--;
        },
        text() {},
      });
      for (const id of xfFormats) {
        const code = custom.get(id);
        kinds.push(code !== undefined ? formatKind(code) : builtinKind(id));
        secs.push(code !== undefined ? formatShowsSeconds(code) : id === 19 || id === 21 || id === 46 || id === 47);
      }
    }
  }
  return { kind: (s) => kinds[s] ?? null, seconds: (s) => secs[s] ?? false };
}

/**
 * The shared strings, each as a person reads it: every `<t>` of an `<si>` joined (plain
 * text before rich-text runs included), phonetic guides (`<rPh>`) left out, Excel's
 * `_xHHHH_` escapes undone.
 */
/**
 * The shared-string table's scanner: positions, not substrings, as the sheet's. A string
 * whose text is one piece (nearly all) is cut from the part once; a rich one (runs) is
 * joined from its pieces; phonetic guides (`rPh`) are left out.
 */
class SharedStringsReader implements RawXmlHandler {
  readonly out = new SharedStrings();
  private inSi = false;
  private inT = false;
  private phonetic = 0;
  private src = '';
  private start = -1;
  private end = -1;
  private pieces: string[] | null = null;

  openTag(_s: string, name: string): void {
    if (name === 'si') {
      this.inSi = true;
      this.start = -1;
      this.pieces = null;
    } else if (name === 'rPh') {
      this.phonetic++;
    } else if (name === 't' && this.phonetic === 0 && this.inSi) {
      this.inT = true;
    }
  }

  closeTag(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'si' && this.inSi) {
      this.inSi = false;
      const raw = this.pieces !== null ? this.pieces.join('') : this.start < 0 ? '' : this.src.slice(this.start, this.end);
      // Copied into the table's chunk as it is sealed: no slice of the part's text is kept.
      this.out.add(unescapeExcel(decodeXml(raw)));
    }
  }

  wantsText(): boolean {
    return this.inT;
  }

  textAt(s: string, start: number, end: number): void {
    if (this.pieces === null && this.start < 0) {
      this.src = s;
      this.start = start;
      this.end = end;
      return;
    }
    this.textRaw(s.slice(start, end));
  }

  textRaw(raw: string): void {
    if (this.pieces === null) this.pieces = this.start < 0 ? [] : [this.src.slice(this.start, this.end)];
    this.pieces.push(raw);
  }
}

export async function readSharedStrings(zip: ZipArchive, part: string | null): Promise<SharedStrings> {
  // Streamed in 64 KiB pieces: read at once, the 42 MB part of a 300k-row LibreOffice
  // listing was its bytes and its text beside the table being built (paired: 379 -> 217
  // MiB peak, CPU 0.98x; with the 1 MiB pieces of before, streaming was 1.6x slower).
  const entry = part === null ? undefined : zip.entry(part);
  if (!entry) return new SharedStrings().finish();
  const reader = new SharedStringsReader();
  const scanner = new RawXmlScanner(reader, ['si', 't', 'r', 'rPh']);
  for await (const text of partTextPieces(zip, entry, PART_MAX_BYTES)) scanner.push(text);
  scanner.end();
  return reader.out.finish();
}

export { attrs };
