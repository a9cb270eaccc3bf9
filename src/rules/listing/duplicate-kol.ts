import { IntColumn, Interned } from '../../collections/int-column.js';
import { TextArena } from '../../collections/text-arena.js';
import type { ColumnId, TableInfo } from '../../model/table.js';
import { atRow, FirstSeen, placeOf, fieldsCodec } from '../support.js';
import { defineRule } from '../types.js';

interface Entry { key: string; kol: string; brand: string | null; row: number; column: ColumnId; month: string | null }

/** What a repeated row's message needs, kept on scratch for the rows of a huge listing (`FirstSeen`). */
const entryCodec = fieldsCodec<Entry>(['kol'], ['brand', 'column', 'month'],
  () => ({ key: '', row: 0, kol: '', brand: null, column: 'name', month: null }));

const COLUMNS: readonly ColumnId[] = ['name', 'link', 'handle'];

/**
 * A table's rows until its end (its month is final only then), as numbers and the two
 * texts in bytes: ~45 bytes a row instead of an object and its strings (~150). A
 * 300,000-row listing is one table, all of it waiting at once (issue 17).
 */
class PendingRows {
  private readonly byTable = new Map<TableInfo, { texts: TextArena; ints: IntColumn }>();
  private readonly brands = new Interned();
  private readonly months = new Interned();

  add(table: TableInfo, e: Entry): void {
    let rows = this.byTable.get(table);
    if (!rows) this.byTable.set(table, (rows = { texts: new TextArena(), ints: new IntColumn() }));
    rows.ints.push(rows.texts.add([e.key, e.kol]));
    rows.ints.push(e.row);
    rows.ints.push(this.brands.id(e.brand));
    rows.ints.push(this.months.id(e.month));
    rows.ints.push(COLUMNS.indexOf(e.column));
  }

  /** The table's rows in order, each with its own month or else the table's, then forgotten. */
  *take(table: TableInfo): Generator<Entry> {
    const rows = this.byTable.get(table);
    if (!rows) return;
    this.byTable.delete(table);
    const { texts, ints } = rows;
    try {
      for (let i = 0; i < ints.length; i += 5) {
        const [key, kol] = texts.read(ints.get(i), 2);
        yield {
          key: key!, kol: kol ?? '', row: ints.get(i + 1), brand: this.brands.value(ints.get(i + 2)),
          month: this.months.value(ints.get(i + 3)) ?? table.month, column: COLUMNS[ints.get(i + 4)]!,
        };
      }
    } finally {
      // A big table's texts went to scratch: gone with the table, not at the run's end.
      texts.release();
    }
  }
}

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
    const pending = new PendingRows();
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
          seen.add(e.month ?? `table:${table.file}:${table.sheet}:${table.index}`, e.key, table, e.row, e);
        }
      },
      end() {
        seen.finish();
      },
    };
  },
});
