import { defineRule } from '../types.js';

/** A blank row inside a table (the seed's row 28) is harmless but often a deleted KOL nobody noticed. */
export default defineRule({
  meta: {
    id: 'listing/blank-row',
    severity: 'info',
    kinds: ['kol-listing'],
    description: {
      en: 'A blank row (nothing but, perhaps, its running number) inside a table.',
      id: 'Baris kosong (paling banyak hanya nomor urut) di dalam tabel.',
    },
    messageIds: ['blank'],
  },
  create(ctx) {
    return {
      blankRow(table, rowNumber) {
        ctx.report({ table, row: rowNumber, messageId: 'blank' });
      },
    };
  },
});
