/**
 * What is wrong with a zip archive, as the `{detail}` of `file/unreadable` (a damaged or
 * truncated .xlsx or .ods) and of `normalize`'s refusals. `{entry}` is the part's name as
 * the archive spells it (`xl/worksheets/sheet1.xml`). English, beside the code that
 * shows it; every other language is one file in src/i18n/locales/. Data only: this
 * module imports nothing.
 */
export const zipMessages = {
  'zip:no-end-record': 'no end of central directory record (truncated, or not a zip)',
  'zip:zip64-too-far': 'a ZIP64 size or offset beyond any real file',
  'zip:multi-disk': 'a multi-disk (split) zip archive',
  'zip:zip64-no-end-record': 'a ZIP64 archive without its ZIP64 end record',
  'zip:zip64-end-record-damaged': 'a damaged ZIP64 end record',
  'zip:directory-past-end': 'the central directory lies beyond the end of the file (truncated)',
  'zip:zip64-extra-short': 'a ZIP64 extra field too short for its sizes',
  'zip:directory-damaged': 'a damaged central directory',
  'zip:local-header-damaged': 'a damaged local header for {entry}',
  'zip:entry-encrypted': '{entry} is encrypted',
  'zip:entry-method': '{entry} uses compression method {method} (only store and deflate are read)',
  'zip:entry-over-limit': '{entry} unpacks to more than {max, number} bytes',
  'zip:entry-unpacks-to': '{entry} unpacks to {bytes, number} bytes',
  'zip:entry-stored-size': '{entry} is {bytes, number} bytes',
  'zip:entry-damaged': '{entry} is damaged: its compressed data cannot be unpacked',
  'zip:entry-cut-short': '{entry} is cut short (truncated file)',
  'zip:no-rewrite-zip64': 'a ZIP64 archive (kolops does not rewrite those)',
  'zip:no-entry-to-replace': 'no entry {entry} to replace',
} as const;
