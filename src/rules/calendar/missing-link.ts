import { columnRef } from '../../i18n/index.js';
import type { TableInfo } from '../../model/table.js';
import { atCalendarRow } from '../support.js';
import { defineRule } from '../types.js';

/** A cell that only says "nothing here" (`-`), as a blank does. */
const NOTHING = /^[\s\-–—.]*$/u;

/**
 * The SOP (`001_…` Tahap 4) archives every published post; its link is what the monthly
 * report and the engagement figures point to. A published post without one is reported
 * on its row; a calendar with no post-link column at all, once.
 */
export default defineRule({
  meta: {
    id: 'calendar/missing-link',
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'A post is marked published but has no link to it; a calendar with no post-link column is reported once.',
    messages: {
      'missing': 'marked published ("{status}"), but there is no link to the post; the SOP archives every published post with its link: paste it in',
      'no-link-column': 'the calendar has no {column} column, yet {posts, plural, one {# post is} other {# posts are}} marked published; the SOP archives every published post with its link: add a "Link Post" column',
    },
  },
  create(ctx) {
    /** Tables without a post-link column: how many of their posts are published, reported at the table's end. */
    const unlinked = new Map<TableInfo, number>();
    return {
      calendarRow(row) {
        if (!row.status?.ok || row.status.status !== 'published') return;
        if (!row.table.columns.has('postLink')) {
          unlinked.set(row.table, (unlinked.get(row.table) ?? 0) + 1);
          return;
        }
        if (row.postLink !== null && !NOTHING.test(row.postLink)) return;
        ctx.report({ ...atCalendarRow(row, 'postLink'), messageId: 'missing', args: { status: row.statusText?.trim() ?? '' } });
      },
      tableEnd(table) {
        const posts = unlinked.get(table);
        if (posts === undefined) return;
        unlinked.delete(table);
        ctx.report({ table, row: table.headerRow, messageId: 'no-link-column', args: { posts, column: columnRef('postLink') } });
      },
    };
  },
});
