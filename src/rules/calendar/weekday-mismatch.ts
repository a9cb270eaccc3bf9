import { atCalendarRow } from '../support.js';
import { defineRule } from '../types.js';

/**
 * `Rabu, 9 Oktober 2025` — but 9 October 2025 is a Thursday. A calendar is read by the
 * day of the week as much as by the date (the team plans "Kamis malam"), so one of the
 * two is wrong and the post may go out on the other. The weekday can stand in the date
 * cell or in a weekday column (`Hari`); each that contradicts the date is one finding
 * on its own cell. Nothing to compare without a readable date.
 */
export default defineRule({
  meta: {
    id: 'calendar/weekday-mismatch',
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'The weekday written with a publishing date, or in a weekday column, does not match the date (e.g. "Rabu, 9 Oktober 2025" — a Thursday).',
    messages: {
      'mismatch': '"{value}": {date, day} is a {actual, weekday}, not a {written, weekday}; correct the weekday or the date, whichever is wrong',
      'mismatch-column': 'weekday "{value}", but the publishing date {date, day} is a {actual, weekday}, not a {written, weekday}; correct the weekday or the date, whichever is wrong',
    },
  },
  create(ctx) {
    return {
      calendarRow(row) {
        const d = row.date;
        if (!d?.ok) return;
        const args = { date: d.iso, actual: d.weekdayActual };
        if (d.weekdayWritten !== null && d.weekdayWritten !== d.weekdayActual) {
          ctx.report({ ...atCalendarRow(row, 'publishDate'), messageId: 'mismatch', args: { ...args, value: row.dateText ?? d.iso, written: d.weekdayWritten } });
        }
        if (row.weekdayWritten !== null && row.weekdayWritten !== d.weekdayActual) {
          ctx.report({ ...atCalendarRow(row, 'weekday'), messageId: 'mismatch-column', args: { ...args, value: row.weekdayText ?? '', written: row.weekdayWritten } });
        }
      },
    };
  },
});
