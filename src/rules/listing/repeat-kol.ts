import { IntColumn, Interned } from '../../collections/int-column.js';
import { KeyIndex } from '../../collections/key-index.js';
import { ScratchPartitions } from '../../collections/scratch-records.js';
import { TextArena } from '../../collections/text-arena.js';
import type { TableInfo } from '../../model/table.js';
import type { ListingRow } from '../../rows/listing.js';
import { atRow, placeOf, SCRATCH_PARTITIONS } from '../support.js';
import { defineRule } from '../types.js';

interface Occurrence { month: string; table: TableInfo; row: number; kol: string; brand: string | null }

/**
 * Listing rows remembered in memory before they go to scratch files: ~5 MB of them. Every
 * listing row waits for the run's end (an earlier month may be read last), so in memory
 * they were ~70 bytes a row whatever the numbers are made of (issue 17: 14 MB more at
 * 300,000 rows than at 100,000); on scratch a row costs nothing until the end, where one
 * partition at a time is read back and its accounts grouped.
 */
export const ROWS_IN_MEMORY = 1 << 16;

/**
 * The rows in memory, as numbers, not objects (an object and an array per row were most
 * of a 300,000-row listing's memory): a row's month, table, row, brand, a handle to its
 * KOL's name, and the next row of the same account. Each account's rows are a linked list
 * in the order the tables ended, the order the rows used to be listed in.
 */
class RowsInMemory {
  readonly accounts = new KeyIndex();
  private readonly heads = new IntColumn(); // per account: its first row's record + 1 (0: none yet)
  private readonly tails = new IntColumn(); // per account: its last row's record + 1
  private readonly recMonth = new IntColumn();
  private readonly recTable = new IntColumn();
  private readonly recRow = new IntColumn();
  private readonly recBrand = new IntColumn();
  private readonly recKol = new IntColumn();
  private readonly recNext = new IntColumn();
  private readonly months = new Interned();
  private readonly brands = new Interned();
  private readonly kols = new TextArena();
  /** Per table until its end (its month is final only then): record and account number, in row order. */
  private readonly pending = new Map<TableInfo, IntColumn>();

  constructor(private readonly tables: Interned<TableInfo>) {}

  get rows(): number {
    return this.recRow.length;
  }

  add(row: ListingRow & { key: string }): void {
    let account = this.accounts.setIfAbsent(row.key, this.heads.length);
    if (account === undefined) {
      account = this.heads.push(0);
      this.tails.push(0);
    }
    const r = this.recMonth.push(this.months.id(row.month));
    this.recTable.push(this.tables.id(row.table));
    this.recRow.push(row.rowNumber);
    this.recBrand.push(this.brands.id(atRow(row, 'name').brand));
    this.recKol.push(this.kols.add([row.kol]));
    this.recNext.push(0);
    let list = this.pending.get(row.table);
    if (!list) this.pending.set(row.table, (list = new IntColumn()));
    list.push(r);
    list.push(account);
  }

  tableEnd(table: TableInfo): void {
    const list = this.pending.get(table);
    if (!list) return;
    this.pending.delete(table);
    const tableMonth = this.months.id(table.month);
    for (let i = 0; i < list.length; i += 2) {
      const r = list.get(i);
      const account = list.get(i + 1);
      const month = this.recMonth.get(r) || tableMonth;
      if (!month) continue;
      this.recMonth.set(r, month);
      const tail = this.tails.get(account);
      if (tail === 0) this.heads.set(account, r + 1);
      else this.recNext.set(tail - 1, r + 1);
      this.tails.set(account, r + 1);
    }
  }

  /** Each account listed more than once, its rows in order. */
  each(onAccount: (rows: Occurrence[]) => void): void {
    for (let account = 0; account < this.heads.length; account++) {
      const head = this.heads.get(account);
      // An account listed once has no earlier month.
      if (head === 0 || this.recNext.get(head - 1) === 0) continue;
      const list: Occurrence[] = [];
      for (let r = head - 1; r >= 0; r = this.recNext.get(r) - 1) list.push(this.occurrence(r, this.months.value(this.recMonth.get(r))!));
      onAccount(list);
    }
  }

  private occurrence(r: number, month: string): Occurrence {
    return { month, table: this.tables.value(this.recTable.get(r))!, row: this.recRow.get(r),
      kol: this.kols.read(this.recKol.get(r), 1)[0] ?? '', brand: this.brands.value(this.recBrand.get(r)) };
  }

  /**
   * Every row to scratch, as `write` writes a row read after the switch: the rows of ended
   * tables account by account, then those of tables still open (their month is settled
   * at the end, from the table). The order within an account is the order they were listed.
   */
  toScratch(scratch: ScratchPartitions): void {
    const keys: string[] = new Array(this.heads.length);
    this.accounts.forEach((key, _space, account) => { keys[account] = key; });
    const put = (r: number, account: number) => {
      const kol = this.kols.read(this.recKol.get(r), 1)[0] ?? '';
      write(scratch, keys[account]!, this.recTable.get(r), this.recRow.get(r), this.months.value(this.recMonth.get(r)), this.brands.value(this.recBrand.get(r)), kol);
    };
    for (let account = 0; account < this.heads.length; account++) {
      for (let r = this.heads.get(account) - 1; r >= 0; r = this.recNext.get(r) - 1) put(r, account);
    }
    for (const list of this.pending.values()) for (let i = 0; i < list.length; i += 2) put(list.get(i), list.get(i + 1));
    this.kols.release();
  }
}

/** A row on scratch: the account as the key, the table as the tag, then its own month (or none), brand and KOL name. */
function write(scratch: ScratchPartitions, key: string, table: number, row: number, month: string | null, brand: string | null, kol: string): void {
  scratch.begin(0, key, 0, table, row);
  scratch.symbol(month);
  scratch.symbol(brand);
  scratch.text(kol);
  scratch.end();
}

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
    const tables = new Interned<TableInfo>();
    let memory: RowsInMemory | null = new RowsInMemory(tables);
    /** Set once the rows in memory passed `ROWS_IN_MEMORY` and scratch could be had; then every row goes there. */
    let scratch: ScratchPartitions | null = null;

    const reportRepeats = (list: readonly Occurrence[]) => {
      for (const o of list) {
        const earlier = list.filter((p) => p.month < o.month).sort((a, b) => (a.month < b.month ? 1 : -1))[0];
        if (!earlier) continue;
        // Name the earlier row as far as it differs from this one: the row, the sheet too, the file too.
        const place = placeOf({ file: earlier.table.file, sheet: earlier.table.sheet, row: earlier.row }, o.table);
        const messageId = place.where === 'file' ? 'repeat-file' : place.where === 'sheet' ? 'repeat-sheet' : 'repeat';
        ctx.report({ table: o.table, row: o.row, column: 'name', messageId, kol: o.kol, brand: o.brand, month: o.month,
          args: { kol: o.kol, previousMonth: earlier.month, previousRow: place.row, sheet: place.sheet, file: place.file } });
      }
    };

    return {
      listingRow(row) {
        if (!row.key) return;
        if (memory && memory.rows === ROWS_IN_MEMORY) {
          scratch = ScratchPartitions.open(SCRATCH_PARTITIONS);
          if (scratch) {
            memory.toScratch(scratch);
            memory = null;
          }
        }
        if (memory) memory.add(row as ListingRow & { key: string });
        else write(scratch!, row.key, tables.id(row.table), row.rowNumber, row.month, atRow(row, 'name').brand, row.kol);
      },
      tableEnd(table) {
        memory?.tableEnd(table);
      },
      end() {
        if (memory) return memory.each(reportRepeats);
        scratch!.groups((records) => {
          const list: Occurrence[] = [];
          for (const r of records) {
            const table = tables.value(r.tag)!;
            const payload = r.payload();
            const month = payload.symbol() ?? table.month;
            const brand = payload.symbol();
            const kol = payload.text() ?? '';
            if (month) list.push({ month, table, row: r.row, kol, brand });
          }
          if (list.length > 1) reportRepeats(list);
        });
      },
    };
  },
});
