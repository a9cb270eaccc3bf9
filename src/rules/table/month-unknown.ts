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
    description: 'No month was found for a table (month column, sheet name, title row, file name, post dates, --month); it is left out of per-month figures.',
    messages: {
      'unknown': 'no month found for this table (no month column, and neither the sheet name "{sheet}", a title row, the file name nor its post dates name one month): its {rows} rows are left out of per-month figures. Name the sheet after its month (e.g. "September 2024"), add a Bulan column, or pass --month',
    },
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
