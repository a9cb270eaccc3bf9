import type { ColumnId } from '../../model/table.js';
import { atRow, FirstSeen, PendingByTable, placeOf } from '../support.js';
import { defineRule } from '../types.js';

interface Entry { key: string; kol: string; brand: string | null; row: number; column: ColumnId; month: string | null }

/** One account, one slot a month: a second row for it inflates the count toward the target. */
export default defineRule({
  meta: {
    id: 'listing/duplicate-kol',
    severity: 'error',
    kinds: ['kol-listing'],
    description: 'The same account (same profile link, or same name when there is no link) is listed twice in one month.',
    messages: {
      'duplicate': '{kol} is listed twice in {month, month}: first at row {firstRow} of this sheet; delete one of the two rows',
      'duplicate-sheet': '{kol} is listed twice in {month, month}: first at row {firstRow} of sheet "{sheet}"; delete one of the two rows',
      'duplicate-file': '{kol} is listed twice in {month, month}: first in {file}, sheet "{sheet}", row {firstRow}; delete one of the two rows',
    },
  },
  create(ctx) {
    const pending = new PendingByTable<Entry>();
    const seen = new FirstSeen();
    return {
      listingRow(row) {
        if (!row.key) return;
        const column: ColumnId = row.key.startsWith('name:') ? 'name' : row.table.columns.has('link') ? 'link' : 'handle';
        pending.add(row.table, { key: row.key, kol: row.kol, brand: atRow(row, column).brand, row: row.rowNumber, column, month: row.month });
      },
      tableEnd(table) {
        for (const e of pending.take(table)) {
          // With no month known the table itself is the scope: two rows of one table are one month.
          const scope = e.resolvedMonth ?? `table:${table.file}:${table.sheet}:${table.index}`;
          const first = seen.check(scope, e.key, table, e.row);
          if (!first) continue;
          // Name the first place as far as it differs: the row, the sheet too, the file too.
          const place = placeOf(first, table);
          const messageId = place.where === 'file' ? 'duplicate-file' : place.where === 'sheet' ? 'duplicate-sheet' : 'duplicate';
          ctx.report({ table, row: e.row, column: e.column, messageId, kol: e.kol, brand: e.brand, month: e.resolvedMonth,
            args: { kol: e.kol, month: e.resolvedMonth ?? '?', firstRow: place.row, sheet: place.sheet, file: place.file } });
        }
      },
    };
  },
});
