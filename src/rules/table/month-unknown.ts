import { defineRule } from '../types.js';

/**
 * A table whose month nothing says is left out of every per-month figure (the target of
 * 20 KOLs, the month-end report) — said, with what was looked at, instead of counted
 * into some month.
 */
export default defineRule({
  meta: {
    id: 'table/month-unknown',
    severity: 'warning',
    kinds: 'all',
    description: {
      en: 'No month was found for a table (month column, sheet name, title row, file name, post dates, --month); it is left out of per-month figures.',
      id: 'Bulan tabel tidak ditemukan (kolom bulan, nama sheet, baris judul, nama file, tanggal posting, --month); tabel ini tidak dihitung di angka per bulan.',
    },
    messageIds: ['unknown'],
  },
  create(ctx) {
    return {
      tableEnd(table) {
        if (table.month !== null || !table.undatedRows) return;
        ctx.report({ table, row: table.headerRow, messageId: 'unknown', args: { sheet: table.sheet, rows: table.undatedRows } });
      },
    };
  },
});
