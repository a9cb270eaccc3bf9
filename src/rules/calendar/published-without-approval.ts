import { columnRef } from '../../i18n/index.js';
import { GOING_OUT } from '../../parsers/calendar-status.js';
import { daysBetween } from '../../parsers/date.js';
import type { TableInfo } from '../../model/table.js';
import { atCalendarRow } from '../support.js';
import { defineRule } from '../types.js';

/** A cell that only says "nothing here" (`-`), as a blank does. */
const NOTHING = /^[\s\-–—.]*$/u;

/**
 * The SOP (`000_…`, `001_…` Tahap 3) has the marketing manager approve every post before
 * it goes out. A post scheduled or published with no approver and no approval date, or
 * approved only after its publishing date, skipped that step. A name alone is approval
 * enough; an approval date that cannot be read is date-unparseable's to report, not a
 * missing approval. A calendar with no approval column at all is said once, not per row.
 */
export default defineRule({
  meta: {
    id: 'calendar/published-without-approval',
    severity: 'error',
    kinds: ['content-calendar'],
    description: 'A post is scheduled or published with no approval recorded (no approver, no approval date), or approved after its publishing date; a calendar with no approval column is reported once.',
    messages: {
      'no-approval': 'status "{status}", but no approval is recorded ({approvedBy} and {approvalDate} are empty); the SOP has every post approved before it goes out, so record who approved it and when',
      'approved-after': 'approved on {approved, day}, {days, plural, one {# day} other {# days}} after its publishing date of {date, day}: the SOP has every post approved before it goes out; correct the date, or have the post approved',
      'no-approval-column': 'the calendar records no approval at all, yet {posts, plural, one {# post is} other {# posts are}} scheduled or published; the SOP has every post approved before it goes out: add a "Disetujui Oleh" (approved by) or "Tanggal Disetujui" (approval date) column',
    },
  },
  create(ctx) {
    /** Tables without an approval column: how many of their posts go out, reported at the table's end. */
    const unrecorded = new Map<TableInfo, number>();
    return {
      calendarRow(row) {
        const status = row.status;
        if (!status?.ok || !status.status || !GOING_OUT.has(status.status)) return;
        const cols = row.table.columns;
        if (!cols.has('approvedBy') && !cols.has('approvalDate')) {
          unrecorded.set(row.table, (unrecorded.get(row.table) ?? 0) + 1);
          return;
        }
        const dateText = row.approvalDateText;
        const approval = dateText !== null && !NOTHING.test(dateText) ? row.approvalDate : null;
        if (approval?.ok && row.date?.ok && approval.iso > row.date.iso) {
          ctx.report({ ...atCalendarRow(row, 'approvalDate'), messageId: 'approved-after',
            args: { approved: approval.iso, date: row.date.iso, days: daysBetween(row.date.iso, approval.iso) } });
          return;
        }
        if (row.approvedBy !== null && !NOTHING.test(row.approvedBy)) return;
        // A date there, read or not: approval is recorded (an unreadable one is date-unparseable's).
        if (approval) return;
        ctx.report({ ...atCalendarRow(row, cols.has('approvedBy') ? 'approvedBy' : 'approvalDate'), messageId: 'no-approval',
          args: { status: row.statusText ?? '', approvedBy: columnRef('approvedBy'), approvalDate: columnRef('approvalDate') } });
      },
      tableEnd(table) {
        const posts = unrecorded.get(table);
        if (posts === undefined) return;
        unrecorded.delete(table);
        ctx.report({ table, row: table.headerRow, messageId: 'no-approval-column', args: { posts } });
      },
    };
  },
});
