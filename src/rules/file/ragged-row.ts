import { defineRule } from '../types.js';

/** A CSV record with more or fewer fields than its header is usually a stray delimiter in a cell. */
export default defineRule({
  meta: {
    id: 'file/ragged-row',
    severity: 'warning',
    kinds: 'all',
    description: {
      en: 'A CSV record has a different number of fields than the header (often an unquoted delimiter inside a cell).',
      id: 'Baris CSV memiliki jumlah kolom berbeda dari header (sering karena pemisah tanpa tanda kutip di dalam sel).',
    },
    messageIds: ['ragged'],
  },
  create(ctx) {
    return {
      readNotice(file, notice) {
        if (notice.code !== 'ragged-row') return;
        ctx.report({ file, sheet: notice.sheet, row: notice.rowNumber, messageId: 'ragged', args: notice.args });
      },
    };
  },
});
