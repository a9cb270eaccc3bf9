import { columnRef } from '../../i18n/index.js';
import { isEmptyCell } from '../../model/cell.js';
import type { ColumnId } from '../../model/table.js';
import type { CalendarRow } from '../../rows/calendar.js';
import { atCalendarRow, isCancelled } from '../support.js';
import { defineRule } from '../types.js';

/** Where a row's time was written: its own column when that cell is filled, else the date cell it ends. */
function timeColumn(row: CalendarRow): ColumnId {
  const i = row.table.columns.get('publishTime');
  return i !== undefined && !isEmptyCell(row.raw.values[i]) ? 'publishTime' : 'publishDate';
}

/** A date cell that says "no date yet": dashes, or the words teams write for it (`TBA`, `menyusul`, `belum ditentukan`). */
const NOT_YET_DATED = /^(?:[\s\-–—.]*|tba|tbd|tbc|menyusul|nanti|belum ditentukan|belum ada)$/iu;

/**
 * A calendar's dates drive its checks: the publishing date (overdue, lead time, gap,
 * weekday), the time (prime time), the approval and created dates (approval before
 * publishing, lead time). An unreadable publishing date is an error, as in the recap; a
 * post with content (caption, theme or type) and no publishing date at all is a warning,
 * since it is not yet planned for a day (a dash, `TBA` or `menyusul` in the cell is such
 * a post, not a typo); an unreadable time, approval date or created
 * date is a warning that names its column. A cancelled post's missing date is no news.
 */
export default defineRule({
  meta: {
    id: 'calendar/date-unparseable',
    severity: 'error',
    kinds: ['content-calendar'],
    description: 'A content-calendar date cannot be read (publishing date: error; time, approval date, created date: warning), or a post with content has no publishing date.',
    messages: {
      'unparseable': 'publishing date "{value}" cannot be read as a date; write it as e.g. "Kamis, 9 Oktober 2025", 09/10/2025 or 2025-10-09',
      'needs-year': 'publishing date "{value}" has no year and nothing says which; add it, or pass --year / set "year" in the config',
      'invalid-date': 'publishing date "{value}" is not a real calendar date; correct the day or the month',
      'missing': 'this post has no publishing date, so overdue, lead-time and approval checks cannot run for it; fill in the date it goes out',
      'time-unparseable': 'publishing time "{value}" cannot be read as a time, so prime time is not checked; write it as e.g. 19.00, 19:00 or 7 PM (WIB unless it says WITA or WIT)',
      'time-out-of-range': 'publishing time "{value}" is not a time of day (hours 0 to 23, minutes 0 to 59), so prime time is not checked; correct it',
      'other-unparseable': '{column} "{value}" cannot be read as a date, so the checks that compare it with the publishing date skip this post; write it as e.g. 20/09/2025 or 2025-09-20',
      'other-needs-year': '{column} "{value}" has no year and nothing says which, so the checks that compare it with the publishing date skip this post; add the year',
      'other-invalid-date': '{column} "{value}" is not a real calendar date, so the checks that compare it with the publishing date skip this post; correct the day or the month',
    },
  },
  create(ctx) {
    const other = { 'unparseable': 'other-unparseable', 'needs-year': 'other-needs-year', 'invalid-date': 'other-invalid-date' } as const;
    return {
      calendarRow(row) {
        const d = row.date;
        if (d && !d.ok && d.reason !== 'empty' && !NOT_YET_DATED.test(row.dateText ?? '')) {
          ctx.report({ ...atCalendarRow(row, 'publishDate'), messageId: d.reason, args: { value: row.dateText ?? '' } });
        } else if (d && !d.ok && !isCancelled(row) && (row.caption !== null || row.title !== null || row.typeText !== null)) {
          ctx.report({ ...atCalendarRow(row, 'publishDate'), severity: 'warning', messageId: 'missing' });
        }
        const t = row.time;
        if (t && !t.ok) {
          ctx.report({ ...atCalendarRow(row, timeColumn(row)), severity: 'warning',
            messageId: t.reason === 'out-of-range' ? 'time-out-of-range' : 'time-unparseable', args: { value: row.timeText ?? '' } });
        }
        for (const [column, date, text] of [['approvalDate', row.approvalDate, row.approvalDateText], ['createdDate', row.createdDate, row.createdDateText]] as const) {
          if (!date || date.ok || date.reason === 'empty') continue;
          ctx.report({ ...atCalendarRow(row, column), severity: 'warning', messageId: other[date.reason],
            args: { column: columnRef(column), value: text ?? '' } });
        }
      },
    };
  },
});
