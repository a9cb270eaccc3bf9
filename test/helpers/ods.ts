/**
 * OpenDocument spreadsheets written by hand, part by part, for what LibreOffice will not
 * write on request: a million empty rows after the data, a value repeated past the cell
 * limit, other namespace prefixes, a damaged or encrypted package.
 */
import { zipArchive, type ZipFixtureEntry } from './fixtures.js';

export const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
  calcext: 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/** `xmlns:office="…" xmlns:table="…"`, each namespace under the prefix given (LibreOffice's own by default). */
export function declarations(prefixes: Partial<Record<keyof typeof NS, string>> = {}): string {
  return Object.entries(NS).map(([k, uri]) => `xmlns:${prefixes[k as keyof typeof NS] ?? k}="${uri}"`).join(' ');
}

/** content.xml around the inside of `office:spreadsheet` (`<table:table …>…</table:table>`). */
export function contentXml(tables: string, opts: { automaticStyles?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${declarations()} office:version="1.3">`
    + `<office:automatic-styles>${opts.automaticStyles ?? ''}</office:automatic-styles>`
    + `<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
}

/** styles.xml holding common styles (`<number:date-style …>`, `<style:style …>`). */
export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${declarations()} office:version="1.3"><office:styles>${styles}</office:styles></office:document-styles>`;
}

export const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;

/** The manifest of a package saved with a password in LibreOffice: each part carries its encryption data. */
export const ENCRYPTED_MANIFEST = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1234"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>`;

export interface OdsParts {
  /** content.xml's text; null leaves it out. */
  content: string | Uint8Array | null;
  styles?: string;
  /** The `mimetype` entry; null leaves it out. Default: an OpenDocument spreadsheet. */
  mimetype?: string | null;
  manifest?: string;
  /** More entries, as they are. */
  extra?: Record<string, string>;
}

/** An .ods as LibreOffice lays it out: `mimetype` first and stored, the XML parts deflated. */
export function odsBytes(parts: OdsParts): Buffer {
  const entries: Record<string, ZipFixtureEntry> = {};
  const mimetype = parts.mimetype === undefined ? 'application/vnd.oasis.opendocument.spreadsheet' : parts.mimetype;
  if (mimetype !== null) entries.mimetype = { data: mimetype };
  entries['META-INF/manifest.xml'] = { data: parts.manifest ?? MANIFEST, deflate: true };
  if (parts.styles !== undefined) entries['styles.xml'] = { data: parts.styles, deflate: true };
  if (parts.content !== null) entries['content.xml'] = { data: parts.content, deflate: true };
  for (const [name, data] of Object.entries(parts.extra ?? {})) entries[name] = { data, deflate: true };
  return zipArchive(entries);
}

/** `<table:table>` of the given rows (`<table:table-row>…`), optionally styled. */
export function table(name: string, rows: string, style?: string): string {
  return `<table:table table:name="${name}"${style ? ` table:style-name="${style}"` : ''}>${rows}</table:table>`;
}

export const row = (cells: string, attrs = '') => `<table:table-row${attrs ? ` ${attrs}` : ''}>${cells}</table:table-row>`;
export const str = (text: string, attrs = '') => `<table:table-cell${attrs ? ` ${attrs}` : ''} office:value-type="string" calcext:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
export const num = (value: number, attrs = '') => `<table:table-cell${attrs ? ` ${attrs}` : ''} office:value-type="float" office:value="${value}" calcext:value-type="float"><text:p>${value}</text:p></table:table-cell>`;
export const empty = (repeat = 1) => (repeat === 1 ? '<table:table-cell/>' : `<table:table-cell table:number-columns-repeated="${repeat}"/>`);
/** What LibreOffice writes after the last row: empty rows to row 1,048,576, each empty to column XFD. */
export const TRAILING_ROWS = `<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`;
