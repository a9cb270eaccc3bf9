import { listOf } from '../../i18n/index.js';
import type { TableInfo } from '../../model/table.js';
import { atCalendarRow, isCancelled, tableAnchor } from '../support.js';
import { defineRule } from '../types.js';

/** The platforms a content calendar plans for, as the messages name them. */
const SOCIAL = ['Instagram', 'TikTok', 'YouTube', 'X (Twitter)', 'Facebook'];

/**
 * The platform decides a post's caption limit, hashtag limit, prime time and cadence: a
 * post whose platform cannot be read gets none of those checks, so say so. A platform
 * cell kolops does not read (did-you-mean from the platform parser), a post with content
 * (caption, theme or type) but a blank platform, and a calendar with no platform column
 * at all (once, on its header). A marketplace (Shopee, Tokopedia, Lazada) is read and
 * stays quiet: shops post too, and no limits are configured for them.
 */
export default defineRule({
  meta: {
    id: 'calendar/unknown-platform',
    severity: 'warning',
    kinds: ['content-calendar'],
    description: 'A content-calendar post\'s platform is not recognised or is blank, so the platform\'s caption limit, hashtag limit and prime time cannot be checked.',
    messages: {
      'unknown': 'platform "{value}" is not recognised, so this post\'s caption limit, hashtags and prime time are not checked; write one of {known}',
      'did-you-mean': 'platform "{value}" is not recognised, so this post\'s caption limit, hashtags and prime time are not checked; did you mean "{suggestion}"?',
      'blank': 'this post has no platform, so its caption limit, hashtags and prime time cannot be checked; fill in the platform',
      'no-column': 'this calendar has no platform column, so no post\'s caption limit, hashtags or prime time can be checked; add a Platform column',
    },
  },
  create(ctx) {
    const known = listOf(SOCIAL, 'or');
    const toldNoColumn = new WeakSet<TableInfo>();
    return {
      calendarRow(row) {
        const p = row.platform;
        if (p && !p.ok) {
          ctx.report({ ...atCalendarRow(row, 'platform'), messageId: p.suggestion ? 'did-you-mean' : 'unknown',
            args: { value: row.platformText ?? '', suggestion: p.suggestion ?? '', known } });
          return;
        }
        if (row.platformText !== null || row.table.platform || isCancelled(row)) return;
        if (row.caption === null && row.title === null && row.typeText === null) return;
        if (row.table.columns.has('platform')) {
          ctx.report({ ...atCalendarRow(row, 'platform'), messageId: 'blank' });
        } else if (!toldNoColumn.has(row.table)) {
          toldNoColumn.add(row.table);
          ctx.report({ ...tableAnchor(row.table), messageId: 'no-column' });
        }
      },
    };
  },
});
