import { columnLabel } from '../../i18n/index.js';
import type { TableInfo } from '../../model/table.js';
import { defineRule } from '../types.js';

/**
 * A table without a column its figures depend on is read without them: a listing with no
 * PR-pack status has no agreed KOLs, so no chase list and no shipping-address check. That
 * is said once per table, naming what is left out, instead of counting zeros.
 */
export default defineRule({
  meta: {
    id: 'table/missing-column',
    severity: 'warning',
    kinds: 'all',
    description: {
      en: 'A table lacks a column its figures depend on (a listing\'s PR-pack status or post date, a recap\'s posting date, a deal list\'s status); the finding says which figures leave it out.',
      id: 'Tabel tidak punya kolom yang dibutuhkan angkanya (status PR pack atau tanggal posting di listing, tanggal posting di recap, status di daftar deal); temuan ini menyebut angka mana yang tidak memakainya.',
    },
    messageIds: ['listing-status', 'listing-post-date', 'recap-date', 'deal-status'],
  },
  create(ctx) {
    /** Listings without a post-date column: whether a recap shows their posts is known only at the end. */
    const undated: TableInfo[] = [];
    return {
      tableStart(table) {
        const at = { table, row: table.headerRow };
        const has = (c: Parameters<typeof table.columns.has>[0]) => table.columns.has(c);
        if (table.kind === 'kol-listing') {
          if (!has('prStatus')) ctx.report({ ...at, messageId: 'listing-status', args: { column: columnLabel('prStatus') } });
          if (!has('postDate')) undated.push(table);
        } else if (table.kind === 'posting-recap') {
          if (!has('postDate') && table.reading.dateColumns.length === 0) ctx.report({ ...at, messageId: 'recap-date', args: { column: columnLabel('postDate') } });
        } else if (!has('status')) {
          ctx.report({ ...at, messageId: 'deal-status', args: { column: columnLabel('status') } });
        }
      },
      end() {
        for (const table of undated) {
          if (ctx.postings.hasRecapFor(table.brand)) continue;
          ctx.report({ table, row: table.headerRow, messageId: 'listing-post-date', args: { column: columnLabel('postDate') } });
        }
      },
    };
  },
});
