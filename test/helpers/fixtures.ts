/**
 * Fixture writers: every test builds the files it needs, in a temp folder, from code.
 * No binary fixtures in the repository, so a reader's test says exactly what is in the file.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter as pathDelimiter, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import type { RawRow } from '../../src/model/cell.js';
import type { WorkbookSource } from '../../src/model/source.js';

/** A fresh temp folder; remove it with `rm(dir, { recursive: true, force: true })`. */
export async function makeTempDir(prefix = 'kolops-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

// ---------------------------------------------------------------------------------
// xlsx

export interface SheetSpec {
  name: string;
  /**
   * Row i is spreadsheet row i + 1; each entry is an exceljs cell value (string, number,
   * Date, `{formula, result}`, `{text, hyperlink}`, `{richText}`, `{error}` …).
   * `undefined` entries and `[]` rows are left unwritten, which makes gaps.
   */
  rows: unknown[][];
  state?: 'hidden' | 'veryHidden';
  /** Ranges like `A1:D1`, merged after the values are written. */
  merges?: string[];
}

export async function writeXlsx(
  dir: string, name: string, sheets: SheetSpec[], opts: { date1904?: boolean } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (opts.date1904) wb.properties.date1904 = true;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    if (spec.state) ws.state = spec.state;
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== undefined) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      });
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

// ---------------------------------------------------------------------------------
// csv

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

export interface CsvOptions {
  delimiter?: string;
  encoding?: CsvEncoding;
  eol?: '\r\n' | '\n';
}

/** RFC 4180 quoting, as Excel does it: only fields that need it, quotes doubled. */
export function csvField(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: string[][], opts: CsvOptions = {}): string {
  const delimiter = opts.delimiter ?? ',';
  const eol = opts.eol ?? '\r\n'; // Excel's own line ending
  return rows.map((row) => row.map((f) => csvField(f, delimiter)).join(delimiter)).join(eol) + eol;
}

/** Windows-1252 bytes 0x80–0x9F (the rest of 0xA0–0xFF is Latin-1). */
const CP1252_HIGH: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
  '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
  '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Node has no Windows-1252 encoder; Excel's plain "CSV" on Windows is exactly that. */
export function encodeWindows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  let i = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const mapped = CP1252_HIGH[ch] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (mapped === undefined) throw new Error(`not encodable in windows-1252: ${JSON.stringify(ch)}`);
    out[i++] = mapped;
  }
  return out.subarray(0, i);
}

export function encodeText(text: string, encoding: CsvEncoding): Buffer {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1252': return encodeWindows1252(text);
  }
}

export async function writeCsv(dir: string, name: string, rows: string[][], opts: CsvOptions = {}): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, encodeText(csvText(rows, opts), opts.encoding ?? 'utf-8'));
  return path;
}

/** Raw bytes or text as given, for the cases `writeCsv` would quote away. */
export async function writeRaw(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

// ---------------------------------------------------------------------------------
// Files that must not open

export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** PNG signature plus a well-formed IHDR chunk of a 1×1 RGB image. */
export function pngBytes(): Buffer {
  const type = Buffer.from('IHDR', 'ascii');
  const data = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  return Buffer.concat([Buffer.from(PNG_SIGNATURE), length, type, data, crc]);
}

/** An OLE compound-file header sector: what both `.xls` and encrypted `.xlsx` start with. */
export function oleBytes(): Buffer {
  const buf = Buffer.alloc(512);
  Buffer.from(OLE_SIGNATURE).copy(buf);
  return buf;
}

/**
 * A minimal ZIP (entries stored, not compressed), to build look-alikes of an xlsx
 * without a zip library: a .docx, an .ods, an xlsx with parts missing.
 */
export function zipBytes(entries: Record<string, string | Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export interface ZipFixtureEntry {
  data: string | Uint8Array;
  /** Deflate the data (default: stored). */
  deflate?: boolean;
  /** The uncompressed size the directory declares (a hostile file lies here). */
  declaredSize?: number;
}

/**
 * A hand-made ZIP for constructs no writer on this machine produces: deflated or stored
 * entries, a declared size that lies, or the ZIP64 layout (sizes and offsets in the ZIP64
 * extra field, a ZIP64 end record and locator).
 */
export function zipArchive(entries: Record<string, ZipFixtureEntry>, opts: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const names = Object.keys(entries);
  for (const name of names) {
    const e = entries[name]!;
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const data = e.deflate ? deflateRawSync(raw) : raw;
    const size = e.declaredSize ?? raw.length;
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const z64 = opts.zip64 === true;
    const extra = z64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (z64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(z64 ? 45 : 20, 4);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(z64 ? 0xffffffff : data.length, 18);
    local.writeUInt32LE(z64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(z64 ? 45 : 20, 4);
    central.writeUInt16LE(z64 ? 45 : 20, 6);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(z64 ? 0xffffffff : data.length, 20);
    central.writeUInt32LE(z64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(z64 ? 0xffffffff : offset, 42);
    locals.push(local, fileName, extra, data);
    centrals.push(central, fileName, extra);
    offset += local.length + fileName.length + extra.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(names.length), 24);
    rec.writeBigUInt64LE(BigInt(names.length), 32);
    rec.writeBigUInt64LE(BigInt(dir.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + dir.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(rec, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.zip64 ? 0xffff : names.length, 8);
  end.writeUInt16LE(opts.zip64 ? 0xffff : names.length, 10);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : dir.length, 12);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, dir, ...tail, end]);
}

export interface RawSheet {
  name: string;
  /** The id in workbook.xml, which need not follow tab order. */
  sheetId: number;
  state?: 'hidden' | 'veryHidden';
  /** The inside of `<sheetData>`, e.g. `<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>`. */
  sheetData: string;
}

/**
 * An xlsx written by hand, part by part, for what exceljs' writer will not produce:
 * sheet ids out of tab order, a raw date serial in a 1904 workbook, a sheet part missing.
 * Style 1 is a date format (numFmt 14), style 0 is General.
 */
export function rawXlsxBytes(
  sheets: RawSheet[], opts: { date1904?: boolean | string; omitSheetParts?: boolean; encodeSheet?: (xml: string) => Uint8Array } = {},
): Buffer {
  // Excel writes date1904="1"; LibreOffice and Google Sheets write "true".
  const date1904 = typeof opts.date1904 === 'string' ? ` date1904="${opts.date1904}"` : opts.date1904 ? ' date1904="1"' : '';
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} ${rns}><workbookPr${date1904}/><sheets>${sheets.map((sh, i) => `<sheet name="${sh.name}" sheetId="${sh.sheetId}"${sh.state ? ` state="${sh.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  };
  if (!opts.omitSheetParts) {
    sheets.forEach((sh, i) => {
      const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns} ${rns}><sheetData>${sh.sheetData}</sheetData></worksheet>`;
      parts[`xl/worksheets/sheet${i + 1}.xml`] = opts.encodeSheet ? opts.encodeSheet(xml) : xml;
    });
  }
  return zipBytes(parts);
}

/** `<c>` with an inline string, for `rawXlsxBytes` sheet data. */
export function inlineStr(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

export interface BadFiles {
  truncatedXlsx: string;
  legacyXls: string;
  encryptedXlsx: string;
  emptyXlsx: string;
  emptyCsv: string;
  pngAsXlsx: string;
  headerOnlyXlsx: string;
}

export async function writeBadFiles(dir: string): Promise<BadFiles> {
  const full = await writeXlsx(dir, 'full.xlsx', [{
    name: 'Sheet1',
    rows: Array.from({ length: 50 }, (_, i) => [`KOL ${i}`, i * 1000, 'Instagram']),
  }]);
  const bytes = await readFile(full);
  await rm(full);
  const headerOnlyXlsx = await writeXlsx(dir, 'header-only.xlsx', [{
    name: 'Sheet1',
    rows: [['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Platform', 'Brand', 'Link Instagram']],
  }]);
  return {
    truncatedXlsx: await writeRaw(dir, 'truncated.xlsx', bytes.subarray(0, bytes.length >> 1)),
    legacyXls: await writeRaw(dir, 'legacy.xls', oleBytes()),
    encryptedXlsx: await writeRaw(dir, 'password.xlsx', oleBytes()),
    emptyXlsx: await writeRaw(dir, 'empty.xlsx', new Uint8Array()),
    emptyCsv: await writeRaw(dir, 'empty.csv', new Uint8Array()),
    pngAsXlsx: await writeRaw(dir, 'screenshot.xlsx', pngBytes()),
    headerOnlyXlsx,
  };
}

// ---------------------------------------------------------------------------------
// LibreOffice, to check that what real office software writes reads the same

/** `soffice` or `libreoffice` on PATH, else null (tests that need it skip, saying why). */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(pathDelimiter)) {
    for (const exe of ['soffice', 'libreoffice']) {
      const candidate = join(dir, exe);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    execFile(cmd, args, { timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) rej(new Error(`${cmd} failed: ${err.message}\n${stderr}`));
      else res({ stdout, stderr });
    });
  });
}

/**
 * Convert `src` with headless LibreOffice into `outDir`, returning the new file's path.
 * Each call gets its own profile folder: two soffice processes sharing one profile
 * block each other, and vitest runs test files in parallel.
 */
export async function convertWithLibreOffice(src: string, outDir: string, to: 'xlsx' | 'csv' | 'pdf'): Promise<string> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const out = join(outDir, `${basename(src, extname(src))}.${to}`);
  if (resolve(out) === resolve(src)) throw new Error('convertWithLibreOffice: outDir must differ from the source folder');
  const profile = join(tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`);
  try {
    const { stdout, stderr } = await run(soffice, [
      `-env:UserInstallation=file://${profile}`,
      '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, src,
    ], 120_000);
    if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}\n${stdout}\n${stderr}`);
    return out;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Each sheet of an opened workbook with its rows, in order (reader tests compare them). */
export async function readSheets(wb: WorkbookSource): Promise<{ name: string; state: string; rows: RawRow[] }[]> {
  const out: { name: string; state: string; rows: RawRow[] }[] = [];
  for await (const sheet of wb.sheets) {
    const rows: RawRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    out.push({ name: sheet.name, state: sheet.state, rows });
  }
  return out;
}

/** Every row of every sheet of an opened workbook, in order (reader tests compare them). */
export async function rowsOf(wb: WorkbookSource): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const sheet of wb.sheets) for await (const row of sheet.rows) rows.push(row);
  return rows;
}

/**
 * Copies of some `examples/` workbooks (with the examples' config) in one temp folder, and
 * their LibreOffice re-saves in another, for "same findings after LibreOffice" tests.
 * Without LibreOffice the second folder holds only the config; callers skip and say why.
 */
async function examplesWithLibreOfficeCopies(root: string, files: readonly string[]): Promise<{ original: string; converted: string; cleanup: () => Promise<void> }> {
  const original = await makeTempDir();
  const converted = await makeTempDir();
  const config = join(root, 'examples', 'kolops.config.json');
  for (const f of files) await copyFile(join(root, 'examples', f), join(original, f));
  await copyFile(config, join(original, 'kolops.config.json'));
  await copyFile(config, join(converted, 'kolops.config.json'));
  if (sofficePath()) for (const f of files) await convertWithLibreOffice(join(original, f), converted, 'xlsx');
  return {
    original, converted,
    cleanup: async () => {
      await rm(original, { recursive: true, force: true });
      await rm(converted, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file comparing examples with their LibreOffice re-saves: the folders are made
 * before its tests (`folders` is filled in then) and removed after. `soffice` is null when
 * LibreOffice is absent; the tests then skip, and this says so once, naming `cases`.
 */
export function useLibreOfficeCopiesOfExamples(root: string, files: readonly string[], cases: string): {
  soffice: string | null;
  folders: { original: string; converted: string };
} {
  const soffice = sofficePath();
  if (!soffice) console.warn(`skipping the LibreOffice ${cases} cases: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui`);
  const folders = { original: '', converted: '' };
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const made = await examplesWithLibreOfficeCopies(root, files);
    folders.original = made.original;
    folders.converted = made.converted;
    cleanup = made.cleanup;
  }, 300_000);
  afterAll(() => cleanup());
  return { soffice, folders };
}
