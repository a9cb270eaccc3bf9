import type { MessageRef } from '../../model/finding.js';
import { daysBetween } from '../../parsers/date.js';
import type { Deadline } from '../../posting/deadline.js';
import { deadlineSourceArgs } from '../support.js';
import { defineRule } from '../types.js';

const ID = 'recap/late-post';

/** Posted, but after the deadline: the month's report counts it as late. */
export default defineRule({
  meta: {
    id: ID,
    severity: 'warning',
    kinds: ['posting-recap', 'kol-listing'],
    description: 'A KOL posted after the deadline (Deadline column, config posting.deadline, or the end of the listing month).',
    messages: {
      'late': '{kol} posted on {posted, date}, {days, plural, one {# day} other {# days}} after the deadline of {deadline, date} ({source})',
      'from-deadline-column': 'from the Deadline column',
      'from-day-of-month': 'day {day} of the month, set by posting.deadline in kolops.config.json',
      'from-days-after-shipment': '{days, plural, one {# day} other {# days}} after the PR pack was sent on {shipDate, day}, set by posting.deadline in kolops.config.json',
      'from-end-of-month': 'the last day of the listing month',
      'from-recap-period': 'the end of the recap\'s period',
    },
  },
  create(ctx) {
    /** Where the deadline comes from, in the finding's language: the place to change it if it is wrong. */
    const source = (deadline: Deadline, shipDate: string | null): MessageRef => {
      const id = `from-${deadline.source}` as const;
      return { key: `${ID}:${id}`, args: deadlineSourceArgs(deadline, shipDate, ctx.config.posting.deadline) };
    };
    return {
      end() {
        for (const r of ctx.postings.join().records) {
          if (!r.posted || !r.deadline || r.posted.iso <= r.deadline.iso) continue;
          const at = r.posted.from === 'recap' && r.recap
            ? { table: r.recap.table, row: r.recap.rowNumber, column: r.recap.dateColumn ?? ('postDate' as const) }
            : r.listing ? { table: r.listing.table, row: r.listing.rowNumber, column: 'postDate' as const } : null;
          if (!at) continue;
          ctx.report({ ...at, kol: r.kol || null, brand: r.brand, month: r.month, messageId: 'late',
            args: { kol: r.kol, posted: r.posted.iso, deadline: r.deadline.iso, days: daysBetween(r.deadline.iso, r.posted.iso),
              source: source(r.deadline, r.shipDate) } });
        }
      },
    };
  },
});
