import { defineRule } from '../types.js';

/** A CSV record with more or fewer fields than its header is usually a stray delimiter in a cell. */
export default defineRule({
  meta: {
    id: 'file/ragged-row',
    severity: 'warning',
    kinds: 'all',
    description: 'A CSV record has a different number of fields than the header (often an unquoted delimiter inside a cell).',
    messages: {
      'ragged': 'record has {found} fields where the header has {expected}',
    },
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
