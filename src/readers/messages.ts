/**
 * What a file is instead of a spreadsheet, and what is wrong with one kolops cannot read:
 * the `{detail}` of `file/unreadable` (and of describe, diff and textconv, which say the
 * same). Values from the file or the system (a part name, a mimetype, an extension, an
 * error code) are arguments. English, beside the code that shows it; every other
 * language is one file in src/i18n/locales/. Data only: this module imports nothing.
 */
export const readerMessages = {
  // What the first bytes say the file is (sniff.ts).
  'reader:kind-png': 'PNG image',
  'reader:kind-jpeg': 'JPEG image',
  'reader:kind-gif': 'GIF image',
  'reader:kind-pdf': 'PDF document',
  'reader:kind-text': 'plain text file',
  'reader:kind-zip': 'ZIP archive',
  'reader:kind-ole': 'OLE compound file',
  'reader:kind-empty': 'empty file',
  'reader:kind-binary': 'unrecognised binary data',
  // Named as something else than it is.
  'reader:csv-got-zip': 'ZIP archive, perhaps an .xlsx saved under a text-file name',
  'reader:csv-got-ole': 'Excel 97-2003 or password-protected workbook saved under a text-file name',
  'reader:xls-got-markup': 'HTML or XML document saved as .xls',
  'reader:xlsx-got-text': 'text file, not an Excel workbook',
  'reader:fods-got-text': 'text file, not an OpenDocument spreadsheet',
  'reader:no-extension': 'extension-less',
  // Spreadsheet formats kolops does not read.
  'reader:format-xlsb': 'Excel binary workbook (.xlsb)',
  'reader:format-numbers': 'Apple Numbers (.numbers)',
  'reader:format-et': 'WPS spreadsheet (.et)',
  // OLE compound files (describeOle) and zips without a workbook (describeZip).
  'reader:ole-encrypted': 'password-protected (encrypted) workbook',
  'reader:ole-xls': 'legacy Excel 97-2003 workbook (.xls)',
  'reader:ole-either': 'legacy .xls or password-protected workbook',
  'reader:zip-word': 'Word document',
  'reader:zip-powerpoint': 'PowerPoint presentation',
  'reader:zip-no-workbook': 'ZIP archive without an Excel workbook',
  'reader:no-worksheet': 'the workbook has no readable worksheet',
  // OpenDocument ({kind} is one of the names below).
  'reader:ods-encrypted': 'password-protected (encrypted) OpenDocument spreadsheet',
  'reader:ods-no-spreadsheet': 'ZIP archive without an OpenDocument spreadsheet',
  'reader:ods-no-content': 'the spreadsheet has no content.xml',
  'reader:ods-misnamed': 'OpenDocument spreadsheet with another extension: rename it to .ods',
  'reader:odt': 'OpenDocument text document (.odt)',
  'reader:odp': 'OpenDocument presentation (.odp)',
  'reader:odg': 'OpenDocument drawing (.odg)',
  'reader:odc': 'OpenDocument chart (.odc)',
  'reader:odf': 'OpenDocument formula (.odf)',
  'reader:od-other': 'OpenDocument file ({mimetype})',
  'reader:od-no-mimetype': 'OpenDocument file (no mimetype)',
  'reader:flat': 'flat {kind}',
  // Over the limits (config `limits`); the too-large message goes on "…, over the limit".
  'reader:too-many-cells': 'sheet "{sheet}" holds more than {max, number} cells (limits.maxCells)',
  'reader:file-too-big': 'the file is {bytes, number} bytes (limits.maxSheetBytes)',
  // Damaged XML inside a workbook ({tag} is the element's name).
  'reader:xml-stray-slash': 'a stray "/" inside <{tag}>',
  'reader:xml-no-value': 'an attribute without a value in <{tag}>',
  'reader:xml-unquoted': 'an unquoted attribute value in <{tag}>',
  'reader:xml-close-unopened': 'a closing </{tag}> with nothing open',
  'reader:xml-close-mismatch': '<{open}> closed by </{tag}>',
  'reader:xml-ends-in-tag': 'the XML ends inside a tag (the part is cut short)',
  'reader:xml-ends-open': 'the XML ends with <{tag}> still open (the part is cut short)',
  // What the system said when a file could not be read ({code} is its error code).
  'reader:os-ENOENT': 'the file does not exist',
  'reader:os-EISDIR': 'it is a folder, not a file',
  'reader:os-ENOTDIR': 'a part of its path is a file, not a folder',
  'reader:os-ENAMETOOLONG': 'the name is too long',
  'reader:os-EIO': 'the disk reported an input/output error',
  'reader:os-EMFILE': 'too many files are open at once',
  'reader:os-ENFILE': 'the system has too many files open',
  'reader:os-EBUSY': 'the file is in use by another program',
  'reader:os-ETIMEDOUT': 'reading the file took too long (a network drive?)',
  'reader:os-other': 'the system said {code}',
  // Anything else: a kolops bug, said with the error's own first line.
  'reader:unexpected': 'an unexpected error ({error})',
} as const;
