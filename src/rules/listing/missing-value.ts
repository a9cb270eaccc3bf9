import type { ColumnId } from '../../model/table.js';
import { atRow } from '../support.js';
import { defineRule } from '../types.js';

const REQUIRED_CELLS: readonly ColumnId[] = ['name', 'followers', 'platform', 'brand', 'link'];

/** A required column exists but this row leaves it empty (a missing column is required-column's finding). */
export default defineRule({
  meta: {
    id: 'listing/missing-value',
    severity: 'error',
    kinds: ['kol-listing'],
    description: 'A required cell (name, followers, platform, brand, link) is empty in a data row.',
    messages: {
      'empty': 'the {column} cell is empty; fill it in, or delete the row if the KOL was taken off the listing',
    },
  },
  create(ctx) {
    return {
      listingRow(row) {
        const { table } = row;
        for (const col of REQUIRED_CELLS) {
          const index = table.columns.get(col);
          if (index === undefined) continue;
          const v = row.raw.values[index];
          const empty = !v || v.type === 'empty' || (v.type === 'string' && v.text.trim() === '');
          if (!empty) continue;
          ctx.report({ ...atRow(row, col), messageId: 'empty',
            args: { column: table.headers[index] ?? col } });
        }
      },
    };
  },
});
