import { daysBetween } from '../../parsers/date.js';
import { defineRule } from '../types.js';

/** Posted, but after the deadline: the month's report counts it as late. */
export default defineRule({
  meta: {
    id: 'recap/late-post',
    severity: 'warning',
    kinds: ['posting-recap', 'kol-listing'],
    description: 'A KOL posted after the deadline (Deadline column, config posting.deadline, or the end of the listing month).',
    messages: {
      'late': '{kol} posted on {posted}, {days, plural, one {# day} other {# days}} after the deadline {deadline}',
    },
  },
  create(ctx) {
    return {
      end() {
        for (const r of ctx.postings.join().records) {
          if (!r.posted || !r.deadline || r.posted.iso <= r.deadline.iso) continue;
          const at = r.posted.from === 'recap' && r.recap
            ? { table: r.recap.table, row: r.recap.rowNumber, column: r.recap.dateColumn ?? ('postDate' as const) }
            : r.listing ? { table: r.listing.table, row: r.listing.rowNumber, column: 'postDate' as const } : null;
          if (!at) continue;
          ctx.report({ ...at, kol: r.kol || null, brand: r.brand, month: r.month, messageId: 'late',
            args: { kol: r.kol, posted: r.posted.iso, deadline: r.deadline.iso, days: daysBetween(r.deadline.iso, r.posted.iso) } });
        }
      },
    };
  },
});
