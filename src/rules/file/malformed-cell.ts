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
    description: {
      en: 'A cell of an .xlsx cannot be placed or read: a reference outside A1:XFD1048576, a bad row number, or a shared string the file does not have.',
      id: 'Sel .xlsx tidak bisa ditempatkan atau dibaca: referensi di luar A1:XFD1048576, nomor baris yang salah, atau shared string yang tidak ada di file.',
    },
    messageIds: ['bad-cell-ref', 'bad-row-number', 'missing-shared-string', 'notices-capped'],
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
