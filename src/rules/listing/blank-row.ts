import { defineRule } from '../types.js';

/** A blank row inside a table (the seed's row 28) is harmless but often a deleted KOL nobody noticed. */
export default defineRule({
  meta: {
    id: 'listing/blank-row',
    severity: 'info',
    kinds: ['kol-listing'],
    description: 'A blank row (nothing but, perhaps, its running number) inside a table.',
    messages: {
      'blank': 'blank row inside the table; if a KOL was deleted here by mistake, restore it, otherwise delete the row',
    },
  },
  create(ctx) {
    return {
      blankRow(table, rowNumber) {
        ctx.report({ table, row: rowNumber, messageId: 'blank' });
      },
    };
  },
});
