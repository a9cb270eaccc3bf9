import type { ColumnId } from '../../model/table.js';
import { atRow, FirstSeen, PendingByTable, placeOf, textFieldsCodec } from '../support.js';
import { defineRule } from '../types.js';

interface Entry { key: string; kol: string; brand: string | null; row: number; column: ColumnId; month: string | null }

/** What a repeated row's message needs, kept on scratch for the rows of a huge listing (`FirstSeen`). */
const entryCodec = textFieldsCodec<Entry>(['kol', 'brand', 'column', 'month'],
  () => ({ key: '', row: 0, kol: '', brand: null, column: 'name', month: null }));

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
    const seen = new FirstSeen<Entry>(entryCodec, ({ first, table, row, payload: e }) => {
      // Name the first place as far as it differs: the row, the sheet too, the file too.
      const place = placeOf(first, table);
      const messageId = place.where === 'file' ? 'duplicate-file' : place.where === 'sheet' ? 'duplicate-sheet' : 'duplicate';
      ctx.report({ table, row, column: e.column, messageId, kol: e.kol, brand: e.brand, month: e.month,
        args: { kol: e.kol, month: e.month ?? '?', firstRow: place.row, sheet: place.sheet, file: place.file } });
    });
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
          // The payload's month is the month the row is counted in.
          e.month = e.resolvedMonth;
          seen.add(scope, e.key, table, e.row, e);
        }
      },
      end() {
        seen.finish();
      },
    };
  },
});
