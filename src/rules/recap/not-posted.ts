import { daysBetween } from '../../parsers/date.js';
import type { PostingRecord } from '../../posting/book.js';
import type { Report } from '../types.js';
import { defineRule } from '../types.js';

/** Where to point: the recap cell that says `-`, else the listing row's Post Date (or status) cell. */
function location(r: PostingRecord): Omit<Report, 'messageId'> | null {
  if (r.recap && r.recap.post.kind === 'not-posted') {
    return { table: r.recap.table, row: r.recap.rowNumber, column: r.recap.dateColumn ?? 'name' };
  }
  if (r.listing) {
    const t = r.listing.table;
    return { table: t, row: r.listing.rowNumber, column: t.columns.has('postDate') ? 'postDate' : 'prStatus' };
  }
  return null;
}

/**
 * The SOP's monitoring step: an agreed KOL with no post. A warning while the deadline is
 * ahead, an error once it has passed. A listing row is only judged when something could
 * show the post — its own Post Date column, or a recap of that brand.
 */
export default defineRule({
  meta: {
    id: 'recap/not-posted',
    severity: 'error',
    kinds: ['posting-recap', 'kol-listing'],
    description: 'An agreed KOL has no post: a warning while the deadline is ahead, an error once it has passed.',
    messages: {
      'overdue': '{kol} has not posted: the deadline {deadline} passed {days, plural, one {# day} other {# days}} ago',
      'due': '{kol} has not posted yet: deadline {deadline}, {days, plural, one {# day} other {# days}} left',
    },
  },
  create(ctx) {
    return {
      end() {
        for (const r of ctx.postings.join().records) {
          if (r.posted || !r.deadline) continue;
          if (!r.recap && r.listing && !r.listing.table.columns.has('postDate') && !ctx.postings.hasRecapFor(r.brand)) continue;
          const at = location(r);
          if (!at) continue;
          const days = daysBetween(r.deadline.iso, ctx.asOf);
          const base = { ...at, kol: r.kol || null, brand: r.brand, month: r.month };
          const args = { kol: r.kol, deadline: r.deadline.iso, asOf: ctx.asOf };
          if (days > 0) ctx.report({ ...base, messageId: 'overdue', args: { ...args, days } });
          else ctx.report({ ...base, messageId: 'due', severity: 'warning', args: { ...args, days: -days } });
        }
      },
    };
  },
});
