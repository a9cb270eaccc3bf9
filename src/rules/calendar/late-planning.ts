import type { MessageRef } from '../../model/finding.js';
import { daysBetween } from '../../parsers/date.js';
import type { DateResult } from '../../parsers/date.js';
import { atCalendarRow, isCancelled } from '../support.js';
import { defineRule } from '../types.js';

const ID = 'calendar/late-planning';

/** A date cell that was read, as its ISO date; null otherwise (blank, `-`, unreadable: another rule's). */
const isoOf = (d: DateResult | null): string | null => (d?.ok ? d.iso : null);

/**
 * A social media officer has content ready a month, at least two weeks, before it goes up (`003_…`):
 * `calendar.minLeadDays` (14) days between the day a post was created or approved and its
 * publishing date. Created or approved on the publishing day or after it is late whatever
 * the setting, as no lead at all is. A cancelled post is left alone, and so is an approval
 * dated after a scheduled or published post (calendar/published-without-approval's finding).
 */
export default defineRule({
  meta: {
    id: ID,
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'A post was created or approved fewer than calendar.minLeadDays (14) days before its publishing date; content is ready at least two weeks ahead.',
    messages: {
      'created': 'created {created}: content is ready at least two weeks ahead, often a month, and the team asks for at least {min, plural, one {# day} other {# days}} (calendar.minLeadDays in kolops.config.json); plan posts earlier',
      'approved': 'approved {approved}: content is ready at least two weeks ahead, often a month, and the team asks for at least {min, plural, one {# day} other {# days}} (calendar.minLeadDays in kolops.config.json); get posts approved earlier',
      'both': 'created {created} and approved {approved}: content is ready at least two weeks ahead, often a month, and the team asks for at least {min, plural, one {# day} other {# days}} (calendar.minLeadDays in kolops.config.json); plan posts and get them approved earlier',
      'before': 'on {on, day}, {days, plural, one {# day} other {# days}} before its publishing date of {date, day}',
      'same-day': 'on its publishing date, {date, day}',
      'after': 'on {on, day}, {days, plural, one {# day} other {# days}} after its publishing date of {date, day}',
    },
  },
  create(ctx) {
    // No lead at all is late whatever the setting: at least a day, as the message says.
    const min = Math.max(ctx.config.calendar.minLeadDays, 1);
    /** How far ahead of the publishing date `on` was, in words; null when it was early enough. */
    const lateBy = (on: string | null, date: string): MessageRef | null => {
      if (on === null) return null;
      const days = daysBetween(on, date);
      if (days >= min) return null;
      if (days > 0) return { key: `${ID}:before`, args: { on, date, days } };
      if (days === 0) return { key: `${ID}:same-day`, args: { date } };
      return { key: `${ID}:after`, args: { on, date, days: -days } };
    };
    return {
      calendarRow(row) {
        if (!row.date?.ok || isCancelled(row)) return;
        const created = lateBy(isoOf(row.createdDate), row.date.iso);
        // Approved after a post that is going out: calendar/published-without-approval says so; one fact, one finding.
        const approvalIso = isoOf(row.approvalDate);
        const approvedAfterGoingOut = approvalIso !== null && approvalIso > row.date.iso && row.status?.ok === true
          && (row.status.status === 'scheduled' || row.status.status === 'published');
        const approved = approvedAfterGoingOut ? null : lateBy(approvalIso, row.date.iso);
        if (created && approved) ctx.report({ ...atCalendarRow(row, 'createdDate'), messageId: 'both', args: { created, approved, min } });
        else if (created) ctx.report({ ...atCalendarRow(row, 'createdDate'), messageId: 'created', args: { created, min } });
        else if (approved) ctx.report({ ...atCalendarRow(row, 'approvalDate'), messageId: 'approved', args: { approved, min } });
      },
    };
  },
});
