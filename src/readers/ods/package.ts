/**
 * An .ods package as OpenDocument (ODF 1.3 Part 2) lays it out: `mimetype` saying what
 * the document is, `META-INF/manifest.xml` saying which parts are encrypted,
 * `content.xml` holding the sheets, `styles.xml` the common styles. What is not an
 * OpenDocument spreadsheet, or is one kolops cannot open (encrypted), is said here.
 */
import type { MessageRef } from '../../model/finding.js';
import type { ZipArchive, ZipEntry } from '../../zip/archive.js';
import { readerText, unreadableFile, type ReaderMessageKey } from '../detail.js';
import { partText } from '../xlsx/package.js';

export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** A spreadsheet template (.ots) holds sheets the same way. */
const SPREADSHEET_TYPES = new Set([ODS_MIMETYPE, `${ODS_MIMETYPE}-template`]);

/** The OpenDocument types a user may send instead of a spreadsheet, by the name they know. */
const OTHER_TYPES: Readonly<Record<string, ReaderMessageKey>> = {
  text: 'reader:odt',
  presentation: 'reader:odp',
  graphics: 'reader:odg',
  chart: 'reader:odc',
  formula: 'reader:odf',
};

/**
 * What an OpenDocument mimetype names, as the detail of `not-a-spreadsheet`; `misnamed`
 * when the file came under another extension, so a spreadsheet among them says to rename it.
 */
export function describeOpenDocument(mimetype: string, misnamed = false): MessageRef {
  if (misnamed && SPREADSHEET_TYPES.has(mimetype)) return readerText('reader:ods-misnamed');
  const kind = /^application\/vnd\.oasis\.opendocument\.([a-z]+)/.exec(mimetype)?.[1];
  const known = kind ? OTHER_TYPES[kind] : undefined;
  if (known) return readerText(known);
  return mimetype ? readerText('reader:od-other', { mimetype }) : readerText('reader:od-no-mimetype');
}

export interface OdsPackage {
  readonly content: ZipEntry;
  /** styles.xml's text, or null when the package has none. */
  readonly styles: string | null;
}

/** The zip's `mimetype`, trimmed; '' when it has none. */
export async function mimetypeOf(zip: ZipArchive): Promise<string> {
  return ((await partText(zip, 'mimetype')) ?? '').trim();
}

/**
 * The package's parts, or null when the zip is an xlsx (a workbook misnamed .ods, read as
 * what it is). An encrypted package (a password set in LibreOffice) keeps its parts
 * readable as zip entries but their bytes are ciphertext: the manifest says so, and that
 * is said before anything is parsed.
 */
export async function readOdsPackage(zip: ZipArchive): Promise<OdsPackage | null> {
  const mimetype = await mimetypeOf(zip);
  const manifest = await partText(zip, 'META-INF/manifest.xml');
  if (zip.entry('encrypted-package') || (manifest !== null && /<(?:[\w.-]+:)?encryption-data\b/.test(manifest))) {
    throw unreadableFile('encrypted', readerText('reader:ods-encrypted'));
  }
  const content = zip.entry('content.xml');
  if (!content) {
    if (mimetype === '' && zip.entry('[Content_Types].xml')) return null;
    if (mimetype !== '' && !SPREADSHEET_TYPES.has(mimetype)) throw unreadableFile('not-a-spreadsheet', describeOpenDocument(mimetype));
    if (mimetype === '') throw unreadableFile('not-a-spreadsheet', readerText('reader:ods-no-spreadsheet'));
    throw unreadableFile('corrupt-zip', readerText('reader:ods-no-content'));
  }
  if (mimetype !== '' && !SPREADSHEET_TYPES.has(mimetype)) throw unreadableFile('not-a-spreadsheet', describeOpenDocument(mimetype));
  return { content, styles: await partText(zip, 'styles.xml') };
}
