import type { MessageRef } from '../../model/finding.js';
import { daysBetween } from '../../parsers/date.js';
import type { PostingRecord } from '../../posting/book.js';
import type { Deadline } from '../../posting/deadline.js';
import { deadlineSourceArgs } from '../support.js';
import type { Report } from '../types.js';
import { defineRule } from '../types.js';

const ID = 'recap/not-posted';

const bareSources = new Map<Deadline['source'], MessageRef>();

/** The message part naming a deadline's source when it takes no arguments: built once per source, shared (never mutated). */
function bareSource(source: Deadline['source']): MessageRef {
  let ref = bareSources.get(source);
  if (!ref) bareSources.set(source, (ref = { key: `${ID}:from-${source}` }));
  return ref;
}

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
    id: ID,
    severity: 'error',
    kinds: ['posting-recap', 'kol-listing'],
    description: 'An agreed KOL has no post: a warning while the deadline is ahead, an error once it has passed.',
    messages: {
      'overdue': '{kol} has not posted: the deadline of {deadline, date} ({source}) passed {days, plural, one {# day} other {# days}} ago; follow up with the KOL, or fill in the post date if they did post',
      'due': '{kol} has not posted yet: the deadline is {deadline, date} ({source}), {days, plural, one {# day} other {# days}} left',
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
      const args = deadlineSourceArgs(deadline, shipDate, ctx.config.posting.deadline);
      // A source without arguments (most of them) is one object for every finding.
      if (Object.keys(args).length === 0) return bareSource(deadline.source);
      return { key: `${ID}:from-${deadline.source}`, args };
    };
    return {
      end() {
        for (const r of ctx.postings.join().records) {
          if (r.posted || !r.deadline) continue;
          if (!r.recap && r.listing && !r.listing.table.columns.has('postDate') && !ctx.postings.hasRecapFor(r.brand)) continue;
          const at = location(r);
          if (!at) continue;
          const days = daysBetween(r.deadline.iso, ctx.asOf);
          const base = { ...at, kol: r.kol || null, brand: r.brand, month: r.month };
          // One literal, not `{ ...args, days }`: V8 gave each spread copy a hidden class of
          // its own (a map and descriptors per finding, ~250 bytes on 100,000 rows; issue 17).
          const args = { kol: r.kol, deadline: r.deadline.iso, asOf: ctx.asOf, source: source(r.deadline, r.shipDate), days: Math.abs(days) };
          if (days > 0) ctx.report({ ...base, messageId: 'overdue', args });
          else ctx.report({ ...base, messageId: 'due', severity: 'warning', args });
        }
      },
    };
  },
});
