import type { TableInfo } from '../../model/table.js';
import { atRow, PendingByTable, placeOf } from '../support.js';
import { defineRule } from '../types.js';

interface Entry { key: string; kol: string; brand: string | null; row: number; month: string | null }
interface Occurrence { month: string; table: TableInfo; row: number; kol: string; brand: string | null }

/** Worth knowing, not wrong: a KOL who was approached last month may be waiting on a PR pack already. */
export default defineRule({
  meta: {
    id: 'listing/repeat-kol',
    severity: 'info',
    kinds: ['kol-listing'],
    description: 'The account was already listed in an earlier month.',
    messages: {
      'repeat': '{kol} was already listed in {previousMonth, month}, at row {previousRow} of this sheet; check that row\'s PR-pack status before contacting the KOL again',
      'repeat-sheet': '{kol} was already listed in {previousMonth, month}, at row {previousRow} of sheet "{sheet}"; check that row\'s PR-pack status before contacting the KOL again',
      'repeat-file': '{kol} was already listed in {previousMonth, month}, in {file}, sheet "{sheet}", row {previousRow}; check that row\'s PR-pack status before contacting the KOL again',
    },
  },
  create(ctx) {
    const pending = new PendingByTable<Entry>();
    const byKey = new Map<string, Occurrence[]>();
    return {
      listingRow(row) {
        if (row.key) pending.add(row.table, { key: row.key, kol: row.kol, brand: atRow(row, 'name').brand, row: row.rowNumber, month: row.month });
      },
      tableEnd(table) {
        for (const e of pending.take(table)) {
          if (!e.resolvedMonth) continue;
          let list = byKey.get(e.key);
          if (!list) byKey.set(e.key, (list = []));
          list.push({ month: e.resolvedMonth, table, row: e.row, kol: e.kol, brand: e.brand });
        }
      },
      end() {
        for (const list of byKey.values()) {
          for (const o of list) {
            const earlier = list.filter((p) => p.month < o.month).sort((a, b) => (a.month < b.month ? 1 : -1))[0];
            if (!earlier) continue;
            // Name the earlier row as far as it differs from this one: the row, the sheet too, the file too.
            const place = placeOf({ file: earlier.table.file, sheet: earlier.table.sheet, row: earlier.row }, o.table);
            const messageId = place.where === 'file' ? 'repeat-file' : place.where === 'sheet' ? 'repeat-sheet' : 'repeat';
            ctx.report({ table: o.table, row: o.row, column: 'name', messageId, kol: o.kol, brand: o.brand, month: o.month,
              args: { kol: o.kol, previousMonth: earlier.month, previousRow: place.row, sheet: place.sheet, file: place.file } });
          }
        }
      },
    };
  },
});
