import { defineRule } from '../types.js';

/** A file that cannot be opened at all, or a folder or link the walk could not follow; the run goes on with the rest. */
export default defineRule({
  meta: {
    id: 'file/unreadable',
    severity: 'error',
    kinds: 'all',
    description: 'A file or folder cannot be read: corrupt, encrypted, legacy .xls, a spreadsheet format kolops does not read (.numbers, .xlsb), empty, not a spreadsheet, no permission, or a broken or looping link.',
    messages: {
      'ole-container': 'cannot read: this is a legacy .xls or a password-protected workbook (an OLE file). Re-save it in Excel as .xlsx without a password.',
      'encrypted': 'cannot read: the workbook is password-protected ({detail}), so nothing in it was checked. Open it, save a copy without the password, and check that copy.',
      'empty-file': 'cannot read: the file is empty (0 bytes).',
      'not-a-spreadsheet': 'cannot read: this is not a spreadsheet ({detail}). Export it from Excel as .xlsx or .csv.',
      'corrupt-zip': 'cannot read: the workbook is damaged or truncated ({detail}). Open it in Excel or LibreOffice and save it again, or restore a copy.',
      'unsupported-extension': 'cannot read: {detail} files are not supported; use .xlsx or .csv.',
      'unsupported-spreadsheet': 'cannot read: kolops does not read the {detail} format, so nothing in this file was checked. Open it and save it as .xlsx (Excel workbook), or export it as .csv.',
      'permission-denied': 'cannot read: permission denied ({detail}). Ask the owner for read access, or check the permissions of the file and its folders.',
      'folder-unreadable': 'cannot open this folder ({detail}), so none of its workbooks were checked. Give read access to the folder, or leave it out of the paths to check.',
      'symlink-loop': 'this link leads back to itself or to a folder above it, so nothing was read through it. Remove the link or point it at the real file or folder.',
      'broken-link': 'this link points at a file that does not exist, so nothing was read. Remove the link or restore the file it points at.',
      'too-large': 'cannot read: {detail}, over the limit that protects this machine. If the sheet is real, raise "limits" in kolops.config.json ({"limits": {"maxSheetBytes": …, "maxCells": …}})',
      'io-error': 'cannot read: {detail}',
    },
  },
  create(ctx) {
    return {
      fileUnreadable(file, error) {
        ctx.report({ file, messageId: error.reason, args: { detail: error.detail } });
      },
    };
  },
});
