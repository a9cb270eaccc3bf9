import { columnRef } from '../../i18n/index.js';
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
    description: 'A table lacks a column its figures depend on (a listing\'s PR-pack status or post date, a recap\'s posting date, a deal list\'s status); the finding says which figures leave it out.',
    messages: {
      'listing-status': 'no {column} column: no KOL counts as agreed, declined or unreachable, so the report\'s agreed figures, the chase list and the shipping-address check leave this table out. Name the column (e.g. "Willing to receive PR Pack", "Bersedia Terima PR Pack") or map it in config "columns"',
      'listing-post-date': 'no {column} column and no recap for this brand: who posted is unknown, so not-posted and late-post checks and the report\'s posting figures leave this table out. Add a post date column or check it with its recap',
      'recap-date': 'no {column} column: when each KOL posted is unknown, so late-post, not-posted and the weekday check leave this recap out. Name the column (e.g. "Tanggal Posting", "Tgl Upload") or map it in config "columns"',
      'deal-status': 'no {column} column: no deal counts as done, so the funnel\'s done figure and the deliverables check leave this table out. Name the column (e.g. "Status") or map it in config "columns"',
    },
  },
  create(ctx) {
    /** Listings without a post-date column: whether a recap shows their posts is known only at the end. */
    const undated: TableInfo[] = [];
    return {
      tableStart(table) {
        const at = { table, row: table.headerRow };
        const has = (c: Parameters<typeof table.columns.has>[0]) => table.columns.has(c);
        if (table.kind === 'kol-listing') {
          if (!has('prStatus')) ctx.report({ ...at, messageId: 'listing-status', args: { column: columnRef('prStatus') } });
          if (!has('postDate')) undated.push(table);
        } else if (table.kind === 'posting-recap') {
          if (!has('postDate') && table.reading.dateColumns.length === 0) ctx.report({ ...at, messageId: 'recap-date', args: { column: columnRef('postDate') } });
        } else if (!has('status')) {
          ctx.report({ ...at, messageId: 'deal-status', args: { column: columnRef('status') } });
        }
      },
      end() {
        for (const table of undated) {
          if (ctx.postings.hasRecapFor(table.brand)) continue;
          ctx.report({ table, row: table.headerRow, messageId: 'listing-post-date', args: { column: columnRef('postDate') } });
        }
      },
    };
  },
});
