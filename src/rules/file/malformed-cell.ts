import { defineRule } from '../types.js';

/**
 * What a damaged or hand-made .xlsx holds that no cell can mean: a reference outside
 * Excel's grid (`ZZZZZZZ1`, `A0`, `1A`), a row number beyond it, a cell pointing at a
 * shared string the file does not have. The cell is skipped or read empty — and said.
 */
export default defineRule({
  meta: {
    id: 'file/malformed-cell',
    severity: 'warning',
    kinds: 'all',
    description: 'A cell of an .xlsx cannot be placed or read: a reference outside A1:XFD1048576, a bad row number, or a shared string the file does not have.',
    messages: {
      'bad-cell-ref': 'cell reference "{ref}" is outside Excel\'s grid (A1 to XFD1048576), so the cell was skipped; the file is damaged or was not written by a spreadsheet program. Open and save it in Excel or LibreOffice',
      'bad-row-number': 'row number "{value}" is outside Excel\'s grid; the row is read as the next one. Open and save the file in Excel or LibreOffice',
      'missing-shared-string': 'cell {ref} points at shared string {index}, but the file has {count}: the cell is read as empty. The file is damaged; open and save it in Excel or LibreOffice',
      'notices-capped': '{more} more cells like that ({code}) in this sheet are not listed',
    },
  },
  create(ctx) {
    return {
      readNotice(file, notice) {
        if (notice.code === 'ragged-row') return;
        ctx.report({ file, sheet: notice.sheet, row: notice.rowNumber || null, messageId: notice.code, args: notice.args });
      },
    };
  },
});
