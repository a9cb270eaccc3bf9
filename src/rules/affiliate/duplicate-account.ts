import { TripleKeyMap } from '../../collections/triple-key-map.js';
import type { ColumnId, TableInfo } from '../../model/table.js';
import { formatPlatform, type Platform } from '../../parsers/platform.js';
import { FirstSeen, PendingByTable, placeOf, type Repeat, fieldsCodec } from '../support.js';
import { defineRule } from '../types.js';

interface Entry {
  key: string;
  kol: string;
  row: number;
  column: ColumnId;
  platform: Platform | null;
  brand: string | null;
  month: string | null;
}

/** What a repeated row's message needs, kept on scratch for the rows of a huge export (`FirstSeen`). */
const entryCodec = fieldsCodec<Entry>(['kol'], ['column', 'platform', 'brand', 'month'],
  () => ({ key: '', row: 0, kol: '', column: 'account', platform: null, brand: null, month: null }));

/** A long layout says its month, platform or brand on every row; a deal block says them once, in its title. */
const isLongLayout = (table: TableInfo) => table.columns.has('month') || table.columns.has('platform') || table.columns.has('brand');

const blockOf = (table: TableInfo) => `table:${table.file}:${table.sheet}:${table.index}`;

/**
 * `month|platform|brand` (brand in any case) for the long layout, built once per
 * combination: a million-row export has a few dozen, asked for on every row.
 */
class ScopeNames {
  private readonly names = new TripleKeyMap<string>();

  of(month: string, platform: string, brand: string): string {
    let name = this.names.get(month, platform, brand);
    if (name === undefined) this.names.set(month, platform, brand, (name = `${month}|${platform}|${brand.toLowerCase()}`));
    return name;
  }
}

/**
 * One account, one deal: a second row for the same account inflates the deal count and
 * pays one creator twice. `@Herbana99`, `herbana99` and `tiktok.com/@herbana99/` are one
 * account (`AffiliateRow.key`). The scope is the block; in the long layout, one month ×
 * platform × brand across every table of the run.
 */
export default defineRule({
  meta: {
    id: 'affiliate/duplicate-account',
    severity: 'error',
    kinds: ['affiliate-deals'],
    description: 'The same account (however written: @handle, name or profile link) has two deal rows in one block, or in one month × platform × brand of the long layout.',
    messages: {
      'in-block': '{kol} is listed more than once in this block: first at row {firstRow}; delete one of the two rows, or merge them',
      'in-month': '{kol} is listed more than once for {scope}: first at row {firstRow} of this sheet; delete one of the two rows, or merge them',
      'in-month-sheet': '{kol} is listed more than once for {scope}: first at row {firstRow} of sheet "{sheet}"; delete one of the two rows, or merge them',
      'in-month-file': '{kol} is listed more than once for {scope}: first in {file}, sheet "{sheet}", row {firstRow}; delete one of the two rows, or merge them',
    },
  },
  create(ctx) {
    const pending = new PendingByTable<Entry>();
    const scopes = new ScopeNames();
    /** The last table's layout, asked once per table instead of three map lookups a row. */
    let lastTable: TableInfo | null = null;
    let lastLong = false;
    const longLayout = (table: TableInfo) => {
      if (table !== lastTable) {
        lastTable = table;
        lastLong = isLongLayout(table);
      }
      return lastLong;
    };
    const repeated = ({ first, table, row, payload: e }: Repeat<Entry>) => {
      const place = placeOf(first, table);
      const month = e.month;
      const at = { table, row, column: e.column, kol: e.kol || null, brand: e.brand, month };
      if (longLayout(table)) {
        const what = [e.platform ? formatPlatform(e.platform) : null, e.brand, month].filter(Boolean).join(' / ');
        const messageId = place.where === 'file' ? 'in-month-file' : place.where === 'sheet' ? 'in-month-sheet' : 'in-month';
        ctx.report({ ...at, messageId, args: { kol: e.kol, scope: what || '?', firstRow: place.row, sheet: place.sheet, file: place.file } });
      } else {
        // A block is one table: its first row is on this sheet.
        ctx.report({ ...at, messageId: 'in-block', args: { kol: e.kol, firstRow: place.row } });
      }
    };
    const seen = new FirstSeen(entryCodec, repeated);
    /** `e.month` becomes the month the row is counted in: the entry is the payload a repeat is told with. */
    const check = (table: TableInfo, e: Entry, month: string | null) => {
      // With no month known the table itself is the month: two rows of one table are one month.
      const scope = longLayout(table) ? scopes.of(month ?? blockOf(table), e.platform ?? '', e.brand ?? '') : blockOf(table);
      e.month = month;
      seen.add(scope, e.key, table, e.row, e);
    };
    return {
      affiliateRow(row) {
        if (!row.key) return;
        const column: ColumnId = row.linkText && row.account?.ok && row.account.handle && row.table.columns.has('link') ? 'link' : 'account';
        const e: Entry = {
          key: row.key, kol: row.accountName || row.linkText || '', row: row.rowNumber, column,
          platform: row.platform, brand: row.brand, month: row.month,
        };
        // A block is its own scope and a row with its month is settled now; only rows whose
        // month the table end decides wait, so a long export does not pile up in memory.
        if (!longLayout(row.table) || row.month !== null) check(row.table, e, row.month);
        else pending.add(row.table, e);
      },
      tableEnd(table) {
        for (const e of pending.take(table)) check(table, e, e.resolvedMonth);
      },
      end() {
        seen.finish();
      },
    };
  },
});
