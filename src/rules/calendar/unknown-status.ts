import { parseCalendarStatus } from '../../parsers/calendar-status.js';
import { atCalendarRow } from '../support.js';
import { defineRule } from '../types.js';

/**
 * A status nobody can act on: kolops cannot tell whether the post is approved, scheduled
 * or out, so approval and overdue checks would be guessing. Phrases live in config
 * `calendar.statuses`.
 */
export default defineRule({
  meta: {
    id: 'calendar/unknown-status',
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'A content-calendar status is not in the vocabulary (draft, review, approved, scheduled, published, cancelled, their Indonesian phrases, config `calendar.statuses`), with a did-you-mean.',
    messages: {
      'unknown': 'status "{value}" is not in the calendar\'s status vocabulary, so kolops cannot tell whether this post is approved or published; write a known status (Draft, Review, Approved, Scheduled, Published, Cancelled, or Disetujui, Dijadwalkan, Sudah Tayang, Batal …), or add it to kolops.config.json under the status it means, e.g. "calendar": {"statuses": {"review": ["{value}"]}}',
      'did-you-mean': 'status "{value}" is not in the calendar\'s status vocabulary; did you mean "{suggestion}"? Correct the cell, or, if the team writes it this way, add it to kolops.config.json: "calendar": {"statuses": {"{status}": ["{value}"]}}',
    },
  },
  create(ctx) {
    return {
      calendarRow(row) {
        const s = row.status;
        if (!s || s.ok) return;
        const meant = s.suggestion ? parseCalendarStatus(s.suggestion, ctx.config.calendar.statuses) : null;
        const status = meant?.ok ? meant.status : null;
        ctx.report({ ...atCalendarRow(row, 'status'),
          messageId: s.suggestion && status ? 'did-you-mean' : 'unknown',
          args: { value: row.statusText ?? '', suggestion: s.suggestion ?? '', status: status ?? '' } });
      },
    };
  },
});
