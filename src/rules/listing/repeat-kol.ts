import { IntColumn, Interned } from '../../collections/int-column.js';
import { KeyIndex } from '../../collections/key-index.js';
import { TextArena } from '../../collections/text-arena.js';
import type { TableInfo } from '../../model/table.js';
import { atRow, placeOf } from '../support.js';
import { defineRule } from '../types.js';

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
    /**
     * Every listing row is remembered until the run ends (an earlier month may be read
     * last), so a row is numbers, not an object (issue 17: an object and an array per row
     * were most of a 300,000-row listing's memory): its month, table, row, brand, a handle
     * to its KOL's name, and the next row of the same account. Each account's rows are a
     * linked list in the order the tables ended, the order the rows used to be listed in.
     */
    const accounts = new KeyIndex();
    const heads = new IntColumn(); // per account: its first row's record + 1 (0: none yet)
    const tails = new IntColumn(); // per account: its last row's record + 1
    const recMonth = new IntColumn();
    const recTable = new IntColumn();
    const recRow = new IntColumn();
    const recBrand = new IntColumn();
    const recKol = new IntColumn();
    const recNext = new IntColumn();
    const months = new Interned();
    const brands = new Interned();
    const tables = new Interned<TableInfo>();
    const kols = new TextArena();
    /** Per table until its end (its month is final only then): record and account number, in row order. */
    const pending = new Map<TableInfo, IntColumn>();
    return {
      listingRow(row) {
        if (!row.key) return;
        let account = accounts.setIfAbsent(row.key, heads.length);
        if (account === undefined) {
          account = heads.push(0);
          tails.push(0);
        }
        const r = recMonth.push(months.id(row.month));
        recTable.push(tables.id(row.table));
        recRow.push(row.rowNumber);
        recBrand.push(brands.id(atRow(row, 'name').brand));
        recKol.push(kols.add([row.kol]));
        recNext.push(0);
        let list = pending.get(row.table);
        if (!list) pending.set(row.table, (list = new IntColumn()));
        list.push(r);
        list.push(account);
      },
      tableEnd(table) {
        const list = pending.get(table);
        if (!list) return;
        pending.delete(table);
        const tableMonth = months.id(table.month);
        for (let i = 0; i < list.length; i += 2) {
          const r = list.get(i);
          const account = list.get(i + 1);
          const month = recMonth.get(r) || tableMonth;
          if (!month) continue;
          recMonth.set(r, month);
          const tail = tails.get(account);
          if (tail === 0) heads.set(account, r + 1);
          else recNext.set(tail - 1, r + 1);
          tails.set(account, r + 1);
        }
      },
      end() {
        for (let account = 0; account < heads.length; account++) {
          const head = heads.get(account);
          // An account listed once has no earlier month.
          if (head === 0 || recNext.get(head - 1) === 0) continue;
          const list: Occurrence[] = [];
          for (let r = head - 1; r >= 0; r = recNext.get(r) - 1) {
            list.push({ month: months.value(recMonth.get(r))!, table: tables.value(recTable.get(r))!, row: recRow.get(r),
              kol: kols.read(recKol.get(r), 1)[0] ?? '', brand: brands.value(recBrand.get(r)) });
          }
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
