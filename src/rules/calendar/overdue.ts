import { daysBetween } from '../../parsers/date.js';
import { atCalendarRow } from '../support.js';
import { defineRule } from '../types.js';

/**
 * A post whose publishing date has passed and that is neither published nor cancelled:
 * it did not go out, or the calendar was not updated. The day after is a warning (a
 * late-evening post, a status not yet changed), longer an error. A post dated today is
 * left alone, its hour may not have come. A blank status counts as not published; an
 * unknown one is unknown-status's, and a calendar with no status column says nothing here.
 */
export default defineRule({
  meta: {
    id: 'calendar/overdue',
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'A post\'s publishing date has passed and its status is neither published nor cancelled (a blank status included): a warning the day after, an error once more than a day has passed.',
    messages: {
      'overdue': 'planned for {date, date}, {days, plural, one {# day} other {# days}} ago, and the status still says "{status}"; publish it and mark it published with its link, or mark it cancelled',
      'overdue-no-status': 'planned for {date, date}, {days, plural, one {# day} other {# days}} ago, and no status is recorded; publish it and mark it published with its link, or mark it cancelled',
    },
  },
  create(ctx) {
    return {
      calendarRow(row) {
        const status = row.status;
        if (!row.date?.ok || !status?.ok) return;
        if (status.status === 'published' || status.status === 'cancelled') return;
        const days = daysBetween(row.date.iso, ctx.asOf);
        if (!(days >= 1)) return;
        ctx.report({ ...atCalendarRow(row, 'status'), severity: days > 1 ? 'error' : 'warning',
          messageId: status.status === null ? 'overdue-no-status' : 'overdue',
          args: { date: row.date.iso, days, status: row.statusText?.trim() ?? '' } });
      },
    };
  },
});
