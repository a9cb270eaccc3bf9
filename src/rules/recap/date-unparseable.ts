import { cellText } from '../../model/cell.js';
import { defineRule } from '../types.js';

/** A posting date nobody can read cannot be checked against a deadline; say which cell. */
export default defineRule({
  meta: {
    id: 'recap/date-unparseable',
    severity: 'error',
    kinds: ['posting-recap', 'kol-listing'],
    description: 'A posting date cannot be read (in a recap, or in a listing\'s Post Date column), or has no year and none can be inferred.',
    messages: {
      'unparseable': 'posting date "{value}" cannot be read as a date; write it as e.g. "Sabtu, 27 Juli 2024", 27/07/2024 or 2024-07-27',
      'needs-year': 'posting date "{value}" has no year and nothing says which; add it, or pass --year / set "year" in the config',
      'invalid-date': 'posting date "{value}" is not a real calendar date; correct the day or the month',
    },
  },
  create(ctx) {
    return {
      recapEntry(entry) {
        if (entry.post.kind !== 'unparseable' || entry.dateColumn === null) return;
        ctx.report({ table: entry.table, row: entry.rowNumber, column: entry.dateColumn, kol: entry.kol || null, brand: entry.brand, month: entry.month,
          messageId: entry.post.reason, args: { value: entry.postText } });
      },
      listingRow(row) {
        const d = row.postDate;
        if (!d || d.ok || d.reason === 'empty') return;
        const index = row.table.columns.get('postDate')!;
        ctx.report({ table: row.table, row: row.rowNumber, column: index, kol: row.kol || null, month: row.month,
          messageId: d.reason, args: { value: cellText(row.raw.values[index]).trim() } });
      },
    };
  },
});
